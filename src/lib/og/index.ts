import { cachedCard } from './cache.ts';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';

export { CARD_HEIGHT, CARD_WIDTH, type BadgeTone, type CardInput } from './card.ts';
export { cacheStats, cardHash } from './cache.ts';

/** A 1200×630 PNG preview card, rendered once per distinct input. */
export const previewCard = (input: CardInput): Promise<Buffer> => cachedCard(input, renderCard);
