import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { checkedGlob, type CheckedGlobOptions } from './content-loaders/checked-glob.ts';
import { yamlFiles } from './content-loaders/yaml-files.ts';
import { yamlList } from './content-loaders/yaml-list.ts';
import { checkSeal } from './content-loaders/seal-check.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSchema } from './schemas/figure.ts';
import { issueSchema } from './schemas/issue.ts';
import { noteSchema } from './schemas/note.ts';
import { partySchema } from './schemas/party.ts';
import { personSchema } from './schemas/person.ts';
import { readingSchema } from './schemas/reading.ts';

// Every collection reads from content/ at the top of the repo, so that a new
// column needs only new files there. Our loaders read each file as written (UTF-8,
// no hidden characters, YAML without timestamps) before the schema sees it
// (src/content-loaders/). Cross-references between collections (an article's
// issues, a note's subject) are checked in src/editorial/site-data.ts.
// CONTENT_DIR points the build at another content folder (the broken-content tests use it).
const base = process.env.CONTENT_DIR ?? './content';

const markdown = (folder: string, schema: z.ZodType, options: Partial<CheckedGlobOptions> = {}) =>
  checkedGlob({ base: `${base}/${folder}`, pattern: '*.md', schema, ...options });

export const collections = {
  articles: defineCollection({
    loader: markdown('articles', articleSchema, { verbatimBody: true, check: checkSeal }),
    schema: articleSchema,
  }),
  issues: defineCollection({ loader: markdown('issues', issueSchema), schema: issueSchema }),
  people: defineCollection({ loader: markdown('people', personSchema), schema: personSchema }),
  notes: defineCollection({ loader: markdown('notes', noteSchema, { pattern: '*/*.md' }), schema: noteSchema }),
  events: defineCollection({ loader: yamlList(`${base}/events.yaml`, eventSchema), schema: eventSchema }),
  parties: defineCollection({ loader: yamlList(`${base}/parties.yaml`, partySchema), schema: partySchema }),
  // A column's reading of one issue: content/readings/<article>/<issue>.md.
  readings: defineCollection({
    loader: markdown('readings', readingSchema, { pattern: '*/*.md' }),
    schema: readingSchema,
  }),
  /** One figure per issue, `figures/<issue-id>.yaml`, drawn as SVG at build time (src/figures). */
  figures: defineCollection({ loader: yamlFiles(`${base}/figures`, figureSchema), schema: figureSchema }),
};
