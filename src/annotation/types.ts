/** How a paragraph of a reprint relates to the column: its own prose, or something the reprint added. */
export type ParagraphRole = 'column' | 'photo-caption' | 'artifact' | 'credit';

/** One paragraph of an annotated article, in order. */
export interface ParagraphEntry {
  /** Stable id, `p-1`, `p-2`, … in document order. */
  id: string;
  role: ParagraphRole;
  /** The paragraph's text as it stands in the column. */
  text: string;
  /** Ids of the notes anchored in this paragraph, in order of first anchor. */
  noteIds: string[];
  /** Section ids (issues and people) this paragraph mentions or is annotated for. */
  sectionIds: string[];
}

/** One anchored passage: a note's target found in the text. */
export interface AnchorEntry {
  /** Element id of the passage (`a-<note>-<n>`), a link target for "back to the passage". */
  id: string;
  noteId: string;
  paragraphId: string;
  /** The matched words as they stand in the column. */
  exact: string;
  /** Up to 32 characters of the same paragraph just before the passage ('' at its start). */
  prefix: string;
  /** Up to 32 characters of the same paragraph just after the passage ('' at its end). */
  suffix: string;
}

/** Where everything is, computed once by the anchoring plugins; page components only read it. */
export interface AnnotationIndex {
  paragraphs: ParagraphEntry[];
  /** Note id → its passages, in document order. */
  notes: Record<string, { paragraphIds: string[]; anchorIds: string[] }>;
  anchors: AnchorEntry[];
  /** Section id → the paragraphs that mention it or carry its notes. */
  sections: Record<string, { paragraphIds: string[] }>;
  /** Where each of the article's `asks[].passage` is, parallel to `article.data.asks`. */
  asks: { paragraphId: string }[];
}

/** One top-level block of the rendered column (a paragraph, usually), in order. */
export interface ArticleBlock {
  /** The ids of the paragraphs the block is or holds (a list holds one per item), in order. */
  paragraphIds: string[];
  /** The block's outer HTML, annotations included. */
  html: string;
}

/** The rendered column and its index. */
export interface AnnotatedArticle {
  /** The whole column as HTML. */
  html: string;
  /** The same HTML split into top-level blocks, so a page can place notes between paragraphs. */
  blocks: ArticleBlock[];
  index: AnnotationIndex;
}
