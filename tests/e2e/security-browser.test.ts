import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, DESKTOP, distDir, origin, PHONE, url } from './browser.ts';
import { builtPages } from './pages.ts';

const session = chromiumForTests();

declare global {
  interface Window {
    /** Violations the page reported, collected by the init script below. */
    __cspViolations?: string[];
    /** `error` events that reached the window, collected by the init script below. */
    __errorEvents?: string[];
  }
}

interface Visit {
  violations: string[];
  foreign: string[];
  errors: string[];
}

/** One context per width, reused across pages (a context per page costs seconds on a busy machine). */
const contexts = new Map<string, { context: BrowserContext; current: Visit }>();

async function contextFor(width: string, viewport: { width: number; height: number }) {
  let entry = contexts.get(width);
  if (entry) return entry;
  const context = await session.context({ viewport, serviceWorkers: 'block' });
  const created = { context, current: { violations: [], foreign: [], errors: [] } as Visit };
  // Requests elsewhere are recorded and refused, so nothing ever leaves the machine.
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === origin()) return route.continue();
    created.current.foreign.push(requested);
    return route.abort();
  });
  // Runs before any of the page's own code, on every navigation.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    window.__errorEvents = [];
    // Some errors reach only the window, never the console or Playwright's pageerror:
    // "ResizeObserver loop completed with undelivered notifications" is one.
    window.addEventListener('error', (event) => {
      if (event instanceof ErrorEvent) window.__errorEvents?.push(`error event: ${event.message}`);
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  contexts.set(width, created);
  entry = created;
  return entry;
}

/**
 * Opens `path`, uses it the way a reader would (scroll, Tab through the controls,
 * open its details, press its buttons) and returns what the browser reported: CSP
 * violations (the `securitypolicyviolation` event and the console), requests to any
 * origin but the served one, and uncaught errors and `error` events.
 */
async function visit(path: string, width: string, viewport: { width: number; height: number }): Promise<Visit> {
  const entry = await contextFor(width, viewport);
  const result: Visit = { violations: [], foreign: [], errors: [] };
  entry.current = result;
  const page: Page = await entry.context.newPage();
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) result.violations.push(message.text());
  });
  page.on('pageerror', (error) => result.errors.push(error.message));
  try {
    const response = await page.goto(url(path), { waitUntil: 'load' });
    expect(response?.status(), `${path} is served`).toBeLessThan(path === '/404.html' ? 500 : 400);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    // Opening every <details> and pressing the first few buttons runs the page's
    // scripts the way a reader would, where a style they set could break the policy.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Not a submit button: it leaves the page (the header's search form goes to /search/, visited on its own).
    for (const button of (await page.locator('button:visible:not([type="submit"])').all()).slice(0, 8)) {
      await button.click({ timeout: 500, noWaitAfter: true }).catch(() => undefined);
    }
    // What the clicks set off is drawn by the second frame from now: wait for that, not for a clock.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    result.violations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
    result.errors.push(...(await page.evaluate(() => window.__errorEvents ?? [])));
  } finally {
    await page.close();
  }
  return result;
}

const pages = builtPages(distDir());
// A shared lens view runs the page's script from its first line on.
const lensed = articleIds().map((id) => `/${id}/?lens=taiwan`);

describe('in Chromium, every built page keeps to its policy and to its own origin', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  // Every page at desktop width; the article pages, whose layout and script change
  // most with the width, at phone width as well.
  const visits = [
    ...[...pages, ...lensed].map((path) => ['desktop', path, DESKTOP] as const),
    ...articleIds().flatMap((id) => [`/${id}/`, `/${id}/?lens=taiwan`].map((path) => ['phone', path, PHONE] as const)),
  ];

  test.each(visits)('%s %s', async (width, path, viewport) => {
    const { violations, foreign, errors } = await visit(path, width, viewport);
    expect(violations, 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'uncaught script errors').toEqual([]);
  });
});
