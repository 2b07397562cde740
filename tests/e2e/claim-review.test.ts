// Fact-check verdicts as a reader and a search engine meet them: the verdict in words on
// the reading page, and one schema.org ClaimReview per fact-check in the article's JSON-LD,
// with the properties Google's fact-check markup requires (claimReviewed,
// reviewRating.alternateName, url on this page with an anchor) and those it recommends
// (author, datePublished, itemReviewed as a Claim with author, date and appearances), and
// the numeric rating on the scale /about/ states.
// https://developers.google.com/search/docs/appearance/structured-data/factcheck
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { verdictWords, type VerdictWord } from '../../src/schemas/verdict.ts';
import { VERDICT_SCALE, verdictRatings } from '../../src/sharing/verdict-scale.ts';
import { loadContent } from '../../src/editorial/lint/load.ts';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';

const ARTICLE = 'blinken-beijing-2023';
const SITE = 'https://floorboards.example';

interface FactCheck {
  name: string;
  rating: string;
  claim: string;
  evidence: string[];
  sources: string[];
}
const factChecks: FactCheck[] = loadContent()
  .notes.filter((note) => note.file.includes(`/${ARTICLE}/`))
  .flatMap((note) => {
    const data = note.data as {
      type: string;
      verdict?: { rating: string; claim: string; evidence: string[] };
      sources?: { url: string }[];
    };
    if (data.type !== 'fact-check') return [];
    return [
      {
        name: note.file.replace(/^.*\/|\.md$/g, ''),
        rating: data.verdict?.rating ?? '',
        claim: data.verdict?.claim ?? '',
        evidence: data.verdict?.evidence ?? [],
        sources: (data.sources ?? []).map((source) => source.url),
      },
    ];
  });

/** Every element inside `node`, itself included. */
const within = (node: Element) => elements({ type: 'root', children: [node] });
const page = () => parsed(builtFile(distDir(), `/${ARTICLE}/`)!);
const ids = () => new Set(elements(page()).map((el) => String(el.properties.id ?? '')));

type Node = Record<string, unknown> & { '@type'?: string };
function structuredData(): Node[] {
  const scripts = elements(page()).filter(
    (el) => el.tagName === 'script' && el.properties.type === 'application/ld+json',
  );
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(textOf(scripts[0]!)) as Node | Node[];
  return Array.isArray(data) ? data : [data];
}
const reviews = () => structuredData().filter((node) => node['@type'] === 'ClaimReview');
const reviewOf = (name: string) => reviews().find((review) => review.url === `${SITE}/${ARTICLE}/#note-${name}`);
/** A site URL's fragment, which must be an id on the article page. */
const fragmentOnPage = (url: unknown) => {
  const parsedUrl = new URL(String(url));
  return parsedUrl.origin === SITE && parsedUrl.pathname === `/${ARTICLE}/` && ids().has(parsedUrl.hash.slice(1));
};

describe('fact-check verdicts', () => {
  test('every fact-check note has a verdict in words', () => {
    expect(factChecks.length).toBeGreaterThanOrEqual(2);
    for (const check of factChecks) expect(verdictWords, check.name).toContain(check.rating);
    expect(factChecks.find((check) => check.name === 'hugely-important')?.rating).toBe('accurate');
  });

  test('the reading page states each verdict in words, with the claim and the evidence', () => {
    for (const check of factChecks) {
      const card = elements(page()).find((el) => el.properties.id === `note-${check.name}`);
      expect(card, check.name).toBeDefined();
      const line = within(card!).find((el) => String(el.properties.className).includes('note-verdict'));
      expect(line, check.name).toBeDefined();
      expect(textOf(line!)).toMatch(new RegExp(`^Verdict: ${check.rating}\\. Claim checked: `));
      const links = within(line!)
        .filter((el) => el.tagName === 'a')
        .map((a) => a.properties.href);
      expect(links).toEqual(check.evidence);
    }
  });
});

describe('ClaimReview in the article’s JSON-LD', () => {
  test('the analysis comes first, then one ClaimReview per fact-check', () => {
    const [first] = structuredData();
    expect(first?.['@type']).toBe('AnalysisNewsArticle');
    expect(reviews()).toHaveLength(factChecks.length);
  });

  test.each(factChecks.map((check) => [check.name, check] as const))(
    '%s: the required properties, with the verdict’s words as the rating',
    (name, check) => {
      const review = reviewOf(name);
      expect(review, `no ClaimReview with url ${SITE}/${ARTICLE}/#note-${name}`).toBeDefined();
      expect(review!['@context']).toBe('https://schema.org');
      expect(review!.claimReviewed).toBe(check.claim);
      expect(String(review!.claimReviewed).length).toBeGreaterThan(0);
      expect(review!.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: check.rating });
      // A number on the stated scale, which Google's rules require beside the words.
      const { value, meaning } = verdictRatings[check.rating as VerdictWord];
      expect(review!.reviewRating).toMatchObject({
        ratingValue: value,
        bestRating: VERDICT_SCALE.best,
        worstRating: VERDICT_SCALE.worst,
        ratingExplanation: meaning,
      });
      // url: this page plus an anchor that lands on the fact-check.
      expect(fragmentOnPage(review!.url)).toBe(true);
    },
  );

  test.each(factChecks.map((check) => [check.name, check] as const))(
    '%s: the recommended properties and the evidence',
    (name, check) => {
      const review = reviewOf(name)!;
      expect(review.author).toMatchObject({
        '@type': 'NewsMediaOrganization',
        '@id': `${SITE}/#publisher`,
        name: 'Floorboards',
        url: `${SITE}/`,
      });
      expect(String(review.datePublished)).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      const claim = review.itemReviewed as Node;
      expect(claim['@type']).toBe('Claim');
      expect(claim.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Los Angeles Times' });
      expect(String(claim.datePublished)).toMatch(/^\d{4}-\d{2}/);
      expect(claim.firstAppearance).toMatchObject({ '@type': 'NewsArticle', datePublished: '2023-06' });
      // The claim's appearance in the reprint is the passage the note is on.
      expect(fragmentOnPage((claim.appearance as Node).url)).toBe(true);
      expect(String((claim.appearance as Node).url)).toMatch(new RegExp(`#a-${name}-1$`));
      const citations = review.citation as Node[];
      expect(citations.map((c) => c.url)).toEqual(check.evidence);
      for (const citation of citations) {
        expect(citation['@type']).toBe('CreativeWork');
        expect(check.sources).toContain(citation.url);
        expect(String(citation.name).length).toBeGreaterThan(0);
      }
    },
  );

  test('a corrected fact-check says when it was revised', () => {
    expect(reviewOf('hugely-important')?.dateModified).toBe('2026-11-30');
  });
});
