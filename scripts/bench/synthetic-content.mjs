// Synthetic content for the build-scaling benchmark: a copy of content/ with N
// annotated articles, each a renamed copy of a real one with all of its notes.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary content folder holding `n` articles (the real ones first, then copies); returns its path. */
export function syntheticContent(n, from = 'content') {
  const dir = join(mkdtempSync(join(tmpdir(), 'floorboards-bench-content-')), 'content');
  cpSync(from, dir, { recursive: true });
  const originals = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  for (let i = originals.length; i < n; i++) {
    const source = originals[i % originals.length];
    const id = `${source}-synthetic-${String(i).padStart(3, '0')}`;
    // A distinct title gives each copy its own preview images, as a new column would.
    const text = readFileSync(join(dir, 'articles', `${source}.md`), 'utf8').replace(
      /^title: "(.*)"$/m,
      (_, title) => `title: "${title} (synthetic ${i})"`,
    );
    writeFileSync(join(dir, 'articles', `${id}.md`), text);
    cpSync(join(dir, 'notes', source), join(dir, 'notes', id), { recursive: true });
  }
  return dir;
}
