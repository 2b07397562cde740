import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page, as a site path (`/`, `/blinken-beijing-2023/`, `/404.html`). */
export function builtPages(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(dist);
  return found
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
