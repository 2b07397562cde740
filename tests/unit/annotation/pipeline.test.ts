import { describe, expect, test } from 'vitest';
import { annotateMarkdown } from '../../../src/annotation/pipeline.ts';

const markdown = [
  'Xi met Blinken.',
  '> Quoted words from a spokesperson.',
  '- the first ask\n- the second ask',
  'After the list.',
].join('\n\n');

describe('the article pipeline', () => {
  test('splits the column into top-level blocks, each with the paragraphs it is or holds', async () => {
    const { blocks, index } = await annotateMarkdown(markdown, {
      file: 'content/articles/t.md',
      sections: [],
      notes: [{ name: 'ask', file: 'n/ask.md', target: [{ exact: 'second ask' }] }],
    });
    expect(blocks.map((b) => b.paragraphIds)).toEqual([['p-1'], ['p-2'], ['p-3', 'p-4'], ['p-5']]);
    expect(blocks[2]!.html).toMatch(/^<ul>/);
    expect(index.paragraphs.map((p) => p.text)).toEqual([
      'Xi met Blinken.',
      'Quoted words from a spokesperson.',
      'the first ask',
      'the second ask',
      'After the list.',
    ]);
    expect(index.notes['ask']).toEqual({ paragraphIds: ['p-4'], anchorIds: ['a-ask-1'] });
  });

  test('a passage cannot run from one list item into the next', async () => {
    await expect(
      annotateMarkdown(markdown, {
        file: 'content/articles/t.md',
        sections: [],
        notes: [{ name: 'across', file: 'n/across.md', target: [{ exact: 'first ask the second' }] }],
      }),
    ).rejects.toThrow(/n\/across\.md: target\[0\] "first ask the second" matches nothing/);
  });
});
