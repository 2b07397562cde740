import { ContentError } from '../lib/content-error.ts';
import { recentlyUsed } from '../editorial/recent.ts';
import { siteData, type Article, type Note, type SiteData } from '../editorial/site-data.ts';
import { checkNoteIds } from './note-files.ts';
import { annotateMarkdown } from './pipeline.ts';
import type { NoteInput, SectionInput } from './rehype-annotate.ts';
import type { AnnotatedArticle } from './types.ts';

/** How many articles' annotations are kept: the pages of one article are rendered together. */
const KEPT = 4;

/**
 * An article's column rendered with its annotations, shared by the article's pages that
 * are rendered one after another (its reading page, its share pages, its export).
 */
export const renderArticle: (article: Article) => Promise<AnnotatedArticle> = recentlyUsed(KEPT, render);

/** A note's name: its file name without `.md`, unique within its article. */
export const noteName = (note: Note) => note.id.slice(note.id.indexOf('/') + 1);

/** The file of a content entry, as the errors name it. */
export const entryFile = (entry: { filePath?: string; id: string }, folder: string) =>
  entry.filePath ?? `${folder}/${entry.id}.md`;

async function render(article: Article): Promise<AnnotatedArticle> {
  const data = await siteData();
  const file = entryFile(article, 'content/articles');
  const notes = data.notes.get(article.id) ?? [];
  checkNoteIds(notes.map((note) => entryFile(note, 'content/notes')));
  try {
    return await annotateMarkdown(article.body ?? '', {
      file,
      marks: article.data.marks,
      notes: notes.map((note): NoteInput => ({
        name: noteName(note),
        file: entryFile(note, 'content/notes'),
        subject: note.data.subject,
        target: note.data.target,
      })),
      sections: sectionsOf(article, data),
      asks: article.data.asks.map((ask) => ask.passage),
    });
  } catch (error) {
    throw error instanceof ContentError ? error : new ContentError(file, (error as Error).message);
  }
}

/** The article's issues, then its people: the sections of its page, with the terms that mention them. */
function sectionsOf(article: Article, data: SiteData): SectionInput[] {
  const issues = article.data.issues.map((id): SectionInput => {
    const issue = data.issues.get(id)!;
    return { id, file: entryFile(issue, 'content/issues'), terms: issue.data.terms };
  });
  const people = article.data.people.map((id): SectionInput => {
    const person = data.people.get(id)!;
    return { id, file: entryFile(person, 'content/people'), terms: [person.data.name, ...person.data.aliases] };
  });
  return [...issues, ...people];
}
