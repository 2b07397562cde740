import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { CHANGE_NAME, correctionText, siteCorrections } from '../editorial/corrections.ts';
import { newestItems } from '../editorial/feed.ts';
import { articlePath } from '../sharing/paths.ts';
import { siteData } from '../editorial/site-data.ts';

/**
 * Text as HTML that shows it literally. RSS readers take an item's description as
 * HTML (https://rssboard.org/news/128/html-titles-and-descriptions), so a dek
 * escaped only once for XML would reach them as markup; the title is plain text.
 */
const asHtmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The newest analyses (each with its dek) and corrections, newest first, up to FEED_ITEMS (src/editorial/feed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const { articles, issues } = await siteData();
  const analyses = articles.map((article) => ({
    title: article.data.title,
    description: asHtmlText(article.data.dek),
    // Absolute, so the feed keeps the page's own trailing slash (see `trailingSlash` below).
    link: new URL(articlePath(article.id), site).href,
    // The date our annotation was published, not the original column's (known only to the month).
    pubDate: new Date(article.data.annotated),
    categories: article.data.issues.map((id) => issues.get(id)?.data.name ?? id),
  }));
  // A correction links to the corrected text; several may share that place, so each
  // gets a guid of its own: its file and its place there.
  const corrections = (await siteCorrections()).map((correction) => ({
    title: `${CHANGE_NAME[correction.kind]}: ${correction.subject}`,
    description: asHtmlText(correctionText(correction)),
    link: new URL(correction.href, site).href,
    pubDate: new Date(correction.date),
    categories: ['Corrections'],
    customData: `<guid isPermaLink="false">correction:${correction.key}</guid>`,
  }));
  return rss({
    title: 'Floorboards: annotated analyses',
    description: 'Newspaper columns reprinted verbatim, with sourced notes on every issue and person they discuss.',
    site: site!,
    items: newestItems([...analyses, ...corrections]),
    // Item links are absolute, so they keep their own slashes (a correction's ends in its #fragment);
    // this applies to the channel's link alone.
    trailingSlash: false,
    customData: '<language>en</language>',
  });
};
