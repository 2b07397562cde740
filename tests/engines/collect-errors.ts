import type { EnginePage } from './engine.ts';

declare global {
  interface Window {
    /** Policy violations the page reported, recorded from before its first script. */
    __violations?: string[];
  }
}

/** Run before any of a page's own code: records its Content-Security-Policy violations. */
export function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations?.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/**
 * After `load`: scrolls through the page (laying out every `content-visibility: auto`
 * block), waits two frames for what that runs, and returns the violations recorded.
 */
export const settleAndReadViolations = (page: EnginePage) =>
  page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    window.scrollTo(0, 0);
    return window.__violations ?? ['the violation recorder did not run'];
  }, undefined);

/**
 * Loads each path in turn in one tab and returns, per path, the lines the driver reported
 * while it was loaded (`listen` wires the driver's console and error events to `report`)
 * followed by the page's recorded policy violations.
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
    current.push(...(await settleAndReadViolations(tab)));
  }
  return found;
}
