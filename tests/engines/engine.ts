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
  /** Real key presses (the driver's input) into the first element matching `selector`, as a reader types. */
  type(selector: string, text: string): Promise<void>;
  /**
   * What the tab reported since it opened, in every document it loaded: `error` events
   * and unhandled rejections (collect-errors.ts), policy violations, and console errors
   * and uncaught exceptions where the driver reports them. Empty for a clean run.
   */
  errors(): Promise<string[]>;
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
 * Polls `fn` in the page until `accept` takes its answer; returns the last answer either
 * way (the caller's assertions then say what was wrong). A condition, never a fixed
 * sleep: a busy machine only makes it take longer.
 */
export async function pollUntil<A, R>(
  page: EnginePage,
  fn: InPage<A, R>,
  arg: A,
  accept: (answer: R) => boolean,
  timeout = 20_000,
): Promise<R> {
  const deadline = Date.now() + timeout;
  let answer = await page.evaluate(fn, arg);
  while (!accept(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await page.evaluate(fn, arg);
  }
  return answer;
}

/** Polls `fn` until it returns `true`; else returns its last answer, which says why not. */
export const waitUntil = <A>(page: EnginePage, fn: InPage<A, true | string>, arg: A, timeout?: number) =>
  pollUntil(page, fn, arg, (answer) => answer === true, timeout);
