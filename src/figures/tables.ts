import type { Source } from '../schemas/source.ts';
import type { FigureData } from '../schemas/figure.ts';
import { formatDate } from '../lib/dates.ts';
import { barsInOrder, formatCount } from './bars.ts';
import { laneRows } from './lanes.ts';
import { placesInOrder } from './map.ts';
import { stripEvents } from './strip.ts';

/** A table cell: words, or words linking to a source. */
export type Cell = string | { text: string; href: string };

/** The same data as the figure, as a table for screen readers and print. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: Cell[][];
}

const sourceCell = (source: Source): Cell => ({ text: source.publisher, href: source.url });
const when = (date: string, until?: string) =>
  until ? `${formatDate(date)} – ${formatDate(until)}` : formatDate(date);

/** Every value the figure draws, one row each, with its date and source. */
export function figureTables(figure: FigureData): DataTable[] {
  switch (figure.kind) {
    case 'map': {
      const tables: DataTable[] = [
        {
          caption: 'Places on the map',
          columns: ['Date', 'What happened', 'Where', 'Position', 'Source'],
          rows: placesInOrder(figure).map((p) => [
            when(p.date, p.until),
            p.label,
            p.place,
            p.approximate ? 'Approximate' : 'As reported',
            sourceCell(p.source),
          ]),
        },
      ];
      if (figure.strip) {
        tables.push({
          caption: figure.strip.title,
          columns: ['No.', 'Date', 'What happened', 'Source'],
          rows: stripEvents(figure.strip).map((e, i) => [
            String(i + 1),
            when(e.date, e.until),
            e.label,
            sourceCell(e.source),
          ]),
        });
      }
      return tables;
    }
    case 'bars': {
      const { values, marks } = barsInOrder(figure);
      const tables: DataTable[] = [
        {
          caption: figure.measure,
          columns: ['Year', figure.measure, 'Count', 'Source'],
          rows: values.map((v) => [
            String(v.year),
            formatCount(v.value),
            v.provisional ? 'Provisional' : 'Final',
            sourceCell(v.source),
          ]),
        },
      ];
      if (marks.length > 0) {
        tables.push({
          caption: 'Marked on the chart',
          columns: ['No.', 'Date', 'What happened', 'Source'],
          rows: marks.map((m, i) => [String(i + 1), when(m.date, m.until), m.label, sourceCell(m.source)]),
        });
      }
      return tables;
    }
    case 'lanes':
      return [
        {
          caption: 'Events by date',
          columns: ['Date', 'Side', 'What happened', 'Source'],
          rows: laneRows(figure).map((e) => [when(e.date, e.until), e.lane, e.label, sourceCell(e.source)]),
        },
      ];
  }
}

/** Every distinct source the figure rests on, for its caption. */
export function figureSources(figure: FigureData): Source[] {
  const all: Source[] =
    figure.kind === 'map'
      ? [...figure.places.map((p) => p.source), ...(figure.strip?.events.map((e) => e.source) ?? [])]
      : figure.kind === 'bars'
        ? [...figure.values.map((v) => v.source), ...figure.marks.map((m) => m.source)]
        : figure.lanes.flatMap((lane) => lane.events.map((e) => e.source));
  return [...new Map(all.map((s) => [s.url, s])).values()];
}
