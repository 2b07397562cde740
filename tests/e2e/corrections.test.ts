// Corrections as a reader meets them: each one where the corrected text is (reading
// page, share pages, timeline), all of them on /corrections/ newest first, in the RSS
// feed, and the policy on /about/. Expected corrections are read from content/, not
// from the code that renders them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { loadContent, type ContentFile } from '../../src/editorial/lint/load.ts';
import { chromiumForTests, distDir, url } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';

interface Written {
  date: string;
  kind: string;
  wrong: string;
  file: string;
}

const content = loadContent();
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
type WrittenCorrection = { date: unknown; kind: string; wrong: string };
const correctionsOf = (data: unknown): WrittenCorrection[] =>
  ((data as { corrections?: WrittenCorrection[] }).corrections ?? []).filter(Boolean);
const fromFile = (entry: ContentFile): Written[] =>
  correctionsOf(entry.data).map((c) => ({ date: iso(c.date), kind: c.kind, wrong: c.wrong, file: entry.file }));
const written: Written[] = [
  ...[...content.notes, ...content.issues, ...content.people].flatMap(fromFile),
  ...(content.events.data as unknown[]).flatMap((event) =>
    correctionsOf(event).map((c) => ({ date: iso(c.date), kind: c.kind, wrong: c.wrong, file: content.events.file })),
  ),
];

const ARTICLE = 'blinken-beijing-2023';
const page = (path: string) => {
  const file = builtFile(distDir(), path);
  if (!file) throw new Error(`no built page for ${path}`);
  return parsed(file);
};
const byId = (path: string, id: string) =>
  elements(page(path)).find((node) => node.properties.id === id) ??
  (() => {
    throw new Error(`${path} has no element #${id}`);
  })();
/** Every element inside `node`, itself included. */
const within = (node: Element) => elements({ type: 'root', children: [node] } satisfies Root);
const notices = (node: Element) =>
  within(node).filter((el) => String(el.properties.className ?? '').includes('correction-notice'));
/** "an earlier version said …" as the page shows it, typography and spacing aside. */
const said = (wrong: string) => `an earlier version said ${wrong}`.replace(/\s+/g, ' ').trim();

describe('/corrections/', () => {
  const list = () => {
    const ol = elements(page('/corrections/')).find((el) => el.tagName === 'ol');
    expect(ol, '/corrections/ has no list').toBeDefined();
    return ol!.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  };

  test('lists every correction written in content/, newest first', () => {
    expect(written.length).toBeGreaterThanOrEqual(8);
    const items = list();
    expect(items).toHaveLength(written.length);
    const dates = items.map(
      (li) => within(li).find((el) => el.tagName === 'time')?.properties.dateTime as string | undefined,
    );
    expect(dates.every(Boolean)).toBe(true);
    expect(dates).toEqual(dates.toSorted((a, b) => b!.localeCompare(a!)));
    const texts = items.map(textOf).join('\n');
    for (const correction of written) expect(texts).toContain(said(correction.wrong));
  });

  test('each entry is labelled with its kind of change, as written in content/', () => {
    const names = { correction: 'Correction', clarification: 'Clarification', update: 'Update' } as const;
    const verbs = { correction: 'Corrected', clarification: 'Clarified', update: 'Updated' } as const;
    for (const correction of written) {
      const item = list().find((li) => textOf(li).includes(said(correction.wrong)));
      expect(item, correction.wrong).toBeDefined();
      const kind = correction.kind as keyof typeof names;
      expect(Object.keys(names), `${correction.file}: kind`).toContain(kind);
      expect(textOf(item!)).toMatch(new RegExp(`^${names[kind]} · `));
      expect(textOf(notices(item!)[0]!)).toMatch(new RegExp(`^${verbs[kind]} `));
    }
  });

  test('on the day of the “hugely important” fix, the reversed fact-check comes first', () => {
    const sameDay = list().filter((li) =>
      within(li).some((el) => el.tagName === 'time' && el.properties.dateTime === '2026-11-30'),
    );
    const link = within(sameDay[0]!).find((el) => el.tagName === 'a');
    expect(link?.properties.href).toBe(`/${ARTICLE}/#note-hugely-important`);
    expect(textOf(sameDay[0]!)).toMatch(/^Correction · Fact-check: Accurate/);
  });

  test('each entry links to a place that shows that correction', () => {
    for (const li of list()) {
      const href = String(within(li).find((el) => el.tagName === 'a')?.properties.href);
      const [path, id] = href.split('#');
      expect(id, href).toBeTruthy();
      const target = byId(path!, id!);
      const wrong = textOf(notices(li)[0]!).match(/an earlier version said .*?[.”](?= |$)/)?.[0];
      expect(wrong, href).toBeTruthy();
      expect(notices(target).map(textOf).join(' '), href).toContain(wrong);
    }
  });
});

describe('corrections where the corrected text is', () => {
  const session = chromiumForTests();

  test('the reading page: a corrected note says so when folded and shows the dated notice when opened', async () => {
    const tab = await (await session.testContext()).newPage();
    await tab.goto(url(`/${ARTICLE}/`));
    const note = tab.locator('#note-hugely-important');
    await expect(note.locator('summary').innerText()).resolves.toMatch(/Corrected/);
    const notice = note.locator('.correction-notice');
    await expect(notice.isVisible()).resolves.toBe(false);
    await note.locator('summary').click();
    await notice.waitFor({ state: 'visible' });
    await expect(notice.innerText()).resolves.toMatch(
      /^Corrected November 30, 2026: an earlier version said that we could not find the words “hugely important”/,
    );
  });

  test('the reading page: person cards carry their corrections and the date their title is as of', async () => {
    const tab = await (await session.testContext()).newPage();
    await tab.goto(url(`/${ARTICLE}/#antony-blinken`));
    const card = tab.locator('#antony-blinken');
    await expect(card.locator('.correction-notice').innerText()).resolves.toMatch(
      /^Corrected November 30, 2026: an earlier version said that neither/,
    );
    await expect(card.locator('.person-role').innerText()).resolves.toMatch(/\(as of June 19, 2023\)$/);
    await expect(card.locator('.correction-notice').isVisible()).resolves.toBe(true);
  });

  test('share pages show the card’s and the notes’ corrections', () => {
    const share = page(`/${ARTICLE}/antony-blinken/`);
    const texts = elements(share)
      .filter((el) => String(el.properties.className ?? '').includes('correction-notice'))
      .map(textOf);
    expect(texts.some((t) => t.includes('an earlier version said that neither'))).toBe(true);
    expect(texts.some((t) => t.includes('an earlier version said that we could not find'))).toBe(true);
  });

  test('the timeline shows an event’s correction with the event', async () => {
    const tab = await (await session.testContext()).newPage();
    await tab.goto(url('/timeline/#timeline-all-military-talks-resume'));
    const item = tab.locator('#timeline-all-military-talks-resume');
    await expect(item.locator('.timeline-title').innerText()).resolves.toMatch(/first talk in more than a year/);
    const notice = item.locator('.correction-notice', { hasText: 'an earlier version said that these were the first' });
    await notice.waitFor({ state: 'visible' });
    await expect(notice.innerText()).resolves.toMatch(
      /an earlier version said that these were the first senior US–China military talks since August 2022/,
    );
  });
});

describe('the feed and the policy', () => {
  test('the RSS feed has one item per correction, each with its own guid and a link to the fixed place', () => {
    const xml = readFileSync(join(distDir(), 'rss.xml'), 'utf8');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const corrections = items.filter((item) => /<title>(Correction|Clarification|Update): /.test(item));
    expect(corrections).toHaveLength(written.length);
    const guids = corrections.map((item) => /<guid[^>]*>([^<]+)<\/guid>/.exec(item)?.[1]);
    expect(new Set(guids).size).toBe(written.length);
    const reversal = corrections.find((item) => item.includes(`/${ARTICLE}/#note-hugely-important</link>`));
    expect(reversal).toMatch(/<title>Correction: /);
    expect(reversal).toMatch(/<description>Corrected November 30, 2026: an earlier version said/);
  });

  test('/about/ states the policy and links to /corrections/', () => {
    const section = byId('/about/', 'about-corrections');
    const region = elements(page('/about/')).find(
      (el) => el.tagName === 'section' && String(el.properties.ariaLabelledBy) === section.properties.id,
    );
    expect(region).toBeDefined();
    expect(textOf(region!)).toMatch(/Corrected/);
    expect(within(region!).some((el) => el.tagName === 'a' && el.properties.href === '/corrections/')).toBe(true);
  });
});
