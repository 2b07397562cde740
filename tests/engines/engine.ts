import { inject } from 'vitest';

/**
 * A function run in the page. It must be self-contained (it is sent to the browser as
 * source text), take one JSON argument and return JSON, or a promise of it.
 */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface PageOptions {
  width: number;
  height: number;
  /** `false`: the page's scripts do not run, as for a reader without JavaScript. */
  javascript?: boolean;
}

/** One tab of one engine, at one window size. */
export interface EnginePage {
  /** Loads a site path as a new document (even when only the hash differs) and waits for `load`. */
  goto(path: string): Promise<void>;
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** A real click (the driver's input), on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What the reader-facing checks need from a browser, and all they need: each engine's
 * adapter (chromium.ts, firefox.ts, webkit.ts) implements it over its own driver.
 */
export interface Engine {
  readonly name: string;
  open(options: PageOptions): Promise<EnginePage>;
  /**
   * Loads each path and returns what the engine reported for it: console errors and
   * warnings, uncaught exceptions, Content-Security-Policy violations and policy parse
   * errors. An empty list means a clean page.
   */
  consoleErrors(paths: readonly string[]): Promise<Record<string, string[]>>;
  close(): Promise<void>;
}

/** The origin the built site is served on, with scripts (`true`) or without. */
export const siteOrigin = (javascript = true) => inject(javascript ? 'origin' : 'scriptlessOrigin');

export const siteUrl = (path: string, javascript = true) => new URL(path, siteOrigin(javascript)).href;

/**
 * Polls `fn` in the page until it returns `true`; on timeout fails with its last answer.
 * A condition, never a fixed sleep: a busy machine only makes it take longer.
 */
export async function waitUntil<A>(
  page: EnginePage,
  fn: InPage<A, true | string>,
  arg: A,
  timeout = 15_000,
): Promise<true | string> {
  const deadline = Date.now() + timeout;
  let last: true | string = 'never ran';
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg);
    if (last === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return last;
}
