import { createHash } from 'node:crypto';

/**
 * The seal of a column: a checksum of its text as received, kept in the article's
 * frontmatter, so that no edit to the verbatim body goes unnoticed. The body is
 * counted as paragraphs (split on blank lines, line endings as `\n`, each paragraph
 * trimmed); nothing else is normalised, so a changed letter, space or quote mark
 * breaks the seal. Each paragraph also has a short hash of its own, which lets an
 * error name the first paragraph that changed.
 */
export interface Seal {
  /** The text as received, relative to the shared sources folder (`source/column.txt`), when there is one. */
  sourceFile?: string;
  /** sha-256 of the paragraphs joined by blank lines. */
  sha256: string;
  /** The first 12 hex digits of each paragraph's sha-256, in order. */
  paragraphs: string[];
  /** A 12-digit hash of each frontmatter field that says how the text is presented (`PRESENTATION_FIELDS`). */
  presentation?: Record<PresentationField, string>;
}

/**
 * The frontmatter fields that change how the column's text is presented: which paragraphs
 * are not the column's (`marks`: a caption, the reposting site's lines, the credit), whose
 * column it is and where it ran, and the lead photo's caption and credit as the reprint
 * gives them. An edit to any of them is an edit to the column as received, so the seal
 * covers them.
 */
export const PRESENTATION_FIELDS = ['marks', 'byline', 'publication', 'leadPhoto'] as const;
export type PresentationField = (typeof PRESENTATION_FIELDS)[number];

/** A value as JSON with its keys sorted, so that the order fields are written in does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The seal's hashes of the presentation fields of `frontmatter`, as written. */
export function presentationOf(frontmatter: Record<string, unknown>): Record<PresentationField, string> {
  return Object.fromEntries(
    PRESENTATION_FIELDS.map((field) => [field, sha256(canonical(frontmatter[field])).slice(0, PARAGRAPH_HASH_LENGTH)]),
  ) as Record<PresentationField, string>;
}

/** The presentation fields whose hashes no longer match the seal's. */
export function presentationBreaks(frontmatter: Record<string, unknown>, seal: Seal): PresentationField[] {
  const actual = presentationOf(frontmatter);
  return PRESENTATION_FIELDS.filter((field) => seal.presentation?.[field] !== actual[field]);
}

/** One paragraph of a body: its text and the line it starts on (1 = the body's first line). */
export interface SealParagraph {
  text: string;
  line: number;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The length of a paragraph's hash in the seal. */
export const PARAGRAPH_HASH_LENGTH = 12;

/** The body's paragraphs as the seal counts them. */
export function sealParagraphs(body: string): SealParagraph[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: SealParagraph[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length) paragraphs.push({ text: current.join('\n').trim(), line: start + 1 });
      current = [];
      return;
    }
    if (!current.length) start = i;
    current.push(line);
  });
  if (current.length) paragraphs.push({ text: current.join('\n').trim(), line: start + 1 });
  return paragraphs;
}

/** The seal of a body (without `sourceFile`). */
export function sealOf(body: string): Seal {
  const texts = sealParagraphs(body).map((p) => p.text);
  return {
    sha256: sha256(texts.join('\n\n')),
    paragraphs: texts.map((text) => sha256(text).slice(0, PARAGRAPH_HASH_LENGTH)),
  };
}

/** Where a body departs from its seal: the paragraph (1-based) and the line it starts on. */
export interface SealBreak {
  /** 1-based paragraph number, or `undefined` when only the whole-body checksum differs. */
  paragraph?: number;
  /** The line of the body the paragraph starts on. */
  line?: number;
  /** What is wrong, in words. */
  problem: string;
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Why `body` no longer matches `seal`, or `undefined` when it does. */
export function breakOf(body: string, seal: Omit<Seal, 'sourceFile'>): SealBreak | undefined {
  const paragraphs = sealParagraphs(body);
  const actual = sealOf(body);
  if (actual.sha256 === seal.sha256) return undefined;
  if (paragraphs.length === 0) return { problem: 'the body is empty: the article has no text' };
  const differing = actual.paragraphs.findIndex((hash, i) => hash !== seal.paragraphs[i]);
  if (differing !== -1) {
    const { text, line } = paragraphs[differing]!;
    const problem =
      differing < seal.paragraphs.length
        ? `paragraph ${differing + 1} no longer matches the seal: "${excerpt(text)}"`
        : `paragraph ${differing + 1} is not in the seal (it seals ${seal.paragraphs.length}): "${excerpt(text)}"`;
    return { paragraph: differing + 1, line, problem };
  }
  if (seal.paragraphs.length > actual.paragraphs.length) {
    const missing = actual.paragraphs.length + 1;
    return {
      paragraph: missing,
      problem: `paragraph ${missing} of ${seal.paragraphs.length} sealed paragraphs is missing from the body`,
    };
  }
  return { problem: 'the body matches every paragraph hash but not the seal’s sha256; the seal was edited by hand' };
}
