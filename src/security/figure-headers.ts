import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elapsed } from '../lib/elapsed.ts';
import { hashSource } from './page-policy.ts';
import { withRulePolicy } from './headers-file.ts';
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

/** `_headers` with the figures' policy in the `/figures/*` block, whose style hashes are the figures', not the pages'. */
export const withFigurePolicy = (headers: string, policy: string) =>
  withRulePolicy(headers, `/${FIGURES_DIR}/*`, policy);

/**
 * After the build (and after the page policies, which write dist/_headers): gives the
 * `/figures/*` block of dist/_headers a Content-Security-Policy. In an `<img>` an SVG runs no script and loads nothing
 * anyway; the header covers a reader who opens the file itself.
 */
export default function figureHeaders(): AstroIntegration {
  return {
    name: 'floorboards:figure-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = join(fileURLToPath(dir), FIGURES_DIR);
        const files = (await readdir(root).catch(() => [] as string[])).filter((name) => name.endsWith('.svg'));
        if (files.length === 0) return;
        const svgs = await Promise.all(files.map((name) => readFile(join(root, name), 'utf8')));
        const target = join(fileURLToPath(dir), '_headers');
        await writeFile(target, withFigurePolicy(await readFile(target, 'utf8').catch(() => ''), figurePolicy(svgs)));
        logger.info(`${files.length} figure files: their style hashes written to _headers in ${elapsed(started)}`);
      },
    },
  };
}
