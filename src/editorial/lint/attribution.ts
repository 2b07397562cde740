// Content lint rules on attribution: a source's label names the site its URL is on
// (content/publishers.yaml), a person's title is dated, and every number or duration a
// note writes is recorded for one of the note's own sources (events.yaml, quotations.yaml,
// facts.yaml). Each returns problems naming the file, like the rules in rules.ts.
import type { ContentFile } from './load.ts';
import { plainText } from './text.ts';

import { list, record, sourcesIn, text, type Problem } from './values.ts';

export type { Problem };

/** Accepted publisher names by host, from content/publishers.yaml. */
export function publisherNames(publishers: ContentFile): Map<string, string[]> {
  return new Map(
    list(publishers.data).map((entry) => [
      text(record(entry).host).toLowerCase(),
      list(record(entry).names).map((name) => String(name)),
    ]),
  );
}

/** The names a URL's site goes by: its host as listed, else its parent domains (news.wjct.org → wjct.org). */
function namesFor(url: string, names: ReadonlyMap<string, string[]>): { host: string; names?: string[] } {
  const host = URL.canParse(url) ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : url;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i += 1) {
    const found = names.get(labels.slice(i).join('.'));
    if (found) return { host, names: found };
  }
  return { host };
}

/** Curly and straight apostrophes compare equal in labels. */
const fold = (value: string) => value.replace(/[‘’]/g, "'").toLowerCase();

/**
 * Rule: a source's `publisher` names the site its URL is on, by one of that host's names in
 * content/publishers.yaml ("Higher Ground Times, reposting The Washington Times", not "The
 * Washington Times" alone). A host the file does not list is a problem too.
 */
export function labelProblems(files: readonly ContentFile[], publishers: ContentFile): Problem[] {
  const names = publisherNames(publishers);
  return files.flatMap((entry) =>
    sourcesIn(entry.data, '').flatMap(({ path, source }) => {
      const url = text(source.url);
      const label = text(source.publisher);
      const site = namesFor(url, names);
      if (!site.names) {
        return [
          { file: entry.file, problem: `${path}: ${site.host} is not in ${publishers.file}; add it with its names` },
        ];
      }
      if (site.names.some((name) => fold(label).includes(fold(name)))) return [];
      return [
        {
          file: entry.file,
          problem: `${path}: publisher "${label}" does not name the site the URL is on (${site.host}: ${site.names.join(' or ')}); write "${site.names[0]}, reposting <original publisher>" if it reposts another's work`,
        },
      ];
    }),
  );
}

/** Rule: every person's title carries the date it is as of (`roleAsOf`, a real partial date). */
export function personTitleProblems(people: readonly ContentFile[]): Problem[] {
  return people.flatMap((person) => {
    const data = record(person.data);
    const asOf = data.roleAsOf instanceof Date ? data.roleAsOf.toISOString().slice(0, 10) : text(data.roleAsOf);
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) return [];
    return [
      {
        file: person.file,
        problem: `role "${text(data.role)}" has no "as of" date: add roleAsOf (YYYY, YYYY-MM or YYYY-MM-DD), the date of the source that gives it`,
      },
    ];
  });
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** What a number counts or measures: durations, distances, speeds, shares and counted things. */
const UNITS = [
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'yard',
  'mile',
  'knot',
  'percent',
  'death',
  'entit',
  'indictment',
  'precursor',
  'chemical',
  'countermeasure',
  'type',
] as const;

/** One number or duration written in a text, e.g. "about 35 minutes" → { value: 35, unit: 'minute' }. */
export interface Quantity {
  written: string;
  value: number;
  unit: string;
}

const QUANTITY = new RegExp(
  `\\b(\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})[\\s-]+(?:[a-z]+[\\s-]+)??(${UNITS.join('|')})[a-z]*|\\b(\\d[\\d,]*(?:\\.\\d+)?)%`,
  'gi',
);

/** Every number or duration in `value` that counts or measures something (dates and names like F-22 aside). */
export function quantities(value: string): Quantity[] {
  return [...value.matchAll(QUANTITY)].map((match) => {
    const number = match[1] ?? match[3] ?? '';
    const unit = (match[2] ?? 'percent').toLowerCase();
    const parsed = NUMBER_WORDS[number.toLowerCase()] ?? Number(number.replaceAll(',', ''));
    return { written: match[0], value: parsed, unit };
  });
}

/**
 * Rule: a number or duration a note writes (summary and body) appears in a recorded fact of
 * one of its sources: the title of an event that cites the same URL (or the note's own
 * event), a quotation with that source, or an entry for that URL in content/facts.yaml. A
 * recorded fact matches when it holds the same number counting the same thing.
 */
export function quantityProblems(
  notes: readonly ContentFile[],
  recorded: { events: ContentFile; quotations: ContentFile; facts: ContentFile },
): Problem[] {
  const factsByUrl = new Map<string, string[]>();
  const add = (url: string, fact: string) => factsByUrl.set(url, [...(factsByUrl.get(url) ?? []), fact]);
  const eventTitles = new Map<string, string>();
  for (const event of list(recorded.events.data).map(record)) {
    eventTitles.set(text(event.id), text(event.title));
    for (const { source } of sourcesIn(event, '')) add(text(source.url), text(event.title));
  }
  for (const quotation of list(recorded.quotations.data).map(record)) {
    add(text(record(quotation.source).url), `${text(quotation.text)} ${text(quotation.occasion)}`);
  }
  for (const entry of list(recorded.facts.data).map(record)) {
    for (const fact of list(entry.facts)) add(text(entry.url), text(fact));
  }
  return notes.flatMap((note) => {
    const data = record(note.data);
    const urls = list(data.sources).map((source) => text(record(source).url));
    const facts = [...urls.flatMap((url) => factsByUrl.get(url) ?? []), eventTitles.get(text(data.event)) ?? ''];
    const known = facts.flatMap((fact) => quantities(fact));
    return quantities(plainText(`${text(data.summary)}\n${note.body}`)).flatMap((quantity) =>
      known.some((fact) => fact.value === quantity.value && fact.unit === quantity.unit)
        ? []
        : [
            {
              file: note.file,
              problem: `writes “${quantity.written}”, but no recorded fact of its sources (events.yaml, quotations.yaml, facts.yaml) gives ${quantity.value} ${quantity.unit}(s)`,
            },
          ],
    );
  });
}
