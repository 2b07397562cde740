import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The same articles the site builds (CONTENT_DIR, as in the site), with no schema.
const base = process.env.CONTENT_DIR ?? '../../content';

export const collections = {
  articles: defineCollection({ loader: glob({ base: `${base}/articles`, pattern: '*.md' }) }),
};
