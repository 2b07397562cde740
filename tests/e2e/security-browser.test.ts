import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { DESKTOP, PHONE, distDir, launch, origin, url, type Session } from './browser.ts';
import { builtPages } from './pages.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session?.close());

declare global {
  interface Window {
    /** Violations the page reported, collected by the init script below. */
    __cspViolations?: string[];
  }
}

interface Visit {
  violations: string[];
  foreign: string[];
  errors: string[];
}

/**
 * Opens `path` in a fresh context, uses it the way a reader would (scroll, Tab
 * through the controls, press its buttons, open its details) and returns what the
 * browser reported: CSP violations (the `securitypolicyviolation` event and the
 * console), requests to any origin but the served one, and uncaught errors.
 */
async function visit(path: string, viewport: { width: number; height: number }): Promise<Visit> {
  const context: BrowserContext = await session.context({ viewport, serviceWorkers: 'block' });
  const result: Visit = { violations: [], foreign: [], errors: [] };
  // Requests elsewhere are recorded and refused, so nothing ever leaves the machine.
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === origin()) return route.continue();
    result.foreign.push(requested);
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  const page: Page = await context.newPage();
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) result.violations.push(message.text());
  });
  page.on('pageerror', (error) => result.errors.push(error.message));
  try {
    const response = await page.goto(url(path), { waitUntil: 'load' });
    expect(response?.status(), `${path} is served`).toBeLessThan(path === '/404.html' ? 500 : 400);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
    for (const details of await page.locator('details:not([open]) > summary').all()) {
      if (await details.isVisible()) await details.click();
    }
    for (const button of await page.locator('button').all()) {
      if (await button.isVisible()) await button.click({ timeout: 2000 }).catch(() => undefined);
    }
    await page.waitForTimeout(100);
    result.violations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  } finally {
    await context.close();
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

  describe.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('at %s width', (_name, viewport) => {
    test.each([...pages, ...lensed])('%s', async (path) => {
      const { violations, foreign, errors } = await visit(path, viewport);
      expect(violations, 'CSP violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'uncaught script errors').toEqual([]);
    });
  });
});
