import { defineMiddleware } from 'astro:middleware';
import { narrowPolicy } from './security/page-policy.ts';

/**
 * Narrows each page's CSP `<meta>` to the hashes of its own inline scripts and styles
 * as the page is rendered (src/security/page-policy.ts), so that the page an
 * incremental build keeps for the next one is already final.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(narrowPolicy(await response.text()), response);
});
