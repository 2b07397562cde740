import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, url } from './browser.ts';

const session = chromiumForTests();

interface Selector {
  type: string;
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface Target {
  source: string;
  selector: Selector[];
}
interface Collection {
  type: string;
  total: number;
  first?: { items: { id: string; target: Target | Target[] }[] };
}

describe.each(articleIds())('W3C annotation export of /%s/', (id) => {
  test('the article page links the export, which is served as JSON-LD', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${id}/`));
    const href = await page.locator('head link[rel="alternate"][type="application/ld+json"]').getAttribute('href');
    expect(href).toBe(`/${id}/annotations.jsonld`);
    const response = await page.request.get(url(href!));
    expect(response.status()).toBe(200);
    const collection = (await response.json()) as Collection;
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(collection.first?.items.length ?? 0);
  });

  test('every exact in the export occurs in the built article, with its prefix and suffix', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${id}/`));
    const collection = (await (await page.request.get(url(`/${id}/annotations.jsonld`))).json()) as Collection;
    // What a reader reads: the text of each paragraph of the column, as Chromium renders it.
    const paragraphs = await page
      .locator('p[id^="p-"]')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(paragraphs.length).toBeGreaterThan(0);
    const items = collection.first?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const target of [item.target].flat()) {
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
        expect(quote, `${item.id}: TextQuoteSelector`).toBeDefined();
        const { exact, prefix = '', suffix = '' } = quote!;
        expect(target.source).toMatch(new RegExp(`/${id}/$`));
        expect(exact.length).toBeGreaterThan(0);
        const inContext = paragraphs.filter((text) => text.includes(prefix + exact + suffix));
        expect(inContext, `${item.id}: "${exact}"`).toHaveLength(1);
      }
    }
  });

  test('every annotation has its passage marked on the page', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${id}/`));
    const collection = (await (await page.request.get(url(`/${id}/annotations.jsonld`))).json()) as Collection;
    for (const item of collection.first?.items ?? []) {
      const name = item.id.slice(item.id.indexOf('#') + 1);
      const targets = [item.target].flat();
      for (let n = 1; n <= targets.length; n++) {
        await expect(page.locator(`[id="a-${name}-${n}"]`).count(), `a-${name}-${n}`).resolves.toBe(1);
      }
      const marks = await page
        .locator(`mark.passage`)
        .evaluateAll(
          (nodes, note) => nodes.filter((m) => m.getAttribute('data-notes')?.split(' ').includes(note)).length,
          name,
        );
      expect(marks, name).toBeGreaterThan(0);
    }
  });
});
