/**
 * The site's Content Security Policy, in one place: astro.config.mjs hands it to
 * Astro (which adds `script-src` and `style-src` with a hash of every inline
 * script and style on each page), the headers file repeats it, and the tests check
 * the built pages against it.
 *
 * Everything is same-origin: no CDN, web font, analytics or embed is ever allowed.
 */

/**
 * Directives besides `script-src` and `style-src`. `default-src 'none'` makes every
 * fetch type not named here fail closed. Only directives every engine knows: WebKit
 * logs a console error for each one it does not (`manifest-src`, for one), and the
 * site has no web app manifest, so `default-src 'none'` covers it.
 */
export const policyDirectives = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/**
 * Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there,
 * see https://www.w3.org/TR/CSP3/#meta-element), so only response headers set them.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * Response headers every file gets, for hosts that read a `_headers` file (the `/*` block
 * of public/_headers). Its `Content-Security-Policy` is not here: the build writes it, the
 * union of every page's policy plus the header-only directives (src/security/site-policy.ts),
 * and it also reaches responses no page answers, above all the 404 page served at any
 * missing path. On a page a browser enforces it beside the page's `<meta>` policy.
 */
export const securityHeaders = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
} as const;
