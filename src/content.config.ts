import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { issueSchema } from './schemas/issue.ts';
import { noteSchema } from './schemas/note.ts';
import { partySchema } from './schemas/party.ts';
import { personSchema } from './schemas/person.ts';
import { readingSchema } from './schemas/reading.ts';

// Every collection reads from content/ at the top of the repo, so that a new
// column needs only new files there. Cross-references between collections
// (an article's issues, a note's subject) are checked in src/lib/site-data.ts.
// CONTENT_DIR points the build at another content folder (the broken-content tests use it).
const base = process.env.CONTENT_DIR ?? './content';

export const collections = {
  articles: defineCollection({ loader: glob({ base: `${base}/articles`, pattern: '*.md' }), schema: articleSchema }),
  issues: defineCollection({ loader: glob({ base: `${base}/issues`, pattern: '*.md' }), schema: issueSchema }),
  people: defineCollection({ loader: glob({ base: `${base}/people`, pattern: '*.md' }), schema: personSchema }),
  notes: defineCollection({ loader: glob({ base: `${base}/notes`, pattern: '*/*.md' }), schema: noteSchema }),
  events: defineCollection({ loader: file(`${base}/events.yaml`), schema: eventSchema }),
  parties: defineCollection({ loader: file(`${base}/parties.yaml`), schema: partySchema }),
  // A column's reading of one issue: content/readings/<article>/<issue>.md.
  readings: defineCollection({ loader: glob({ base: `${base}/readings`, pattern: '*/*.md' }), schema: readingSchema }),
};
