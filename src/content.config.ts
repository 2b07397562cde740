import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkedGlob, type CheckedGlobOptions } from './content-loaders/checked-glob.ts';
import { inCheckedTree, type ContentLayout } from './content-loaders/content-tree.ts';
import { yamlFiles } from './content-loaders/yaml-files.ts';
import { yamlList, type YamlListOptions } from './content-loaders/yaml-list.ts';
import { checkSeal } from './content-loaders/seal-check.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { factSchema } from './schemas/fact.ts';
import { figureSchema } from './schemas/figure.ts';
import { issueSchema } from './schemas/issue.ts';
import { noteSchema } from './schemas/note.ts';
import { partySchema } from './schemas/party.ts';
import { personSchema } from './schemas/person.ts';
import { publisherSchema } from './schemas/publisher.ts';
import { quotationSchema } from './schemas/quotation.ts';
import { readingSchema } from './schemas/reading.ts';

// Every collection reads from content/ at the top of the repo, so that a new
// column needs only new files there. Our loaders read each file as written (UTF-8,
// no hidden characters, YAML without timestamps) before the schema sees it
// (src/content-loaders/). Cross-references between collections (an article's
// issues, a note's subject) are checked in src/editorial/site-data.ts.
// CONTENT_DIR points the build at another content folder (the broken-content tests use it).
const base = process.env.CONTENT_DIR ?? './content';

/**
 * What content/ holds. A file or folder not listed here, a symbolic link or a name that is
 * not a slug stops the build before any collection loads (src/content-loaders/content-tree.ts).
 */
const layout: ContentLayout = {
  files: ['events.yaml', 'parties.yaml', 'quotations.yaml', 'facts.yaml', 'publishers.yaml'],
  folders: [
    { name: 'articles', extension: '.md' },
    { name: 'issues', extension: '.md' },
    { name: 'people', extension: '.md' },
    { name: 'notes', extension: '.md', perArticle: true },
    { name: 'readings', extension: '.md', perArticle: true },
    { name: 'figures', extension: '.yaml' },
  ],
};

const checked = (loader: Loader) => inCheckedTree(base, layout, loader);

const markdown = (folder: string, schema: z.ZodType, options: Partial<CheckedGlobOptions> = {}) =>
  checked(checkedGlob({ base: `${base}/${folder}`, pattern: '*.md', schema, ...options }));

const list = (file: string, schema: z.ZodType, options?: YamlListOptions) =>
  checked(yamlList(`${base}/${file}`, schema, options));

export const collections = {
  articles: defineCollection({
    loader: markdown('articles', articleSchema, { verbatimBody: true, check: checkSeal }),
    schema: articleSchema,
  }),
  issues: defineCollection({ loader: markdown('issues', issueSchema), schema: issueSchema }),
  people: defineCollection({ loader: markdown('people', personSchema), schema: personSchema }),
  notes: defineCollection({ loader: markdown('notes', noteSchema, { pattern: '*/*.md' }), schema: noteSchema }),
  events: defineCollection({ loader: list('events.yaml', eventSchema), schema: eventSchema }),
  parties: defineCollection({ loader: list('parties.yaml', partySchema), schema: partySchema }),
  // A column's reading of one issue: content/readings/<article>/<issue>.md.
  readings: defineCollection({
    loader: markdown('readings', readingSchema, { pattern: '*/*.md' }),
    schema: readingSchema,
  }),
  /** One figure per issue, `figures/<issue-id>.yaml`, drawn as SVG at build time (src/figures). */
  figures: defineCollection({ loader: checked(yamlFiles(`${base}/figures`, figureSchema)), schema: figureSchema }),
  // Read by the build so that a broken one stops it; the content lint (tests/unit/) uses them.
  /** Words quoted from outside the columns, each by its line in the file. */
  quotations: defineCollection({
    loader: list('quotations.yaml', quotationSchema, { idOf: (_item, line) => `line-${line}` }),
    schema: quotationSchema,
  }),
  /** The facts each source supports, by the source's URL. */
  facts: defineCollection({
    loader: list('facts.yaml', factSchema, {
      idOf: (item, line) => (typeof item.url === 'string' ? item.url : `line-${line}`),
    }),
    schema: factSchema,
  }),
  /** The sites sources are hosted on, by host. */
  publishers: defineCollection({
    loader: list('publishers.yaml', publisherSchema, {
      idOf: (item, line) => (typeof item.host === 'string' ? item.host : `line-${line}`),
    }),
    schema: publisherSchema,
  }),
};
