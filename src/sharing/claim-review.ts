/**
 * One schema.org ClaimReview per fact-check note, for the article page's JSON-LD.
 * Google's fact-check markup requires `claimReviewed`, `reviewRating.alternateName` and
 * `url` (the page, with an anchor to the fact-check), and recommends `author`,
 * `datePublished` and an `itemReviewed` Claim with its author, date and appearances:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import { anchorId } from '../annotation/markup.ts';
import { noteCardId, noteName } from '../lib/constants.ts';
import type { Article, Note } from '../editorial/site-data.ts';
import type { JsonLd } from './json-ld.ts';
import { absolute, sectionAnchorPath } from './paths.ts';
import { publisherRef } from './publisher.ts';
import { VERDICT_SCALE, verdictRatings } from './verdict-scale.ts';

/** The ClaimReview of one fact-check note, or `undefined` for a note without a verdict. */
export function claimReview(article: Article, note: Note): JsonLd | undefined {
  const { verdict, sources, corrections, created } = note.data;
  if (!verdict) return undefined;
  const name = noteName(note.id);
  const revised = corrections
    .map((c) => c.date)
    .toSorted()
    .at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absolute(sectionAnchorPath(article.id, noteCardId(name))),
    claimReviewed: verdict.claim,
    // A number on the scale /about/ states, and the verdict in words, which is what readers see.
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdictRatings[verdict.rating].value,
      bestRating: VERDICT_SCALE.best,
      worstRating: VERDICT_SCALE.worst,
      alternateName: verdict.rating,
      ratingExplanation: verdictRatings[verdict.rating].meaning,
    },
    // The analysis beside it on the page names the publisher's policies; its @id is this node's.
    author: publisherRef(),
    datePublished: created ?? article.data.annotated,
    ...(revised ? { dateModified: revised } : {}),
    // The claim is the column's: it appeared first in the original (known only by its
    // publisher and month) and appears in our reprint at the passage the note is on.
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'NewsMediaOrganization', name: article.data.publication },
      datePublished: article.data.published,
      firstAppearance: {
        '@type': 'NewsArticle',
        publisher: { '@type': 'NewsMediaOrganization', name: article.data.publication },
        datePublished: article.data.published,
      },
      appearance: { '@type': 'CreativeWork', url: absolute(sectionAnchorPath(article.id, anchorId(name, 1))) },
    },
    citation: verdict.evidence.map((url) => ({
      '@type': 'CreativeWork',
      url,
      name: sources.find((source) => source.url === url)?.title,
    })),
  };
}

/** The ClaimReviews of an article's fact-checks, in file order. */
export const claimReviews = (article: Article, notes: readonly Note[]): JsonLd[] =>
  notes.flatMap((note): JsonLd[] => {
    const review = claimReview(article, note);
    return review ? [review] : [];
  });
