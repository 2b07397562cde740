import { z } from 'astro/zod';

/**
 * One site sources are hosted on, in content/publishers.yaml, and the names a source's
 * `publisher` label may use for it (the content lint holds every label to these).
 */
export const publisherSchema = z.strictObject({
  /** The host as in the URL, without `www.` (`apnews.com`); it also matches its subdomains. */
  host: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'Expected a lowercase host name such as "apnews.com"'),
  /** The names a label may give the site ("Associated Press", "AP"). */
  names: z.array(z.string().min(1)).min(1),
});

export type PublisherData = z.output<typeof publisherSchema>;
