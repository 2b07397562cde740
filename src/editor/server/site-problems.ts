import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { findPassages } from '../../annotation/find-passages.ts';
import { readEntry } from '../../content-loaders/checked-glob.ts';
import { checkSeal } from '../../content-loaders/seal-check.ts';
import { labelProblems, personTitleProblems, quantityProblems } from '../../editorial/lint/attribution.ts';
import { loadContent, sourcedFiles } from '../../editorial/lint/load.ts';
import { lintContent } from '../../editorial/lint/rules.ts';
import { list, record, text } from '../../editorial/lint/values.ts';
import { articleSchema } from '../../schemas/article.ts';
import { issueSchema } from '../../schemas/issue.ts';
import { noteSchema } from '../../schemas/note.ts';
import { personSchema } from '../../schemas/person.ts';
import { readingSchema } from '../../schemas/reading.ts';
import type { TextQuoteSelector } from '../../schemas/selector.ts';
import type { SiteProblem } from '../protocol.ts';
import { columnText } from './column-text.ts';
import { contentDir, shownPath } from './content-dir.ts';
import { problemLine } from './problem-lines.ts';
import { yamlFile } from './save-note.ts';

/** The markdown collections and the schema the build reads each with. */
const COLLECTIONS: { folder: string; schema: z.ZodType; nested: boolean }[] = [
  { folder: 'articles', schema: articleSchema, nested: false },
  { folder: 'issues', schema: issueSchema, nested: false },
  { folder: 'people', schema: personSchema, nested: false },
  { folder: 'notes', schema: noteSchema, nested: true },
  { folder: 'readings', schema: readingSchema, nested: true },
];

/**
 * Every problem the build or the content lint would report in content/, each with its file
 * and line, instead of the first one stopping the build: each markdown file through the
 * build's loader checks (and each column's seal), the content lint's rules, and every
 * note's passages through the build's matching.
 */
export async function siteProblems(): Promise<SiteProblem[]> {
  const root = contentDir();
  const found: { file: string; line?: number; problem: string }[] = [];
  for (const { folder, schema, nested } of COLLECTIONS) {
    for (const path of markdownFiles(join(root, folder), nested)) {
      try {
        readEntry(path, {
          base: join(root, folder),
          pattern: nested ? '*/*.md' : '*.md',
          schema,
          verbatimBody: folder === 'articles',
          check: folder === 'articles' ? checkSeal : undefined,
        });
      } catch (error) {
        for (const line of (error as Error).message.split('\n')) {
          const match = /^(.+?\.md)(?::(\d+))?: ([\s\S]*)$/.exec(line);
          if (match) found.push({ file: match[1]!, line: match[2] ? Number(match[2]) : undefined, problem: match[3]! });
        }
      }
    }
  }
  const content = loadContent(root);
  const publishers = yamlFile(root, 'publishers.yaml');
  const facts = yamlFile(root, 'facts.yaml');
  const sourced = sourcedFiles(content);
  found.push(
    ...lintContent(content),
    ...labelProblems(sourced, publishers),
    ...personTitleProblems(content.people),
    ...quantityProblems(content.notes, { events: content.events, quotations: content.quotations, facts }),
  );
  for (const article of content.articles) {
    const id = article.file.replace(/^.*\/|\.md$/g, '');
    const text_ = await columnText(article.body);
    const sections = new Set([...list(record(article.data).issues), ...list(record(article.data).people)].map(text));
    for (const note of content.notes.filter((entry) => entry.file.split('/').at(-2) === id)) {
      const data = record(note.data);
      const targets = (Array.isArray(data.target) ? data.target : [data.target]).map(
        record,
      ) as unknown as TextQuoteSelector[];
      const counts = findPassages(
        text_,
        targets.filter((t) => typeof t.exact === 'string'),
        [],
      ).selectors.map((s) => s.length);
      counts.forEach((count, i) => {
        if (count !== 1)
          found.push({
            file: note.file,
            problem: `target[${i}] “${targets[i]!.exact}” anchors ${count} times in the column as the build reads it (it must anchor exactly once)`,
          });
      });
      if (data.subject !== undefined && !sections.has(text(data.subject)))
        found.push({
          file: note.file,
          problem: `subject "${text(data.subject)}" is none of the article's issues or people`,
        });
    }
  }
  const seen = new Set<string>();
  return found
    .filter(({ file, problem }) => !seen.has(`${file}\n${problem}`) && Boolean(seen.add(`${file}\n${problem}`)))
    .map(({ file, line, problem }) => {
      const noteOf = /notes\/([^/]+)\/([^/]+)\.md$/.exec(file);
      return {
        file: shownPath(resolve(file)),
        line: line ?? problemLine(resolve(file), problem),
        problem,
        ...(noteOf ? { article: noteOf[1]!, note: noteOf[2]! } : {}),
      };
    });
}

/** The `.md` files of a collection folder, one folder down for notes and readings. */
function markdownFiles(dir: string, nested: boolean): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  if (!nested) return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(dir, e.name));
  return entries.filter((e) => e.isDirectory()).flatMap((e) => markdownFiles(join(dir, e.name), false));
}
