import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheControl, FINGERPRINTED_DIR } from '../../src/security/caching.ts';
import { headerPolicy } from '../../src/security/headers-file.ts';
import { metaPolicy } from '../../src/security/page-policy.ts';
import { allowsAll } from '../../src/security/site-policy.ts';
import { headerOnlyDirectives, securityHeaders } from '../../src/security/policy.ts';
import { articleIds } from '../content-files.ts';
import { headerBlocks, headerValue } from '../headers-blocks.ts';
import { chromiumForTests, distDir } from './browser.ts';
import { builtFile } from './built-site.ts';
import { builtPages } from './pages.ts';
import { startPagesServer, type PagesServer } from './wrangler.ts';

// The built site under Cloudflare's own runtime (`wrangler pages dev`: workerd, offline),
// which reads dist/_headers as Cloudflare Pages does: the headers a reader really gets.

const work = mkdtempSync(join(tmpdir(), 'floorboards-pages-'));
const site = join(work, 'site');
// Astro emits nothing under /_astro/ while every script and style is inline; a file
// named as Astro names them stands in, so the fingerprinted rule is always checked.
const PROBE = `${FINGERPRINTED_DIR}probe.DgX2kD1f.js`;
let server: PagesServer;
const session = chromiumForTests();

beforeAll(async () => {
  cpSync(distDir(), site, { recursive: true });
  mkdirSync(join(site, FINGERPRINTED_DIR), { recursive: true });
  writeFileSync(join(site, PROBE), 'export {};\n');
  server = await startPagesServer(site, join(work, 'state'));
  console.log(`wrangler pages dev answered after ${(server.startupMs / 1000).toFixed(1)} s`);
}, 150_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.origin), { redirect: 'manual' });

/** A response's CSP header as the policies it holds (a comma separates policies). */
const policiesOf = (response: Response) => (response.headers.get('content-security-policy') ?? '').split(/\s*,\s*/);

/** The value dist/_headers gives the header `name` in the block for `path`. */
const headerIn = (path: string, name: string) =>
  headerValue(headerBlocks(readFileSync(join(distDir(), '_headers'), 'utf8')).get(path), name);

/** Every served file of the build that is not a page, as a site path. */
function otherFiles(): string[] {
  return readdirSync(distDir(), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.html') && e.name !== '_headers')
    .map((e) => '/' + relative(distDir(), join(e.parentPath, e.name)).split(sep).join('/'));
}

const TYPES: Record<string, RegExp> = {
  '.jsonld': /^application\/ld\+json\b/,
  '.xml': /^(application|text)\/(rss\+)?xml\b/,
  '.png': /^image\/png$/,
  '.svg': /^image\/svg\+xml\b/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.js': /^(text|application)\/javascript\b/,
  '.json': /^application\/json\b/,
  // The search index's own files (dist/pagefind/), read by Pagefind's script as bytes.
  '.pagefind': /^application\/octet-stream$/,
  '.pf_meta': /^application\/octet-stream$/,
  '.pf_index': /^application\/octet-stream$/,
  '.pf_fragment': /^application\/octet-stream$/,
};

function expectSecurityHeaders(response: Response, path: string) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (name === 'Content-Security-Policy') continue;
    expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
  }
  const policies = policiesOf(response);
  for (const policy of policies)
    for (const directive of headerOnlyDirectives) expect(policy, `${path}: every policy`).toContain(directive);
}

describe('dist/ under Cloudflare Pages’ runtime', () => {
  test('wrangler read every rule of _headers', () => {
    const rules = /Parsed (\d+) valid header rules/.exec(server.output());
    const written = readFileSync(join(distDir(), '_headers'), 'utf8')
      .split('\n')
      .filter((line) => /^\//.test(line)).length;
    expect(Number(rules?.[1]), server.output()).toBe(written);
    expect(server.output()).not.toMatch(/invalid header rule|Invalid _headers/i);
  });

  test('wrangler ran offline: it tried to reach no Cloudflare service', () => {
    expect(server.output()).not.toMatch(/Unable to fetch|getaddrinfo|ENOTFOUND|update available|metrics/i);
  });

  test.each(builtPages(distDir()).filter((p) => p !== '/404.html'))(
    '%s: 200, HTML, one header policy that allows all its own policy does, revalidated',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const meta = metaPolicy(readFileSync(builtFile(distDir(), path)!, 'utf8'));
      const policies = policiesOf(response);
      expect(policies).toHaveLength(1);
      expect(allowsAll(policies[0]!, headerPolicy(meta ?? '')), policies[0]).toBe(true);
      expectSecurityHeaders(response, path);
      expect(response.headers.get('cache-control')).toBe(cacheControl.revalidated);
      expect(await response.text()).toBe(readFileSync(builtFile(distDir(), path)!, 'utf8'));
    },
  );

  test('a missing page: status 404, the site’s 404 page, framing refused', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(distDir(), '404.html'), 'utf8'));
    const policies = policiesOf(response);
    expect(policies).toEqual([headerIn('/*', 'Content-Security-Policy')]);
    const meta = metaPolicy(readFileSync(join(distDir(), '404.html'), 'utf8'));
    expect(allowsAll(policies[0]!, headerPolicy(meta ?? ''))).toBe(true);
    expectSecurityHeaders(response, '/no-such-page/');
  });

  test.each(otherFiles())('%s: its content type, the security headers, revalidated', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(TYPES[extname(path)] ?? /^$/);
    expectSecurityHeaders(response, path);
    expect(response.headers.get('cache-control')).toBe(
      path.startsWith(FINGERPRINTED_DIR) ? cacheControl.fingerprinted : cacheControl.revalidated,
    );
    // A figure gets its own policy in place of the pages' (the block removes the site-wide one).
    if (path.startsWith('/figures/'))
      expect(policiesOf(response)).toEqual([headerIn('/figures/*', 'Content-Security-Policy')]);
    await response.arrayBuffer();
  });

  test('a fingerprinted file under /_astro/ may be kept for a year without revalidation', async () => {
    const response = await get(PROBE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(TYPES['.js']!);
    expect(response.headers.get('cache-control')).toBe(cacheControl.fingerprinted);
    expectSecurityHeaders(response, PROBE);
    await response.arrayBuffer();
  });

  test.each([...articleIds().map((id) => `/${id}/`), '/no-such-page/'])(
    '%s in Chromium: both policies hold the page to its own code, with no violation',
    async (path) => {
      const page = await (await session.testContext()).newPage();
      const problems: string[] = [];
      page.on('console', (m) => /content security policy|refused to/i.test(m.text()) && problems.push(m.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`Refused to: ${e.effectiveDirective}`),
        ),
      );
      await page.goto(new URL(path, server.origin).href, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(problems).toEqual([]);
    },
  );

  test('in Chromium, a page framed by another document is refused by the frame-ancestors header', async () => {
    const page = await (await session.testContext()).newPage();
    const refused = page.waitForEvent('console', {
      predicate: (m) => /frame-ancestors/.test(m.text()),
      timeout: 15_000,
    });
    await page.setContent(`<iframe src="${new URL('/about/', server.origin).href}"></iframe>`);
    expect((await refused).text()).toMatch(/violates .*"frame-ancestors 'none'"/);
  });
});
