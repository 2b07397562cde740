// The Trust Project's signals as a search engine reads them: the site's publisher, a
// NewsMediaOrganization in the JSON-LD, links each policy to the section of /about/
// that states it, and each link lands on a heading there.
// https://thetrustproject.org/trust-project-indicators-for-publishers/
import { describe, expect, test } from 'vitest';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';
import { builtPages } from './pages.ts';
import { articleIds } from '../content-files.ts';
import { SITE, articleSections } from './share-site.ts';

/** The policies a publisher states (schema.org NewsMediaOrganization), each of which must be on /about/. */
const POLICIES = [
  'publishingPrinciples',
  'correctionsPolicy',
  'ethicsPolicy',
  'actionableFeedbackPolicy',
  'masthead',
  'verificationFactCheckingPolicy',
] as const;

type Node = Record<string, unknown>;

/** Every node of a page's JSON-LD, nested ones included. */
function nodesOf(path: string): Node[] {
  const found: Node[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      found.push(value as Node);
      Object.values(value).forEach(walk);
    }
  };
  for (const el of elements(parsed(builtFile(distDir(), path)!)))
    if (el.tagName === 'script' && el.properties.type === 'application/ld+json') walk(JSON.parse(textOf(el)));
  return found;
}

/** Nodes naming Floorboards' policies. */
const publishersOn = (path: string) =>
  nodesOf(path).filter((node) => node['@type'] === 'NewsMediaOrganization' && node.publishingPrinciples !== undefined);

const aboutHeadings = () =>
  new Map(
    elements(parsed(builtFile(distDir(), '/about/')!))
      .filter((el) => /^h[1-6]$/.test(el.tagName) && el.properties.id)
      .map((el) => [String(el.properties.id), textOf(el)]),
  );

describe('trust signals', () => {
  test('the article page, every share page and /about/ name the publisher with its policies', () => {
    const pages = builtPages(distDir()).filter((path) => publishersOn(path).length > 0);
    expect(pages).toContain('/about/');
    const articlePages = builtPages(distDir()).filter((path) =>
      nodesOf(path).some((node) => node['@type'] === 'AnalysisNewsArticle' && node.headline),
    );
    expect(articlePages.length).toBeGreaterThan(0);
    for (const path of articlePages) expect(pages, path).toContain(path);
    const sharePages = articleIds().flatMap((article) => {
      const { issues, people } = articleSections(article);
      return [...issues, ...people].map((id) => `/${article}/${id}/`);
    });
    expect(sharePages.length).toBeGreaterThan(5);
    for (const path of sharePages) expect(pages, path).toContain(path);
  });

  test('each policy links to a heading of /about/ that exists', () => {
    const headings = aboutHeadings();
    const publishers = builtPages(distDir()).flatMap(publishersOn);
    expect(publishers.length).toBeGreaterThan(0);
    for (const publisher of publishers) {
      expect(publisher).toMatchObject({ name: 'Floorboards', url: `${SITE}/` });
      for (const policy of POLICIES) {
        const link = new URL(String(publisher[policy]));
        expect(`${link.origin}${link.pathname}`, policy).toBe(`${SITE}/about/`);
        expect(
          headings.has(link.hash.slice(1)),
          `${policy}: no heading with id "${link.hash.slice(1)}" on /about/`,
        ).toBe(true);
      }
    }
  });

  test('the policies are distinct sections with the headings a reader looks for', () => {
    const headings = aboutHeadings();
    const [publisher] = publishersOn('/about/');
    const named = Object.fromEntries(
      POLICIES.map((policy) => [policy, headings.get(new URL(String(publisher![policy])).hash.slice(1))]),
    );
    expect(named).toEqual({
      publishingPrinciples: 'How the notes are made and checked',
      correctionsPolicy: 'Corrections policy',
      ethicsPolicy: 'Ethics and independence',
      actionableFeedbackPolicy: 'Report an error',
      masthead: 'Who publishes Floorboards',
      verificationFactCheckingPolicy: 'How fact-check verdicts are rated',
    });
  });
});
