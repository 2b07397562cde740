import type { FigureData } from '../schemas/figure.ts';
import { barsDrawing } from './bars.ts';
import { lanesDrawing } from './lanes.ts';
import { mapDrawing } from './map.ts';
import { PAGE, type DrawOptions, type Drawing } from './options.ts';

/** Draws a figure as a standalone SVG, from its data file's values only. */
export function drawFigure(figure: FigureData, options: DrawOptions): Drawing {
  switch (figure.kind) {
    case 'map':
      return mapDrawing(figure, options);
    case 'bars':
      return barsDrawing(figure, options);
    case 'lanes':
      return lanesDrawing(figure, options);
  }
}

const drawings = new Map<DrawOptions, WeakMap<FigureData, Drawing>>();

/**
 * A figure drawn once per build for each set of options, however many pages or cards
 * show it: the page's drawing by default, the card's with `CARD`. A map is drawn from
 * its basemap's coastlines, tens of milliseconds each time.
 */
export function drawing(figure: FigureData, options: DrawOptions = PAGE): Drawing {
  let byFigure = drawings.get(options);
  if (!byFigure) drawings.set(options, (byFigure = new WeakMap()));
  let found = byFigure.get(figure);
  if (!found) {
    found = drawFigure(figure, options);
    byFigure.set(figure, found);
  }
  return found;
}
