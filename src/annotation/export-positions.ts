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
          count += await addPositions(root, join(entry.parentPath, entry.name));
        }
        logger.info(`${count} export targets given a TextPositionSelector`);
      },
    },
  };
}

/** Adds the positions to one export; returns how many targets it placed. */
export async function addPositions(root: string, file: string): Promise<number> {
  const collection = JSON.parse(await readFile(file, 'utf8')) as { first?: { items: Item[] } };
  const where = relative(process.cwd(), file);
  const pages = new Map<string, { file: string; html: string }>();
  let count = 0;
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
    count++;
  }
  await writeFile(file, JSON.stringify(collection, null, 2));
  return count;
}
