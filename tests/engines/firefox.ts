import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { enginesMissing, firefoxPath } from '../../scripts/engines.mjs';
import { errorsPerPath, problemLog, recordProblems, takeProblems } from './collect-errors.ts';
import { siteUrl, type Engine, type EnginePage, type PageOptions } from './engine.ts';

/**
 * Wraps a Puppeteer page. Firefox's WebDriver BiDi cannot turn scripts off
 * (`emulation.setScriptingEnabled` is unknown to it), so a page without JavaScript
 * loads from the origin whose policy header blocks every script. With JavaScript,
 * recordProblems runs in every document (a preload script) and console errors and
 * uncaught exceptions come from Puppeteer's events; without, the only reports are that
 * origin's own blocks, on purpose, so none are kept.
 */
function enginePage(page: Page, javascript: boolean): EnginePage {
  const log = problemLog(() => (javascript ? page.evaluate(takeProblems) : Promise.resolve(undefined)));
  if (javascript) {
    page.on('console', (message) => {
      if (message.type() === 'error') log.lines.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => log.lines.push(`error: ${error instanceof Error ? error.message : String(error)}`));
  }
  return {
    async goto(path) {
      await log.take();
      await page.goto('about:blank');
      await page.goto(siteUrl(path, javascript), { waitUntil: 'load' });
    },
    // JSON in, JSON out (InPage): Puppeteer's handle unwrapping has nothing to do.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    errors: () => log.take(),
    close: () => page.close(),
  };
}

/** Debian's Firefox ESR through Puppeteer over WebDriver BiDi. */
export async function launchFirefox(): Promise<Engine> {
  const missing = enginesMissing();
  if (missing) throw new Error(missing);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
  });
  return {
    name: 'Firefox',
    async open({ width, height, javascript = true }: PageOptions) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      if (javascript) await page.evaluateOnNewDocument(recordProblems);
      return enginePage(page, javascript);
    },
    async consoleErrors(paths) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1440, height: 900 });
      await page.evaluateOnNewDocument(recordProblems);
      const found = await errorsPerPath(enginePage(page, true), paths, (report) => {
        page.on('console', (message) => {
          if (['error', 'warn'].includes(message.type())) report(`console.${message.type()}: ${message.text()}`);
        });
        // Firefox reports policy violations and parse errors here, as well as uncaught exceptions.
        page.on('pageerror', (error) => report(`error: ${error instanceof Error ? error.message : String(error)}`));
      });
      await page.close();
      return found;
    },
    close: () => browser.close(),
  };
}
