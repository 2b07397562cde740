import { z } from 'astro/zod';
import { slug } from './ids.ts';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';

/** Words an official of a party said or wrote, exactly as the source reports them. */
export const stanceWordsSchema = z.strictObject({
  /** The words as the source quotes them, without quotation marks. */
  text: z.string().min(1),
  /** Who said them, with the title they held then: "Mao Ning, Foreign Ministry spokesperson (as of June 2023)". */
  speaker: z.string().min(1),
  /** When they were said or published. */
  date: partialDate,
  /** Where they are reported; prefer the government's own text or a transcript. */
  source: sourceSchema,
});

/** Where one party stands on an issue: our summary, then its officials' own words. */
export const stanceSchema = z.strictObject({
  /** The party's id in content/parties.yaml. */
  party: slug,
  /** Its position in our words, one or two sentences; no quotation marks (quotes go in `words`). */
  position: z.string().min(1),
  /** What its officials said, each with speaker, date and source (at least one). */
  words: z.array(stanceWordsSchema).min(1),
});

/** An issue's stances: one per party, at least two, since an issue between nations has more than one side. */
export const stances = z
  .array(stanceSchema)
  .min(2, 'An issue gives at least two parties’ stances')
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((stance, i) => {
      if (seen.has(stance.party)) {
        context.addIssue({ code: 'custom', path: [i, 'party'], message: `party "${stance.party}" has two stances` });
      }
      seen.add(stance.party);
    });
  });

export type Stance = z.output<typeof stanceSchema>;
export type StanceWords = z.output<typeof stanceWordsSchema>;
