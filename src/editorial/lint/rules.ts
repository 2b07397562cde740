// The content lint's rules. Each takes parsed content and returns the problems
// it finds, each naming the file, so a test can run a rule on the real content/
// and on a small in-memory example that must fail.
import { articleSchema } from '../../schemas/article.ts';
import { eventSchema } from '../../schemas/event.ts';
import { issueSchema } from '../../schemas/issue.ts';
import { noteSchema, sourcedNoteTypes, type NoteType } from '../../schemas/note.ts';
import { partialDateProblem } from '../../schemas/partial-date.ts';
import { personSchema } from '../../schemas/person.ts';
import { quotationSchema } from '../../schemas/quotation.ts';
import { writtenDates, yearlessDates } from './dates.ts';
import type { Content, ContentFile } from './load.ts';
import { keyWords, normalize, plainText, sentences } from './text.ts';

import { list, record, sourcesIn, text, type Problem } from './values.ts';

export type { Problem };

/** A dated thing a note may write the date of: an event, or a quotation's occasion. */
export interface Dated {
  /** `YYYY-MM-DD` (or coarser, which no written full date can match). */
  date: string;
  /** How problems name it. */
  label: string;
  /** The words that tie a sentence to it. */
  words: Set<string>;
}

/** A quotation as the lint uses it. */
export interface Quotation {
  text: string;
}

/** Each event and dated quotation, with the words that identify it. */
export function datedEntries(content: Pick<Content, 'events' | 'quotations'>): Dated[] {
  const events = list(content.events.data).map(record);
  const quotations = list(content.quotations.data).map(record);
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value));
  return [
    ...events.map((event) => ({
      date: iso(event.date),
      label: `event "${text(event.id)}"`,
      words: keyWords(`${text(event.title)} ${text(event.id).replaceAll('-', ' ')}`),
    })),
    // A measure's end date (`ends`) is a recorded date too: prose may say when it was due to end.
    ...events
      .filter((event) => event.ends !== undefined)
      .map((event) => ({
        date: iso(event.ends),
        label: `the end date of event "${text(event.id)}"`,
        words: keyWords(`${text(event.title)} ${text(event.id).replaceAll('-', ' ')}`),
      })),
    ...quotations.map((quotation) => ({
      date: iso(quotation.date),
      label: `the quotation “${text(quotation.text)}”`,
      words: keyWords(`${text(quotation.speaker)} ${text(quotation.occasion)} ${text(quotation.text)}`),
    })),
  ];
}

/** The prose a reader meets in a content file, with a name for each piece. */
export function proseOf(
  kind: 'notes' | 'issues' | 'people' | 'readings',
  entry: ContentFile,
): { field: string; text: string }[] {
  const data = record(entry.data);
  const fields: Record<typeof kind, string[]> = {
    notes: ['summary'],
    issues: ['summary'],
    people: ['argument'],
    readings: [],
  };
  const prose = fields[kind].map((field) => ({ field, text: text(data[field]) }));
  if (kind === 'issues') {
    // A stance's position is our prose; its `words` carry their own speaker, date and source.
    list(data.stances).forEach((stance, i) =>
      prose.push({ field: `stances[${i}].position`, text: text(record(stance).position) }),
    );
  }
  prose.push({ field: 'body', text: entry.body });
  // A correction's `right` is what the site now says, held to the same rules. Its `wrong` is
  // what the site said before: its quotes and dates may be the very error it corrects.
  list(data.corrections).forEach((correction, i) =>
    prose.push({ field: `corrections[${i}].right`, text: text(record(correction).right) }),
  );
  return prose.filter((piece) => piece.text.trim() !== '');
}

/** Every note, issue, person and reading file with its prose. */
function allProse(content: Content) {
  return (['notes', 'issues', 'people', 'readings'] as const).flatMap((kind) =>
    content[kind].map((entry) => ({ kind, entry, prose: proseOf(kind, entry) })),
  );
}

/** Zod problems as "path: message" lines. */
function schemaIssues(
  schema: {
    safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`);
}

/**
 * Rule 1: every file matches its schema (which, among other things, requires
 * sourced note types to cite a source and every source to be complete).
 */
export function schemaProblems(content: Content): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: ContentFile, schema: Parameters<typeof schemaIssues>[0], data = entry.data, where = '') => {
    for (const issue of schemaIssues(schema, data)) problems.push({ file: entry.file, problem: `${where}${issue}` });
  };
  content.articles.forEach((entry) => check(entry, articleSchema));
  content.issues.forEach((entry) => check(entry, issueSchema));
  content.people.forEach((entry) => check(entry, personSchema));
  content.notes.forEach((entry) => check(entry, noteSchema));
  list(content.events.data).forEach((event, i) =>
    check(content.events, eventSchema, event, `[${i}] ${text(record(event).id)}: `),
  );
  list(content.quotations.data).forEach((quotation, i) =>
    check(content.quotations, quotationSchema, quotation, `[${i}]: `),
  );
  return problems;
}

/** Rule 2: every fact-check, correction and update note cites at least one source. */
export function unsourcedNoteProblems(notes: readonly ContentFile[]): Problem[] {
  return notes.flatMap((note) => {
    const data = record(note.data);
    const type = text(data.type) as NoteType;
    if (!sourcedNoteTypes.includes(type) || list(data.sources).length > 0) return [];
    return [{ file: note.file, problem: `a ${type} note must cite at least one source (sources is empty)` }];
  });
}

/** Rule 3: every source, wherever it is cited, has a title, a publisher, a real date and an https URL. */
export function sourceProblems(files: readonly ContentFile[]): Problem[] {
  return files.flatMap((entry) =>
    sourcesIn(entry.data, '').flatMap(({ path, source }) => {
      const missing: string[] = [];
      if (!text(source.title).trim()) missing.push('a title');
      if (!text(source.publisher).trim()) missing.push('a publisher');
      const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : text(source.date);
      const dateProblem = date ? partialDateProblem(date) : 'no date';
      if (dateProblem) missing.push(`a date (${dateProblem})`);
      if (!URL.canParse(text(source.url)) || new URL(text(source.url)).protocol !== 'https:')
        missing.push(`an https URL (found "${text(source.url)}")`);
      return missing.length ? [{ file: entry.file, problem: `${path} needs ${missing.join(', ')}` }] : [];
    }),
  );
}

/** Rule 4: an update note names the event it reports, and that event exists in events.yaml. */
export function updateEventProblems(content: Pick<Content, 'notes' | 'events'>): Problem[] {
  const ids = new Set(list(content.events.data).map((event) => text(record(event).id)));
  return content.notes.flatMap((note) => {
    const data = record(note.data);
    if (data.type !== 'update') return [];
    const event = text(data.event);
    if (!event)
      return [{ file: note.file, problem: 'an update note must name its event (event: <id in events.yaml>)' }];
    if (!ids.has(event)) return [{ file: note.file, problem: `event "${event}" is not in ${content.events.file}` }];
    return [];
  });
}

/**
 * Rule 5: dates agree with the event list. A day date must carry its year, and every full date a note, issue or
 * person file writes must be the date of an event in events.yaml (or of a
 * quotation in quotations.yaml), and the sentence it is written in must share
 * a key word with that event's title. So a note that writes "July 24, 2023" for
 * Qin Gang's removal (July 25) fails, and so does one that moves the Woodside
 * summit to the date of another event, because the words do not match.
 */
export function dateProblems(content: Content): Problem[] {
  const dated = datedEntries(content);
  return allProse(content).flatMap(({ entry, prose }) =>
    prose.flatMap(({ field, text: raw }) =>
      sentences(plainText(raw)).flatMap((sentence) => [
        ...yearlessDates(sentence).map((written) => ({
          file: entry.file,
          problem: `${field} writes ${written} without a year; write the year so the date can be checked against events.yaml`,
        })),
        ...writtenDates(sentence).flatMap(({ written, iso }) => {
          const sameDay = dated.filter((entry) => entry.date === iso);
          if (sameDay.length === 0) {
            return [
              {
                file: entry.file,
                problem: `${field} writes ${written}, but no event in events.yaml (nor quotation) has the date ${iso}: “${sentence}”`,
              },
            ];
          }
          const words = keyWords(sentence);
          const matches = sameDay.some((candidate) => [...candidate.words].some((word) => words.has(word)));
          if (matches) return [];
          return [
            {
              file: entry.file,
              problem: `${field} writes ${written} in a sentence that names none of the events of that date (${sameDay.map((d) => d.label).join(', ')}): “${sentence}”`,
            },
          ];
        }),
      ]),
    ),
  );
}

/** The words a text presents as quoted: inside curly or straight double quotes, `<q>` or `<blockquote>`. */
export function quotedPassages(markdown: string): string[] {
  const quoted: string[] = [];
  for (const match of markdown.matchAll(/<(q|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi)) quoted.push(plainText(match[2]!));
  const prose = plainText(markdown.replace(/<(q|blockquote)\b[^>]*>[\s\S]*?<\/\1>/gi, ' '));
  for (const match of prose.matchAll(/“([^”]+)”|"([^"]+)"/g)) quoted.push(match[1] ?? match[2]!);
  return quoted.map((words) => words.trim()).filter(Boolean);
}

/** A quote in comparable form: normalized, without the punctuation that style puts inside the quotation marks. */
const quoteKey = (words: string) => normalize(words).replace(/^["']+|[.,;:"']+$/g, '');

/**
 * Rule 6: words presented as a quote occur in the column or in quotations.yaml.
 * A note quotes its own article; issue and person files may quote any article.
 */
export function quoteProblems(content: Content): Problem[] {
  const columns = new Map(
    content.articles.map((a) => [a.file.replace(/^.*\/articles\/|\.md$/g, ''), normalize(a.body)]),
  );
  const quotations = list(content.quotations.data).map((q) => normalize(text(record(q).text)));
  return allProse(content).flatMap(({ kind, entry, prose }) => {
    // Notes and readings belong to one column (their folder) and may quote only it.
    const articleId = kind === 'notes' || kind === 'readings' ? entry.file.split('/').at(-2) : undefined;
    const column = articleId !== undefined ? [columns.get(articleId) ?? ''] : [...columns.values()];
    return prose.flatMap(({ field, text: raw }) =>
      quotedPassages(raw).flatMap((words) => {
        const key = quoteKey(words);
        if (key === '' || column.some((c) => c.includes(key)) || quotations.some((q) => q.includes(key))) return [];
        return [
          {
            file: entry.file,
            problem: `${field} quotes “${words}”, which is neither in the column nor in ${content.quotations.file}`,
          },
        ];
      }),
    );
  });
}

/** Rule 7: each note's passages occur exactly once in its column (prefix and suffix included). */
export function selectorProblems(content: Pick<Content, 'articles' | 'notes'>): Problem[] {
  const columns = new Map(
    content.articles.map((a) => [a.file.replace(/^.*\/articles\/|\.md$/g, ''), normalize(a.body)]),
  );
  return content.notes.flatMap((note) => {
    const articleId = note.file.split('/').at(-2) ?? '';
    const column = columns.get(articleId);
    if (column === undefined) return [{ file: note.file, problem: `no article "${articleId}" for this note's folder` }];
    const raw = record(note.data).target;
    const targets = (Array.isArray(raw) ? raw : [raw]).map(record);
    return targets.flatMap((target, i) => {
      const needle = normalize(`${text(target.prefix)}${text(target.exact)}${text(target.suffix)}`);
      let count = 0;
      for (let at = column.indexOf(needle); needle && at !== -1; at = column.indexOf(needle, at + 1)) count += 1;
      if (count === 1) return [];
      return [
        {
          file: note.file,
          problem: `target[${i}] “${text(target.exact)}” occurs ${count} times in the column (it must occur exactly once)`,
        },
      ];
    });
  });
}

/** All rules over all content. */
export function lintContent(content: Content): Problem[] {
  const files = [
    ...content.articles,
    ...content.issues,
    ...content.people,
    ...content.notes,
    content.events,
    content.quotations,
  ];
  return [
    ...schemaProblems(content),
    ...unsourcedNoteProblems(content.notes),
    ...sourceProblems(files),
    ...updateEventProblems(content),
    ...dateProblems(content),
    ...quoteProblems(content),
    ...selectorProblems(content),
  ];
}
