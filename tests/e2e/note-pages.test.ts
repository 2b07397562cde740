// Each fact-check and correction note as a reader and a link preview meet it on its own
// page, /<article>/notes/<note>/: the claim, the verdict in words, the passage, the way
// back to the note in the column, a share control, Open Graph and Twitter tags, a 1200×630
// card of its own, ClaimReview for a fact-check, and the page in the sitemap.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleIds, articleNoteNames, contentDir } from '../content-files.ts';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';
import { pngSize, SITE } from './share-site.ts';

interface NoteFront {
  type: string;
  summary: string;
  verdict?: { rating: string; claim: string; evidence: string[] };
}

/** Every note with a page of its own (fact-checks and corrections), read from content/. */
const pagedNotes = articleIds().flatMap((article) =>
  articleNoteNames(article).flatMap((name) => {
    const source = readFileSync(join(contentDir, 'notes', article, `${name}.md`), 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as NoteFront;
    return ['fact-check', 'correction'].includes(front.type) ? [{ article, name, ...front }] : [];
  }),
);

const metaOf = (path: string) => {
  const all = elements(parsed(builtFile(distDir(), path)!));
  const meta = (key: string) =>
    all.find((n) => n.tagName === 'meta' && (n.properties.property === key || n.properties.name === key))?.properties
      .content;
  return { all, meta };
};

test('the site has fact-check and correction notes to give pages', () => {
  expect(pagedNotes.filter((n) => n.type === 'fact-check').length).toBeGreaterThan(0);
  expect(pagedNotes.filter((n) => n.type === 'correction').length).toBeGreaterThan(0);
});

describe.each(pagedNotes.map((note) => [`/${note.article}/notes/${note.name}/`, note] as const))('%s', (path, note) => {
  const { all, meta } = metaOf(path);
  const pageUrl = `${SITE}${path}`;
  const headline = note.verdict?.claim ?? note.summary;

  test('shows the claim, the verdict in words, the passage and the way back to the note in the column', () => {
    const text = textOf(all.find((n) => n.tagName === 'main')!);
    expect(textOf(all.find((n) => n.tagName === 'h1')!)).toBe(headline);
    if (note.verdict) expect(text).toContain(`Verdict: ${note.verdict.rating}`);
    expect(all.some((n) => n.tagName === 'blockquote')).toBe(true);
    const back = `/${note.article}/#note-${note.name}`;
    expect(all.some((n) => n.tagName === 'a' && n.properties.href === back)).toBe(true);
    const column = elements(parsed(builtFile(distDir(), `/${note.article}/`)!));
    expect(column.some((n) => n.properties.id === `note-${note.name}`)).toBe(true);
    // And the note in the column links here.
    const card = column.find((n) => n.properties.id === `note-${note.name}`)!;
    expect(elements({ type: 'root', children: [card] }).some((n) => n.properties.href === path)).toBe(true);
  });

  test('has a share control that shares this page', () => {
    const share = all.find((n) => n.properties.dataShareUrl !== undefined);
    expect(share?.properties.dataShareUrl).toBe(pageUrl);
  });

  test('valid Open Graph and Twitter tags, and a 1200×630 card of its own', () => {
    expect(meta('og:url')).toBe(pageUrl);
    expect(meta('og:type')).toBe('article');
    expect(String(meta('og:title'))).toContain(headline);
    expect(String(meta('description')).length).toBeGreaterThan(10);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    const image = `${SITE}/og/${note.article}/notes/${note.name}.png`;
    expect(meta('og:image')).toBe(image);
    if (note.verdict) expect(String(meta('og:image:alt'))).toContain(`verdict: ${note.verdict.rating}`);
    const file = join(distDir(), new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // Its own card, not the column's.
    expect(png.equals(readFileSync(join(distDir(), 'og', `${note.article}.png`)))).toBe(false);
  });

  test('its JSON-LD: the page with a breadcrumb and, for a fact-check, a ClaimReview of this page', () => {
    const scripts = all.filter((n) => n.tagName === 'script' && n.properties.type === 'application/ld+json');
    expect(scripts).toHaveLength(1);
    const nodes = [JSON.parse(textOf(scripts[0]!))].flat() as Array<Record<string, unknown>>;
    expect(nodes[0]).toMatchObject({ '@type': 'WebPage', url: pageUrl });
    const review = nodes.find((n) => n['@type'] === 'ClaimReview');
    if (!note.verdict) return expect(review).toBeUndefined();
    // What Google's fact-check markup requires and recommends
    // (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      url: pageUrl,
      claimReviewed: note.verdict.claim,
      reviewRating: { '@type': 'Rating', alternateName: note.verdict.rating },
      itemReviewed: { '@type': 'Claim' },
    });
    expect(review!.author).toMatchObject({ name: 'Floorboards' });
    expect(String(review!.datePublished)).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});

test('the sitemap lists every note page', () => {
  const sitemap = readFileSync(join(distDir(), 'sitemap-0.xml'), 'utf8');
  for (const note of pagedNotes) expect(sitemap).toContain(`<loc>${SITE}/${note.article}/notes/${note.name}/</loc>`);
});
