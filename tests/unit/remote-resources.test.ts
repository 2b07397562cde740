import { describe, expect, test } from 'vitest';
import { offSiteUrls } from '../../src/lib/remote-resources.ts';

const images = (html: string) => offSiteUrls(html).filter((url) => url.kind === 'image');

describe('offSiteUrls: what rendered HTML would load from another origin, as a browser reads it', () => {
  test.each([
    ['<p><img src="https://tracker.example/p.gif" alt=""></p>', 'https://tracker.example/p.gif'],
    ['<p><IMG SRC = "//tracker.example/p.gif"></p>', 'https://tracker.example/p.gif'],
    ['<p><img/src="https://tracker.example/p.gif"></p>', 'https://tracker.example/p.gif'],
    ['<picture><source srcset="https://a.example/1.png 1x, /local.png 2x"></picture>', 'https://a.example/1.png'],
    // Browsers drop ASCII tabs and newlines from a URL and read "\" as "/" (WHATWG URL parsing).
    ['<img src="/&#x0A;/evil.example/x.png">', 'https://evil.example/x.png'],
    ['<img src="/&#x09;/evil.example/x.png">', 'https://evil.example/x.png'],
    ['<img src="\\\\evil.example\\x.png">', 'https://evil.example/x.png'],
    ['<img src=" &#x0D;//evil.example/x.png">', 'https://evil.example/x.png'],
    ['<img src="/p.png" srcset="/&#x09;/evil.example/y.png 2x">', 'https://evil.example/y.png'],
    ['<img alt="x"src="//evil.example/x.png">', 'https://evil.example/x.png'],
    ['<video poster="https://evil.example/v.png"></video>', 'https://evil.example/v.png'],
  ])('%s', (html, reads) => {
    expect(images(html).map((url) => url.reads)).toEqual([reads]);
  });

  test.each([
    '<p>A note with <a href="https://example.org/">a link</a> and no image.</p>',
    '<p>The word src="https://x.example/" in text is not an attribute: &lt;img src=&quot;x&quot;&gt;</p>',
    '<p><img src="/figures/taiwan.svg" alt=""></p>',
    '<p><img src="/fig&#x0A;ures/taiwan.svg" alt=""></p>',
    '<p><a href="mailto:desk@example.org">write</a> <q cite="https://example.org/q">quoted</q></p>',
  ])('nothing leaves the site where it must not: %s', (html) => {
    expect(offSiteUrls(html)).toEqual([]);
  });

  test.each([
    ['<a href="/&#x0A;/evil.example/">our timeline</a>', 'https://evil.example/'],
    ['<blockquote cite="/&#x09;/evil.example/q">Quoted.</blockquote>', 'https://evil.example/q'],
    ['<a href="\\\\evil.example">a path</a>', 'https://evil.example/'],
    ['<a href="https://exa&#x09;mple.org/">a link</a>', 'https://example.org/'],
  ])('a link written as a path on the site that leads elsewhere: %s', (html, reads) => {
    expect(offSiteUrls(html)).toEqual([expect.objectContaining({ kind: 'link', reads })]);
  });
});
