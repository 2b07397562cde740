import type { EnginePage } from './engine.ts';

declare global {
  interface Window {
    /** What the page reported, recorded from before its first script (see recordProblems). */
    __problems?: string[];
  }
}

/**
 * Run before any of a page's own code: records its Content-Security-Policy violations,
 * every `error` event that reaches the window (uncaught exceptions, and what browsers
 * report only that way, such as "ResizeObserver loop completed with undelivered
 * notifications", which Chromium never logs to the console) and unhandled rejections.
 */
export function recordProblems() {
  if (window.__problems) return;
  window.__problems = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__problems?.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
  window.addEventListener('error', (event) => {
    // Only ErrorEvents: a resource that fails to load fires a plain Event on its element.
    if (event instanceof ErrorEvent) window.__problems?.push(`error event: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    window.__problems?.push(`unhandled rejection: ${String(event.reason)}`);
  });
}

/** Takes what the page's recorder holds (`undefined` when it did not run: a page without scripts). */
export const takeProblems = () => window.__problems?.splice(0);

/**
 * What one tab reported, kept across the documents it loads: the driver's own reports
 * go into `lines`; `take` moves the current document's recorded problems there (before
 * the tab leaves it, and at the end).
 */
export function problemLog(readPage: () => Promise<string[] | undefined>) {
  const lines: string[] = [];
  return {
    lines,
    async take() {
      lines.push(...((await readPage().catch(() => undefined)) ?? []));
      return lines;
    },
  };
}

/**
 * After `load`: scrolls through the page (laying out every `content-visibility: auto`
 * block), waits two frames for what that runs, and returns what the recorder holds.
 */
export const settleAndReadProblems = (page: EnginePage) =>
  page.evaluate(async () => {
    // A page still loading something it started on its own (the search index) finishes first,
    // so what it reports is its own and not the next page's.
    const deadline = Date.now() + 15_000;
    while (document.documentElement.dataset.search === 'loading' && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    window.scrollTo(0, 0);
    return window.__problems ?? ['the problem recorder did not run'];
  }, undefined);

/**
 * Loads each path in turn in one tab and returns, per path, the lines the driver reported
 * while it was loaded (`listen` wires the driver's console and error events to `report`)
 * followed by what the page's recorder holds (recordProblems).
 */
export async function errorsPerPath(
  tab: EnginePage,
  paths: readonly string[],
  listen: (report: (line: string) => void) => void,
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  let current: string[] = [];
  listen((line) => current.push(line));
  for (const path of paths) {
    current = found[path] = [];
    await tab.goto(path);
    current.push(...(await settleAndReadProblems(tab)));
  }
  return found;
}
