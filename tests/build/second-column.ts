import type { ContentFixture } from './fixture.ts';

/** The id of the test column that `addSecondColumn` adds. */
export const SECOND_COLUMN = 'second-column';

const TEXT = `---
title: "A second column on Taiwan"
dek: "A test column that discusses Taiwan and nothing else."
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

/** Adds a second column tagged `taiwan`, with content files alone, sealed with the documented command. */
export function addSecondColumn(fixture: ContentFixture): void {
  fixture.write(`articles/${SECOND_COLUMN}.md`, TEXT);
  fixture.seal(SECOND_COLUMN);
}
