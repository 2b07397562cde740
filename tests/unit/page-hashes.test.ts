import { describe, expect, test } from 'vitest';
import { inlineCode } from '../../src/security/inline-code.ts';
import { hashSource, pageHashes, parsedHashes } from '../../src/security/page-policy.ts';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

// Each page is hashed by the one-pass scan and by a full parse; they must agree.
// The comments say what a naive scan (a regular expression over the page) gets wrong.
const cases: Record<string, string> = {
  'a script and a style': page('<style>p{color:red}</style><script type="module">go()</script>'),
  'JSON-LD and other data blocks are not scripts': page(
    '<script type="application/ld+json">{"@type":"WebPage"}</script><script type="TEXT/JavaScript">a()</script>',
  ),
  'an external script is not hashed': page('<script src="/a.js"></script><script src>b()</script>'),
  'a script inside a comment does not exist': page('<!-- <script>evil()</script> --><script>good()</script>'),
  'a script tag inside a title or textarea is text': page(
    '',
    '<textarea><script>no()</script></textarea><p>x</p><script>yes()</script>',
  ),
  'a style inside noscript applies without scripts, so it is hashed': page(
    '<noscript><style>a{}</style></noscript><style>b{}</style>',
  ),
  '</script inside a string ends the script only before a space, / or >': page(
    '<script>const a = "</scripts>"; b()</script>',
  ),
  'a > inside a quoted attribute does not end the tag': page('<script data-x="a>b" type="module">c()</script>'),
  'upper-case tags and attributes': page('<STYLE>x{}</STYLE><SCRIPT TYPE="MODULE">y()</SCRIPT>'),
  '<script/> still opens a script': page('<script/>z()</script>'),
  'the first of two type attributes wins': page('<script type="application/json" type="module">{}</script>'),
  'an icon in SVG': page('', '<svg viewBox="0 0 2 2"><path d="M0 0"/><use href="#i"/></svg><style>s{}</style>'),
  'a style inside SVG is markup, with entities decoded': page('', '<svg><style>a &gt; b {}</style></svg>'),
  'a script inside a template is not on the page': page('<template><script>t()</script></template>'),
  'CRLF line ends are normalised before hashing': page('<script>a()\r\nb()</script>'),
  'an entity in a type attribute': page('<script type="&#109;odule">m()</script>'),
};

describe('inline script and style hashes for the page policy', () => {
  test.each(Object.entries(cases))('%s', (_, html) => {
    expect(pageHashes(html)).toEqual(parsedHashes(html));
  });

  test('the scan finds the inline code itself, and gives up where only a parser can tell', () => {
    const found = inlineCode(cases['a script inside a comment does not exist']!);
    expect(found?.map(({ tag, text }) => [tag, text])).toEqual([['script', 'good()']]);
    expect(pageHashes(cases['a script and a style']!)).toEqual({
      scripts: [hashSource('go()')],
      styles: [hashSource('p{color:red}')],
    });
    for (const name of [
      'a style inside SVG is markup, with entities decoded',
      'a script inside a template is not on the page',
      'CRLF line ends are normalised before hashing',
      'an entity in a type attribute',
    ]) {
      expect(inlineCode(cases[name]!), name).toBeUndefined();
    }
  });
});
