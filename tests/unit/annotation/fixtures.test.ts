import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotate, textOf, type CaseOptions } from './annotate.ts';

const root = join(import.meta.dirname, 'fixtures');

// Each folder holds input.md, the plugin options in notes.json and the expected output.html.
// UPDATE_FIXTURES=1 writes missing outputs, which must then be read and checked by hand.
describe('fixtures', () => {
  for (const name of readdirSync(root)) {
    test(name, async () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8');
      const options = JSON.parse(readFileSync(join(root, name, 'notes.json'), 'utf8')) as CaseOptions;
      const { html } = await annotate(input, options);
      const expected = join(root, name, 'output.html');
      if (!existsSync(expected) && process.env.UPDATE_FIXTURES) writeFileSync(expected, html + '\n');
      expect(html + '\n').toBe(readFileSync(expected, 'utf8'));
      // The annotations add elements only: a reader reads the same characters.
      const { html: plain } = await annotate(input, {});
      expect(textOf(html)).toBe(textOf(plain));
    });
  }
});
