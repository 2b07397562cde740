import type { TestProject } from 'vitest/node';
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
  }
}

/** Serves the built site once for every browser test (twice: as built, and with scripts blocked). */
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
  const close = (server: typeof served.server) => new Promise<void>((done) => server.close(() => done()));
  return () => Promise.all([close(served.server), close(scriptless.server)]).then(() => undefined);
}
