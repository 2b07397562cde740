import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cacheControl, FINGERPRINTED_DIR, revalidatedPaths } from '../../src/security/caching.ts';
import { headersFile } from '../../src/security/headers-file.ts';

describe('caching in _headers', () => {
  test('public/_headers keeps fingerprinted files a year, with the value of src/security/caching.ts', () => {
    const text = readFileSync('public/_headers', 'utf8');
    expect(text).toContain(`${FINGERPRINTED_DIR}*\n  Cache-Control: ${cacheControl.fingerprinted}\n`);
    // Only that block sets Cache-Control: two matching blocks would send both values.
    expect(text.match(/^\s+Cache-Control:/gm)).toHaveLength(1);
  });

  test('files outside /_astro/ are covered by few paths: a folder without pages as one splat', () => {
    const files = [
      '/_headers',
      '/_astro/app.B1c2D3e4.js',
      '/og/site.png',
      '/og/col/taiwan.png',
      '/col/annotations.jsonld',
      '/rss.xml',
      '/favicon.svg',
    ];
    const pages = ['/', '/404.html', '/col/', '/col/taiwan/'];
    expect(revalidatedPaths(files, pages)).toEqual(['/col/annotations.jsonld', '/favicon.svg', '/og/*', '/rss.xml']);
  });

  test('each page block carries its policy and revalidation; each other path revalidation only', () => {
    const text = headersFile('/*\n  X: y\n', new Map([['/a/', "default-src 'none'"]]), ['/og/*']);
    expect(text).toBe(
      `/*\n  X: y\n\n/a/\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n  Cache-Control: no-cache\n` +
        `\n/og/*\n  Cache-Control: no-cache\n`,
    );
  });
});
