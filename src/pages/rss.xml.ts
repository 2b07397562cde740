import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlePath } from '../lib/share/paths.ts';
import { siteData } from '../lib/site-data.ts';

/** The analyses, newest annotation first, each with its dek. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, issues } = await siteData();
  const items = [...articles]
    .sort((a, b) => b.data.annotated.localeCompare(a.data.annotated))
    .map((article) => ({
      title: article.data.title,
      description: article.data.dek,
      link: articlePath(article.id),
      // The date our annotation was published, not the original column's (known only to the month).
      pubDate: new Date(article.data.annotated),
      categories: article.data.issues.map((id) => issues.get(id)?.data.name ?? id),
    }));
  return rss({
    title: 'Floorboards: annotated analyses',
    description: 'Newspaper columns reprinted verbatim, with sourced notes on every issue and person they discuss.',
    site: site!,
    items,
    customData: '<language>en</language>',
  });
};
