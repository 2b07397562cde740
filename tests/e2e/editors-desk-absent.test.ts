// The editor's desk exists in `astro dev` only: no built file carries the toolbar or any of
// the desk's code (src/editor/integration.ts adds nothing outside dev).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EDITOR_APP_ID, REQUEST } from '../../src/editor/protocol.ts';
import { distDir } from './browser.ts';

/** What the desk's code or Astro's dev toolbar would leave in a file. */
const MARKERS = [EDITOR_APP_ID, REQUEST, 'astro-dev-toolbar', 'dev-toolbar/entrypoint', 'Editor’s desk', 'src/editor/'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('no built file carries the desk or the dev toolbar', () => {
  const built = files(distDir());
  expect(built.length).toBeGreaterThan(10);
  const found = built.flatMap((file) => {
    const bytes = readFileSync(file);
    return MARKERS.filter((marker) => bytes.includes(marker)).map((marker) => `${file}: ${marker}`);
  });
  expect(found).toEqual([]);
});
