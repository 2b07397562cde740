// Functions the search checks run inside the page, in any engine. Each is sent to the
// browser as source text, so each is self-contained: no imports, no outer variables.

/** The links of the search page's results once the query in the field is answered; else why not. */
export function searchResults(query: string): string[] | string {
  // Asked while the page loads, there may be no document element yet.
  if (document.documentElement?.dataset.search !== 'ready') return 'the search script has not answered yet';
  const field = document.querySelector<HTMLInputElement>('#search-query');
  if (field?.value !== query) return `the field holds “${field?.value}”`;
  const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
  if (!summary.includes(query)) return `the summary says “${summary}”`;
  return [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] h3 a')].map(
    (a) => new URL(a.href).pathname + new URL(a.href).hash,
  );
}

/** `true` when the element is the page's target, shown with an outline, and in view; else why not. */
export function highlightedInView(id: string): true | string {
  const el = document.getElementById(id);
  if (!el) return 'missing';
  if (!el.matches(':target')) return `not the target (${location.hash})`;
  if (getComputedStyle(el).outlineStyle === 'none') return 'not outlined';
  if (el instanceof HTMLDetailsElement && !el.open) return 'closed';
  const box = el.getBoundingClientRect();
  if (box.top >= window.innerHeight || box.bottom <= 0) return `outside the viewport (top ${Math.round(box.top)})`;
  return true;
}

/** Every site path the no-JavaScript list on the search page links to. */
export function listedLinks(): string[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('[data-search-everything] a')].map(
    (a) => new URL(a.href).pathname + new URL(a.href).hash,
  );
}
