// Lighthouse with its default (mobile) settings on a served build.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits each URL in a fresh Chromium; returns the four category scores (0–100), LCP and total bytes. */
export async function audit(urls) {
  const results = [];
  for (const url of urls) {
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
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
      chrome.kill();
    }
  }
  return results;
}
