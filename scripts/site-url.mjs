// The site's public origin, on which every canonical, Open Graph, sitemap, feed and
// export URL is built. Local builds (`npm start`, the tests) use a placeholder in a
// reserved domain; `npm run build:deploy` refuses to build without a real one.

export const PLACEHOLDER_SITE = 'https://floorboards.example';

/** The origin this build uses: `SITE_URL`, or the placeholder. */
export const siteUrl = () => process.env.SITE_URL || PLACEHOLDER_SITE;

/** Top-level domains reserved so that they never resolve (RFC 2606, RFC 6761). */
const RESERVED = /(^|\.)(example|invalid|test|localhost)$/;

/**
 * Why `value` cannot be the `SITE_URL` of a deployed build, or `undefined` if it can:
 * it must be set, an https origin (no path, query or fragment), and not in a reserved
 * domain such as the placeholder's.
 */
export function deploySiteProblem(value) {
  const how = 'set SITE_URL to the public origin the site is served from, e.g. SITE_URL=https://<your domain>';
  if (!value)
    return `SITE_URL is not set, so every canonical, Open Graph, sitemap and feed URL would point at the placeholder ${PLACEHOLDER_SITE}: ${how}`;
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not a URL: ${how}`;
  }
  if (url.hostname === new URL(PLACEHOLDER_SITE).hostname)
    return `SITE_URL is the placeholder ${PLACEHOLDER_SITE}: ${how}`;
  if (RESERVED.test(url.hostname) || url.hostname === 'localhost')
    return `SITE_URL "${value}" is in a domain reserved for examples and tests, which no reader can reach: ${how}`;
  if (url.protocol !== 'https:') return `SITE_URL "${value}" is not https: ${how}`;
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return `SITE_URL "${value}" is not an origin alone (no path, query or fragment): ${how}`;
  return undefined;
}
