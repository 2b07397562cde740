import type { APIRoute, GetStaticPaths } from 'astro';
import { noteName, renderArticle } from '../../annotation/render-article.ts';
import { annotationCollection } from '../../annotation/web-annotation.ts';
import { articleKey } from '../../build/build-keys.ts';
import { siteData, type Article } from '../../editorial/site-data.ts';

export const getStaticPaths = (async () => {
  const { articles } = await siteData();
  return Promise.all(
    articles.map(async (article) => ({
      params: { article: article.id },
      props: { article },
      cacheKey: await articleKey(article.id),
    })),
  );
}) satisfies GetStaticPaths;

/** The article's notes as a W3C Web Annotation collection, for other annotation tools. */
export const GET: APIRoute<{ article: Article }> = async ({ props, site, url }) => {
  const { article } = props;
  const { notes } = await siteData();
  const { index } = await renderArticle(article);
  const base = site ?? url;
  const collection = annotationCollection({
    id: new URL(`/${article.id}/annotations.jsonld`, base).href,
    source: new URL(`/${article.id}/`, base).href,
    label: `Notes on “${article.data.title}”`,
    notes: (notes.get(article.id) ?? []).map((note) => {
      const name = noteName(note);
      return {
        name,
        type: note.data.type,
        html: note.rendered?.html ?? '',
        created: note.data.created ?? article.data.annotated,
        anchors: index.anchors.filter((anchor) => anchor.noteId === name),
      };
    }),
  });
  return new Response(JSON.stringify(collection, null, 2), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
