import { getCollection, type CollectionEntry } from 'astro:content';
import type { FigureData, Region } from '../../schemas/figure.ts';
import { ContentError } from '../content-error.ts';
import { siteData } from '../site-data.ts';

export type Figure = CollectionEntry<'figures'>;

/** Why `[lon, lat]` lies outside the map's window, if it does. */
function outside([lon, lat]: [number, number], region: Region): string | undefined {
  if (lon < region.west || lon > region.east)
    return `longitude ${lon} is outside the map (${region.west} to ${region.east})`;
  if (lat < region.south || lat > region.north)
    return `latitude ${lat} is outside the map (${region.south} to ${region.north})`;
  return undefined;
}

/** What is wrong with a figure beyond its schema: places off its map, ranges that end before they start. */
export function figureProblems(data: FigureData): string[] {
  const problems: string[] = [];
  if (data.kind === 'map') {
    const { region } = data;
    if (region.west >= region.east)
      problems.push(`region: west (${region.west}) must be less than east (${region.east})`);
    if (region.south >= region.north)
      problems.push(`region: south (${region.south}) must be less than north (${region.north})`);
    data.places.forEach((place, i) => {
      const off = outside(place.at, region);
      if (off) problems.push(`places[${i}] "${place.label}": ${off}`);
    });
  }
  const dated =
    data.kind === 'map'
      ? [
          ...data.places.map((p, i) => [`places[${i}]`, p] as const),
          ...(data.strip?.events.map((e, i) => [`strip.events[${i}]`, e] as const) ?? []),
        ]
      : data.kind === 'bars'
        ? data.marks.map((m, i) => [`marks[${i}]`, m] as const)
        : data.lanes.flatMap((lane, l) => lane.events.map((e, i) => [`lanes[${l}].events[${i}]`, e] as const));
  for (const [where, item] of dated) {
    if (item.until && item.until < item.date)
      problems.push(`${where}: until (${item.until}) is before date (${item.date})`);
  }
  if (data.kind === 'bars') {
    const years = data.values.map((v) => v.year);
    const repeated = years.find((year, i) => years.indexOf(year) !== i);
    if (repeated !== undefined) problems.push(`values: the year ${repeated} is given twice`);
  }
  return problems;
}

let loaded: Promise<Map<string, Figure>> | undefined;

/** Every figure by the id of the issue it belongs to (its file name), checked once per build. */
export function figures(): Promise<Map<string, Figure>> {
  loaded ??= (async () => {
    const [{ issues }, entries] = await Promise.all([siteData(), getCollection('figures')]);
    for (const entry of entries) {
      const file = entry.filePath ?? `content/figures/${entry.id}.yaml`;
      if (!issues.has(entry.id)) {
        throw new ContentError(
          file,
          `a figure belongs to the issue its file is named for, and there is no content/issues/${entry.id}.md`,
        );
      }
      const [problem] = figureProblems(entry.data);
      if (problem) throw new ContentError(file, problem);
    }
    return new Map(entries.map((entry) => [entry.id, entry]));
  })();
  return loaded;
}

/** The URL of an issue's figure, a static SVG file. */
export const figurePath = (issueId: string) => `/figures/${issueId}.svg`;
