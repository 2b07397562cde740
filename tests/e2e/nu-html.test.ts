import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { distDir } from './browser.ts';
import { builtPages } from './pages.ts';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const java = process.env.JAVA ?? 'java';

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker's CSS parser predates typed `attr()` (CSS Values 5), which the reading
 * page's margin layout uses: `grid-row-end: span attr(data-span type(<integer>), 1)`.
 * That one declaration is valid CSS the checker cannot parse; nothing else is excused.
 */
const checkerGap = (m: NuMessage) =>
  /^CSS: “grid-row-end”: Parse Error\.$/.test(m.message) && /\(<integer>\)/.test(m.extract ?? '');

const fileOf = (path: string) => resolve(distDir(), `.${path}${path.endsWith('/') ? 'index.html' : ''}`);

describe('the W3C Nu HTML Checker', () => {
  const pages = builtPages(distDir());
  const errors = new Map<string, string[]>();

  // Every page in one run of the checker: one JVM start instead of one per page.
  beforeAll(async () => {
    const { stderr, stdout } = await promisify(execFile)(
      java,
      ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', ...pages.map(fileOf)],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        error.code === 'ENOENT'
          ? `Java was not found (${java}); the Nu HTML Checker needs it: sudo apt-get install -y default-jre-headless`
          : String(error),
      );
    });
    const { messages } = JSON.parse(stdout || stderr) as { messages: NuMessage[] };
    // `error`, and `non-document-error` (a file the checker could not read) fail too; `info` does not.
    for (const m of messages.filter((m) => m.type !== 'info' && !checkerGap(m))) {
      // The checker writes `file:/…`; a URL object makes any spelling of it one path.
      const file = fileURLToPath(new URL(m.url));
      const list = errors.get(file) ?? [];
      list.push(`line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` (${m.extract.trim()})` : ''}`);
      errors.set(file, list);
    }
  }, 120_000);

  test('checks every built page, and reports on no other file', () => {
    expect(pages.length).toBeGreaterThan(1);
    const checked = new Set(pages.map(fileOf));
    expect([...errors.keys()].filter((file) => !checked.has(file))).toEqual([]);
  });

  test.each(pages)('%s has no errors', (path) => {
    expect(errors.get(fileOf(path)) ?? []).toEqual([]);
  });
});
