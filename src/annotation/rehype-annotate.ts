import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-error.ts';
import type { TextQuoteSelector } from '../schemas/selector.ts';
import { closestPassage } from './closest-passage.ts';
import { findPassages, type Found, type Term } from './find-passages.ts';
import { buildTextMap, paragraphAt, type TextMap } from './text-map.ts';
import type { AnnotationIndex, ParagraphEntry } from './types.ts';
import { wrapPassages, type PlacedAnchor, type PlacedMention } from './wrap-passages.ts';
import { anchorId, paragraphId } from './markup.ts';

/** A note to anchor: its name (file name without `.md`), file, subject (none: a note on the text as received) and passages. */
export interface NoteInput {
  name: string;
  file: string;
  subject?: string | undefined;
  target: readonly TextQuoteSelector[];
}

/** An issue or a person shown beside the article, and the terms that mention it. */
export interface SectionInput {
  id: string;
  file: string;
  terms: readonly string[];
}

export interface Options {
  /** The article's file, named in every error. Default: `'the article'`. */
  file?: string;
  /** The article's notes. Default: none. */
  notes?: ReadonlyArray<NoteInput>;
  /** The article's issues and people, in page order. Default: none. */
  sections?: ReadonlyArray<SectionInput>;
  /** The article's `asks[].passage` selectors, resolved like note targets. Default: none. */
  asks?: ReadonlyArray<TextQuoteSelector>;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by rehype-paragraph-ids. */
    paragraphs: ParagraphEntry[];
    /** Set by rehype-annotate. */
    annotationIndex: AnnotationIndex;
  }
}

/** Where a selector came from, so an error can name the file and field. */
interface SelectorSource {
  file: string;
  field: string;
  note?: NoteInput;
}

/**
 * Anchors every note's passages and the article's asks, links mentions of its
 * issues and people, and records where everything is in `file.data.annotationIndex`.
 * Runs after rehype-paragraph-ids. Fails, naming the file, when a passage is found
 * zero or several times, or when a note's subject is not one of the article's sections.
 */
export default function rehypeAnnotate(options?: Readonly<Options> | null) {
  const where = options?.file ?? 'the article';
  const notes = options?.notes ?? [];
  const sections = options?.sections ?? [];
  const asks = options?.asks ?? [];
  return function transformer(tree: Root, file: VFile) {
    const paragraphs = file.data.paragraphs;
    if (!paragraphs) throw new Error('rehype-annotate needs rehype-paragraph-ids to run first');
    checkIds(notes, sections, where);
    const { terms, termSection } = collectTerms(sections);

    const sources: SelectorSource[] = [];
    const selectors: TextQuoteSelector[] = [];
    for (const note of notes) {
      note.target.forEach((selector, i) => {
        sources.push({ file: note.file, field: `target[${i}]`, note });
        selectors.push(selector);
      });
    }
    asks.forEach((selector, i) => {
      sources.push({ file: where, field: `asks[${i}].passage` });
      selectors.push(selector);
    });

    const map = buildTextMap(tree);
    const found = findPassages(map.text, selectors, terms);
    const starts = selectors.map((selector, k) => uniqueMatch(map, found, k, selector, sources[k]!, where));

    const idOf = (offset: number) => paragraphs[paragraphAt(map, offset)]!.id;
    const placed = sources
      .map((source, k) => ({ source, start: starts[k]!, end: starts[k]! + selectors[k]!.exact.length }))
      .filter((a) => a.source.note);
    placed.sort((a, b) => a.start - b.start || b.end - a.end);
    const counts = new Map<string, number>();
    const anchors: PlacedAnchor[] = placed.map(({ source, start, end }) => {
      const note = source.note!.name;
      const n = (counts.get(note) ?? 0) + 1;
      counts.set(note, n);
      return { id: anchorId(note, n), note, start, end };
    });

    const mentions = chooseMentions(map, found, terms, termSection, paragraphs);
    const subjects = new Map(notes.map((note) => [note.name, note.subject]));
    wrapPassages(map, anchors, mentions.linked);

    const index: AnnotationIndex = {
      paragraphs,
      notes: Object.fromEntries(notes.map((note) => [note.name, { paragraphIds: [], anchorIds: [] }])),
      anchors: [],
      sections: Object.fromEntries(sections.map((s) => [s.id, { paragraphIds: [] }])),
      // The asks' selectors come last, after every note target.
      asks: asks.map((_, i) => ({ paragraphId: idOf(starts[selectors.length - asks.length + i]!) })),
    };
    const addOnce = (list: string[], value: string) => list.includes(value) || list.push(value);
    // Walk notes and mentions together, in document order, so every list is in reading order.
    const events = [
      ...anchors.map((a) => ({ at: a.start, anchor: a })),
      ...mentions.all.map((m) => ({ at: m.start, mention: m })),
    ].sort((a, b) => a.at - b.at);
    for (const event of events) {
      const paragraph = paragraphs[paragraphAt(map, event.at)]!;
      if ('anchor' in event && event.anchor) {
        const { id, note, start, end } = event.anchor;
        const subject = subjects.get(note);
        addOnce(paragraph.noteIds, note);
        addOnce(index.notes[note]!.paragraphIds, paragraph.id);
        index.notes[note]!.anchorIds.push(id);
        if (subject !== undefined) {
          addOnce(paragraph.sectionIds, subject);
          addOnce(index.sections[subject]!.paragraphIds, paragraph.id);
        }
        const [from, to] = paragraphBounds(map, start);
        index.anchors.push({
          id,
          noteId: note,
          paragraphId: paragraph.id,
          exact: map.text.slice(start, end),
          prefix: map.text.slice(Math.max(from, start - CONTEXT), start),
          suffix: map.text.slice(end, Math.min(to, end + CONTEXT)),
        });
      } else if ('mention' in event && event.mention) {
        addOnce(paragraph.sectionIds, event.mention.section);
        addOnce(index.sections[event.mention.section]!.paragraphIds, paragraph.id);
      }
    }
    file.data.annotationIndex = index;
  };
}

/** How much of the paragraph around a passage the index keeps, as W3C prefix and suffix (Hypothesis keeps 32). */
const CONTEXT = 32;

function paragraphBounds(map: TextMap, offset: number): [number, number] {
  const p = paragraphAt(map, offset);
  const next = map.paragraphStarts[p + 1];
  return [map.paragraphStarts[p]!, next === undefined ? map.text.length : next - 1];
}

function checkIds(notes: readonly NoteInput[], sections: readonly SectionInput[], where: string): void {
  const sectionFiles = new Map<string, string>();
  for (const section of sections) {
    const other = sectionFiles.get(section.id);
    if (other) {
      throw new ContentError(
        section.file,
        `section id "${section.id}" is also used by ${other}; rename one of the two`,
      );
    }
    sectionFiles.set(section.id, section.file);
  }
  const noteFiles = new Map<string, string>();
  for (const note of notes) {
    const other = noteFiles.get(note.name);
    if (other)
      throw new ContentError(note.file, `note id "${note.name}" is also used by ${other}; rename one of the two`);
    noteFiles.set(note.name, note.file);
    if (note.subject !== undefined && !sectionFiles.has(note.subject)) {
      throw new ContentError(
        note.file,
        `subject "${note.subject}" is not an issue or person of ${where} (it lists: ${[...sectionFiles.keys()].join(', ')}); add it to the article's issues or people, or change the subject`,
      );
    }
  }
}

/** Every distinct term of every section; a term may mention one section only. */
function collectTerms(sections: readonly SectionInput[]) {
  const terms: Term[] = [];
  const termSection: string[] = [];
  const owner = new Map<string, SectionInput>();
  for (const section of sections) {
    for (const text of section.terms) {
      const other = owner.get(text);
      if (other && other !== section) {
        throw new ContentError(
          section.file,
          `the term "${text}" already mentions "${other.id}" (${other.file}); a term can link to one section only`,
        );
      }
      if (other) continue;
      owner.set(text, section);
      terms.push({ text, caseSensitive: text !== text.toLowerCase() });
      termSection.push(section.id);
    }
  }
  return { terms, termSection };
}

/** How many paragraphs an ambiguous-match error lists by id. */
const MAX_LISTED = 5;

function uniqueMatch(
  map: TextMap,
  found: Found,
  k: number,
  selector: TextQuoteSelector,
  source: SelectorSource,
  where: string,
): number {
  const starts = found.selectors[k]!;
  if (starts.length === 1) return starts[0]!;
  const quoted = describe(selector);
  if (starts.length > 1) {
    // Each paragraph once, and at most a handful: a common word can match hundreds of times.
    const all = [...new Set(starts.map((s) => paragraphId(paragraphAt(map, s) + 1)))];
    const ids =
      all.length > MAX_LISTED
        ? `${all.slice(0, MAX_LISTED).join(', ')} and ${all.length - MAX_LISTED} more paragraphs`
        : all.join(', ');
    throw new ContentError(
      source.file,
      `${source.field} ${quoted} matches ${starts.length} times in ${where} (${ids}); add a prefix or suffix (the words just before or after it) so that it matches once`,
    );
  }
  const exactCount = found.exactCounts[k]!;
  if (exactCount > 0) {
    throw new ContentError(
      source.file,
      `${source.field} ${quoted} matches nothing in ${where}: its exact words occur ${exactCount} time(s), but never with that prefix and suffix`,
    );
  }
  const closest = closestPassage(map.text, selector.exact);
  const hint = closest
    ? ` The closest passage in the column is "${map.text.slice(closest.start, closest.end)}" (${paragraphId(paragraphAt(map, closest.start) + 1)}).`
    : '';
  throw new ContentError(source.file, `${source.field} ${quoted} matches nothing in ${where}.${hint}`);
}

const describe = (s: TextQuoteSelector) =>
  [s.prefix && `prefix "${s.prefix}"`, `"${s.exact}"`, s.suffix && `suffix "${s.suffix}"`].filter(Boolean).join(' + ');

/**
 * Picks the mentions to link. Longest term wins where terms overlap ("Bates Gill" over
 * "Gill"); mentions inside the reprint's own captions and boilerplate are left alone.
 * Only the first mention of a section in each paragraph becomes a link: one link per
 * paragraph takes a reader to the section, while a link on every "Xi" would fill a
 * screen reader's list of links with repeats and turn the column into a sea of underlines.
 */
function chooseMentions(
  map: TextMap,
  found: Found,
  terms: readonly Term[],
  termSection: readonly string[],
  paragraphs: readonly ParagraphEntry[],
) {
  const hits = found.terms
    .map(({ term, start }) => ({ section: termSection[term]!, start, end: start + terms[term]!.text.length }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const all: PlacedMention[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    reach = hit.end;
    if (paragraphs[paragraphAt(map, hit.start)]!.role === 'column') all.push(hit);
  }
  const linked: PlacedMention[] = [];
  const seen = new Set<string>();
  let run = 0;
  for (const mention of all) {
    while (run + 1 < map.runs.length && map.runs[run + 1]!.start <= mention.start) run++;
    const r = map.runs[run]!;
    // A mention split by markup ("Bates <em>Gill</em>") or inside a link stays plain text.
    if (r.inLink || mention.end > r.start + r.node.value.length) continue;
    const key = `${r.paragraph}:${mention.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    linked.push(mention);
  }
  return { all, linked };
}
