import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, distDir, url } from './browser.ts';
import { builtPages } from './pages.ts';
import { SITE, articleSections, pngSize } from './share-site.ts';

const session = chromiumForTests();

/**
 * The page as a reader without JavaScript gets it: what crawlers and link previews read.
 * One tab for the file: each call loads its page in it (nothing here keeps state between pages).
 */
let tab: Page | undefined;
async function open(path: string): Promise<Page> {
  tab ??= await (await session.context({ javaScriptEnabled: false })).newPage();
  const page = tab;
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The page's preview-card tags and structured data. */
async function headOf(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    const keys = [
      'description',
      'og:title',
      'og:description',
      'og:type',
      'og:url',
      'og:image',
      'og:image:alt',
      'og:image:width',
      'og:image:height',
      'twitter:card',
      'twitter:title',
      'twitter:image',
    ];
    return {
      title: document.title,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      meta: Object.fromEntries(keys.map((key) => [key, meta(key)])) as Record<string, string | null>,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    };
  });
}

/** The built file behind an absolute URL on the site. */
const builtFile = (absolute: string) => join(distDir(), decodeURIComponent(new URL(absolute).pathname));

function expectPreviewCard(meta: Record<string, string | null>) {
  expect(meta['og:image']).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
  // X falls back to og:title, og:description and og:image; repeating them would only add bytes.
  expect([meta['twitter:image'], meta['twitter:title']]).toEqual([null, null]);
  expect(meta['og:image:alt']?.length).toBeGreaterThan(10);
  expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
  expect(meta['twitter:card']).toBe('summary_large_image');
  const file = builtFile(meta['og:image']!);
  expect(existsSync(file), file).toBe(true);
  expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
}

describe.each(articleIds())('share pages of /%s/', (articleId) => {
  const { issues, people, title } = articleSections(articleId);
  const sections = [...issues, ...people];
  let paragraphIds: string[] | undefined;

  test('exist for the five issues and the two experts the column turns on', () => {
    if (articleId !== 'blinken-beijing-2023') return;
    const shared = [
      'spy-balloon',
      'semiconductors',
      'taiwan',
      'fentanyl',
      'military-contacts',
      'bates-gill',
      'bonnie-glaser',
    ];
    for (const id of shared) expect(existsSync(join(distDir(), articleId, id, 'index.html')), id).toBe(true);
  });

  test.each(sections)('/%s/ has its own title, description, canonical URL and preview card', async (id) => {
    const page = await open(`/${articleId}/${id}/`);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const head = await headOf(page);
    const own = `${SITE}/${articleId}/${id}/`;
    expect(head.title).toContain(name);
    expect(head.canonical).toBe(own);
    expect(head.meta['og:url']).toBe(own);
    expect(head.meta['og:title']).toContain(name);
    expect(head.meta['og:title']).toContain(title);
    expect(head.meta.description?.length).toBeGreaterThan(20);
    expect(head.meta['og:description']).toBe(head.meta.description);
    expect(head.meta['og:type']).toBe('article');
    expectPreviewCard(head.meta);
    expect(head.meta['og:image']).toBe(`${SITE}/og/${articleId}/${id}.png`);
  });

  test.each(sections)('/%s/ carries JSON-LD for one section of the analysis', async (id) => {
    const page = await open(`/${articleId}/${id}/`);
    const [text, ...rest] = (await headOf(page)).jsonLd;
    expect(rest).toHaveLength(0);
    const data = JSON.parse(text!);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('WebPage');
    expect(data.url).toBe(`${SITE}/${articleId}/${id}/`);
    expect(data.mainEntity['@type']).toBe('WebPageElement');
    expect(data.mainEntity.url).toBe(`${SITE}/${articleId}/#${id}`);
    expect(data.mainEntity.isPartOf['@type']).toBe('AnalysisNewsArticle');
    expect(data.breadcrumb['@type']).toBe('BreadcrumbList');
    expect(data.breadcrumb.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      `${SITE}/`,
      `${SITE}/${articleId}/`,
      `${SITE}/${articleId}/${id}/`,
    ]);
    if (people.includes(id)) {
      expect(data.about['@type']).toBe('Person');
      expect(data.about.affiliation['@type']).toBe('Organization');
      expect(data.about.affiliation.name).toBeTruthy();
    } else {
      expect(data.about['@type']).toBe('Thing');
    }
  });

  test.each(sections)(
    '/%s/ quotes its passages, each linking to its paragraph, and leads into the article',
    async (id) => {
      paragraphIds ??= await (
        await open(`/${articleId}/`)
      )
        .locator('[id^="p-"]')
        .evaluateAll((nodes) => nodes.map((node) => node.id));
      const page = await open(`/${articleId}/${id}/`);
      const quotes = await page.locator('figure.passage').evaluateAll((figures) =>
        figures.map((figure) => ({
          cite: figure.querySelector('blockquote')?.getAttribute('cite'),
          text: figure.querySelector('blockquote')?.textContent?.trim(),
          links: [...figure.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href')),
        })),
      );
      expect(quotes.length, 'quoted passages').toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(quote.text?.length).toBeGreaterThan(10);
        const [paragraph, highlight] = quote.links;
        expect(paragraph).toMatch(new RegExp(`^/${articleId}/#p-\\d+$`));
        expect(paragraphIds).toContain(paragraph!.split('#')[1]);
        expect(quote.cite).toBe(`${SITE}${paragraph}`);
        if (highlight) expect(highlight).toMatch(new RegExp(`^/${articleId}/#:~:text=[^#\\s]+$`));
      }
      const intoArticle = page.locator(`main a[href="/${articleId}/#${id}"]`);
      expect(await intoArticle.count()).toBeGreaterThan(0);
      await expect(intoArticle.first().isVisible()).resolves.toBe(true);
    },
  );

  test('the article page has its own preview card and canonical URL', async () => {
    const head = await headOf(await open(`/${articleId}/`));
    expect(head.canonical).toBe(`${SITE}/${articleId}/`);
    expect(head.meta['og:url']).toBe(`${SITE}/${articleId}/`);
    expect(head.meta['og:title']).toBe(title);
    expect(head.meta['og:type']).toBe('article');
    expectPreviewCard(head.meta);
    expect(head.meta['og:image']).toBe(`${SITE}/og/${articleId}.png`);
  });

  test('the article page JSON-LD is an AnalysisNewsArticle based on the original column', async () => {
    const page = await open(`/${articleId}/`);
    // The analysis first, then one ClaimReview per fact-check (tests/e2e/claim-review.test.ts).
    const [data] = JSON.parse((await headOf(page)).jsonLd[0]!);
    expect(data['@type']).toBe('AnalysisNewsArticle');
    expect(data.url).toBe(`${SITE}/${articleId}/`);
    const original = data.isBasedOn;
    expect(original.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'Los Angeles Times' });
    // Nothing the fact sheet leaves unconfirmed: no headline, no author, no day.
    expect(original).not.toHaveProperty('headline');
    expect(original).not.toHaveProperty('name');
    expect(original).not.toHaveProperty('author');
    expect(original.datePublished).toMatch(/^\d{4}-\d{2}$/);
    expect(data.about.map((thing: { url: string }) => thing.url)).toEqual(
      issues.map((id) => `${SITE}/${articleId}/${id}/`),
    );
    expect(data.mentions).toHaveLength(people.length);
    for (const person of data.mentions) {
      expect(person['@type']).toBe('Person');
      expect(person.affiliation['@type']).toBe('Organization');
      expect(person.affiliation.name).toBeTruthy();
    }
    expect(data.hasPart.map((part: { '@type': string; url: string }) => [part['@type'], part.url])).toEqual(
      sections.map((id) => ['WebPageElement', `${SITE}/${articleId}/#${id}`]),
    );
    const sectionIds = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    for (const id of sections) expect(sectionIds, `#${id} on the article page`).toContain(id);
  });
});

describe('every built page', () => {
  test.each(builtPages(distDir()))('%s has a preview card that is a 1200×630 PNG in the build', async (path) => {
    const head = await headOf(await open(path));
    expectPreviewCard(head.meta);
    for (const json of head.jsonLd) expect(() => JSON.parse(json)).not.toThrow();
    if (path !== '/404.html') expect(head.canonical?.startsWith(`${SITE}/`), 'canonical').toBe(true);
  });
});

describe('feeds and crawler files', () => {
  const read = (file: string) => readFileSync(join(distDir(), file), 'utf8');

  test('the sitemap lists every article and share page by absolute URL, and not the 404 page', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      return [...read(new URL(loc).pathname).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, u]) => u!);
    });
    for (const articleId of articleIds()) {
      const { issues, people } = articleSections(articleId);
      expect(urls).toContain(`${SITE}/${articleId}/`);
      for (const id of [...issues, ...people]) expect(urls).toContain(`${SITE}/${articleId}/${id}/`);
    }
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  test('robots.txt points crawlers to the sitemap', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
  });

  test('the RSS feed has every analysis with its dek', () => {
    const feed = read('rss.xml');
    expect(feed).toContain('<rss version="2.0"');
    // Corrections have items of their own (tests/e2e/corrections.test.ts).
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)]
      .map(([, item]) => item!)
      .filter((item) => !/<title>(Correction|Clarification|Update): /.test(item));
    expect(items).toHaveLength(articleIds().length);
    for (const articleId of articleIds()) {
      const { dek } = articleSections(articleId);
      const item = items.find((i) => i.includes(`<link>${SITE}/${articleId}/</link>`));
      expect(item, articleId).toBeDefined();
      // Escaped as HTML text (readers parse the description as HTML), then for XML.
      const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(item).toContain(`<description>${xml(xml(dek).replace(/"/g, '&quot;'))}</description>`);
    }
  });

  test('every page links the favicon, and the favicon is in the build', async () => {
    const page = await open('/');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    expect(read('favicon.svg')).toContain('<svg');
  });

  test('the 404 page is in the site style, not indexed, and leads back to the analyses', async () => {
    const page = await open('/404.html');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.locator('.site-header').count()).toBe(1);
    for (const articleId of articleIds()) expect(await page.locator(`main a[href="/${articleId}/"]`).count()).toBe(1);
  });
});
