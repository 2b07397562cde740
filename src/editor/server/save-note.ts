import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { loadContent, type ContentFile } from '../../editorial/lint/load.ts';
import type { FieldProblem, NoteDraft, Reply } from '../protocol.ts';
import { noteProblems } from './check-note.ts';
import { columnText } from './column-text.ts';
import { contentDir, notePath, shownPath } from './content-dir.ts';
import { noteData, noteFileText } from './note-draft.ts';
import { selectorFor } from './passage-selector.ts';

/** Today as `YYYY-MM-DD`, the note's `created` date. */
const today = () => new Date().toISOString().slice(0, 10);

/** A YAML file of content/ as the lint reads it. */
export const yamlFile = (root: string, name: string): ContentFile => ({
  file: shownPath(join(root, name)),
  data: parse(readFileSync(join(root, name), 'utf8')) as unknown,
  body: '',
});

/**
 * Checks a note the editor filled in and, when every rule passes, writes it as
 * `content/notes/<article>/<name>.md`; when any fails, writes nothing and names each problem's field.
 */
export async function saveNote(draft: NoteDraft): Promise<Omit<Extract<Reply, { kind: 'save' }>, 'id' | 'kind'>> {
  const refuse = (...problems: FieldProblem[]) => ({ problems });
  const where = notePath(draft.article, draft.name);
  if (!('path' in where)) return refuse(where);
  const root = contentDir();
  const content = loadContent(root);
  const column = content.articles.find((entry) => entry.file.endsWith(`/articles/${draft.article}.md`))!;
  const found = selectorFor(await columnText(column.body), draft.exact, draft.before, draft.after);
  if ('problem' in found) return refuse({ field: 'passage', problem: found.problem });

  const data = noteData(draft, found.selector, today());
  const fileText = noteFileText(data, draft.body);
  const note: ContentFile = { file: shownPath(where.path), data, body: `\n${draft.body.trim()}\n` };
  const problems = await noteProblems(note, fileText, {
    content,
    publishers: yamlFile(root, 'publishers.yaml'),
    facts: yamlFile(root, 'facts.yaml'),
  });
  if (problems.length) return refuse(...problems);
  mkdirSync(dirname(where.path), { recursive: true });
  // `wx`: never over an existing file, even one written since the check.
  writeFileSync(where.path, fileText, { flag: 'wx' });
  return { saved: { file: shownPath(where.path), selector: { ...found.selector } }, problems: [] };
}
