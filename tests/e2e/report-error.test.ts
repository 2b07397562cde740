// Every note's "Report an error" link, on the reading page and on share pages: a plain
// mailto: link (no script needed) to the one corrections address, whose subject and body
// name the note, its absolute URL and the exact words of the column it is on.
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { correctionsAddressFor } from '../../src/editorial/corrections-address.ts';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';
import { builtPages } from './pages.ts';
import { SITE } from './share-site.ts';

const ADDRESS = correctionsAddressFor(SITE, process.env);

const page = (path: string) => parsed(builtFile(distDir(), path)!);
const within = (node: Element) => elements({ type: 'root', children: [node] });
const classOf = (el: Element) => String(el.properties.className ?? '').split(/[ ,]+/);

/** A page's note cards (the reading page's `<details class="note">`), by id. */
const cardsOn = (path: string) =>
  elements(page(path)).filter((el) => el.tagName === 'details' && classOf(el).includes('note') && el.properties.id);

/** The mailto: links inside an element. */
const reportLinks = (node: Element) =>
  within(node).filter((el) => el.tagName === 'a' && String(el.properties.href).startsWith('mailto:'));

/** A mailto: URL's address, subject and body lines. */
function decode(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return {
    address: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject') ?? '',
    lines: (url.searchParams.get('body') ?? '').split('\r\n'),
  };
}

const readingPages = () => builtPages(distDir()).filter((path) => cardsOn(path).length > 0);

describe('Report an error', () => {
  test('every note card on a reading page has one, naming the note and its passages', () => {
    expect(readingPages().length).toBeGreaterThan(0);
    let checked = 0;
    for (const path of readingPages()) {
      const all = elements(page(path));
      for (const card of cardsOn(path)) {
        const id = String(card.properties.id);
        const links = reportLinks(card);
        expect(links, id).toHaveLength(1);
        expect(textOf(links[0]!)).toMatch(/^Report an error/);
        const { address, subject, lines } = decode(String(links[0]!.properties.href));
        expect(address).toBe(ADDRESS);
        const summary = within(card).find((el) => classOf(el).includes('note-summary'));
        expect(subject).toBe(`Error report: ${textOf(summary!)}`);
        expect(lines[0]).toBe(`Note: ${SITE}${path}#${id}`);
        // The passages are the words the page marks for this note, in reading order.
        const name = id.replace(/^note-/, '');
        const marked = all
          .filter((el) => new RegExp(`^a-${name}-\\d+$`).test(String(el.properties.id ?? '')))
          .map((el) => `Passage: “${textOf(el)}”`);
        expect(marked.length, `${id}: no passage marked`).toBeGreaterThan(0);
        expect(
          lines.filter((line) => line.startsWith('Passage: ')),
          id,
        ).toEqual(marked);
        expect(lines.at(-2)).toBe('What is wrong, and a source that shows it:');
        checked++;
      }
    }
    console.log(`report links: ${checked} note cards checked`);
  });

  test('every note on a share page has the same link as its card on the reading page', () => {
    const reading = new Map(
      readingPages().flatMap((path) =>
        cardsOn(path).map((card) => [
          `${SITE}${path}#${String(card.properties.id)}`,
          reportLinks(card)[0]?.properties.href,
        ]),
      ),
    );
    let checked = 0;
    for (const path of builtPages(distDir())) {
      const notes = elements(page(path)).filter((el) => el.tagName === 'article' && classOf(el).includes('note'));
      for (const note of notes) {
        const links = reportLinks(note);
        expect(links, `${path}: ${textOf(note).slice(0, 60)}`).toHaveLength(1);
        const href = String(links[0]!.properties.href);
        const noteUrl = decode(href).lines[0]!.replace(/^Note: /, '');
        expect(reading.get(noteUrl), `${path}: ${noteUrl} is no note card`).toBe(href);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    console.log(`report links: ${checked} notes on share pages checked`);
  });

  test('/about/ says how to report an error and what happens, at the same address', () => {
    const section = elements(page('/about/')).find((el) => el.properties.id === 'about-feedback');
    expect(textOf(section!)).toBe('Report an error');
    const mail = elements(page('/about/')).filter(
      (el) => el.tagName === 'a' && String(el.properties.href).startsWith('mailto:'),
    );
    expect(mail.length).toBeGreaterThan(0);
    for (const link of mail) expect(link.properties.href).toBe(`mailto:${ADDRESS}`);
  });
});
