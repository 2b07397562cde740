// The printed page's one list of sources: every source URL of the reading page (or of a
// share page) numbered once, in the order the printed page first cites it, so a note, a
// correction or a dated list cites a source by its number and prints no URL
// (the list, src/components/PageSources.astro, is the one place a URL is printed).
// The page numbers its sources before rendering; each component that links a source
// looks its number up here and writes it as `data-s`, which print CSS shows as "[n]".

/** Each page's numbers, keyed by the page's `Astro.locals` (one object per page rendered). */
const byPage = new WeakMap<object, ReadonlyMap<string, number>>();

/** Numbers the URLs in the order given (the printed order), each distinct URL once, from 1. */
export function numberSources(urls: Iterable<string>): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const url of urls) if (!numbers.has(url)) numbers.set(url, numbers.size + 1);
  return numbers;
}

/** Records the page's numbers for the components it renders. */
export function setSourceNumbers(locals: object, numbers: ReadonlyMap<string, number>): void {
  byPage.set(locals, numbers);
}

/** The page's number for a source URL, or undefined on a page that numbers no sources. */
export function sourceNumber(locals: object, url: string): number | undefined {
  return byPage.get(locals)?.get(url);
}

/** The page's numbered sources in order, for the list. */
export function numberedSources(locals: object): string[] {
  return [...(byPage.get(locals)?.keys() ?? [])];
}

/** A source link's attributes: its URL, and its number in the page's list as `data-s` when the page numbers sources. */
export function sourceLink(locals: object, url: string): { href: string; 'data-s'?: number } {
  const n = sourceNumber(locals, url);
  return n === undefined ? { href: url } : { href: url, 'data-s': n };
}
