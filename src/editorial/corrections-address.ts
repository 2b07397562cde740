/**
 * The one address readers write to about an error (every note's "Report an error"
 * link and /about/). `CORRECTIONS_EMAIL` sets it; without it, it is `corrections@`
 * the site's own host, so a deployed build (which requires a real `SITE_URL`) writes
 * to its own domain and a local build to the placeholder's, which never delivers.
 */

/** Loose on purpose: one `@`, a dot in the domain, nothing a mailto: URL would have to escape. Mail servers decide the rest. */
const ADDRESS = /^[^\s@<>(),;:"?#%&/]+@[^\s@<>(),;:"?#%&/]+\.[^\s@<>(),;:"?#%&/]+$/;

/** The corrections address for a build on `site` with `env`; throws on a malformed `CORRECTIONS_EMAIL`. */
export function correctionsAddressFor(site: string, env: Record<string, string | undefined>): string {
  const set = env.CORRECTIONS_EMAIL?.trim();
  if (!set) return `corrections@${new URL(site).hostname}`;
  if (!ADDRESS.test(set)) throw new Error(`CORRECTIONS_EMAIL "${set}" is not an email address (name@domain)`);
  return set;
}

/** This build's corrections address. */
export const correctionsAddress = () => correctionsAddressFor(import.meta.env.SITE, process.env);
