// Printing a served page to PDF in Chromium (playwright-core, over CDP) and Firefox ESR
// (puppeteer-core, over WebDriver BiDi's browsingContext.print), as a reader's "Save as
// PDF" would: the page's print stylesheet, backgrounds off, the paper size the reader
// picks and the page's own margins. Used by tests/e2e/print.test.ts and
// scripts/bench/print.mjs.
import type { Browser as ChromiumBrowser } from 'playwright-core';
import type { Browser as FirefoxBrowser } from 'puppeteer-core';

export type Paper = 'Letter' | 'A4';

/** Prints `url` once it has loaded; returns the PDF. */
export type Printer = (url: string, paper: Paper) => Promise<Uint8Array>;

export function chromiumPrinter(browser: ChromiumBrowser): Printer {
  return async (url, paper) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: paper, preferCSSPageSize: false }));
    } finally {
      await context.close();
    }
  };
}

export function firefoxPrinter(browser: FirefoxBrowser): Printer {
  return async (url, paper) => {
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: paper, preferCSSPageSize: false }));
    } finally {
      await page.close();
    }
  };
}
