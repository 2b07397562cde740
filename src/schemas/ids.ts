import { z } from 'astro/zod';

/** What a slug looks like: lowercase words and digits joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase slug (`taiwan`, `bates-gill`): the id of an issue, person, note or event. */
export const slug = z.string().regex(slugPattern, 'Expected a lowercase slug such as "spy-balloon"');
