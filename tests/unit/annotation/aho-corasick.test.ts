import { describe, expect, test } from 'vitest';
import { buildAutomaton, findAll } from '../../../src/annotation/aho-corasick.ts';
import { closestPassage } from '../../../src/annotation/closest-passage.ts';
import { fold, foldLower, PARAGRAPH_BREAK } from '../../../src/annotation/fold.ts';

const all = (patterns: string[], text: string) => {
  const hits: [string, number][] = [];
  findAll(buildAutomaton(patterns), text, (p, start) => hits.push([patterns[p]!, start]));
  return hits.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
};

describe('Aho–Corasick', () => {
  test('finds overlapping and nested patterns in one pass', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1],
      ['he', 2],
      ['hers', 2],
    ]);
  });

  test('agrees with indexOf on every occurrence', () => {
    const text = 'abababcabcbabcabab'.repeat(3);
    const patterns = ['ab', 'bab', 'abc', 'c', 'cab', 'zz'];
    const expected: [string, number][] = [];
    for (const p of patterns) for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) expected.push([p, i]);
    expected.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(all(patterns, text)).toEqual(expected);
  });

  test('a pattern listed twice is reported for both', () => {
    expect(all(['ab', 'ab'], 'xab')).toEqual([
      ['ab', 1],
      ['ab', 1],
    ]);
  });
});

describe('folding and the closest passage', () => {
  test('folding keeps length and paragraph breaks', () => {
    const text = `“It’s”\u00a0‘x’\n${PARAGRAPH_BREAK}`;
    expect(fold(text)).toBe(`"It's" 'x' ${PARAGRAPH_BREAK}`);
    expect(fold(text)).toHaveLength(text.length);
    // "İ" lower-cases to two code units; folding keeps it as one so offsets stay put.
    expect(foldLower('İSTANBUL “X”')).toBe('İstanbul "x"');
  });

  test('the closest passage never crosses a paragraph break', () => {
    const text = `the end${PARAGRAPH_BREAK}the start`;
    const best = closestPassage(text, 'end the start')!;
    expect(text.slice(best.start, best.end)).toBe('the start');
  });
});
