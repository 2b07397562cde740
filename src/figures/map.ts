import { geoCircle, geoPath } from 'd3-geo';
import type { MapFigure, Place } from '../schemas/figure.ts';
import { shortRange } from './dates.ts';
import { svgDocument } from './document.ts';
import { basemap, regionProjection } from './geography.ts';
import { legend, type LegendEntry } from './legend.ts';
import type { DrawOptions, Drawing } from './options.ts';
import { strip } from './strip.ts';
import { el, r1, text } from './svg.ts';
import { FIGURE_WIDTH, FONT } from './theme.ts';

/** Radius in pixels of the dashed ring around a place the sources give only roughly. */
const RING = 13;
const DOT = 5;

/** Places in date order: the order the route runs and the table lists. */
export const placesInOrder = (figure: MapFigure) =>
  [...figure.places].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));

/** A place's label: its date, and "approx." when its position is. */
export const placeLabel = (place: Place, withYear: boolean) =>
  `${shortRange(place.date, place.until, withYear)}${place.approximate ? ', approx.' : ''}`;

/** Where a label goes beside its mark, kept inside the figure. */
function labelAt(place: Place, x: number, y: number, words: string, radius: number) {
  const width = words.length * FONT * 0.55;
  const gap = radius + 5;
  const spots = {
    right: { x: x + gap, y: y + 5, anchor: 'start' as const, left: x + gap },
    left: { x: x - gap, y: y + 5, anchor: 'end' as const, left: x - gap - width },
    above: { x, y: y - gap - 3, anchor: 'middle' as const, left: x - width / 2 },
    below: { x, y: y + gap + FONT, anchor: 'middle' as const, left: x - width / 2 },
  };
  const spot = spots[place.labelSide];
  const shift = Math.max(0, 4 - spot.left) - Math.max(0, spot.left + width - (FIGURE_WIDTH - 4));
  return text(spot.x + shift, spot.y, words, 'label', spot.anchor);
}

/** A map of dated places (and a route through them), with a strip below when there is one. */
export function mapDrawing(figure: MapFigure, options: DrawOptions): Drawing {
  const width = FIGURE_WIDTH;
  const { projection, height: mapHeight } = regionProjection(figure.region, width);
  const path = geoPath(projection).digits(1);
  const { land, borders } = basemap(projection, figure.region);
  const places = placesInOrder(figure);
  const years = new Set(places.map((p) => p.date.slice(0, 4)));
  const parts = [el('path', { class: 'land', d: land }), el('path', { class: 'border', d: borders })];

  if (figure.route && places.length > 1) {
    parts.push(
      el('path', { class: 'route', d: path({ type: 'LineString', coordinates: places.map((p) => p.at) }) ?? '' }),
    );
  }
  for (const place of places) {
    const [x, y] = projection(place.at)!;
    let radius = DOT;
    if (place.approximate && place.radiusKm) {
      const circle = geoCircle()
        .center(place.at)
        .radius(place.radiusKm / 111.2)();
      parts.push(el('path', { class: 'ring', d: path(circle) ?? '' }));
      const [[, top]] = path.bounds(circle);
      radius = y - top;
    } else if (place.approximate) {
      radius = RING;
      parts.push(el('circle', { class: 'ring', cx: r1(x), cy: r1(y), r: RING }));
    } else {
      parts.push(el('circle', { class: 'dot', cx: r1(x), cy: r1(y), r: DOT }));
    }
    if (options.labels) parts.push(labelAt(place, x, y, placeLabel(place, years.size > 1), radius));
  }

  let height = mapHeight;
  if (options.labels) {
    const entries: LegendEntry[] = [];
    if (places.some((p) => !p.approximate)) {
      entries.push({ swatch: el('circle', { class: 'dot', cx: 8, cy: 8, r: DOT }), words: 'Place as reported' });
    }
    if (places.some((p) => p.approximate)) {
      entries.push({ swatch: el('circle', { class: 'ring', cx: 8, cy: 8, r: 7 }), words: 'Approximate place' });
    }
    const key = legend(entries, height + 10, width);
    parts.push(key.svg);
    height += key.height + 10;
  }
  if (figure.strip) {
    const below = strip(figure.strip, height + 16, width, options);
    parts.push(below.svg);
    height += below.height + 16;
  }
  return svgDocument(figure.title, width, Math.ceil(height), parts.join(''), options);
}
