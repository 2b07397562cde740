// Lighthouse with its default (mobile) settings on a served build.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../chromium.mjs';

/** The flags tests/e2e/browser.ts launches Chromium with: no sandbox as root, no network beyond the page. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits each URL in a fresh Chromium; returns the four category scores (0–100), LCP and total bytes. */
export async function audit(urls) {
  const results = [];
  for (const url of urls) {
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: FLAGS });
    try {
      const runner = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      results.push({
        url: new URL(url).pathname,
        lighthouse: lhr.lighthouseVersion,
        formFactor: lhr.configSettings.formFactor,
        ...scores,
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        totalBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? NaN),
        failing,
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}
