// Site search as the build leaves it: the index under /pagefind/ without Pagefind's unused
// interfaces, the search page the one page whose policy allows WebAssembly, the header
// field on every page a plain form to it, and no page but /search/ loading the index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { metaPolicy } from '../../src/security/page-policy.ts';
import { allowsWasm } from '../../src/security/search-policy.ts';
import { articleIds } from '../content-files.ts';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed } from './built-site.ts';
import { builtPages } from './pages.ts';

const pages = builtPages(distDir());

test('the index is built, and the records it was built from are not published', () => {
  const index = join(distDir(), 'pagefind');
  expect(existsSync(join(index, 'pagefind.js'))).toBe(true);
  expect(readdirSync(join(index, 'fragment')).length).toBeGreaterThan(10);
  expect(readdirSync(index).filter((name) => /ui|highlight|worker/.test(name))).toEqual([]);
  expect(existsSync(join(distDir(), 'search', 'records.json'))).toBe(false);
});

test.each(pages)('%s: allows WebAssembly only if it is the search page', (path) => {
  const policy = metaPolicy(readFileSync(builtFile(distDir(), path)!, 'utf8')) ?? '';
  expect(allowsWasm(policy)).toBe(path === '/search/');
});

test.each(pages.filter((path) => path !== '/search/'))(
  '%s: a header search field that sends its query to /search/, and nothing of the index',
  (path) => {
    const html = readFileSync(builtFile(distDir(), path)!, 'utf8');
    const all = elements(parsed(builtFile(distDir(), path)!));
    const form = all.find((n) => n.tagName === 'form' && n.properties.role === 'search');
    expect(form?.properties).toMatchObject({ action: '/search/', method: 'get' });
    const field = all.find((n) => n.properties.id === 'site-search');
    expect(field?.properties).toMatchObject({ type: 'search', name: 'q' });
    expect(all.some((n) => n.tagName === 'label' && n.properties.htmlFor?.toString() === 'site-search')).toBe(true);
    expect(html).not.toContain('/pagefind/');
  },
);

test('the search page is listed for each column', () => {
  const all = elements(parsed(builtFile(distDir(), '/search/')!));
  for (const article of articleIds()) {
    expect(all.some((n) => n.tagName === 'a' && n.properties.href === `/${article}/`)).toBe(true);
  }
});
