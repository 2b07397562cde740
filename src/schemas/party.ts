import { z } from 'astro/zod';
import { slug } from './ids.ts';

/**
 * One party to the issues a column discusses, in content/parties.yaml: a country
 * or government whose position an issue gives. A column about another conflict
 * adds its parties here; no code names them.
 */
export const partySchema = z.strictObject({
  /** The party's id, which an issue's `stances[].party` names. */
  id: slug,
  /** The name a reader sees over its stance, e.g. "United States". */
  name: z.string().min(1),
  /** Who speaks for it, as the stance's heading can say: "the US government". */
  government: z.string().min(1),
});

export type PartyData = z.output<typeof partySchema>;
