import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elapsed } from '../lib/elapsed.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { digestOf, PassCache } from '../build/pass-cache.ts';
import { anchorId } from './markup.ts';
import { pageText } from './text-positions.ts';

interface Selector {
  type: string;
  exact?: string;
}
interface Target {
  source: string;
  selector: Selector | Selector[];
}
interface Item {
  id: string;
  target: Target | Target[];
}
/** What the pass works out for one export: each target's [start, end], in order, and the astral warnings. */
interface Placed {
  positions: Array<[number, number]>;
  astral: string[];
}

/**
 * After the build: adds a TextPositionSelector beside each target's TextQuoteSelector
 * in every `annotations.jsonld`, as Hypothesis does in its own exports. Most noted
 * passages are quoted again in the page's sections, so a client that matches quotes
 * fuzzily needs the position to pick the column's copy. Positions count the built
 * page's text (src/annotation/text-positions.ts), which exists only once pages are
 * written, so the endpoint cannot compute them itself. An export and pages that an
 * incremental build copied unchanged get the positions worked out for them last time.
 */
export default function exportPositions(): AstroIntegration {
  return {
    name: 'floorboards:export-positions',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const cache = await PassCache.open<Placed>('export-positions');
        const exports = entries.filter((e) => e.isFile() && e.name === 'annotations.jsonld');
        const results = await mapLimit(exports, 8, (entry) =>
          addPositions(root, join(entry.parentPath, entry.name), cache),
        );
        let count = 0;
        for (const [i, placed] of results.entries()) {
          const entry = exports[i]!;
          count += placed.count;
          if (placed.astral.length > 0)
            logger.warn(
              `${relative(process.cwd(), join(entry.parentPath, entry.name))}: characters outside the Basic Multilingual ` +
                `Plane come before ${placed.astral.join(', ')}; their positions count UTF-16 code units, as Hypothesis ` +
                `does, and Apache Annotator, which counts code points, will place them further on`,
            );
        }
        await cache.save();
        logger.info(`${count} export targets given a TextPositionSelector in ${elapsed(started)}`);
      },
    },
  };
}

/**
 * Adds the positions to one export. Returns how many targets it placed, and the
 * annotations whose passages come after a character outside the Basic Multilingual
 * Plane: the model does not say what a character is (w3c/web-annotation#206);
 * JavaScript strings, the Hypothesis libraries and these positions count UTF-16 code
 * units, Apache Annotator counts code points, and only such characters tell them apart.
 */
export async function addPositions(
  root: string,
  file: string,
  cache?: PassCache<Placed>,
): Promise<{ count: number; astral: string[] }> {
  const json = await readFile(file, 'utf8');
  const collection = JSON.parse(json) as { first?: { items: Item[] } };
  const where = relative(process.cwd(), file);
  const pages = new Map<string, { file: string; bytes: Buffer }>();
  const items = collection.first?.items ?? [];
  // One parse per page: collect every passage id first.
  const wanted = new Map<string, Set<string>>();
  const targets = items.flatMap((item) => {
    const name = item.id.slice(item.id.indexOf('#') + 1);
    return [item.target].flat().map((target, i) => ({ item, target, id: anchorId(name, i + 1) }));
  });
  for (const { target, id } of targets) {
    const path = new URL(target.source).pathname;
    if (!wanted.has(path)) wanted.set(path, new Set());
    wanted.get(path)!.add(id);
  }
  for (const path of wanted.keys()) {
    const page = join(root, decodeURIComponent(path), 'index.html');
    pages.set(path, { file: page, bytes: await readFile(page) });
  }
  const place = (): Placed => {
    const texts = new Map(
      [...pages].map(([path, { bytes }]) => [path, pageText(bytes.toString('utf8'), wanted.get(path)!)]),
    );
    const astral = new Set<string>();
    const positions = targets.map(({ item, target, id }): [number, number] => {
      const path = new URL(target.source).pathname;
      const { text, starts } = texts.get(path)!;
      const page = relative(process.cwd(), pages.get(path)!.file);
      const exact = [target.selector].flat().find((s) => s.type === 'TextQuoteSelector')?.exact;
      const start = starts.get(id);
      if (exact === undefined) throw new Error(`${where}: ${item.id} has a target without a TextQuoteSelector`);
      if (start === undefined) throw new Error(`${where}: ${item.id}: no element with id "${id}" in ${page}`);
      const found = text.slice(start, start + exact.length);
      if (found !== exact)
        throw new Error(`${where}: ${item.id}: the text at #${id} in ${page} is "${found}", not the exact "${exact}"`);
      if (/[\u{10000}-\u{10FFFF}]/u.test(text.slice(0, start + exact.length))) astral.add(item.id);
      return [start, start + exact.length];
    });
    return { positions, astral: [...astral] };
  };
  const key = digestOf(json, ...[...pages.values()].map(({ bytes }) => bytes));
  const { positions, astral } = cache ? await cache.get(key, place) : place();
  targets.forEach(({ target }, i) => {
    const [start, end] = positions[i]!;
    const selectors = [target.selector].flat().filter((s) => s.type !== 'TextPositionSelector');
    target.selector = [...selectors, { type: 'TextPositionSelector', start, end } as Selector];
  });
  await writeFile(file, JSON.stringify(collection, null, 2));
  return { count: targets.length, astral };
}
