import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug } from 'github-slugger';
import { ContentError } from '../lib/content-error.ts';

/**
 * Fails when two note files in one folder get the same id. Astro's glob loader makes
 * ids with github-slugger, so `Gil-note.md` and `gil-note.md` are both `gil-note`;
 * with `prerenderConflictBehavior: 'error'` it stops the build when the two files
 * differ, but two files with the same text are silently merged into one entry. This
 * reads the folder itself, so either way the build stops and names both files.
 */
export function checkNoteIds(noteFiles: readonly string[]): void {
  for (const folder of new Set(noteFiles.map((file) => dirname(file)))) {
    const seen = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.md')) continue;
      const id = slug(name.slice(0, -'.md'.length));
      const other = seen.get(id);
      if (other) {
        throw new ContentError(
          join(folder, name),
          `note id "${id}" is also the id of ${join(folder, other)} (ids ignore case and punctuation); rename one of the two`,
        );
      }
      seen.set(id, name);
    }
  }
}
