import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { addPositions } from '../../../src/annotation/export-positions.ts';
import { pageText } from '../../../src/annotation/text-positions.ts';

describe('pageText: the body text annotation clients count', () => {
  test('counts every text node under <body>, scripts and whitespace included, and nothing in <head>', () => {
    const html =
      '<!doctype html><html><head><title>Title</title><style>p{}</style></head>' +
      '<body>\n<p>One <b>two</b></p><script>let x = 1;</script>\n<p id="p-2">Th<mark id="a-n-1">ree</mark></p></body></html>';
    const { text, starts } = pageText(html, new Set(['a-n-1', 'p-2']));
    expect(text).toBe('\nOne twolet x = 1;\nThree');
    expect(starts.get('p-2')).toBe(text.indexOf('Three'));
    expect(starts.get('a-n-1')).toBe(text.indexOf('ree'));
  });

  test('leaves out comments and <template> contents, as textContent does; <noscript> is raw text', () => {
    const html =
      '<body><!-- c --><template><p>hidden</p></template><noscript><p>no</p></noscript><p><mark id="m">x</mark></p></body>';
    const { text, starts } = pageText(html, new Set(['m']));
    expect(text).toBe('<p>no</p>x');
    expect(starts.get('m')).toBe(9);
  });

  test('character references count as the characters they stand for', () => {
    const { text, starts } = pageText('<body><p>&amp;&#8220;<mark id="m">a</mark></p></body>', new Set(['m']));
    expect(text).toBe('&“a');
    expect(starts.get('m')).toBe(2);
  });
});

describe('addPositions: the export gains a TextPositionSelector per target', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const site = (html: string, exact: string) => {
    const root = mkdtempSync(join(tmpdir(), 'positions-'));
    dirs.push(root);
    mkdirSync(join(root, 'col'));
    writeFileSync(join(root, 'col', 'index.html'), html);
    const quote = { type: 'TextQuoteSelector', exact };
    const collection = {
      first: {
        items: [
          {
            id: 'https://x.example/col/annotations.jsonld#n',
            target: { source: 'https://x.example/col/', selector: [quote] },
          },
        ],
      },
    };
    const file = join(root, 'col', 'annotations.jsonld');
    writeFileSync(file, JSON.stringify(collection));
    return { root, file };
  };

  test('the position is where the passage mark starts, not where the words first occur', async () => {
    const { root, file } = site(
      '<body><aside>two words</aside><p><mark id="a-n-1">two words</mark></p></body>',
      'two words',
    );
    expect(await addPositions(root, file)).toEqual({ count: 1, astral: [] });
    const { first } = JSON.parse(readFileSync(file, 'utf8'));
    expect(first.items[0].target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'two words' },
      { type: 'TextPositionSelector', start: 9, end: 18 },
    ]);
  });

  test('a character outside the BMP before a passage is counted as two code units, and reported', async () => {
    const { root, file } = site('<body><p>🗞 <mark id="a-n-1">two words</mark></p></body>', 'two words');
    expect(await addPositions(root, file)).toEqual({
      count: 1,
      astral: ['https://x.example/col/annotations.jsonld#n'],
    });
    const { first } = JSON.parse(readFileSync(file, 'utf8'));
    expect(first.items[0].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 3, end: 12 });
  });

  test('a target without its passage on the page, or with other words there, stops the build naming the export', async () => {
    const missing = site('<body><p>two words</p></body>', 'two words');
    await expect(addPositions(missing.root, missing.file)).rejects.toThrow(
      /annotations\.jsonld: .*#n: no element with id "a-n-1"/,
    );
    const other = site('<body><p><mark id="a-n-1">two</mark> birds</p></body>', 'two words');
    await expect(addPositions(other.root, other.file)).rejects.toThrow(
      /the text at #a-n-1 .* is "two birds", not the exact "two words"/,
    );
  });
});
