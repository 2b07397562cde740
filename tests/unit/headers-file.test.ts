import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withFigurePolicy } from '../../src/security/figure-headers.ts';
import { headersFile, hostLimitProblems, ruleLines } from '../../src/security/headers-file.ts';
import { allowsAll, sitePolicy } from '../../src/security/site-policy.ts';

const ARTICLE = "default-src 'none'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s1'";
const SHARE = "default-src 'none'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s2'";
const PLAIN = "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-s1'";

describe('the site-wide policy', () => {
  test('is the union of the pages’ policies, hashes sorted, whatever the order of the pages', () => {
    const expected =
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s1' 'sha256-s2'";
    expect(sitePolicy([ARTICLE, SHARE, PLAIN])).toBe(expected);
    expect(sitePolicy([PLAIN, SHARE, ARTICLE])).toBe(expected);
  });

  test('allows all that each page allows, and each page allows less', () => {
    const site = sitePolicy([ARTICLE, SHARE, PLAIN]);
    for (const page of [ARTICLE, SHARE, PLAIN]) expect(allowsAll(site, page)).toBe(true);
    expect(allowsAll(PLAIN, site)).toBe(false);
  });

  test("drops 'none' where another page gives the directive a source", () => {
    expect(sitePolicy(["script-src 'none'", "script-src 'self'"])).toBe("script-src 'self'");
    expect(sitePolicy(["object-src 'none'", "object-src 'none'"])).toBe("object-src 'none'");
  });

  test('a directive a page does not name is not taken as allowed', () => {
    expect(allowsAll("default-src 'none'", "default-src 'none'; img-src 'self'")).toBe(false);
  });
});

describe('dist/_headers', () => {
  const base = readFileSync('public/_headers', 'utf8');

  test('public/_headers with the site-wide policy, plus frame-ancestors, and no rule added', () => {
    const text = headersFile(base, sitePolicy([ARTICLE, SHARE]));
    expect(text).toContain(
      "\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; " +
        "style-src 'self' 'sha256-s1' 'sha256-s2'; frame-ancestors 'none'\n",
    );
    expect(ruleLines(text)).toEqual(ruleLines(base));
    expect(text.replace(/^ {2}Content-Security-Policy: .*$/m, '')).toBe(
      base.replace(/^ {2}Content-Security-Policy: .*$/m, ''),
    );
  });

  test('a base file without a site-wide policy line fails, naming public/_headers', () => {
    expect(() => headersFile('/*\n  X-Frame-Options: DENY\n', ARTICLE)).toThrow(/public\/_headers: the \/\* block/);
  });

  test('the figures’ block removes the site-wide policy before giving its own', () => {
    const text = withFigurePolicy(headersFile(base, ARTICLE), "default-src 'none'");
    expect(text).toMatch(
      /\n\/figures\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'none'\n$/,
    );
  });

  test('more rules than Cloudflare Pages reads, or a longer line, is named', () => {
    const many = Array.from({ length: 101 }, (_, i) => `/page-${i}/\n  X-Frame-Options: DENY\n`).join('\n');
    expect(hostLimitProblems(many)).toEqual(['101 rules, and Cloudflare Pages reads the first 100 only']);
    const long = `/*\n  Content-Security-Policy: ${'x'.repeat(2000)}\n`;
    expect(hostLimitProblems(long)).toEqual([
      'line 2 (Content-Security-Policy) is 2025 characters, and Cloudflare Pages skips lines over 2000',
    ]);
    expect(hostLimitProblems(headersFile(base, ARTICLE))).toEqual([]);
  });
});
