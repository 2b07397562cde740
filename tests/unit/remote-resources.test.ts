import { describe, expect, test } from 'vitest';
import { remoteResources } from '../../src/lib/remote-resources.ts';

describe('remoteResources: what rendered HTML would load from another origin', () => {
  test.each([
    ['<p><img src="https://tracker.example/p.gif" alt=""></p>', ['https://tracker.example/p.gif']],
    ['<p><IMG SRC = "//tracker.example/p.gif"></p>', ['//tracker.example/p.gif']],
    ['<p><img/src="https://tracker.example/p.gif"></p>', ['https://tracker.example/p.gif']],
    ['<picture><source srcset="https://a.example/1.png 1x, /local.png 2x"></picture>', ['https://a.example/1.png']],
  ])('%s', (html, urls) => {
    expect(remoteResources(html)).toEqual(urls);
  });

  test.each([
    '<p>A note with <a href="https://example.org/">a link</a> and no image.</p>',
    '<p>The word src="https://x.example/" in text is not an attribute: &lt;img src=&quot;x&quot;&gt;</p>',
    '<p><img src="/figures/taiwan.svg" alt=""></p>',
  ])('nothing from another origin: %s', (html) => {
    expect(remoteResources(html)).toEqual([]);
  });
});
