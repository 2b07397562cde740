import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// `npm ci --omit=dev && npm run build` installs only package.json's `dependencies`, so
// every package the build reaches must be listed there: whatever astro.config.mjs and
// src/ import, and the files outside src/ they import in turn (scripts/site-url.mjs).
// Type-only imports are erased before anything runs and need no package. A package's
// file named in a string (a font read from @fontsource, a map from world-atlas) is a
// use too. .ci/run proves the same by building from a production-only install.

const SOURCE = /\.(astro|[cm]?[jt]s)$/;
const root = process.cwd();
const dependencies = new Set(
  Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: object }).dependencies),
);

/** Files the build starts from: the Astro config and everything under src/. */
function entryFiles(): string[] {
  const files = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return ['astro.config.mjs', ...files].map((file) => resolve(file));
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, except `import type`. */
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?!type[\s{])(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"`]([^'"`$]+)['"`]/gm;
/** A string that starts with a package's name and a path in it: '@fontsource/inter/files/…'. */
const PACKAGE_PATH = /['"`]((?:@[\w.-]+\/)?\w[\w.-]*)\/[^'"`\s]*['"`$]/g;

/** The package a bare specifier names: '@scope/name/path' → '@scope/name'. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** Every package the build's source uses, with the first file that uses it. */
function packagesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entryFiles();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const note = (name: string) => used.has(name) || used.set(name, relative(root, file));
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!.split('?')[0]!;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target) && SOURCE.test(target)) queue.push(target);
      } else if (!isBuiltin(specifier) && !specifier.startsWith('astro:')) note(packageOf(specifier));
    }
    for (const match of text.matchAll(PACKAGE_PATH)) {
      const name = match[1]!;
      if (existsSync(join('node_modules', name, 'package.json'))) note(name);
    }
  }
  return used;
}

describe('what the build imports is a runtime dependency', () => {
  const used = packagesUsed();

  test('the scan finds imports, imports through scripts/, and package files named in strings', () => {
    for (const name of ['astro', '@astrojs/markdown-remark', 'd3-geo', '@fontsource/inter', 'world-atlas']) {
      expect(used.has(name), name).toBe(true);
    }
  });

  test('every package the build uses is in package.json "dependencies"', () => {
    const missing = [...used].filter(([name]) => !dependencies.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing, 'used by the build but not in "dependencies"').toEqual([]);
  });
});
