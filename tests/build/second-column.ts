import type { ContentFixture } from './fixture.ts';

/** The id of the test column that `addSecondColumn` adds. */
export const SECOND_COLUMN = 'second-column';

/** A sealed column's text that discusses Taiwan and nothing else, with our own title and dek. */
const columnText = (title: string, dek: string) => `---
title: "${title}"
dek: "${dek}"
publication: Test Gazette
published: "2024-05"
publishedLabel: May 2024
byline: null
provenance: "A test text written for the build fixture."
annotated: "2026-11-30"
issues: [taiwan]
---

Taiwan held an inauguration this month, and the island's neighbours watched closely.
`;

/** Adds a column named `id` tagged `taiwan`, with content files alone, sealed with the documented command. */
export function addTaiwanColumn(fixture: ContentFixture, id: string, title: string, dek = 'A test column.'): void {
  fixture.write(`articles/${id}.md`, columnText(title, dek));
  fixture.seal(id);
}

/** Adds a second column tagged `taiwan`, with content files alone, sealed with the documented command. */
export function addSecondColumn(fixture: ContentFixture): void {
  addTaiwanColumn(
    fixture,
    SECOND_COLUMN,
    'A second column on Taiwan',
    'A test column that discusses Taiwan and nothing else.',
  );
}
