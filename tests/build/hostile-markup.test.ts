import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { launch } from '../e2e/browser.ts';
import { ContentFixture } from './fixture.ts';

const ARTICLE_ID = 'blinken-beijing-2023';
/** Plain words in the hostile note, to prove its body did reach the page. */
const MARKER = 'Hostile markup test note';

// A note whose author (or a compromised content file) tries every way to run
// code on a reader's page: a script element, an event handler and javascript: URLs,
// in markdown and in raw HTML.
const HOSTILE_NOTE = `---
subject: taiwan
type: context
summary: ${MARKER} summary.
target:
  exact: "kept expectations low"
---

${MARKER}. <script>window.hostile = 'script'</script>

<img src="/favicon.svg" alt="" onerror="window.hostile = 'onerror'" onload="window.hostile = 'onload'">

A [markdown link](javascript:window.hostile='markdown-link') and a <a href="javascript:window.hostile='html-link'">raw link</a>.

<svg><script>window.hostile = 'svg'</script></svg> <iframe src="javascript:parent.hostile='iframe'"></iframe>
`;

/** What in a tree would run code: scripts with "hostile" in them, on* attributes, javascript: URLs. */
function liveMarkup(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (node.tagName === 'script' && /hostile/.test(text)) found.push(`<script>${text}</script>`);
    if (node.tagName === 'iframe' || node.tagName === 'object' || node.tagName === 'embed')
      found.push(`<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key)) found.push(`<${node.tagName} ${key}="${String(value)}">`);
      if (/^\s*javascript:/i.test(String(value))) found.push(`<${node.tagName} ${key}="${String(value)}">`);
    }
  });
  return found;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

describe('a note with a script, an event handler and javascript: URLs', () => {
  const fixture = new ContentFixture();
  let build: ReturnType<ContentFixture['build']>;

  beforeAll(() => {
    fixture.write(`notes/${ARTICLE_ID}/hostile-markup.md`, HOSTILE_NOTE);
    build = fixture.build();
  });
  afterAll(() => fixture.remove());

  test('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  test('reaches the article page as text, never as live markup', () => {
    const page = join(build.outDir, ARTICLE_ID, 'index.html');
    const html = readFileSync(page, 'utf8');
    expect(html, 'the note is on the page').toContain(MARKER);
    expect(liveMarkup(fromHtml(html))).toEqual([]);
  });

  test('no built page carries live markup from it', () => {
    const problems = htmlFiles(build.outDir).flatMap((file) =>
      liveMarkup(fromHtml(readFileSync(file, 'utf8'))).map((p) => `${file}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  test('the W3C export carries the note without live markup', () => {
    const file = join(build.outDir, ARTICLE_ID, 'annotations.jsonld');
    expect(existsSync(file), `${ARTICLE_ID}/annotations.jsonld is built`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const collection = JSON.parse(text) as { first?: { items?: unknown[] }; items?: unknown[] };
    const annotations = (collection.first?.items ?? collection.items ?? []) as { body?: unknown }[];
    const bodies = annotations
      .flatMap((a) => (Array.isArray(a.body) ? a.body : [a.body]))
      .filter((b): b is { value: string } => typeof (b as { value?: unknown })?.value === 'string');
    const hostile = bodies.filter((b) => b.value.includes(MARKER));
    expect(hostile.length, 'the hostile note is exported').toBeGreaterThan(0);
    for (const body of hostile) expect(liveMarkup(fromHtml(body.value, { fragment: true }))).toEqual([]);
    expect(text).not.toMatch(/javascript:/i);
  });

  test('in Chromium, none of it runs', async () => {
    const { server, origin } = await startServer({ root: build.outDir, port: 0 });
    const session = await launch();
    try {
      const page = await (await session.context()).newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${origin}/${ARTICLE_ID}/`, { waitUntil: 'load' });
      for (const link of await page.getByRole('link', { name: /markdown link|raw link/ }).all()) {
        if (await link.isVisible()) await link.click();
      }
      expect(await page.evaluate(() => (window as { hostile?: string }).hostile)).toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      await session.close();
      await new Promise((done) => server.close(done));
    }
  });
});
