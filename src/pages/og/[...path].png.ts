import type { APIRoute, GetStaticPaths } from 'astro';
import { figures } from '../../lib/figures/data.ts';
import { drawing } from '../../lib/figures/draw.ts';
import { CARD } from '../../lib/figures/options.ts';
import { planCards, previewCard, type CardInput } from '../../lib/og/index.ts';
import { articleCard, sectionCard, siteCard } from '../../lib/share/cards.ts';
import { sectionHeads } from '../../lib/share/sections.ts';
import { articleKey, sharedKey } from '../../lib/build-keys.ts';
import { siteData } from '../../lib/site-data.ts';

// One 1200×630 preview card per article, per share page and for the site,
// rendered at build time (src/lib/og) and reused from the cache when unchanged.
export const getStaticPaths = (async () => {
  const { articles } = await siteData();
  const cards: Array<{ params: { path: string }; props: { card: CardInput }; cacheKey: string }> = [
    { params: { path: 'site' }, props: { card: siteCard() }, cacheKey: await sharedKey() },
  ];
  const issueFigures = await figures();
  for (const article of articles) {
    const cacheKey = await articleKey(article.id);
    cards.push({ params: { path: article.id }, props: { card: articleCard(article) }, cacheKey });
    for (const section of await sectionHeads(article)) {
      const figure = section.issue && issueFigures.get(section.id);
      const card = sectionCard(section, figure ? drawing(figure.data, CARD) : undefined);
      cards.push({ params: { path: `${article.id}/${section.id}` }, props: { card }, cacheKey });
    }
  }
  planCards(cards.map(({ props }) => props.card));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) =>
  new Response(new Uint8Array(await previewCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
