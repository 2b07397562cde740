import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

// Resolved from the project root, not from this module: in a build this code runs
// from a bundled chunk inside the output folder, where no node_modules is in reach.
const require = createRequire(join(process.cwd(), 'package.json'));

/**
 * The font files, shipped in npm packages: Source Serif 4 for the titles (the
 * site's body is a serif), Inter for labels. `.woff`, because satori reads
 * TTF, OTF and WOFF but not WOFF2.
 */
export const FONT_FILES = [
  {
    name: 'Source Serif 4',
    weight: 700,
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  },
  {
    name: 'Source Serif 4',
    weight: 400,
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  },
  { name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
] as const;

let loaded: Promise<CardFont[]> | undefined;

/** The card fonts, read from disk once per process and only when a card is rendered. */
export function cardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
  );
  return loaded;
}

/** Versions of the packages that decide how a card looks; part of every cache key. */
export function packageVersions(): Record<string, string> {
  const names = ['satori', '@resvg/resvg-js', '@fontsource/inter', '@fontsource/source-serif-4'];
  return Object.fromEntries(
    names.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]),
  );
}
