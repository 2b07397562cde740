import { articleKey } from '../build/build-keys.ts';
import { PassCache } from '../build/pass-cache.ts';
import type { Article } from '../editorial/site-data.ts';
import { renderArticle } from './render-article.ts';

/**
 * Anchors every column's notes before any page is rendered, from the article route's
 * `getStaticPaths`: a note that does not anchor fails the build there, with its one
 * line printed once, as a page's rendering error would not be (Astro prints those with
 * their stack, again as it stops, and once more for each page in flight). A column whose
 * content key (src/build/build-keys.ts) anchored in an earlier build is not anchored
 * again, so an incremental build annotates only the columns that changed.
 */
export async function checkAnchors(articles: readonly Article[]): Promise<void> {
  const anchored = await PassCache.open<true>('anchored-columns');
  for (const article of articles) {
    await anchored.get(await articleKey(article.id), async () => {
      await renderArticle(article);
      return true as const;
    });
  }
  await anchored.save();
}
