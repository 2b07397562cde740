import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { enginesMissing, miniBrowserPath, webkitDriverPath } from '../../scripts/engines.mjs';
import { problemLog, recordProblems, takeProblems } from './collect-errors.ts';
import { siteOrigin, siteUrl, type Engine, type EnginePage, type PageOptions } from './engine.ts';
import { webkitConsole } from './webkit-console.ts';
import { startXvfb } from './xvfb.ts';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Waits until the WebDriver server answers `/status` with `ready`. */
async function driverReady(port: number, driver: ChildProcess, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then(async (response) => ((await response.json()) as { value?: { ready?: boolean } }).value?.ready === true)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

/**
 * MiniBrowser's header bar holds its window at 447 px or wider; a user style sheet for GTK
 * (read from XDG_CONFIG_HOME) shrinks the bar so the window, and the page, can be 375 px.
 * It styles the browser's own widgets only, never the page.
 */
function narrowChrome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'floorboards-webkit-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0', 'gtk.css'),
    'headerbar, headerbar *, entry, button { min-width: 0; min-height: 0; margin: 0; padding: 0; font-size: 1px; }\n',
  );
  return dir;
}

/** Runs an in-page function through classic WebDriver, which takes it as a script body. */
const run = <A, R>(driver: WebDriver, fn: (arg: A) => R | Promise<R>, arg: A) =>
  driver.executeScript<R>(`return (${fn.toString()})(arguments[0]);`, arg);

/**
 * WebKitGTK (Safari's engine): WebKitWebDriver drives MiniBrowser under Xvfb through
 * selenium-webdriver. The driver has no way to turn scripts off, so a page without
 * JavaScript loads from the origin whose policy header blocks every script; and it has
 * no console log, so `consoleErrors` asks MiniBrowser itself (webkit-console.ts).
 */
export async function launchWebKit(): Promise<Engine> {
  const missing = enginesMissing();
  if (missing) throw new Error(missing);
  const display = await startXvfb();
  const config = narrowChrome();
  const env = { ...process.env, DISPLAY: display.name, XDG_CONFIG_HOME: config };
  const port = await freePort();
  const server = spawn(webkitDriverPath, [`--port=${port}`], { env, stdio: 'ignore' });
  const stop = () => {
    server.kill();
    display.stop();
    rmSync(config, { recursive: true, force: true });
  };
  let driver: WebDriver;
  try {
    await driverReady(port, server);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      })
      .build();
  } catch (error) {
    stop();
    throw error;
  }

  /**
   * Sizes the window so the page's viewport is `width` × `height`. The window manager applies
   * a new size when it gets to it, so this sets the size (corrected by the browser's own bars
   * as last measured) until the page reports it; fails with the size it saw if it never does.
   */
  async function resize(width: number, height: number, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    let bars = 0;
    for (;;) {
      await driver
        .manage()
        .window()
        .setRect({ width, height: height + bars });
      const [innerWidth, innerHeight, outerHeight] = await run(
        driver,
        () => [window.innerWidth, window.innerHeight, window.outerHeight],
        0,
      );
      if (innerWidth === width && innerHeight === height) return;
      if (Date.now() > deadline) {
        throw new Error(`WebKit: the viewport is ${innerWidth} × ${innerHeight} px, not ${width} × ${height}`);
      }
      bars = outerHeight! - innerHeight!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    name: 'WebKit',
    // One window: each test's page takes it over, at its own size.
    async open({ width, height, javascript = true }: PageOptions): Promise<EnginePage> {
      await resize(width, height);
      // Classic WebDriver cannot run a script before the page's own, so the recorder starts
      // once a document has loaded: it sees what happens after `load` (a click, the lens);
      // what a page reports while loading comes from consoleErrors (webkit-console.ts).
      const log = problemLog(() => run(driver, takeProblems, undefined));
      return {
        async goto(path) {
          await log.take();
          await driver.get('about:blank');
          await driver.get(siteUrl(path, javascript));
          if (javascript) await run(driver, recordProblems, undefined);
        },
        evaluate: (fn, arg) => run(driver, fn, arg),
        click: async (selector) => driver.findElement(By.css(selector)).click(),
        type: async (selector, text) => driver.findElement(By.css(selector)).sendKeys(text),
        errors: () => log.take(),
        close: async () => undefined,
      };
    },
    consoleErrors: (paths) => webkitConsole(display.name, paths, siteOrigin()),
    async close() {
      await driver.quit().catch(() => undefined);
      stop();
    },
  };
}
