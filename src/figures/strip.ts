import { scaleUtc } from 'd3-scale';
import type { MapFigure } from '../schemas/figure.ts';
import { dayOf, lastDayOf } from './dates.ts';
import { legend } from './legend.ts';
import type { DrawOptions } from './options.ts';
import { el, r1, text } from './svg.ts';
import { FONT } from './theme.ts';

type Strip = NonNullable<MapFigure['strip']>;

/** The strip's events in date order; their numbers on the strip are their places in this list. */
export const stripEvents = (strip: Strip) => [...strip.events].sort((a, b) => a.date.localeCompare(b.date));

const BAR = 16;
const BADGE = 10;

/**
 * A channel's state over time: a bar shaded "suspended" from each `cut` to the next `restored`
 * and "resumed" after it, with a numbered badge above each event (the table lists them by number).
 */
export function strip(data: Strip, top: number, width: number, options: DrawOptions): { svg: string; height: number } {
  const events = stripEvents(data);
  const start = dayOf(events[0]!.date.slice(0, 7));
  const x = scaleUtc()
    .domain([start, lastDayOf(data.end)])
    .range([BADGE, width - BADGE]);
  const parts: string[] = [];
  let y = top;
  if (options.labels) {
    parts.push(text(0, y + FONT, data.title, 'label key'));
    y += FONT + 8;
  }
  // Two rows of badges, so that events a few weeks apart do not cover each other.
  const badgeRows = 2;
  const barTop = y + badgeRows * (BADGE * 2 + 4);

  let state: 'cut' | 'restored' | undefined;
  let from = x.range()[0]!;
  const segment = (to: number) => {
    if (state && to > from) {
      parts.push(
        el('rect', {
          class: state === 'cut' ? 'cut' : 'open',
          x: r1(from),
          y: r1(barTop),
          width: r1(to - from),
          height: BAR,
        }),
      );
    }
  };
  const lastX: number[] = [];
  events.forEach((event, i) => {
    const at = x(dayOf(event.date));
    if (event.state === 'cut' || event.state === 'restored') {
      segment(at);
      state = event.state;
      from = at;
    }
    const row = lastX.findIndex((previous) => at - previous >= BADGE * 2 + 2);
    const useRow = row === -1 ? Math.min(lastX.length, badgeRows - 1) : row;
    lastX[useRow] = at;
    const cy = barTop - 4 - BADGE - useRow * (BADGE * 2 + 4);
    parts.push(el('line', { class: 'mark', x1: r1(at), x2: r1(at), y1: r1(cy + BADGE), y2: r1(barTop + BAR) }));
    parts.push(el('circle', { class: 'badge', cx: r1(at), cy: r1(cy), r: BADGE }));
    if (options.labels) parts.push(text(at, cy + 4.5, String(i + 1), 'badge-t', 'middle'));
  });
  segment(x.range()[1]!);
  parts.push(el('rect', { class: 'axis', x: BADGE, y: r1(barTop), width: width - 2 * BADGE, height: BAR }));

  let height = barTop + BAR - top;
  if (options.labels) {
    for (const tick of x.ticks(4)) {
      if (tick.getUTCMonth() !== 0) continue;
      const tx = x(tick);
      parts.push(el('line', { class: 'axis', x1: r1(tx), x2: r1(tx), y1: r1(barTop + BAR), y2: r1(barTop + BAR + 5) }));
      parts.push(text(tx, barTop + BAR + 6 + FONT, String(tick.getUTCFullYear()), 'label muted', 'middle'));
    }
    const key = legend(
      [
        { swatch: el('rect', { class: 'cut', x: 0, y: 2, width: 16, height: 12 }), words: 'Suspended' },
        { swatch: el('rect', { class: 'open', x: 0, y: 2, width: 16, height: 12 }), words: 'Resumed' },
        { swatch: el('circle', { class: 'badge', cx: 8, cy: 8, r: 7 }), words: 'Event (numbered in the table)' },
      ],
      barTop + BAR + FONT + 18,
      width,
    );
    parts.push(key.svg);
    height = barTop + BAR + FONT + 18 + key.height - top;
  }
  return { svg: parts.join(''), height };
}
