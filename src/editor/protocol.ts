// What the editor's desk (a dev toolbar app) and its dev-server side say to each other
// over the dev server's HMR channel. Shared by both sides; no code of it reaches a build.

/** The toolbar app's id, and the prefix of every event it sends or receives. */
export const EDITOR_APP_ID = 'floorboards-editor';

/** The one event the app sends: a request, answered by one `REPLY` with the same `id`. */
export const REQUEST = `${EDITOR_APP_ID}:request`;
/** The one event the server sends: the answer to a request. */
export const REPLY = `${EDITOR_APP_ID}:reply`;

/** A source as the form holds it: every field a string, as typed. */
export interface SourceDraft {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

/** A new note as the editor filled it in. */
export interface NoteDraft {
  /** The article the note is on (the page's first path segment). */
  article: string;
  /** The note's file name without `.md`: a slug. */
  name: string;
  /** The selected words, as the browser gives them. */
  exact: string;
  /** The column's text just before and after the selection on the page, to tell repeated words apart. */
  before: string;
  after: string;
  type: string;
  /** An issue or person of the article; empty for a note on the text as received. */
  subject: string;
  summary: string;
  body: string;
  /** For update notes: the event in events.yaml. */
  event: string;
  sources: SourceDraft[];
  /** For fact-check notes. */
  verdict: { rating: string; claim: string; evidence: string };
}

/** One problem with one field of the form (`summary`, `sources[0].url`, `passage`, …). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** One content problem anywhere in content/, where the build or the content lint finds it. */
export interface SiteProblem {
  file: string;
  line: number;
  problem: string;
  /** For a note file: the note's name, so the page can outline it. */
  note?: string;
  /** For a note file: its article. */
  article?: string;
}

/** What the form offers for one article. */
export interface ArticleContext {
  article: string;
  title: string;
  /** The article's issues and people, by id and name. */
  subjects: { id: string; name: string }[];
  noteTypes: readonly string[];
  verdictWords: readonly string[];
  /** Events in events.yaml, newest first. */
  events: { id: string; label: string }[];
}

export type Request =
  | { id: string; kind: 'context'; article: string }
  | { id: string; kind: 'problems' }
  | { id: string; kind: 'save'; draft: NoteDraft };

export type Reply =
  | { id: string; kind: 'context'; context?: ArticleContext; problem?: string }
  | { id: string; kind: 'problems'; problems: SiteProblem[] }
  | { id: string; kind: 'save'; saved?: { file: string; selector: Record<string, string> }; problems: FieldProblem[] };
