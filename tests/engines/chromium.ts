import type { Browser, Page } from 'playwright-core';
import { chromiumBrowser } from '../e2e/browser.ts';
import { errorsPerPath, recordViolations } from './collect-errors.ts';
import { siteUrl, type Engine, type EnginePage, type PageOptions } from './engine.ts';

/** Wraps a Playwright page; `javascript` picks the origin its paths load from. */
function enginePage(page: Page, javascript: boolean): EnginePage {
  return {
    async goto(path) {
      await page.goto('about:blank');
      await page.goto(siteUrl(path, javascript), { waitUntil: 'load' });
    },
    // JSON in, JSON out (InPage): Playwright's handle unwrapping has nothing to do.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
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
      // Chromium can run a page without its scripts, so the site's own origin serves both cases.
      return enginePage(await context.newPage(), true);
    },
    async consoleErrors(paths) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(recordViolations);
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
