import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';

/** `[longitude, latitude]` in degrees: a place on the globe, never off it. */
const lonLat = z.tuple([
  z.number().min(-180, 'longitude must be at least -180').max(180, 'longitude must be at most 180'),
  z.number().min(-90, 'latitude must be at least -90').max(90, 'latitude must be at most 90'),
]);

/** What every drawn item carries: when it happened and the report that says so. */
const dated = {
  /** When it happened (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date: partialDate,
  /** The last day, for something that lasted (drills over two days). */
  until: partialDate.optional(),
  /** What happened, in a few words: the label on the figure and the table. */
  label: z.string().min(1),
  /** The report this item rests on. */
  source: sourceSchema,
};

/** A dated place on a map. */
const placeSchema = z.strictObject({
  ...dated,
  /** Where, in words, as the source puts it ("north of the Aleutian Islands"). */
  place: z.string().min(1),
  /** Where it is drawn: `[longitude, latitude]`. */
  at: lonLat,
  /**
   * `true` when the source names a region, not a spot: the figure draws a dashed ring and
   * labels the place "approximate".
   */
  approximate: z.boolean().default(false),
  /** For an area (drills around an island): the ring's radius in kilometres. */
  radiusKm: z.number().positive().max(3000).optional(),
  /** The label's side of the mark. */
  labelSide: z.enum(['left', 'right', 'above', 'below']).default('right'),
});

/** The map's window: the figure shows only what lies inside it. */
const regionSchema = z.strictObject({
  west: z.number().min(-180).max(180),
  east: z.number().min(-180).max(180),
  south: z.number().min(-90).max(90),
  north: z.number().min(-90).max(90),
});

/** A strip of dated changes under a map: the state of a channel over time. */
const stripSchema = z.strictObject({
  /** The strip's heading ("Military channels"). */
  title: z.string().min(1),
  /** The strip ends here (the last month it covers). */
  end: partialDate,
  events: z
    .array(
      z.strictObject({
        ...dated,
        /** `cut` and `restored` change the state; `refused` and `meeting` are marks on it. */
        state: z.enum(['cut', 'refused', 'restored', 'meeting']),
      }),
    )
    .min(1),
});

const common = {
  /** The figure's caption line: what it shows. */
  title: z.string().min(1),
  /** The text alternative: what a reader who cannot see the figure should know from it. */
  alt: z.string().min(20),
};

/** A map of dated places, joined into a route when `route` is true. */
const mapFigure = z.strictObject({
  kind: z.literal('map'),
  ...common,
  region: regionSchema,
  /** Draw a line through the places in date order. */
  route: z.boolean().default(false),
  places: z.array(placeSchema).min(1),
  strip: stripSchema.optional(),
});

/** A yearly count as bars, with dated marks on the same time axis. */
const barsFigure = z.strictObject({
  kind: z.literal('bars'),
  ...common,
  /** What is counted, for the axis and the table ("Drug-overdose deaths"). */
  measure: z.string().min(1),
  values: z
    .array(
      z.strictObject({
        year: z.number().int().min(1900).max(2100),
        value: z.number().int().nonnegative(),
        /** `true` for a provisional figure, drawn hollow and labelled so. */
        provisional: z.boolean().default(false),
        source: sourceSchema,
      }),
    )
    .min(1),
  marks: z.array(z.strictObject(dated)).default([]),
});

/** Two or more lanes of dated events on one time axis. */
const lanesFigure = z.strictObject({
  kind: z.literal('lanes'),
  ...common,
  lanes: z.array(z.strictObject({ name: z.string().min(1), events: z.array(z.strictObject(dated)).min(1) })).min(2),
});

/**
 * One figure in content/figures/<issue-id>.yaml: the picture in that section,
 * drawn at build time from these values only. Every value carries its date and source.
 */
export const figureSchema = z.discriminatedUnion('kind', [mapFigure, barsFigure, lanesFigure]);

export type FigureData = z.output<typeof figureSchema>;
export type MapFigure = z.output<typeof mapFigure>;
export type BarsFigure = z.output<typeof barsFigure>;
export type LanesFigure = z.output<typeof lanesFigure>;
export type Place = z.output<typeof placeSchema>;
export type Region = z.output<typeof regionSchema>;
