import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCard, type CardInput } from '../../cards/index.ts';
import { cardPlan } from '../../cards/plan.ts';
import { isBuilding } from '../../build/build-state.ts';

// The preview cards as routes, for the dev server only. A build writes every card
// into dist/og/ from a hook once the pages are done (src/cards/integration.ts),
// while the cards are drawn alongside the pages rather than before them.
export const getStaticPaths = (async () =>
  isBuilding()
    ? []
    : (await cardPlan()).map(({ path, card }) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) =>
  new Response(new Uint8Array(await previewCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
