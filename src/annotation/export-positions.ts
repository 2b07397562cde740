import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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

/**
 * After the build: adds a TextPositionSelector beside each target's TextQuoteSelector
 * in every `annotations.jsonld`, as Hypothesis does in its own exports. Most noted
 * passages are quoted again in the page's sections, so a client that matches quotes
 * fuzzily needs the position to pick the column's copy. Positions count the built
 * page's text (src/annotation/text-positions.ts), which exists only once pages are
 * written, so the endpoint cannot compute them itself.
 */
export default function exportPositions(): AstroIntegration {
  return {
    name: 'floorboards:export-positions',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        let count = 0;
        for (const entry of entries.filter((e) => e.isFile() && e.name === 'annotations.jsonld')) {
          const placed = await addPositions(root, join(entry.parentPath, entry.name));
          count += placed.count;
          if (placed.astral.length > 0)
            logger.warn(
              `${relative(process.cwd(), join(entry.parentPath, entry.name))}: characters outside the Basic Multilingual ` +
                `Plane come before ${placed.astral.join(', ')}; their positions count UTF-16 code units, as Hypothesis ` +
                `does, and Apache Annotator, which counts code points, will place them further on`,
            );
        }
        logger.info(`${count} export targets given a TextPositionSelector`);
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
export async function addPositions(root: string, file: string): Promise<{ count: number; astral: string[] }> {
  const collection = JSON.parse(await readFile(file, 'utf8')) as { first?: { items: Item[] } };
  const where = relative(process.cwd(), file);
  const pages = new Map<string, { file: string; html: string }>();
  let count = 0;
  const astral = new Set<string>();
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
    pages.set(path, { file: page, html: await readFile(page, 'utf8') });
  }
  const texts = new Map([...pages].map(([path, { html }]) => [path, pageText(html, wanted.get(path)!)]));
  for (const { item, target, id } of targets) {
    const path = new URL(target.source).pathname;
    const { text, starts } = texts.get(path)!;
    const page = relative(process.cwd(), pages.get(path)!.file);
    const selectors = [target.selector].flat().filter((s) => s.type !== 'TextPositionSelector');
    const exact = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact;
    const start = starts.get(id);
    if (exact === undefined) throw new Error(`${where}: ${item.id} has a target without a TextQuoteSelector`);
    if (start === undefined) throw new Error(`${where}: ${item.id}: no element with id "${id}" in ${page}`);
    const found = text.slice(start, start + exact.length);
    if (found !== exact)
      throw new Error(`${where}: ${item.id}: the text at #${id} in ${page} is "${found}", not the exact "${exact}"`);
    target.selector = [...selectors, { type: 'TextPositionSelector', start, end: start + exact.length } as Selector];
    if (/[\u{10000}-\u{10FFFF}]/u.test(text.slice(0, start + exact.length))) astral.add(item.id);
    count++;
  }
  await writeFile(file, JSON.stringify(collection, null, 2));
  return { count, astral: [...astral] };
}
