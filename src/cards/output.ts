import { join } from 'node:path';
import { mapLimit } from '../lib/map-limit.ts';
import { copyCard, planCards } from './index.ts';
import { cardPlan } from './plan.ts';
import { cardWriter, leaveCardWriter } from '../build/build-state.ts';

/**
 * How a build writes its cards: a page route's `getStaticPaths` plans them (and the
 * worker threads start drawing at once, alongside every page Astro renders), and the
 * build hook in src/cards/integration.ts writes them into the output once the pages
 * are done, through the writer left in src/build/build-state.ts.
 */
export async function startCards(): Promise<void> {
  if (cardWriter()) return;
  const plan = await cardPlan();
  planCards(plan.map(({ card }) => card));
  leaveCardWriter(async (outDir) => {
    const written = await mapLimit(plan, 16, ({ path, card }) => copyCard(card, join(outDir, 'og', `${path}.png`)));
    return written.length;
  });
}
