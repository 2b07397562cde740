import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `check` returns true, trying every `interval` ms; fails after `timeout` ms with what it waited for. */
async function until(check: () => Promise<boolean>, what: string, timeout = 60_000, interval = 100): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    const done = await check().catch((error: unknown) => ((last = error), false));
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  const cause =
    last instanceof Error ? `: ${last.message} ${String((last.cause as Error | undefined)?.message ?? '')}` : '';
  throw new Error(`dev server: gave up waiting for ${what}${cause}`);
}

/**
 * The environment without what the test runner adds: Astro's dev server serves no pages
 * when VITEST is set (it takes itself for a test's server), and NODE_ENV=test is not dev.
 */
const outsideVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `astro dev` on a free port, reading `contentDir` (CONTENT_DIR) and keeping its caches in
 * `cacheDir` (ASTRO_CACHE_DIR; Vite's pre-bundled dependencies go there too, see
 * src/editor/integration.ts), so it shares nothing with another server. Resolves when the
 * front page answers.
 */
export async function startDevServer(contentDir: string, cacheDir: string, path = '/'): Promise<DevServer> {
  const port = await freePort();
  let printed = '';
  const child: ChildProcess = spawn(
    process.execPath,
    // --ignore-lock: beside an editor's own `npm run dev`, which Astro would otherwise refuse to start beside.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      env: {
        ...outsideVitest(process.env),
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await until(
      async () => child.exitCode !== null || (await fetch(new URL(path, origin))).ok,
      `${origin}${path} to answer`,
    );
    if (child.exitCode !== null) throw new Error('astro dev exited');
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${printed}`, { cause: error });
  }
  return { origin, output: () => printed, stop };
}
