import { scaleLinear, scaleUtc } from 'd3-scale';
import type { BarsFigure } from '../schemas/figure.ts';
import { dayOf, shortDate } from './dates.ts';
import { svgDocument } from './document.ts';
import { legend, type LegendEntry } from './legend.ts';
import type { DrawOptions, Drawing } from './options.ts';
import { el, r1, text } from './svg.ts';
import { FIGURE_WIDTH, FONT } from './theme.ts';

const CHART = 220;
const BADGE = 10;

/** Values in year order, and marks in date order (numbered in that order). */
export const barsInOrder = (figure: BarsFigure) => ({
  values: [...figure.values].sort((a, b) => a.year - b.year),
  marks: [...figure.marks].sort((a, b) => a.date.localeCompare(b.date)),
});

/** A count with thousands separators, as the table prints it: 107,941. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * One bar per year on a time axis (each bar spans its year), the count written over it,
 * provisional counts hollow; each mark a dashed line at its date with a numbered badge.
 */
export function barsDrawing(figure: BarsFigure, options: DrawOptions): Drawing {
  const width = FIGURE_WIDTH;
  const { values, marks } = barsInOrder(figure);
  const first = values[0]!.year;
  const last = values.at(-1)!.year;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([2, width - 2]);
  const top = (options.labels ? FONT + 8 : 0) + BADGE * 2 + 6;
  const y = scaleLinear()
    .domain([0, Math.max(...values.map((v) => v.value))])
    .range([top + CHART, top]);
  const base = top + CHART;
  const parts: string[] = [];

  for (const v of values) {
    const x0 = x(new Date(Date.UTC(v.year, 0, 1))) + 5;
    const x1 = x(new Date(Date.UTC(v.year + 1, 0, 1))) - 5;
    const attrs = { x: r1(x0), y: r1(y(v.value)), width: r1(x1 - x0), height: r1(base - y(v.value)) };
    parts.push(
      el('rect', { class: v.provisional ? 'bar-p' : 'bar', ...attrs, 'data-year': v.year, 'data-value': v.value }),
    );
    if (options.labels) {
      parts.push(text((x0 + x1) / 2, y(v.value) - 6, formatCount(v.value), 'label value', 'middle'));
      parts.push(text((x0 + x1) / 2, base + FONT + 6, String(v.year), 'label muted', 'middle'));
    }
  }
  parts.push(el('line', { class: 'axis', x1: 0, x2: width, y1: r1(base), y2: r1(base) }));
  marks.forEach((mark, i) => {
    const at = x(dayOf(mark.date));
    parts.push(el('line', { class: 'mark', x1: r1(at), x2: r1(at), y1: r1(top - 4), y2: r1(base) }));
    parts.push(el('circle', { class: 'badge', cx: r1(at), cy: r1(top - 4 - BADGE), r: BADGE }));
    if (options.labels) parts.push(text(at, top - BADGE + 0.5, String(i + 1), 'badge-t', 'middle'));
  });

  let height = base + (options.labels ? FONT + 14 : 4);
  if (options.labels) {
    parts.unshift(text(0, FONT, figure.measure, 'label key'));
    const lines = marks.map((mark, i) => `${i + 1}  ${mark.label}, ${shortDate(mark.date, true)}`);
    lines.forEach((line, i) => parts.push(text(0, height + 4 + FONT + i * (FONT + 6), line, 'label')));
    height += lines.length * (FONT + 6) + 10;
    const entries: LegendEntry[] = [
      { swatch: el('rect', { class: 'bar', x: 0, y: 2, width: 16, height: 12 }), words: 'Final count' },
    ];
    if (values.some((v) => v.provisional)) {
      entries.push({
        swatch: el('rect', { class: 'bar-p', x: 1, y: 3, width: 14, height: 10 }),
        words: 'Provisional count',
      });
    }
    const key = legend(entries, height, width);
    parts.push(key.svg);
    height += key.height;
  }
  return svgDocument(figure.title, width, Math.ceil(height), parts.join(''), options);
}
