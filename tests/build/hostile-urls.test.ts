// A URL in a body is judged as a browser reads it: browsers drop ASCII tabs and
// newlines from a URL and read a backslash as a slash (WHATWG URL parsing), so
// `/<newline>/evil.example/x.png` loads from evil.example. Every body type (notes,
// readings, issues, people) is checked; each problem names its file on one line.
import { describe, test } from 'vitest';
import { COLUMN, expectLine, noteText as note, refusedBuild } from './refused.ts';

describe('URLs that leave the site once a browser has parsed them', () => {
  const output = () => cached ?? (cached = build());
  let cached: string | undefined;
  const build = () =>
    refusedBuild((f) => {
      f.write(`${COLUMN}/newline-src.md`, note('A chart. <img src="/&#x0A;/evil.example/x.png" alt="">'));
      f.write(
        `${COLUMN}/tab-srcset.md`,
        note('A chart. <picture><source srcset="/&#x09;/evil.example/y.png 2x"><img src="/p.png" alt=""></picture>'),
      );
      f.write(`${COLUMN}/newline-href.md`, note('See <a href="/&#x0A;/evil.example/">our timeline</a>.'));
      f.write(`${COLUMN}/tab-cite.md`, note('<blockquote cite="/&#x09;/evil.example/q">Quoted.</blockquote>'));
      f.edit('readings/blinken-beijing-2023/taiwan.md', /\n$/, '\n\n<img src="https://evil.example/r.png" alt="">\n');
      f.edit('issues/fentanyl.md', /\n$/, '\n\n<img src="/&#x09;/evil.example/i.png" alt="">\n');
      f.edit('people/qin-gang.md', /\n$/, '\n\n<img src="\\\\evil.example\\p.png" alt="">\n');
    });

  test('an image whose src has a newline between its two slashes', () => {
    expectLine(
      output(),
      `content/${COLUMN}/newline-src.md`,
      /body: the image "\/\\n\/evil\.example\/x\.png" loads from https:\/\/evil\.example\/x\.png, another origin/,
    );
  });
  test('a srcset candidate with a tab between its two slashes', () => {
    expectLine(
      output(),
      `content/${COLUMN}/tab-srcset.md`,
      /body: the image "[^"]*" loads from https:\/\/evil\.example\/y\.png/,
    );
  });
  test('a link that looks like a path on the site but leads to another origin', () => {
    expectLine(
      output(),
      `content/${COLUMN}/newline-href.md`,
      /body: the link "[^"]*" leads to https:\/\/evil\.example\/ although it is written as a path on this site/,
    );
  });
  test('a quotation’s cite that looks like a path on the site', () => {
    expectLine(output(), `content/${COLUMN}/tab-cite.md`, /body: the link "[^"]*" leads to https:\/\/evil\.example\/q/);
  });
  test('an image in a column’s reading', () => {
    expectLine(
      output(),
      'content/readings/blinken-beijing-2023/taiwan.md',
      /body: the image "https:\/\/evil\.example\/r\.png"/,
    );
  });
  test('an image in an issue’s briefing', () => {
    expectLine(
      output(),
      'content/issues/fentanyl.md',
      /body: the image "[^"]*" loads from https:\/\/evil\.example\/i\.png/,
    );
  });
  test('an image in a person’s profile, written with backslashes', () => {
    expectLine(
      output(),
      'content/people/qin-gang.md',
      /body: the image "[^"]*" loads from https:\/\/evil\.example\/p\.png/,
    );
  });
});
