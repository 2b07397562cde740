import { z } from 'astro/zod';
import { slug } from './ids.ts';
import { partialDate } from './partial-date.ts';
import { corrections } from './correction.ts';
import { sourceSchema } from './source.ts';

/** One dated event in content/events.yaml: the single source of dates for notes and timelines. */
export const eventSchema = z.strictObject({
  /** The event's id, referenced by notes. */
  id: slug,
  /** When it happened. */
  date: partialDate,
  /**
   * `true` for an event that is planned but has not happened: only such an event may
   * be dated after the day the site is built.
   */
  scheduled: z.boolean().default(false),
  /** What happened, in one line. */
  title: z.string().min(1),
  /**
   * The issues it belongs to; empty for an event that belongs to none of them
   * (a state visit, a change of minister), which then shows on the full timeline only.
   */
  issues: z.array(slug).default([]),
  /**
   * For a measure that runs until a set date (a suspension, a tariff, a truce): the day
   * it was due to end. Once that day has passed, pages show what followed (`followedBy`)
   * or say plainly that no stored report says what followed.
   */
  ends: partialDate.optional(),
  /** The id of the event that records what followed when the measure ended. */
  followedBy: slug.optional(),
  /** Where it was reported. */
  sources: z.array(sourceSchema).min(1),
  /** Dated corrections to this event. */
  corrections,
});

export type EventData = z.output<typeof eventSchema>;
