import { renderArticle } from '../annotation/render-article.ts';
import { recentlyUsed } from '../editorial/recent.ts';
import type { AnnotationIndex, ParagraphEntry } from '../annotation/types.ts';
import {
  readingKey,
  siteData,
  type Article,
  type Issue,
  type Note,
  type Person,
  type Reading,
} from '../editorial/site-data.ts';
import type { Outcome } from './outcomes.ts';

/** A passage of the column that a section annotates. */
export interface Passage {
  paragraphId: string;
  /** 1-based position of the paragraph in the column, for "paragraph 7". */
  number: number;
  /** The paragraph's text, verbatim. */
  text: string;
  /** The words in it that the section is about (an anchored note's passage, or a matched name). */
  exact?: string;
}

/** One issue or person section of an article, with everything its share page shows. */
export interface ShareSection {
  article: Article;
  /** The section id: the issue's or person's id, also the `#fragment` on the article page. */
  id: string;
  kind: 'issue' | 'person';
  name: string;
  /** One line on the section: the issue's summary, or the person's argument or role. */
  summary: string;
  issue?: Issue;
  person?: Person;
  /** What came of the issue at the talks. */
  outcome?: { outcome: Outcome; detail: string };
  /** This column's own reading of the issue (content/readings/<article>/<issue>.md). */
  reading?: Reading;
  /** The article's notes filed under this section, in file order. */
  notes: Note[];
  passages: Passage[];
  /** Each of its notes' passages (note id → their exact words in the column, in reading order). */
  noteWords: ReadonlyMap<string, string[]>;
  /** Other sections that annotate the same paragraphs. */
  related: Array<{ id: string; kind: 'issue' | 'person'; name: string }>;
}

/**
 * What a section is without the passages it annotates: enough to name its share page
 * and draw its card without annotating the column, so that listing every article's
 * pages (getStaticPaths) annotates none of them.
 */
export type SectionHead = Omit<ShareSection, 'passages' | 'noteWords' | 'related'>;

/** The article's sections (issues, then people, in the article's order), without their passages. */
export async function sectionHeads(article: Article): Promise<SectionHead[]> {
  const data = await siteData();
  const articleNotes = data.notes.get(article.id) ?? [];
  const notesOf = (id: string) => articleNotes.filter((note) => note.data.subject === id);
  return [
    ...article.data.issues.map((id) => {
      const issue = data.issues.get(id)!;
      const outcome = article.data.outcomes.find((o) => o.issue === id);
      return {
        article,
        id,
        kind: 'issue' as const,
        name: issue.data.name,
        summary: issue.data.summary,
        issue,
        outcome: outcome && { outcome: outcome.outcome, detail: outcome.detail },
        reading: data.readings.get(readingKey(article.id, id)),
        notes: notesOf(id),
      };
    }),
    ...article.data.people.map((id) => {
      const person = data.people.get(id)!;
      const { name, role, affiliation, argument } = person.data;
      return {
        article,
        id,
        kind: 'person' as const,
        name,
        summary: argument ?? `${role}, ${affiliation}.`,
        person,
        notes: notesOf(id),
      };
    }),
  ];
}

/** The article's sections with their passages and related sections, shared by its share pages. */
export const shareSections: (article: Article) => Promise<ShareSection[]> = recentlyUsed(4, build);

/** The words that stand for a section in the column when no note anchors it. */
const termsOf = (head: SectionHead) =>
  head.issue ? head.issue.data.terms : [head.person!.data.name, ...head.person!.data.aliases];

async function build(article: Article): Promise<ShareSection[]> {
  const [heads, { index }] = await Promise.all([sectionHeads(article), renderArticle(article)]);
  const sections = heads.map((head) => ({
    ...head,
    passages: passagesOf(index, head.id, head.notes, termsOf(head)),
    noteWords: new Map(head.notes.map((note) => [note.id, wordsOf(index, note)])),
  }));
  return sections.map((section) => {
    const mine = new Set(section.passages.map((p) => p.paragraphId));
    const related = sections
      .filter((other) => other.id !== section.id && other.passages.some((p) => mine.has(p.paragraphId)))
      .map(({ id, kind, name }) => ({ id, kind, name }));
    return { ...section, related };
  });
}

/**
 * The paragraphs a section annotates. The annotation index says so when it has
 * the section; until notes are anchored it may not, and then the paragraphs of
 * the column that name the issue or person stand in.
 */
function passagesOf(index: AnnotationIndex, id: string, notes: Note[], terms: string[]): Passage[] {
  // The index may key notes by their collection id (`<article>/<note>`) or by the file's own name.
  const noteIds = new Set(notes.flatMap((note) => [note.id, note.id.split('/').pop()!]));
  const byId = new Map(index.paragraphs.map((p, i) => [p.id, { paragraph: p, number: i + 1 }]));
  const anchoredIds = [
    ...(index.sections[id]?.paragraphIds ?? []),
    ...[...noteIds].flatMap((noteId) => index.notes[noteId]?.paragraphIds ?? []),
  ];
  const ids = anchoredIds.length
    ? [...new Set(anchoredIds)].sort((a, b) => (byId.get(a)?.number ?? 0) - (byId.get(b)?.number ?? 0))
    : index.paragraphs.filter((p) => p.role === 'column' && termIn(p, terms)).map((p) => p.id);

  return ids.flatMap((paragraphId) => {
    const found = byId.get(paragraphId);
    if (!found) return [];
    const anchor = index.anchors.find((a) => a.paragraphId === paragraphId && noteIds.has(a.noteId));
    return [
      {
        paragraphId,
        number: found.number,
        text: found.paragraph.text,
        exact: anchor?.exact ?? termIn(found.paragraph, terms),
      },
    ];
  });
}

/** The exact words of each passage a note is anchored to, in reading order. */
function wordsOf(index: AnnotationIndex, note: Note): string[] {
  const entry = index.notes[note.id] ?? index.notes[note.id.split('/').pop()!];
  return (entry?.anchorIds ?? []).flatMap((id) => index.anchors.find((anchor) => anchor.id === id)?.exact ?? []);
}

/** The longest of `terms` that the paragraph contains as whole words. */
function termIn(paragraph: ParagraphEntry, terms: string[]): string | undefined {
  return [...terms]
    .sort((a, b) => b.length - a.length)
    .find((term) =>
      new RegExp(`(^|\\W)${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`, 'u').test(paragraph.text),
    );
}
