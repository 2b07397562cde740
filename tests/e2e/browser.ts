import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromiumFlags, chromiumMissing, chromiumPath, hasChromium } from '../../scripts/chromium.mjs';

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 375, height: 800 } as const;

/** The origin the built site is served on. */
export const origin = () => inject('origin');

/** The folder of the built site. */
export const distDir = () => inject('distDir');

/** A URL on the served site. */
export const url = (path: string) => new URL(path, origin()).href;

export interface Session {
  browser: Browser;
  /** A fresh context (axe needs contexts, not browser.newPage()). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium: the one the global setup launched for every test file (each file
 * connects to it, so no file pays for a launch), or a fresh launch when there is none.
 * Fails, never skips, when Chromium is missing. Every context is isolated (its own
 * cookies, storage and permissions), so files may share the browser.
 */
export async function chromiumBrowser(): Promise<Browser> {
  if (!hasChromium()) throw new Error(chromiumMissing);
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** Chromium for one test file; `close()` disconnects it (or closes it, if it launched its own). */
export async function launch(): Promise<Session> {
  const browser = await chromiumBrowser();
  return {
    browser,
    context: (options) => browser.newContext({ viewport: DESKTOP, ...options }),
    close: () => browser.close(),
  };
}

/**
 * Chromium for the test file that calls this at its top level: launched before the
 * file's tests and closed after them (which closes every context it handed out).
 * `context()` lives until then, so a file may reuse one across tests;
 * `testContext()` is closed after the test that opened it.
 */
export function chromiumForTests(): Pick<Session, 'context'> & { testContext: Session['context'] } {
  let session: Session | undefined;
  const opened: BrowserContext[] = [];
  const launched = () => {
    if (!session) throw new Error('chromiumForTests: open contexts inside tests, after the browser is launched');
    return session;
  };
  beforeAll(async () => {
    session = await launch();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });
  afterAll(() => session?.close());
  return {
    context: (options) => launched().context(options),
    async testContext(options) {
      const context = await launched().context(options);
      opened.push(context);
      return context;
    },
  };
}
