import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elapsed } from '../lib/elapsed.ts';
import { cardWriter } from '../build/build-state.ts';

/**
 * After the pages: writes every preview card into `dist/og/`, waiting for those the
 * worker threads are still drawing (src/cards/output.ts). The cards are not Astro
 * routes in a build: a route would make each card wait its turn before the HTML pages
 * (Astro renders `/og/…` first), leaving the build's thread idle while they draw.
 */
export default function previewCards(): AstroIntegration {
  return {
    name: 'floorboards:preview-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const write = cardWriter();
        if (!write) throw new Error('preview cards: no page route planned the cards (src/cards/output.ts)');
        const count = await write(fileURLToPath(dir));
        logger.info(`${count} preview cards written in ${elapsed(started)}`);
      },
    },
  };
}
