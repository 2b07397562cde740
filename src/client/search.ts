/**
 * Site search on /search/: loads Pagefind's script and index (built by
 * src/search/integration.ts) when the page opens, runs the query from `?q=` (the header
 * field's form sends it) and every query typed after, and lists each result with what it
 * is and where it leads. Without this script the page lists everything search can find.
 */

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { noWorker?: boolean; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title: string; kind: string; context?: string; date?: string; page?: string };
  }>;
}

/** How many results are shown at once: a result list longer than this is a query to refine. */
const SHOWN = 20;
/** How long typing must pause before the query runs, in milliseconds. */
const TYPING_PAUSE = 150;
/** Pagefind's bundle, written into the output by the build; a variable, so the bundler leaves it alone. */
const BUNDLE = '/pagefind/pagefind.js';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
const everything = document.querySelector<HTMLElement>('[data-search-everything]');

let loaded: Promise<Pagefind> | undefined;
const pagefind = () =>
  (loaded ??= import(/* @vite-ignore */ BUNDLE).then(async (module: Pagefind) => {
    // In the page's own thread: a worker's policy would be the site-wide header's, which never
    // allows WebAssembly (src/security/search-policy.ts).
    await module.options({ noWorker: true, excerptLength: 24 });
    await module.init();
    return module;
  }));

/** Pagefind's excerpt is HTML with `<mark>` around the words found: kept as text and marks only. */
function excerpt(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  for (const node of new DOMParser().parseFromString(html, 'text/html').body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else p.append(node.textContent ?? '');
  }
  return p;
}

function resultItem({ url, excerpt: text, meta }: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  const what = document.createElement('p');
  what.className = 'result-kind';
  what.textContent = [meta.kind, meta.context, meta.date].filter(Boolean).join(' · ');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title;
  heading.append(link);
  item.append(heading, what, excerpt(text));
  if (meta.page) {
    const own = document.createElement('a');
    own.href = meta.page;
    own.className = 'result-page';
    own.textContent = `Its own page: ${meta.title}`;
    item.append(own);
  }
  return item;
}

/** Runs `query`; as the reader types (`typing`), only once they pause, so each key press does not search. */
async function run(query: string, typing = false) {
  if (!list || !summary) return;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query.trim()) {
    list.replaceChildren();
    summary.textContent = '';
    if (everything) everything.hidden = false;
    return;
  }
  const found = await pagefind();
  const search = typing ? await found.debouncedSearch(query, {}, TYPING_PAUSE) : await found.search(query);
  // null: a newer query took this one's place.
  if (!search || input?.value !== query) return;
  const data = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  if (input?.value !== query) return;
  list.replaceChildren(...data.map(resultItem));
  const count = search.results.length;
  summary.textContent =
    count === 0
      ? `Nothing found for “${query}”.`
      : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
  if (everything) everything.hidden = true;
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value, true));
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  // The index loads as the page opens, so the first query typed is answered at once;
  // `data-search` says "loading" until the query from the address has been answered
  // ("ready"), or the index could not load ("failed": the list of everything stays).
  const root = document.documentElement;
  root.dataset.search = 'loading';
  void pagefind()
    .then(() => run(input.value))
    .then(
      () => (root.dataset.search = 'ready'),
      () => {
        root.dataset.search = 'failed';
        if (summary) summary.textContent = 'Search could not load; every issue, person and note is listed below.';
      },
    );
}
