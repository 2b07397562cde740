import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateMarkdown } from '../../annotation/pipeline.ts';
import { readEntry } from '../../content-loaders/checked-glob.ts';
import { labelProblems, quantityProblems } from '../../editorial/lint/attribution.ts';
import type { Content, ContentFile } from '../../editorial/lint/load.ts';
import {
  dateProblems,
  quoteProblems,
  schemaProblems,
  selectorProblems,
  sourceProblems,
  unsourcedNoteProblems,
  updateEventProblems,
} from '../../editorial/lint/rules.ts';
import { list, record, text } from '../../editorial/lint/values.ts';
import { noteSchema } from '../../schemas/note.ts';
import type { FieldProblem } from '../protocol.ts';

/** What a note is checked against besides itself. */
export interface NoteContext {
  content: Content;
  publishers: ContentFile;
  facts: ContentFile;
}

/** `sources.0.url` (a zod path) or `sources[0] needs …` (a lint line) → the form's `sources[0].url` / `sources[0]`. */
function schemaField(path: string): string {
  const field = path.replace(/\.(\d+)/g, '[$1]');
  if (field === '(file)') return 'form';
  if (field.startsWith('target')) return 'passage';
  if (field.startsWith('verdict.evidence')) return 'verdict.evidence';
  return field;
}

/** The field a problem of the quote, date or number rules is about: the one whose text holds the words. */
const proseField = (problem: string) => /^(summary|body)\b/.exec(problem)?.[1] ?? 'body';

/**
 * Every rule the build and the content lint hold a note to, run on a note before it is
 * written: the loader's checks of the file as written (src/content-loaders/), the schema,
 * the lint's rules (src/editorial/lint/) and the build's anchoring (src/annotation/). Each
 * problem names the form field it is about.
 */
export async function noteProblems(note: ContentFile, fileText: string, context: NoteContext): Promise<FieldProblem[]> {
  const { content, publishers, facts } = context;
  const only = { ...content, issues: [], people: [], readings: [], notes: [note] };
  const none: ContentFile = { file: '', data: [], body: '' };
  const problems: FieldProblem[] = [
    ...schemaProblems({ ...only, articles: [], events: none, quotations: none }).map(({ problem }) => {
      const at = problem.indexOf(': ');
      return { field: schemaField(problem.slice(0, at)), problem: problem.slice(at + 2) };
    }),
    ...unsourcedNoteProblems([note]).map(({ problem }) => ({ field: 'sources', problem })),
    ...sourceProblems([note]).map(({ problem }) => ({
      field: /^sources\[\d+\]/.exec(problem)?.[0] ?? 'sources',
      problem,
    })),
    ...labelProblems([note], publishers).map(({ problem }) => ({
      field: `${/^sources\[\d+\]/.exec(problem)?.[0] ?? 'sources'}.publisher`,
      problem,
    })),
    ...updateEventProblems({ notes: [note], events: content.events }).map(({ problem }) => ({
      field: 'event',
      problem,
    })),
    ...dateProblems(only).map(({ problem }) => ({ field: proseField(problem), problem })),
    ...quoteProblems(only).map(({ problem }) => ({ field: proseField(problem), problem })),
    ...quantityProblems([note], { events: content.events, quotations: content.quotations, facts }).map(
      ({ problem }) => {
        const written = /“([^”]*)”/.exec(problem)?.[1] ?? '';
        return { field: written && text(record(note.data).summary).includes(written) ? 'summary' : 'body', problem };
      },
    ),
    ...selectorProblems({ articles: content.articles, notes: [note] }).map(({ problem }) => ({
      field: 'passage',
      problem,
    })),
  ];
  problems.push(...(await anchorProblems(note, content)));
  if (problems.length === 0) problems.push(...loaderProblems(note, fileText));
  return dedupe(problems);
}

/** The build's anchoring of this note alone in its column, with the article's issues and people as sections. */
async function anchorProblems(note: ContentFile, content: Content): Promise<FieldProblem[]> {
  const [article, name] = note.file.split('/').slice(-2);
  const column = content.articles.find((entry) => entry.file.endsWith(`/articles/${article}.md`));
  if (!column) return [{ field: 'article', problem: `there is no article "${article}"` }];
  const data = record(note.data);
  const columnData = record(column.data);
  const sections = [...list(columnData.issues), ...list(columnData.people)].map((id) => ({
    id: text(id),
    file: column.file,
    terms: [],
  }));
  const target = Array.isArray(data.target) ? data.target : [data.target];
  try {
    await annotateMarkdown(column.body, {
      file: column.file,
      notes: [{ name: (name ?? '').replace(/\.md$/, ''), file: note.file, subject: data.subject as string, target }],
      sections,
    });
    return [];
  } catch (error) {
    const message = (error as Error).message.replace(/^[^:]*: /, '');
    return [{ field: /subject/.test(message) ? 'subject' : 'passage', problem: message }];
  }
}

/** The content loader's checks of the file as it would be written: UTF-8, hidden characters, YAML, schema. */
function loaderProblems(note: ContentFile, fileText: string): FieldProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'floorboards-note-'));
  const [article, name] = note.file.split('/').slice(-2);
  const path = join(dir, 'notes', article!, name!);
  try {
    mkdirSync(join(dir, 'notes', article!), { recursive: true });
    writeFileSync(path, fileText);
    readEntry(path, { base: join(dir, 'notes'), pattern: '*/*.md', schema: noteSchema });
    return [];
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/^[^:]*: /, '');
    return [{ field: 'form', problem: message }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const dedupe = (problems: FieldProblem[]) =>
  problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.problem === p.problem) === i);
