import { scaleUtc } from 'd3-scale';
import type { LanesFigure } from '../schemas/figure.ts';
import { dayOf, shortRange } from './dates.ts';
import { svgDocument } from './document.ts';
import type { DrawOptions, Drawing } from './options.ts';
import { el, lines, r1, text, wrap } from './svg.ts';
import { FIGURE_WIDTH, FONT } from './theme.ts';

const YEAR_GUTTER = 44;
const SPAN = 380;
const LINE = FONT + 3;

/** Every event of every lane in date order, with its lane's name: the table's rows. */
export const laneRows = (figure: LanesFigure) =>
  figure.lanes
    .flatMap((lane) => lane.events.map((event) => ({ lane: lane.name, ...event })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.lane.localeCompare(b.lane));

/**
 * Lanes side by side with time running down the page (a phone's screen is tall, not wide):
 * each event a dot at its date on its lane's line, its date and words beside it, pushed
 * down when the one above would cover it.
 */
export function lanesDrawing(figure: LanesFigure, options: DrawOptions): Drawing {
  const width = FIGURE_WIDTH;
  const dates = figure.lanes.flatMap((lane) => lane.events.map((e) => dayOf(e.date)));
  const first = new Date(Date.UTC(Math.min(...dates.map((d) => d.getUTCFullYear())), 0, 1));
  const last = new Date(Date.UTC(Math.max(...dates.map((d) => d.getUTCFullYear())) + 1, 0, 1));
  const top = options.labels ? FONT + 16 : 8;
  const y = scaleUtc()
    .domain([first, last])
    .range([top, top + SPAN]);
  const column = (width - YEAR_GUTTER) / figure.lanes.length;
  const maxChars = Math.floor((column - 30) / (FONT * 0.52));
  const parts: string[] = [];
  let bottom = top + SPAN;

  for (const tick of y.ticks(8).filter((t) => t.getUTCMonth() === 0)) {
    parts.push(el('line', { class: 'grid', x1: 0, x2: width, y1: r1(y(tick)), y2: r1(y(tick)) }));
    if (options.labels) parts.push(text(0, y(tick) + FONT + 2, String(tick.getUTCFullYear()), 'label muted'));
  }
  figure.lanes.forEach((lane, i) => {
    const left = YEAR_GUTTER + i * column;
    const tone = i === 0 ? 'us' : 'cn';
    parts.push(el('line', { class: 'axis', x1: r1(left + 8), x2: r1(left + 8), y1: top, y2: top + SPAN }));
    if (options.labels) parts.push(text(left, FONT, lane.name, 'label key'));
    let free = top;
    for (const event of [...lane.events].sort((a, b) => a.date.localeCompare(b.date))) {
      const at = y(dayOf(event.date));
      parts.push(el('circle', { class: tone, cx: r1(left + 8), cy: r1(at), r: 6 }));
      if (!options.labels) continue;
      const words = [shortRange(event.date, event.until, true), ...wrap(event.label, maxChars)];
      const labelTop = Math.max(at - FONT / 2, free);
      if (labelTop > at - FONT / 2 + 1) {
        parts.push(
          el('line', { class: 'axis', x1: r1(left + 14), x2: r1(left + 20), y1: r1(at), y2: r1(labelTop + FONT / 2) }),
        );
      }
      parts.push(text(left + 22, labelTop + FONT - 2, words[0]!, 'label key'));
      parts.push(lines(left + 22, labelTop + FONT - 2 + LINE, words.slice(1), LINE));
      free = labelTop + words.length * LINE + 8;
      bottom = Math.max(bottom, free);
    }
  });
  return svgDocument(figure.title, width, Math.ceil(bottom + 4), parts.join(''), options);
}
