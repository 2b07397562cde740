// The pieces behind the trust signals that need no build: where error reports go, how a
// restated briefing paragraph is found, and the verdicts' numeric scale.
import { describe, expect, test } from 'vitest';
import { correctionsAddressFor } from '../../src/editorial/corrections-address.ts';
import { verdictWords } from '../../src/schemas/verdict.ts';
import { RESTATED_SHARE, restatedShare, withoutRestated, wordRuns } from '../../src/sharing/restated.ts';
import { VERDICT_SCALE, verdictRatings, verdictsBestFirst } from '../../src/sharing/verdict-scale.ts';

describe('corrections address', () => {
  test('is corrections@ the site’s host unless CORRECTIONS_EMAIL sets it', () => {
    expect(correctionsAddressFor('https://floorboards.example', {})).toBe('corrections@floorboards.example');
    expect(correctionsAddressFor('https://news.example.org/', { CORRECTIONS_EMAIL: ' ' })).toBe(
      'corrections@news.example.org',
    );
    expect(correctionsAddressFor('https://floorboards.example', { CORRECTIONS_EMAIL: 'desk@example.org' })).toBe(
      'desk@example.org',
    );
  });

  test('refuses a CORRECTIONS_EMAIL that is not an address, in one line naming it', () => {
    for (const bad of ['desk', 'desk@localhost', 'a b@example.org', 'desk@example.org?cc=x@example.org']) {
      expect(() => correctionsAddressFor('https://floorboards.example', { CORRECTIONS_EMAIL: bad })).toThrow(
        new RegExp(`^CORRECTIONS_EMAIL "${bad.replace(/[.?]/g, '\\$&')}" is not an email address`),
      );
    }
  });
});

describe('restated briefing paragraphs', () => {
  const briefing =
    '<p><strong>What it is.</strong> A large balloon was first seen near the islands on Jan. 28 and shot down on Feb. 4.</p>\n' +
    '<p><strong>Where it stood.</strong> The visit was put off, and neither side moved.</p>';

  test('counts the share of a paragraph’s three-word runs found in another text', () => {
    expect([...wordRuns('The Balloon, was seen.')]).toEqual(['the balloon was', 'balloon was seen']);
    expect(restatedShare(wordRuns('a b c d'), wordRuns('x a b c y'))).toBe(0.5);
    expect(restatedShare(wordRuns('two words'), wordRuns('two words'))).toBe(0);
  });

  test('leaves out the paragraph a note says again, and keeps the rest', () => {
    const note =
      '<p>The balloon was first seen near the islands on Jan. 28 and shot down on Feb. 4, officials said.</p>';
    const html = withoutRestated(briefing, [note]);
    expect(html).not.toContain('What it is');
    expect(html).toContain('Where it stood');
  });

  test('keeps every paragraph when the notes only touch on the same things', () => {
    const note = '<p>On Feb. 4 a fighter shot it down; the visit was later rescheduled.</p>';
    expect(restatedShare(wordRuns('The visit was put off, and neither side moved.'), wordRuns(note))).toBeLessThan(
      RESTATED_SHARE,
    );
    expect(withoutRestated(briefing, [note])).toBe(briefing);
    expect(withoutRestated(briefing, [])).toBe(briefing);
  });
});

describe('verdict scale', () => {
  test('gives every verdict its own number on the stated scale, accurate best and inaccurate worst', () => {
    const values = verdictWords.map((word) => verdictRatings[word].value);
    expect(new Set(values).size).toBe(verdictWords.length);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(VERDICT_SCALE.worst);
      expect(value).toBeLessThanOrEqual(VERDICT_SCALE.best);
    }
    expect(verdictRatings.accurate.value).toBe(VERDICT_SCALE.best);
    expect(verdictRatings.inaccurate.value).toBe(VERDICT_SCALE.worst);
    expect(verdictsBestFirst[0]).toBe('accurate');
    expect(verdictsBestFirst.at(-1)).toBe('inaccurate');
  });
});
