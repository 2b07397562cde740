import type { FigureData } from '../../schemas/figure.ts';
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

const drawings = new WeakMap<FigureData, Drawing>();

/** The page's drawing of a figure, drawn once per build however many pages show it. */
export function drawing(figure: FigureData): Drawing {
  let found = drawings.get(figure);
  if (!found) {
    found = drawFigure(figure, PAGE);
    drawings.set(figure, found);
  }
  return found;
}
