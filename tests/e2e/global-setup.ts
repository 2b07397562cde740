import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath, hasChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for the tests, e.g. http://localhost:41234 */
    origin: string;
    /**
     * The same site from a second origin whose responses carry `script-src 'none'`: a page
     * as a reader without JavaScript gets it, in engines whose driver cannot turn scripts off.
     */
    scriptlessOrigin: string;
    /** Folder of the built site. */
    distDir: string;
    /** Where the test files connect to the one Chromium they share ('' when it is missing). */
    chromiumEndpoint: string;
  }
}

/**
 * Serves the built site once for every browser test (twice: as built, and with scripts
 * blocked) and starts one Chromium that every test file connects to.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  const served = await startServer({ root: distDir, port: 0 });
  const scriptless = await startServer({
    root: distDir,
    port: 0,
    headers: { 'content-security-policy': "script-src 'none'" },
  });
  project.provide('origin', served.origin);
  project.provide('scriptlessOrigin', scriptless.origin);
  project.provide('distDir', distDir);
  // Without Chromium the files launch their own, and fail saying what is missing.
  const browser = hasChromium()
    ? await chromium.launchServer({ executablePath: chromiumPath, args: chromiumFlags })
    : undefined;
  project.provide('chromiumEndpoint', browser?.wsEndpoint() ?? '');
  const close = (server: typeof served.server) => new Promise<void>((done) => server.close(() => done()));
  return async () => {
    await Promise.all([close(served.server), close(scriptless.server), browser?.close()]);
  };
}
