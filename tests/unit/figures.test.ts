import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatCount } from '../../src/figures/bars.ts';
import { shortDate } from '../../src/figures/dates.ts';
import { drawFigure } from '../../src/figures/draw.ts';
import { CARD, PAGE } from '../../src/figures/options.ts';
import { figureProblems } from '../../src/figures/problems.ts';
import { figureTables } from '../../src/figures/tables.ts';
import { figureSchema, type FigureData } from '../../src/schemas/figure.ts';

const DIR = 'content/figures';
const files = readdirSync(DIR).filter((name) => name.endsWith('.yaml'));
const raw = (name: string) => parse(readFileSync(join(DIR, name), 'utf8')) as Record<string, unknown>;
const load = (name: string): FigureData => figureSchema.parse(raw(name));

/** Every `<tag …>` of the SVG with its attributes, for tag names given. */
function tags(svg: string, name: string): Array<Record<string, string>> {
  return [...svg.matchAll(new RegExp(`<${name}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('content/figures', () => {
  test('there is a figure for each of the five issues', () => {
    expect(files.sort()).toEqual([
      'fentanyl.yaml',
      'military-contacts.yaml',
      'semiconductors.yaml',
      'spy-balloon.yaml',
      'taiwan.yaml',
    ]);
  });

  test.each(files)('%s passes its schema and its cross-checks', (name) => {
    expect(figureProblems(load(name))).toEqual([]);
  });
});

describe.each(files)('the drawing of %s', (name) => {
  const figure = load(name);
  const page = drawFigure(figure, PAGE).svg;

  test('is self-contained: no script, no style attribute, no link to another file', () => {
    for (const svg of [page, drawFigure(figure, CARD).svg]) {
      expect(svg).not.toMatch(/<script|\sstyle=|\son\w+=|href=|<image|@import|url\(/i);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    }
  });

  test('has a dark scheme for the page and none for the card', () => {
    expect(page).toContain('prefers-color-scheme:dark');
    expect(drawFigure(figure, CARD).svg).not.toContain('prefers-color-scheme');
  });

  test('draws one mark for each value in the data file, and its table lists each with its source', () => {
    const rows = figureTables(figure).flatMap((table) => table.rows);
    const linked = rows.flatMap((row) => row.filter((cell) => typeof cell !== 'string'));
    expect(linked.length).toBe(rows.length);
    if (figure.kind === 'map') {
      const dots = tags(page, 'circle').filter((c) => c.class === 'dot').length;
      const rings = tags(page, '(?:circle|path)').filter((c) => c.class === 'ring').length;
      // The legend draws one swatch of each kind it explains.
      // Counted in the file as written, so that a schema that lost the flag would fail here.
      const written = raw(name).places as Array<{ approximate?: boolean }>;
      const approx = written.filter((p) => p.approximate === true).length;
      const exact = written.length - approx;
      expect(dots).toBe(exact + (exact > 0 ? 1 : 0));
      expect(rings).toBe(approx + (approx > 0 ? 1 : 0));
      expect(rows.length).toBe(figure.places.length + (figure.strip?.events.length ?? 0));
    }
    if (figure.kind === 'lanes') {
      const events = figure.lanes.flatMap((lane) => lane.events);
      expect(tags(page, 'circle').filter((c) => c.class === 'us' || c.class === 'cn').length).toBe(events.length);
      expect(rows.length).toBe(events.length);
    }
  });
});

describe('the overdose-deaths chart', () => {
  const figure = load('fentanyl.yaml');
  if (figure.kind !== 'bars') throw new Error('fentanyl.yaml is expected to be a bar chart');
  const svg = drawFigure(figure, PAGE).svg;
  const bars = tags(svg, 'rect').filter((r) => r['data-value'] !== undefined);

  test('has a bar for each year in the data file, with its count, hollow when provisional', () => {
    const drawn = bars.map((b) => [Number(b['data-year']), Number(b['data-value']), b.class]);
    const expected = figure.values.map((v) => [v.year, v.value, v.provisional ? 'bar-p' : 'bar']);
    expect(drawn).toEqual(expected.sort((a, b) => Number(a[0]) - Number(b[0])));
  });

  test('draws each bar as tall as its count, on one scale', () => {
    const perDeath = bars.map((b) => Number(b.height) / Number(b['data-value']));
    for (const ratio of perDeath) expect(ratio).toBeCloseTo(perDeath[0]!, 4);
  });

  test('writes each count over its bar, and its table gives the same counts', () => {
    const labels = texts(svg);
    const table = figureTables(figure)[0]!;
    for (const v of figure.values) {
      expect(labels).toContain(formatCount(v.value));
      expect(table.rows).toContainEqual(expect.arrayContaining([String(v.year), formatCount(v.value)]));
    }
  });

  test('numbers the marks in date order, each with its date', () => {
    const marks = [...figure.marks].sort((a, b) => a.date.localeCompare(b.date));
    expect(marks.length).toBeGreaterThan(0);
    marks.forEach((mark, i) => expect(texts(svg)).toContain(`${i + 1}  ${mark.label}, ${shortDate(mark.date, true)}`));
  });
});

describe('a broken figure file is refused', () => {
  const balloon = () =>
    structuredClone(raw('spy-balloon.yaml')) as {
      places: Array<Record<string, unknown>>;
      region: Record<string, number>;
    };

  test('a place without a source', () => {
    const data = balloon();
    delete data.places[0]!.source;
    const result = figureSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('places.0.source');
  });

  test('an impossible coordinate', () => {
    const data = balloon();
    data.places[1]!.at = [-200, 63];
    expect(figureSchema.safeParse(data).error?.issues[0]?.message).toMatch(/longitude must be at least -180/);
  });

  test('an impossible date', () => {
    const data = balloon();
    data.places[1]!.date = '2023-02-30';
    expect(figureSchema.safeParse(data).error?.issues[0]?.message).toMatch(/day 30 does not exist/);
  });

  test('a place off its map, and a range that ends before it starts', () => {
    const data = balloon();
    data.places[2]!.at = [10, 47];
    data.places[3]!.until = '2023-01-01';
    expect(figureProblems(figureSchema.parse(data))).toEqual([
      'places[2] "Back in US airspace": longitude 10 is outside the map (-176 to -62)',
      'places[3] "Seen over Billings": until (2023-01-01) is before date (2023-02-01)',
    ]);
  });
});
