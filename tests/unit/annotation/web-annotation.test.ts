import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkNoteIds } from '../../../src/annotation/note-files.ts';
import { annotationCollection, motivations, toDateTime } from '../../../src/annotation/web-annotation.ts';

const anchor = (id: string, exact: string, prefix = '', suffix = '') => ({
  id,
  noteId: id.split('-')[1]!,
  paragraphId: 'p-1',
  exact,
  prefix,
  suffix,
});

describe('the W3C export', () => {
  test('partial dates become full ISO date-times', () => {
    expect(toDateTime('2023')).toBe('2023-01-01T00:00:00Z');
    expect(toDateTime('2023-06')).toBe('2023-06-01T00:00:00Z');
    expect(toDateTime('2026-11-29')).toBe('2026-11-29T00:00:00Z');
  });

  test('every note type has a motivation from the model', () => {
    const allowed = ['commenting', 'correcting', 'describing', 'identifying', 'linking'];
    for (const motivation of Object.values(motivations)) expect(allowed).toContain(motivation);
    expect(motivations.correction).toBe('correcting');
    expect(motivations.quote).toBe('identifying');
  });

  test('one annotation per note, one TextQuoteSelector target per passage', () => {
    const collection = annotationCollection({
      id: 'https://x.example/col/annotations.jsonld',
      source: 'https://x.example/col/',
      label: 'Notes',
      notes: [
        {
          name: 'one',
          type: 'correction',
          html: '<p>Fix.</p>',
          created: '2026-11',
          anchors: [anchor('a-one-1', 'Gil said', '”, ', '.')],
        },
        {
          name: 'two',
          type: 'quote',
          html: '<p>Q.</p>',
          created: '2026',
          anchors: [anchor('a-two-1', 'a'), anchor('a-two-2', 'b')],
        },
      ],
    });
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://x.example/col/annotations.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    const [one, two] = collection.first!.items;
    expect(one).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://x.example/col/annotations.jsonld#one',
      type: 'Annotation',
      motivation: 'correcting',
      created: '2026-11-01T00:00:00Z',
      body: { type: 'TextualBody', value: '<p>Fix.</p>', format: 'text/html', language: 'en' },
      target: {
        source: 'https://x.example/col/',
        selector: [{ type: 'TextQuoteSelector', exact: 'Gil said', prefix: '”, ', suffix: '.' }],
      },
    });
    expect(two!.target).toEqual([
      { source: 'https://x.example/col/', selector: [{ type: 'TextQuoteSelector', exact: 'a' }] },
      { source: 'https://x.example/col/', selector: [{ type: 'TextQuoteSelector', exact: 'b' }] },
    ]);
  });

  test('an article without notes is an empty collection', () => {
    const collection = annotationCollection({
      id: 'https://x.example/a.jsonld',
      source: 'https://x.example/',
      label: 'N',
      notes: [],
    });
    expect(collection.total).toBe(0);
    expect('first' in collection).toBe(false);
  });
});

describe('note ids', () => {
  test('two files in one folder whose ids collide name both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'floorboards-notes-'));
    try {
      mkdirSync(join(dir, 'col'));
      writeFileSync(join(dir, 'col', 'gil-note.md'), 'x');
      writeFileSync(join(dir, 'col', 'other.md'), 'x');
      expect(() => checkNoteIds([join(dir, 'col', 'gil-note.md')])).not.toThrow();
      writeFileSync(join(dir, 'col', 'Gil-note.md'), 'x');
      expect(() => checkNoteIds([join(dir, 'col', 'gil-note.md')])).toThrow(
        `${join(dir, 'col', 'gil-note.md')}: note id "gil-note" is also the id of ${join(dir, 'col', 'Gil-note.md')}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
