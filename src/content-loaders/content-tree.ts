import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, throwProblems, type ContentProblem } from '../lib/content-error.ts';
import { slugPattern } from '../schemas/ids.ts';

/** A folder of content/ and the files a collection reads from it. */
export interface ContentFolder {
  /** The folder's name under content/ (`notes`). */
  name: string;
  /** The extension of the files a collection reads (`.md`, `.yaml`), as written: `.MD` is another file. */
  extension: string;
  /** `true` when the files sit one folder down, named for an article (`notes/<article>/<note>.md`). */
  perArticle?: boolean;
}

/** What content/ holds: the files and folders its collections read, and nothing else. */
export interface ContentLayout {
  files: readonly string[];
  folders: readonly ContentFolder[];
}

const LINK =
  'a symbolic link; content/ holds files and folders only (a link may lead outside it, and is published as if it were here): copy the file here instead';

/** A slug an author might mean by `name` (`café` → `cafe`, `a--b` → `a-b`), if there is one. */
export function slugLike(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || undefined;
}

/**
 * Why `id`, the name of the file or folder at `path` (without `extension`), cannot be an
 * id, or `undefined` when it is a slug. Suggests a slug, and says when another file
 * already has it.
 */
export function nameProblem(path: string, id: string, extension: string): string | undefined {
  if (slugPattern.test(id)) return undefined;
  const suggestion = slugLike(id);
  const twin = suggestion && join(dirname(path), `${suggestion}${extension}`);
  const clash =
    twin && twin !== path && existsSync(twin)
      ? ` (its id would be "${suggestion}", which ${relative(process.cwd(), twin)} already has)`
      : '';
  return `the name "${id}" is not a lowercase slug such as "${suggestion ?? 'chip-controls'}"; rename it, since the name is the id${clash}`;
}

/**
 * Every problem with the files in `root` as a layout lays them out: a symbolic link
 * (followed, it would publish whatever it leads to; dangling or looping, it would be
 * skipped without a word), a file or folder no collection reads (a note named `.MD`,
 * a dotfile, a note one folder too deep) and a name that is not a slug.
 */
export function contentTreeProblems(root: string, layout: ContentLayout): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const name = (path: string) => relative(process.cwd(), path);
  const entries = (dir: string): Dirent[] =>
    readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const unread = (path: string, entry: Dirent, expected: string) =>
    problems.push({
      file: name(path),
      problem: `no collection reads this ${entry.isDirectory() ? 'folder' : 'file'}, so it would never be published: ${expected}; move or rename it, or remove it`,
    });
  const checkName = (path: string, id: string, extension: string) => {
    const problem = nameProblem(path, id, extension);
    if (problem) problems.push({ file: name(path), problem });
  };

  /** Files of one folder, each with the folder's extension and a slug name. */
  const checkFiles = (dir: string, folder: ContentFolder, expected: string) => {
    const list = entries(dir);
    for (const entry of list) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) problems.push({ file: name(path), problem: LINK });
      else if (!entry.isFile() || entry.name.startsWith('.') || extname(entry.name) !== folder.extension) {
        unread(path, entry, expected);
      } else checkName(path, entry.name.slice(0, -folder.extension.length), folder.extension);
    }
  };

  for (const entry of entries(root)) {
    const path = join(root, entry.name);
    const folder = layout.folders.find((candidate) => candidate.name === entry.name);
    if (entry.isSymbolicLink()) {
      problems.push({ file: name(path), problem: LINK });
    } else if (entry.isFile() && layout.files.includes(entry.name)) {
      continue;
    } else if (entry.isDirectory() && folder) {
      const file = `${folder.perArticle ? '<article>/' : ''}<id>${folder.extension}`;
      const expected = `${name(path)}/ holds ${file} files`;
      if (!folder.perArticle) {
        checkFiles(path, folder, expected);
        continue;
      }
      for (const inner of entries(path)) {
        const innerPath = join(path, inner.name);
        if (inner.isSymbolicLink()) problems.push({ file: name(innerPath), problem: LINK });
        else if (!inner.isDirectory() || inner.name.startsWith('.')) unread(innerPath, inner, expected);
        else {
          checkName(innerPath, inner.name, '');
          checkFiles(innerPath, folder, expected);
        }
      }
    } else {
      const known = [...layout.files, ...layout.folders.map((f) => `${f.name}/`)].join(', ');
      unread(path, entry, `content/ holds ${known}`);
    }
  }
  return problems;
}

/** Fails with every problem `contentTreeProblems` finds, one line each naming its file. */
export function checkContentTree(root: string, layout: ContentLayout): void {
  throwProblems(contentTreeProblems(root, layout));
}

/** The root folder and its problems, checked once per build (every loader asks before it loads). */
const checked = new WeakMap<object, ContentError | null>();

/**
 * `checkContentTree`, once per content sync: `run` is the sync's Astro config, which
 * every loader of one sync shares. In dev (`watch`), files change between syncs, so
 * each loader checks again.
 */
export function checkContentTreeOnce(root: string, layout: ContentLayout, run: object, watch: boolean): void {
  if (watch) return checkContentTree(root, layout);
  if (!checked.has(run)) {
    try {
      checkContentTree(root, layout);
      checked.set(run, null);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      checked.set(run, error);
    }
  }
  const error = checked.get(run);
  if (error) throw error;
}

/** `loader`, run only once content/ holds nothing but what the layout reads (see `contentTreeProblems`). */
export function inCheckedTree(root: string, layout: ContentLayout, loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      checkContentTreeOnce(root, layout, context.config, context.watcher !== undefined);
      return loader.load(context);
    },
  };
}
