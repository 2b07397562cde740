import { describe, expect, test } from 'vitest';
import { annotate, note, section, textOf } from './annotate.ts';

describe('anchoring', () => {
  test('a selector crosses emphasis', async () => {
    const { html, index } = await annotate('He called it a *major embarrassment* at the time.', {
      sections: [section('s')],
      notes: [note('n', 's', { exact: 'a major embarrassment at' })],
    });
    expect(html).toContain('<em><mark class="passage" data-notes="n">major embarrassment</mark></em>');
    expect(index.anchors).toEqual([
      {
        id: 'a-n-1',
        noteId: 'n',
        paragraphId: 'p-1',
        exact: 'a major embarrassment at',
        prefix: 'He called it ',
        suffix: ' the time.',
      },
    ]);
  });

  test('a selector crosses a link', async () => {
    const { html } = await annotate('Read [the fact sheet](https://example.com/f) for details.', {
      sections: [section('s')],
      notes: [note('n', 's', { exact: 'the fact sheet for' })],
    });
    expect(html).toContain(
      '<a href="https://example.com/f"><mark class="passage" data-notes="n" id="a-n-1">the fact sheet</mark></a><mark class="passage" data-notes="n"> for</mark>',
    );
  });

  test('straight quotes in a selector find curly quotes in the column, and the column keeps its own', async () => {
    const { html, index } = await annotate('Xi called it “absurd and irresponsible.”', {
      sections: [section('s')],
      notes: [note('n', 's', { exact: '"absurd and irresponsible."' })],
    });
    expect(html).toContain('>“absurd and irresponsible.”</mark>');
    expect(index.anchors[0]!.exact).toBe('“absurd and irresponsible.”');
  });

  test('curly quotes in a selector find straight quotes in the column', async () => {
    const { index } = await annotate(`It's "good" news.`, {
      sections: [section('s')],
      notes: [note('n', 's', { exact: 'It’s “good”' })],
    });
    expect(index.anchors[0]!.exact).toBe(`It's "good"`);
  });

  test('the exact words match case as written', async () => {
    await expect(
      annotate('The Chinese hated it.', {
        sections: [section('s')],
        notes: [note('n', 's', { exact: 'the chinese' })],
      }),
    ).rejects.toThrow(/matches nothing/);
  });

  test('a prefix makes a repeated passage unique', async () => {
    const { html, index } = await annotate('The Chinese hated it.\n\nAnd the Chinese flatly refused.', {
      sections: [section('s')],
      notes: [note('n', 's', { exact: 'Chinese', prefix: 'And the' })],
    });
    expect(index.notes).toEqual({ n: { paragraphIds: ['p-2'], anchorIds: ['a-n-1'] } });
    expect(html).toContain('And the <mark class="passage" data-notes="n" id="a-n-1">Chinese</mark> flatly');
  });

  test('a suffix makes a repeated passage unique, and a prefix may reach into the paragraph before', async () => {
    const { index } = await annotate('One Chinese view.\n\nChinese hopes.', {
      sections: [section('s')],
      notes: [
        note('a', 's', { exact: 'Chinese', suffix: 'hopes' }),
        note('b', 's', { exact: 'Chinese', prefix: 'view.' }),
      ],
    });
    expect(index.anchors.map((a) => [a.id, a.paragraphId])).toEqual([
      ['a-a-1', 'p-2'],
      ['a-b-1', 'p-2'],
    ]);
  });

  test('no passage crosses a paragraph break', async () => {
    await expect(
      annotate('It ends here.\n\nIt starts here.', {
        sections: [section('s')],
        notes: [note('n', 's', { exact: 'here. It' })],
      }),
    ).rejects.toThrow(/matches nothing/);
  });

  test('overlapping notes split into segments that list every note covering them', async () => {
    const { html, index } = await annotate('one two three four', {
      sections: [section('s')],
      notes: [note('a', 's', { exact: 'one two three' }), note('b', 's', { exact: 'two three four' })],
    });
    expect(html).toBe(
      '<p id="p-1"><mark class="passage" data-notes="a" id="a-a-1">one </mark><mark class="passage" data-notes="a b" id="a-b-1">two three</mark><mark class="passage" data-notes="b"> four</mark></p>',
    );
    expect(index.paragraphs[0]!.noteIds).toEqual(['a', 'b']);
  });

  test('two passages that begin on the same character each keep their id', async () => {
    const { html } = await annotate('one two three', {
      sections: [section('s')],
      notes: [note('a', 's', { exact: 'one two' }), note('b', 's', { exact: 'one' })],
    });
    expect(html).toContain('<span id="a-b-1"></span><mark class="passage" data-notes="a b" id="a-a-1">one</mark>');
    expect(textOf(html)).toBe('one two three');
  });

  test('the index lists paragraphs, notes, anchors, sections and asks', async () => {
    const markdown = ['Xi met Blinken.', 'Nothing here.', 'Blinken asked for talks; Xi agreed to talks.'].join('\n\n');
    const { index } = await annotate(markdown, {
      sections: [section('xi', 'Xi'), section('blinken', 'Blinken'), section('talks', 'military talks')],
      notes: [
        note('met', 'xi', { exact: 'met' }),
        note('asked', 'talks', { exact: 'asked for talks' }, { exact: 'Xi met' }),
      ],
      asks: [{ exact: 'talks', prefix: 'agreed to' }],
    });
    expect(index.paragraphs.map((p) => [p.id, p.noteIds, p.sectionIds])).toEqual([
      ['p-1', ['asked', 'met'], ['talks', 'xi', 'blinken']],
      ['p-2', [], []],
      ['p-3', ['asked'], ['blinken', 'talks', 'xi']],
    ]);
    expect(index.notes).toEqual({
      met: { paragraphIds: ['p-1'], anchorIds: ['a-met-1'] },
      asked: { paragraphIds: ['p-1', 'p-3'], anchorIds: ['a-asked-1', 'a-asked-2'] },
    });
    expect(index.anchors.map((a) => a.id)).toEqual(['a-asked-1', 'a-met-1', 'a-asked-2']);
    expect(index.sections).toEqual({
      xi: { paragraphIds: ['p-1', 'p-3'] },
      blinken: { paragraphIds: ['p-1', 'p-3'] },
      talks: { paragraphIds: ['p-1', 'p-3'] },
    });
    expect(index.asks).toEqual([{ paragraphId: 'p-3' }]);
  });

  test('a note with no subject is anchored and indexed, and counts for no section', async () => {
    const { html, index } = await annotate('Continue reading: another story.\n\nXi met Blinken.', {
      sections: [section('xi', 'Xi')],
      notes: [{ ...note('inserted', 'xi', { exact: 'Continue reading' }), subject: undefined }],
    });
    expect(html).toContain('<mark class="passage" data-notes="inserted" id="a-inserted-1">Continue reading</mark>');
    expect(index.notes['inserted']).toEqual({ paragraphIds: ['p-1'], anchorIds: ['a-inserted-1'] });
    expect(index.paragraphs[0]!.sectionIds).toEqual([]);
    expect(index.sections).toEqual({ xi: { paragraphIds: ['p-2'] } });
  });
});

describe('mentions', () => {
  const sections = [section('bates-gill', 'Bates Gill', 'Gill'), section('taiwan', 'Taiwan')];

  test('the longest term wins, whole words only, first mention per paragraph', async () => {
    const { html } = await annotate('Bates Gill and Gill. Gilligan.\n\nGill again.', { sections });
    expect(html).toBe(
      [
        '<p id="p-1"><a class="mention" href="#bates-gill">Bates Gill</a> and Gill. Gilligan.</p>',
        '<p id="p-2"><a class="mention" href="#bates-gill">Gill</a> again.</p>',
      ].join('\n'),
    );
  });

  test('a mention inside an existing link stays plain, and the next one is linked', async () => {
    const { html } = await annotate('See [Taiwan](https://example.com/t) and Taiwan.', { sections });
    expect(html).toContain(
      '<a href="https://example.com/t">Taiwan</a> and <a class="mention" href="#taiwan">Taiwan</a>.',
    );
  });

  test("mentions in the reprint's captions and boilerplate stay plain", async () => {
    const { html, index } = await annotate('A photo of Bates Gill.\n\nBates Gill spoke.', {
      sections,
      marks: [{ role: 'photo-caption', text: 'A photo of Bates Gill.' }],
    });
    expect(html).toContain(
      '<p id="p-1" data-role="photo-caption" aria-describedby="role-photo-caption">A photo of Bates Gill.</p>',
    );
    expect(index.sections['bates-gill']).toEqual({ paragraphIds: ['p-2'] });
  });

  test('a mention inside a passage is linked inside the mark', async () => {
    const { html } = await annotate('Then Gill said no.', {
      sections,
      notes: [note('n', 'bates-gill', { exact: 'Gill said' })],
    });
    expect(html).toContain(
      '<mark class="passage" data-notes="n" id="a-n-1"><a class="mention" href="#bates-gill">Gill</a> said</mark>',
    );
  });

  test('a mention that crosses a passage boundary is one link around the segments', async () => {
    const { html } = await annotate('Then Bates Gill said no.', {
      sections,
      notes: [note('n', 'bates-gill', { exact: 'Gill said' })],
    });
    expect(html).toContain(
      '<a class="mention" href="#bates-gill">Bates <mark class="passage" data-notes="n" id="a-n-1">Gill</mark></a><mark class="passage" data-notes="n"> said</mark>',
    );
    expect(textOf(html)).toBe('Then Bates Gill said no.');
  });
});
