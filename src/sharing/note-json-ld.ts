import { noteName } from '../lib/constants.ts';
import type { Article, Note } from '../editorial/site-data.ts';
import { claimReview } from './claim-review.ts';
import type { JsonLd } from './json-ld.ts';
import { absolute, articlePath, notePagePath, noteCardPath } from './paths.ts';

/**
 * A note's own page: a WebPage with a breadcrumb back to its column and, for a fact-check,
 * its ClaimReview (src/sharing/claim-review.ts) with `url` set to this page, which is where
 * the fact-check now is for anyone who follows the shared link.
 */
export function notePageJsonLd(article: Article, note: Note, title: string): JsonLd[] {
  const name = noteName(note.id);
  const url = absolute(notePagePath(article.id, name));
  const review = claimReview(article, note);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url,
      name: title,
      description: note.data.summary,
      inLanguage: 'en',
      image: absolute(noteCardPath(article.id, name)),
      isPartOf: { '@type': 'WebSite', name: 'Floorboards', url: absolute('/') },
      breadcrumb: {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Floorboards', item: absolute('/') },
          { '@type': 'ListItem', position: 2, name: article.data.title, item: absolute(articlePath(article.id)) },
          { '@type': 'ListItem', position: 3, name: note.data.summary, item: url },
        ],
      },
    },
    ...(review ? [{ ...review, url }] : []),
  ];
}
