import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { AUTHORED_ID_PREFIX } from '../lib/constants.ts';

/**
 * The sanitizer's allow-list: GitHub's, which drops `<script>`, event handlers
 * and `javascript:` URLs, plus `<q cite>` so notes can mark quotations.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  // The annotation plugins add the page's own ids after this runs.
  clobberPrefix: AUTHORED_ID_PREFIX,
  attributes: {
    ...defaultSchema.attributes,
    q: [...(defaultSchema.attributes?.q ?? []), 'cite'],
  },
};

/**
 * The one markdown pipeline for every body in content/: articles, notes,
 * issues and people. Typography stays exactly as written (no smartypants), so a
 * column's quotes and dashes reach the page unchanged. Raw HTML is parsed and then
 * sanitized here, before any plugin of ours adds markup.
 */
export const markdownOptions: UnifiedProcessorOptions = {
  gfm: true,
  smartypants: false,
  rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]],
};
