import { z } from 'astro/zod';

/** A lowercase slug (`taiwan`, `bates-gill`): the id of an issue, person, note or event. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase slug such as "spy-balloon"');
