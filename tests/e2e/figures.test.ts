import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates.ts';
import { hashSource } from '../../src/security/page-policy.ts';
import { svgStyles } from '../../src/security/figure-headers.ts';
import { figureSchema, type FigureData } from '../../src/schemas/figure.ts';
import { DESKTOP, PHONE, chromiumForTests, distDir, url } from './browser.ts';
import { builtFile, elements, parsed } from './built-site.ts';

const ARTICLE = 'blinken-beijing-2023';
const figures = readdirSync('content/figures')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    data: figureSchema.parse(parse(readFileSync(join('content/figures', name), 'utf8'))) as FigureData,
  }));
const pages = [`/${ARTICLE}/`, ...figures.map((f) => `/${ARTICLE}/${f.id}/`)];

/** The rows of the data tables of one issue's figure on a built page, as cell texts. */
function tableRows(path: string, id: string): string[][] {
  const tree = parsed(builtFile(distDir(), path)!);
  const holder = elements(tree).find((n) => n.properties.dataFigure === id);
  if (!holder) return [];
  return elements({ type: 'root', children: [holder] })
    .filter((n) => n.tagName === 'tr')
    .map((tr) =>
      tr.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'td').map((td) => toString(td)),
    )
    .filter((cells) => cells.length > 0);
}

const session = chromiumForTests();

describe.each([PHONE, DESKTOP])('figures at $width px', (viewport) => {
  test.each(pages)('%s: every figure loads, has a size, fits the screen and has its table', async (path) => {
    const context = await session.testContext({ viewport });
    const page = await context.newPage();
    await page.goto(url(path));
    const holders = page.locator('.issue-figure');
    const expected = path === `/${ARTICLE}/` ? figures.length : 1;
    expect(await holders.count()).toBe(expected);
    for (const holder of await holders.all()) {
      const img = holder.locator('img');
      await img.scrollIntoViewIfNeeded();
      // Lazily loaded: wait until the browser has fetched and decoded it.
      await img.evaluate((node: HTMLImageElement) => node.decode());
      const { natural, box } = await img.evaluate((node: HTMLImageElement) => ({
        natural: node.naturalWidth,
        box: node.getBoundingClientRect().toJSON() as DOMRect,
      }));
      expect(natural).toBeGreaterThan(0);
      expect(box.width).toBeGreaterThan(100);
      expect(box.height).toBeGreaterThan(100);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(await img.getAttribute('alt')).toMatch(/\w{20,}|.{40,}/);
      expect(await holder.locator('figcaption').textContent()).toMatch(/Sources: /);
      expect(await holder.locator('table').count()).toBeGreaterThan(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
});

describe.each(figures)('the $id figure', ({ id, data }) => {
  test('the share page and the reading page carry the same table, with the data file’s values', () => {
    const rows = tableRows(`/${ARTICLE}/${id}/`, id);
    expect(rows).toEqual(tableRows(`/${ARTICLE}/`, id));
    if (data.kind === 'bars') {
      for (const v of data.values) {
        expect(rows).toContainEqual([
          String(v.year),
          v.value.toLocaleString('en-US'),
          v.provisional ? 'Provisional' : 'Final',
          v.source.publisher,
        ]);
      }
    } else if (data.kind === 'map') {
      for (const p of data.places) {
        expect(rows).toContainEqual(
          expect.arrayContaining([p.label, p.place, p.approximate ? 'Approximate' : 'As reported', p.source.publisher]),
        );
        expect(rows.some((row) => row[0]!.startsWith(formatDate(p.date)))).toBe(true);
      }
    } else {
      for (const lane of data.lanes) {
        for (const e of lane.events)
          expect(rows).toContainEqual(expect.arrayContaining([lane.name, e.label, e.source.publisher]));
      }
    }
  });

  test('its SVG file draws the data file’s values and is allowed by the figures’ policy in _headers', () => {
    const svg = readFileSync(join(distDir(), 'figures', `${id}.svg`), 'utf8');
    if (data.kind === 'bars') {
      const drawn = [...svg.matchAll(/data-year="(\d+)" data-value="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(drawn).toEqual(data.values.map((v) => [v.year, v.value]).sort((a, b) => a[0]! - b[0]!));
    }
    expect(svg).not.toMatch(/\sstyle=|<script|href=/);
    const headers = readFileSync(join(distDir(), '_headers'), 'utf8');
    // The block removes the site-wide policy, then gives its own.
    const policy = /^\/figures\/\*\n\s+! Content-Security-Policy\n\s+Content-Security-Policy: (.+)$/m.exec(
      headers,
    )?.[1];
    expect(policy).toMatch(/^default-src 'none'; style-src /);
    for (const style of svgStyles(svg)) expect(policy).toContain(hashSource(style));
  });
});
