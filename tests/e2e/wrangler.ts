import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('wrangler: no free port');
  return address.port;
}

/** Whether any process of the group `pgid` is still running. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Cloudflare Pages' local runtime (workerd, through `wrangler pages dev`) serving one folder. */
export interface PagesServer {
  origin: string;
  /** Milliseconds from spawning wrangler to the first answered request. */
  startupMs: number;
  /** Everything wrangler printed. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `wrangler pages dev <dir>` offline: no telemetry, no update check, no login,
 * no fetch of Cloudflare's `Request.cf` data; state under `stateDir`. Resolves once the
 * server answers (polled), or rejects with wrangler's output after `timeoutMs`.
 */
export async function startPagesServer(dir: string, stateDir: string, timeoutMs = 120_000): Promise<PagesServer> {
  const [port, inspector] = [await freePort(), await freePort()];
  mkdirSync(stateDir, { recursive: true });
  const started = Date.now();
  let printed = '';
  const child: ChildProcess = spawn(
    join(process.cwd(), 'node_modules/.bin/wrangler'),
    [
      'pages',
      'dev',
      dir,
      '--ip=127.0.0.1',
      `--port=${port}`,
      `--inspector-port=${inspector}`,
      `--persist-to=${stateDir}`,
      // Any date workerd supports; fixed so a newer wrangler does not change behaviour unasked.
      '--compatibility-date=2026-11-01',
    ],
    {
      // It writes a .wrangler/ folder where it runs: keep that out of the repository.
      cwd: stateDir,
      // Its own process group, so stop() ends wrangler and the workerd it starts, and nothing else.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_LOG_PATH: stateDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CI: 'true',
      },
    },
  );
  child.stdout?.on('data', (chunk) => (printed += chunk));
  child.stderr?.on('data', (chunk) => (printed += chunk));
  // Should the test run itself be cut short, take the server down with it.
  const onExit = () => child.pid !== undefined && groupAlive(child.pid) && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    const pid = child.pid;
    if (pid !== undefined && groupAlive(pid)) {
      process.kill(-pid, 'SIGTERM');
      const killer = setTimeout(() => groupAlive(pid) && process.kill(-pid, 'SIGKILL'), 10_000);
      // workerd, in the same group, may outlive wrangler by a moment: wait until the whole group is gone.
      // (Bounded: an unreaped zombie would count as alive forever.)
      const until = Date.now() + 15_000;
      while (groupAlive(pid) && Date.now() < until) await new Promise((done) => setTimeout(done, 50));
      clearTimeout(killer);
    }
    process.off('exit', onExit);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = started + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode}):\n${printed}`);
    const answered = await fetch(origin, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler pages dev did not answer on ${origin} within ${timeoutMs} ms:\n${printed}`);
    }
    // Poll again once the event loop has had a turn; the fetch itself paces the loop.
    await new Promise((done) => setTimeout(done, 100));
  }
  return { origin, startupMs: Date.now() - started, output: () => printed, stop };
}
