import { siteData, type Article } from '../editorial/site-data.ts';
import { claimReviews } from './claim-review.ts';
import { articleJsonLd, type JsonLd } from './json-ld.ts';
import { cardPath } from './paths.ts';
import { shareSections } from './sections.ts';

/** Open Graph and Twitter card fields a page sets beyond its title and description. */
export interface OpenGraph {
  /** `og:title`; the page's `<title>` when absent. */
  title?: string;
  /** `og:type`. Default: `website`. */
  type?: 'website' | 'article';
  /** Site path of the 1200×630 preview card. Default: the site's card. */
  image?: string;
  /** What the card shows, for readers who cannot see it. */
  imageAlt?: string;
}

/** The article page's preview card and Open Graph fields. */
export const articleOpenGraph = (article: Article): OpenGraph => ({
  title: article.data.title,
  type: 'article',
  image: cardPath(article.id),
  imageAlt: `Preview card: “${article.data.title}”, an annotated analysis on Floorboards.`,
});

/**
 * The article page's schema.org data: the analysis, then one ClaimReview per fact-check
 * (a promise: the sections come from the annotation index).
 */
export const articleStructuredData = async (article: Article): Promise<JsonLd[]> => [
  articleJsonLd(article, await shareSections(article)),
  ...claimReviews(article, (await siteData()).notes.get(article.id) ?? []),
];
