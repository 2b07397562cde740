// Every built page's JSON-LD as Google's rich-result rules see it, checked by Adobe's
// structured-data validator (@adobe/structured-data-validator, fed by the extractor it
// is written for, @marbec/web-auto-extractor): no errors on any page. The validator
// does not ask a block outside an `@graph` for its `@context`, so that is checked here:
// without it a block is not schema.org at all.
// https://developers.google.com/search/docs/appearance/structured-data/factcheck
import { readFileSync } from 'node:fs';
import Validator, { type ValidationIssue } from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { describe, expect, test } from 'vitest';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';
import { builtPages } from './pages.ts';

const pages = () => builtPages(distDir());
const html = (path: string) => readFileSync(builtFile(distDir(), path)!, 'utf8');

/** The validator's issues for one page, as it reports them. */
function issuesOf(path: string): Promise<ValidationIssue[]> {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html(path));
  return new Validator().validate(extracted);
}

/** Each JSON-LD block of a page, parsed: a node, or the nodes of an array. */
const blocks = (path: string) =>
  elements(parsed(builtFile(distDir(), path)!))
    .filter((el) => el.tagName === 'script' && el.properties.type === 'application/ld+json')
    .flatMap((el) => {
      const data = JSON.parse(textOf(el)) as Record<string, unknown> | Record<string, unknown>[];
      return Array.isArray(data) ? data : [data];
    });

describe('structured data on every page', () => {
  test('pages with JSON-LD include the article, its share pages and /about/', () => {
    const withData = pages().filter((path) => blocks(path).length > 0);
    expect(withData.length).toBeGreaterThan(10);
  });

  test('Adobe’s validator reports no error on any page', async () => {
    const found: string[] = [];
    let warnings = 0;
    for (const path of pages()) {
      for (const issue of await issuesOf(path)) {
        if (issue.severity === 'ERROR')
          found.push(`${path}: ${issue.rootType} ${issue.issueMessage} ${JSON.stringify(issue.path)}`);
        else warnings++;
      }
    }
    console.log(`structured data: ${pages().length} pages, ${found.length} errors, ${warnings} warnings`);
    expect(found).toEqual([]);
  });

  test('every top-level JSON-LD node names its @context', () => {
    const missing = pages().flatMap((path) =>
      blocks(path)
        .filter((node) => node['@context'] !== 'https://schema.org')
        .map((node) => `${path}: ${String(node['@type'])}`),
    );
    expect(missing).toEqual([]);
  });
});
