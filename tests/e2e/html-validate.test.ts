import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { distDir } from './browser.ts';
import { builtPages } from './pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> and our markdown as-is.
    'void-style': 'off',
    // Prettier-formatted markup and the column's curly quotes are fine.
    'no-trailing-whitespace': 'off',
  },
});

const fileOf = (path: string) => join(distDir(), path.endsWith('/') ? `${path}index.html` : path);

describe('html-validate', () => {
  test.each(builtPages(distDir()))('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileOf(path));
    const text = report.valid ? '' : formatterFactory('text')(report.results);
    expect(text).toBe('');
  });
});
