// Measures the reading page's wide layout in Chromium, Firefox ESR and WebKitGTK
// and prints the figures docs/figures/layout.md holds: the largest gap between consecutive
// paragraphs beyond their normal spacing, each note's drift from its passage,
// overlaps and order, at 1440 and 1100 px, with JavaScript on and off and with a
// lens. Takes a screenshot of each engine at 1440 px into .layout/.
//   npm run build && xvfb-run -a npm run bench:layout [-- chromium,firefox,webkit]
// WebKitGTK needs a display (hence xvfb-run); the other two run headless.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import { measureLayout } from '../tests/e2e/layout-measure.ts';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { writeFiguresDoc } from './bench/figures-doc.mjs';
import { startServer } from './static-server.mjs';

const ARTICLE = '/blinken-beijing-2023/';
const CASES = [
  ['1440, JS', 1440, true, '#p-3'],
  ['1440, no JS', 1440, false, ''],
  ['1440, lens', 1440, true, '?lens=fentanyl'],
  ['1100, JS', 1100, true, ''],
  ['1100, no JS', 1100, false, ''],
];
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const engines = (process.argv[2] ?? 'chromium,firefox,webkit').split(',');
const code = `return (${measureLayout})()`;

/** Each engine: open(width, js) → { measure(path), screenshot(file), close() }. */
const drivers = {
  async chromium() {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    return {
      async open(width, js) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
        const page = await context.newPage();
        return {
          measure: async (path) => (await page.goto(origin + path), page.evaluate(measureLayout)),
          screenshot: (file) => page.screenshot({ path: file }),
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  },
  async firefox() {
    // Firefox over WebDriver BiDi cannot turn scripts off per page: one browser each way.
    const launched = {};
    const browser = (js) =>
      (launched[js] ??= puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'javascript.enabled': js },
      }));
    return {
      async open(width, js) {
        const context = await (await browser(js)).createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width, height: 900 });
        return {
          measure: async (path) => (await page.goto(origin + path), page.evaluate(measureLayout)),
          screenshot: (file) => page.screenshot({ path: file }),
          close: () => context.close(),
        };
      },
      close: async () => Promise.all(Object.values(launched).map(async (b) => (await b).close())),
    };
  },
  async webkit() {
    const port = await freePort();
    const server = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
    await waitForPort(port);
    const sessions = [];
    return {
      async open(width, js) {
        const driver = await new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            // Without scripts in the page's markup; WebDriver's own scripts still run.
            'webkitgtk:browserOptions': {
              binary: MINIBROWSER,
              args: ['--automation', ...(js ? [] : ['--enable-javascript-markup=false'])],
            },
          })
          .build();
        sessions.push(driver);
        await driver.manage().window().setRect({ width, height: 900 });
        // The window's outer size includes its frame: widen it until the page is `width` wide.
        const inner = await driver.executeScript('return innerWidth');
        if (inner !== width)
          await driver
            .manage()
            .window()
            .setRect({ width: width * 2 - inner, height: 900 });
        return {
          measure: async (path) => {
            await driver.get(origin + path);
            await driver.wait(() => driver.executeScript('return document.readyState === "complete"'), 10_000);
            return driver.executeScript(code);
          },
          screenshot: async (file) => writeFileSync(file, await driver.takeScreenshot(), 'base64'),
          close: () => driver.quit(),
        };
      },
      close: async () => {
        await Promise.all(sessions.map((s) => s.quit().catch(() => {})));
        server.kill();
      },
    };
  },
};

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const { server, origin } = await startServer({ root: process.env.ASTRO_OUT_DIR ?? 'dist', port: 0 });
mkdirSync('.layout', { recursive: true });
const rows = [];
try {
  for (const name of engines) {
    const engine = await drivers[name]();
    try {
      for (const [label, width, js, query] of CASES) {
        const page = await engine.open(width, js);
        const figures = await page.measure(ARTICLE + query);
        if (label === '1440, JS') await page.screenshot(`.layout/${name}-1440.png`);
        await page.close();
        rows.push({
          engine: name,
          case: label,
          'max gap': figures.maxGap,
          'max drift': figures.maxDrift,
          'min drift': figures.minDrift,
          'max slack': figures.maxSlack,
          overlaps: figures.overlaps.length,
          'order kept': figures.orderKept,
          'notes in margin': `${figures.notes.filter((n) => n.inMargin).length}/${figures.notes.length}`,
        });
        if (process.env.LAYOUT_VERBOSE) console.log(name, label, JSON.stringify(figures, null, 1));
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  server.close();
}
console.table(rows);
writeFileSync('.layout/figures.json', JSON.stringify(rows, null, 2));
const px = (value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value);
writeFiguresDoc('layout', {
  title: "The reading page's wide layout in three engines",
  command: 'xvfb-run -a npm run bench:layout',
  about:
    `${ARTICLE} measured by tests/e2e/layout-measure.ts in each engine at two wide widths, with JavaScript ` +
    'on and off and under the lens. Gap: space between consecutive blocks of the column beyond their normal ' +
    'spacing. Drift: how far a note starts below its first passage. Slack: how far below where it could start ' +
    '(level with its passage, or just under the note before it). The tests hold every engine to the ' +
    'expectations in tests/e2e/layout-expect.ts.',
  sections: [
    {
      table: {
        header: [
          'Engine',
          'Case',
          'max gap (px)',
          'drift (px)',
          'max slack (px)',
          'overlaps',
          'order kept',
          'notes in margin',
        ],
        rows: rows.map((r) => [
          r.engine,
          r.case,
          px(r['max gap']),
          `${px(r['min drift'])} to ${px(r['max drift'])}`,
          px(r['max slack']),
          r.overlaps,
          r['order kept'] ? 'yes' : 'no',
          r['notes in margin'],
        ]),
      },
    },
  ],
});
