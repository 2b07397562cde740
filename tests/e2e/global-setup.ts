import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for the tests, e.g. http://localhost:41234 */
    origin: string;
    /** Folder of the built site. */
    distDir: string;
  }
}

/** Serves the built site once for every browser test. */
export default async function setup(project: TestProject) {
  const distDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  const { server, origin } = await startServer({ root: distDir, port: 0 });
  project.provide('origin', origin);
  project.provide('distDir', distDir);
  return () => new Promise<void>((done) => server.close(() => done()));
}
