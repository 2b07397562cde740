import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCard, type CardInput } from '../../lib/og/index.ts';
import { cardPlan } from '../../lib/og/plan.ts';
import { isBuilding } from '../../lib/build-state.ts';

// The preview cards as routes, for the dev server only. A build writes every card
// into dist/og/ from a hook once the pages are done (src/lib/og/integration.ts),
// while the cards are drawn alongside the pages rather than before them.
export const getStaticPaths = (async () =>
  isBuilding()
    ? []
    : (await cardPlan()).map(({ path, card }) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) =>
  new Response(new Uint8Array(await previewCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
