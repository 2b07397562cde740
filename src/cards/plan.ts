import { figures } from '../figures/data.ts';
import { drawing } from '../figures/draw.ts';
import { CARD } from '../figures/options.ts';
import { articleCard, noteCard, sectionCard, siteCard } from '../sharing/cards.ts';
import { pagedNotes } from '../sharing/note-pages.ts';
import { noteCardKey } from '../sharing/paths.ts';
import { sectionHeads } from '../sharing/sections.ts';
import { siteData } from '../editorial/site-data.ts';
import type { CardInput } from './card.ts';

/** One preview card: where it is served under `/og/` (without `.png`), and what it says. */
export interface PlannedCard {
  path: string;
  card: CardInput;
}

/** Every card of the site: the site's own, then each article's, its share pages' and its notes' pages', in order. */
export async function cardPlan(): Promise<PlannedCard[]> {
  const { articles, notes } = await siteData();
  const issueFigures = await figures();
  const plan: PlannedCard[] = [{ path: 'site', card: siteCard() }];
  for (const article of articles) {
    plan.push({ path: article.id, card: articleCard(article) });
    for (const section of await sectionHeads(article)) {
      const figure = section.issue && issueFigures.get(section.id);
      plan.push({
        path: `${article.id}/${section.id}`,
        card: sectionCard(section, figure ? drawing(figure.data, CARD) : undefined),
      });
    }
    for (const { note, name } of pagedNotes(notes.get(article.id) ?? [])) {
      plan.push({ path: noteCardKey(article.id, name), card: noteCard(article, note) });
    }
  }
  return plan;
}
