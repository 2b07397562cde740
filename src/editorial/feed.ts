/**
 * How many items the RSS feed carries: the newest analyses and corrections together. Feed
 * readers fetch the whole file every time they poll, so it holds what is new, not the
 * archive (which is on /archive/).
 */
export const FEED_ITEMS = 50;

/** The newest `limit` items, newest first; items of the same date keep their order. */
export const newestItems = <T extends { pubDate: Date }>(items: readonly T[], limit = FEED_ITEMS): T[] =>
  items.toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);
