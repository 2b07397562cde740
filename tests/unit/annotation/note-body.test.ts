import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../../../src/markdown/options.ts';

// Note bodies reach the page as `entry.rendered.html`, rendered by Astro through the
// processor that astro.config.mjs builds from these options. Render through the same one.
const render = async (markdown: string) => {
  const renderer = await unified(markdownOptions).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown)).code;
};

describe('a note body is sanitized', () => {
  test('a <script> never reaches the page', async () => {
    const html = await render('Fine words.\n\n<script>alert(1)</script>\n\nMore <script>alert(2)</script> words.');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('Fine words.');
  });

  test('event handlers are dropped', async () => {
    const html = await render(
      '<img src="x.png" alt="x" onerror="alert(1)"> <a href="https://example.com" onclick="alert(2)">link</a>',
    );
    expect(html).not.toMatch(/onerror|onclick|alert/i);
    expect(html).toContain('href="https://example.com"');
  });

  test('javascript: URLs are dropped, in markdown and in raw HTML', async () => {
    const html = await render('[click](javascript:alert(1)) and <a href="JavaScript:alert(2)">here</a>');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('click');
    expect(html).toContain('here');
  });

  test('quotations keep their cite', async () => {
    const html = await render('<q cite="https://example.com/s">words</q>');
    expect(html).toContain('<q cite="https://example.com/s">words</q>');
  });
});
