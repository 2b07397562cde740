// Every file in content/ is read or refused: a link, a file no collection reads, a
// name that is not a slug, YAML the loaders cannot read and the three data files the
// pages do not show (quotations, facts, publishers) each stop the build with one line
// naming the file, printed once, with no stack trace.
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLUMN, expectLine, noteText, refusedBuild } from './refused.ts';

const NOTE_TEXT = noteText();

describe('links and files no collection reads are refused, each named', () => {
  test('symbolic links: to a note, a folder and a data file outside content/, dangling and looping', () => {
    const output = refusedBuild((f) => {
      const outside = join(f.dir, 'outside');
      mkdirSync(outside);
      writeFileSync(join(outside, 'note.md'), NOTE_TEXT);
      symlinkSync(join(outside, 'note.md'), join(f.content, COLUMN, 'outside-note.md'));
      renameSync(join(f.content, 'people'), join(outside, 'people'));
      symlinkSync(join(outside, 'people'), join(f.content, 'people'));
      renameSync(join(f.content, 'events.yaml'), join(outside, 'events.yaml'));
      symlinkSync(join(outside, 'events.yaml'), join(f.content, 'events.yaml'));
      symlinkSync(join(outside, 'missing.md'), join(f.content, COLUMN, 'dangling.md'));
      symlinkSync('looping.md', join(f.content, COLUMN, 'looping.md'));
    });
    const link = /a symbolic link; content\/ holds files and folders only/;
    expectLine(output, `content/${COLUMN}/outside-note.md`, link);
    expectLine(output, 'content/people', link);
    expectLine(output, 'content/events.yaml', link);
    expectLine(output, `content/${COLUMN}/dangling.md`, link);
    expectLine(output, `content/${COLUMN}/looping.md`, link);
  });

  test('a note as .MD or .markdown, a dotfile, a note in a sub-folder or directly in notes/, a figure as .yml', () => {
    const output = refusedBuild((f) => {
      f.write(`${COLUMN}/upper-case.MD`, NOTE_TEXT);
      f.write(`${COLUMN}/long-name.markdown`, NOTE_TEXT);
      f.write(`${COLUMN}/.hidden.md`, NOTE_TEXT);
      f.write(`${COLUMN}/deeper/nested.md`, NOTE_TEXT);
      f.write('notes/loose.md', NOTE_TEXT);
      f.write('figures/taiwan-copy.yml', f.read('figures/taiwan.yaml'));
    });
    const unread = /no collection reads this file/;
    expectLine(output, `content/${COLUMN}/upper-case.MD`, unread);
    expectLine(output, `content/${COLUMN}/long-name.markdown`, unread);
    expectLine(output, `content/${COLUMN}/.hidden.md`, unread);
    expectLine(output, `content/${COLUMN}/deeper`, /no collection reads this folder/);
    expectLine(output, 'content/notes/loose.md', unread);
    expectLine(output, 'content/figures/taiwan-copy.yml', unread);
  });

  test('names that are not slugs are named for what they are, not as clashing with themselves', () => {
    const output = refusedBuild((f) => {
      for (const name of ['café', 'a--b', 'note-']) f.write(`${COLUMN}/${name}.md`, NOTE_TEXT);
    });
    expectLine(
      output,
      `content/${COLUMN}/café.md`,
      /the name "café" is not a lowercase slug such as "cafe"; rename it/,
    );
    expectLine(output, `content/${COLUMN}/a--b.md`, /the name "a--b" is not a lowercase slug such as "a-b"; rename it/);
    expectLine(
      output,
      `content/${COLUMN}/note-.md`,
      /the name "note-" is not a lowercase slug such as "note"; rename it/,
    );
    expect(output).not.toMatch(/already has/);
  });
});

describe('YAML the loaders cannot read names the file and the line', () => {
  test('bad YAML in a note’s frontmatter', () => {
    const output = refusedBuild((f) =>
      f.write(
        `${COLUMN}/bad-yaml.md`,
        NOTE_TEXT.replace('summary: A', 'summary: "A').replace('\ntarget', '\n  target: ['),
      ),
    );
    expectLine(output, `content/${COLUMN}/bad-yaml.md`, /invalid YAML: /);
    expect(output).not.toMatch(/YAMLException|js-yaml/);
  });

  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const letter of 'bcdefgh') {
    const previous = String.fromCharCode(letter.charCodeAt(0) - 1);
    bomb.push(`${letter}: &${letter} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }

  test('an alias bomb in a note’s frontmatter', () => {
    const output = refusedBuild((f) =>
      f.write(`${COLUMN}/alias-bomb.md`, NOTE_TEXT.replace('type: context', `type: context\n${bomb.join('\n')}`)),
    );
    expectLine(output, `content/${COLUMN}/alias-bomb.md`, /invalid YAML: too many aliases/);
  });

  test('an alias bomb in a figure', () => {
    const output = refusedBuild((f) => f.edit('figures/taiwan.yaml', /^kind: map$/m, `kind: map\n${bomb.join('\n')}`));
    expectLine(output, 'content/figures/taiwan.yaml', /invalid YAML: too many aliases/);
  });
});

describe('quotations.yaml, facts.yaml and publishers.yaml are read by the build', () => {
  test('a quotation without a speaker', () => {
    const output = refusedBuild((f) => f.edit('quotations.yaml', /^ {2}speaker: .*\n/m, ''));
    expectLine(output, 'content/quotations.yaml', /speaker: /);
  });

  test('a fact with no URL', () => {
    const output = refusedBuild((f) => f.edit('facts.yaml', /^- url: \S+$/m, '- facts-about: x'));
    expectLine(output, 'content/facts.yaml', /url: /);
  });

  test('bad YAML in publishers.yaml', () => {
    const output = refusedBuild((f) => f.edit('publishers.yaml', /names: \[Axios\] \}/, 'names: [Axios }'));
    expectLine(output, 'content/publishers.yaml', /invalid YAML: /);
  });
});

describe('messages that used to come twice or with the path twice', () => {
  test('words appended to the credit paragraph name the article once', () => {
    const output = refusedBuild((f) => {
      const article = 'articles/blinken-beijing-2023.md';
      f.edit(article, /^This story originally appeared in the Los Angeles Times\.$/m, '$& And more.');
      f.seal('blinken-beijing-2023');
    });
    expectLine(output, 'content/articles/blinken-beijing-2023.md', /marks\[3\] \(credit\) matches no paragraph/);
  });

  test('a correction to a person no article shows is printed once', () => {
    const output = refusedBuild((f) =>
      f.write('people/wang-yi.md', f.read('people/qin-gang.md').replace(/^name: .*$/m, 'name: Wang Yi')),
    );
    expectLine(output, 'content/people/wang-yi.md', /corrections\[0\] points nowhere: no page shows this person/);
  });

  test('a correction to an issue no article shows is printed once', () => {
    const output = refusedBuild((f) =>
      f.write(
        'issues/trade-war.md',
        f
          .read('issues/spy-balloon.md')
          .replace(/^name: .*$/m, 'name: Trade war')
          .replace(/^terms: .*$/m, 'terms: ["trade war"]'),
      ),
    );
    expectLine(output, 'content/issues/trade-war.md', /corrections\[0\] points nowhere: no page shows this issue/);
  });
});
