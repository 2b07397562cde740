import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { miniBrowserPath } from '../../scripts/engines.mjs';

const DONE = 'CONSOLE-PROBE-DONE';

/**
 * A page that loads each URL in turn in a frame and, after its `load` and two frames,
 * logs a marker: everything MiniBrowser prints between two markers belongs to one page.
 */
const harness = (urls: readonly string[]) => `<!doctype html>
<meta charset="utf-8"><title>console probe</title>
<iframe id="frame" width="1440" height="900"></iframe>
<script>
(async () => {
  const frame = document.getElementById('frame');
  for (const url of ${JSON.stringify(urls)}) {
    await new Promise((done) => { frame.onload = done; frame.src = url; });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    console.log('${DONE} ' + url);
  }
  console.log('${DONE} all');
})();
</script>`;

/**
 * What WebKit reports for each path: WebKitWebDriver offers no console log, and MiniBrowser
 * under automation ignores its settings, so a second MiniBrowser, run with
 * `--enable-write-console-messages-to-stdout`, loads the harness above, and its output is
 * read up to the final marker (no clock: a busy machine only makes it arrive later).
 * Every console line at level ERROR or WARNING counts, the policy parse errors among them
 * ("CONSOLE SECURITY ERROR Unrecognized Content-Security-Policy directive …").
 */
export async function webkitConsole(display: string, paths: readonly string[], origin: string, timeout = 120_000) {
  const urls = paths.map((path) => new URL(path, origin).href);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(harness(urls));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const probe = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = spawn(miniBrowserPath, ['--enable-write-console-messages-to-stdout=true', probe], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`WebKit console probe: no "${DONE} all" within ${timeout} ms:\n${output}`)),
        timeout,
      );
      const read = (chunk: Buffer) => {
        output += chunk;
        if (output.includes(`${DONE} all`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      browser.stdout.on('data', read);
      browser.stderr.on('data', read);
      browser.on('exit', (code) => reject(new Error(`MiniBrowser exited (${code}):\n${output}`)));
    });
  } finally {
    browser.kill();
    server.close();
  }
  const found: Record<string, string[]> = Object.fromEntries(paths.map((path) => [path, []]));
  let index = 0;
  for (const line of output.split('\n')) {
    if (line.includes(DONE)) index += 1;
    else if (/CONSOLE \w+ (ERROR|WARNING|WARN)\b/.test(line) && index < urls.length)
      found[paths[index]!]!.push(line.trim());
  }
  return found;
}
