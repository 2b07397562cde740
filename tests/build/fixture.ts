import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Where a side build writes its site. Astro keeps a build's prerender chunks in the
 * output folder only when that folder is inside the working directory; for any other
 * folder it falls back to one shared `.astro/` there, and two builds at once then
 * delete each other's chunks. So every side build writes inside node_modules/.cache.
 */
export function sideBuildDir(name: string): string {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'floorboards-builds', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A copy of content/ in a temporary folder that a test may break, then build. */
export class ContentFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'floorboards-content-'));
  readonly content = join(this.dir, 'content');
  readonly outRoot = sideBuildDir(basename(this.dir));

  constructor(from = 'content') {
    cpSync(from, this.content, { recursive: true });
  }

  read(path: string): string {
    return readFileSync(join(this.content, path), 'utf8');
  }

  write(path: string, text: string | Uint8Array): void {
    mkdirSync(dirname(join(this.content, path)), { recursive: true });
    writeFileSync(join(this.content, path), text);
  }

  /** Replaces `from` (which must be present) with `to` in one file. */
  edit(path: string, from: string | RegExp, to: string): void {
    const text = this.read(path);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture: "${String(from)}" is not in ${path}`);
    this.write(path, next);
  }

  /** Reseals an article after an intended edit, with the documented command (`npm run seal -- <id>`). */
  seal(articleId: string): void {
    const result = spawnSync(process.execPath, ['scripts/seal.mjs', articleId], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: this.content },
    });
    if (result.status !== 0) throw new Error(`fixture: sealing ${articleId} failed: ${result.stderr}`);
  }

  /**
   * Runs `astro build` on this content; returns its exit code and everything it printed.
   * `cache` names the Astro cache folder (default `cache`), `out` the output folder
   * (default `dist`), both this fixture's own; `env` adds to the build's environment.
   */
  build({ cache = 'cache', out = 'dist', env = {} as Record<string, string> } = {}): {
    status: number | null;
    output: string;
    outDir: string;
  } {
    const outDir = join(this.outRoot, out);
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: this.content,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(this.dir, cache),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.outRoot, { recursive: true, force: true });
  }
}

/** Builds a copy of content/ after `change`, then removes the copy. */
export function buildWith(change: (fixture: ContentFixture) => void) {
  const fixture = new ContentFixture();
  try {
    change(fixture);
    return fixture.build();
  } finally {
    fixture.remove();
  }
}
