import type { Browser, Page } from 'playwright-core';
import { chromiumBrowser } from '../e2e/browser.ts';
import { errorsPerPath, problemLog, recordProblems, takeProblems } from './collect-errors.ts';
import { siteUrl, type Engine, type EnginePage, type PageOptions } from './engine.ts';

/**
 * Wraps a Playwright page; `javascript` picks the origin its paths load from. Its
 * context runs recordProblems in every document; console errors and uncaught
 * exceptions come from Playwright's events.
 */
function enginePage(page: Page, javascript: boolean): EnginePage {
  const log = problemLog(() => page.evaluate(takeProblems));
  page.on('console', (message) => {
    if (message.type() === 'error') log.lines.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.lines.push(`uncaught: ${error.message}`));
  return {
    async goto(path) {
      await log.take();
      await page.goto('about:blank');
      await page.goto(siteUrl(path, javascript), { waitUntil: 'load' });
    },
    // JSON in, JSON out (InPage): Playwright's handle unwrapping has nothing to do.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    errors: () => log.take(),
    close: () => page.context().close(),
  };
}

/** Debian's Chromium (the one the browser tests share) through Playwright, which turns scripts off natively. */
export async function launchChromium(): Promise<Engine> {
  const browser: Browser = await chromiumBrowser();
  return {
    name: 'Chromium',
    async open({ width, height, javascript = true }: PageOptions) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javascript });
      await context.addInitScript(recordProblems);
      // Chromium can run a page without its scripts, so the site's own origin serves both cases.
      return enginePage(await context.newPage(), true);
    },
    async consoleErrors(paths) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(recordProblems);
      const page = await context.newPage();
      const found = await errorsPerPath(enginePage(page, true), paths, (report) => {
        page.on('console', (message) => {
          if (['error', 'warning'].includes(message.type())) report(`console.${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => report(`uncaught: ${error.message}`));
      });
      await context.close();
      return found;
    },
    close: () => browser.close(),
  };
}
