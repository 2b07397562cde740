import { readdir, readFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashSource } from './page-policy.ts';
import { headerOnlyDirectives } from './policy.ts';

/** The folder of dist/ that holds the figures' SVG files (src/pages/figures/). */
export const FIGURES_DIR = 'figures';

/** The texts of every `<style>` element of an SVG file. */
export const svgStyles = (svg: string) => [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

/**
 * The policy for the figures' SVG files when opened on their own: nothing may load, and the
 * one stylesheet each carries is allowed by its hash (as pages' inline styles are).
 */
export function figurePolicy(svgs: readonly string[]): string {
  const styles = [...new Set(svgs.flatMap(svgStyles).map(hashSource))].sort();
  return ["default-src 'none'", `style-src ${styles.join(' ')}`, ...headerOnlyDirectives].join('; ');
}

/**
 * After the build (and after the page policies, which write dist/_headers): appends one block
 * for `/figures/*` to dist/_headers. In an `<img>` an SVG runs no script and loads nothing
 * anyway; the header covers a reader who opens the file itself.
 */
export default function figureHeaders(): AstroIntegration {
  return {
    name: 'floorboards:figure-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), FIGURES_DIR);
        const files = (await readdir(root).catch(() => [] as string[])).filter((name) => name.endsWith('.svg'));
        if (files.length === 0) return;
        const svgs = await Promise.all(files.map((name) => readFile(join(root, name), 'utf8')));
        const block = `\n/${FIGURES_DIR}/*\n  Content-Security-Policy: ${figurePolicy(svgs)}\n`;
        await appendFile(join(fileURLToPath(dir), '_headers'), block);
        logger.info(`${files.length} figure files: their style hashes written to _headers`);
      },
    },
  };
}
