import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { anchorId } from '../../src/annotation/markup.ts';
import { articleIds } from '../content-files.ts';
import type { Case, Outcome, Position, Quote } from './anchor-clients/case.ts';
import { chromiumForTests, url } from './browser.ts';

// Other annotation clients reading the export, in Chromium: Hypothesis's anchoring
// libraries (dom-anchor-text-quote, dom-anchor-text-position) and Apache Annotator.
// Most noted passages are quoted again in the page's sections, so a quote alone can
// land on a section's copy; the export's TextPositionSelector must send every target
// to its passage in the column.

const session = chromiumForTests();

interface Target {
  selector: (Quote | Position) | (Quote | Position)[];
}
interface Collection {
  first?: { items: { id: string; target: Target | Target[] }[] };
}

/** A client's anchoring code, bundled for the browser; it exposes `anchorClient.anchorAll`. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`anchor-clients/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'anchorClient',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Every target of the export, with the passage element it must land on. */
function cases(collection: Collection): Case[] {
  return (collection.first?.items ?? []).flatMap((item) => {
    const name = item.id.slice(item.id.indexOf('#') + 1);
    return [item.target].flat().map((target, i) => {
      const selectors = [target.selector].flat();
      return {
        passageId: anchorId(name, i + 1),
        quote: selectors.find((s): s is Quote => s.type === 'TextQuoteSelector')!,
        position: selectors.find((s): s is Position => s.type === 'TextPositionSelector'),
      };
    });
  });
}

/** Opens the article, runs a client over every target, prints a count per way of anchoring. */
async function anchorWith(client: string, entry: string, id: string): Promise<{ all: Case[]; outcomes: Outcome[] }> {
  // The page's policy admits no injected script; the client stands in for a browser extension.
  const page: Page = await (await session.testContext({ bypassCSP: true })).newPage();
  await page.goto(url(`/${id}/`));
  const collection = (await (await page.request.get(url(`/${id}/annotations.jsonld`))).json()) as Collection;
  const all = cases(collection);
  expect(all.length).toBeGreaterThan(0);
  await page.addScriptTag({ content: await bundle(entry) });
  const outcomes = await page.evaluate(
    (list) =>
      (
        window as unknown as { anchorClient: { anchorAll(c: Case[]): Outcome[] | Promise<Outcome[]> } }
      ).anchorClient.anchorAll(list),
    all,
  );
  for (const way of Object.keys(outcomes[0] ?? {})) {
    const missed = all.filter((_, i) => !outcomes[i]![way]).map((c) => c.passageId);
    console.log(
      `${client} on /${id}/, ${way}: ${all.length - missed.length}/${all.length}` +
        (missed.length > 0 ? ` (elsewhere: ${missed.join(', ')})` : ''),
    );
  }
  for (const c of all) expect(c.position, `${c.passageId} has a TextPositionSelector`).toBeDefined();
  return { all, outcomes };
}

describe.each(articleIds())('annotation clients on /%s/', (id) => {
  test('Hypothesis anchors every target on its passage in the column', async () => {
    const { all, outcomes } = await anchorWith('Hypothesis', 'hypothesis.ts', id);
    all.forEach((c, i) =>
      expect(outcomes[i], c.passageId).toMatchObject({
        'quote, position as hint': true,
        'position, checked against the quote': true,
        'as the client anchors': true,
      }),
    );
  });

  test('Apache Annotator anchors every target on its passage in the column', async () => {
    const { all, outcomes } = await anchorWith('Apache Annotator', 'apache.ts', id);
    all.forEach((c, i) =>
      expect(outcomes[i], c.passageId).toMatchObject({ 'quote, match nearest the position': true, position: true }),
    );
  });
});
