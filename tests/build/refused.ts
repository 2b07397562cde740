import { expect } from 'vitest';
import { buildWith, type ContentFixture } from './fixture.ts';

/** The folder of the real column's notes, relative to content/. */
export const COLUMN = 'notes/blinken-beijing-2023';

/** A note on the real column, valid but for whatever `body` brings. */
export const noteText = (body = 'A note written for a broken-content test.') => `---
subject: taiwan
type: context
summary: A note written for a broken-content test.
target:
  exact: "kept expectations low"
---

${body}
`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a copy of content/ after `change`; the build must fail, with nothing but
 * content errors: no Astro wrapping (`****`), no stack trace. Returns what it printed.
 */
export function refusedBuild(change: (fixture: ContentFixture) => void): string {
  const { status, output } = buildWith(change);
  expect(status, output.slice(-2000)).not.toBe(0);
  expect(status).not.toBeNull();
  expect(output).not.toContain('****');
  expect(output, 'no stack trace under the message').not.toMatch(/Stack trace:|^\s+at \S+ \(|node_modules\/\S+:\d+/m);
  return output;
}

/**
 * `output` has exactly one line that starts with `file` (relative to the working
 * directory, so any path before it; `:line` or `:line:column` after it) and goes on
 * with `message`. Returns the line.
 */
export function expectLine(output: string, file: string, message: RegExp): string {
  const pattern = new RegExp(`^\\S*?${escape(file)}(?::\\d+)*: ${message.source}.*$`, 'gm');
  const lines = output.match(pattern) ?? [];
  expect(lines, `one line naming ${file}: ${message.source}\n${output.slice(-3000)}`).toHaveLength(1);
  const [line] = lines;
  expect(line!.split(file).length - 1, `the file is named once in: ${line}`).toBe(1);
  return line!;
}
