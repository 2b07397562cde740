import { ContentError } from '../lib/content-error.ts';
import { breakOf, presentationBreaks, type Seal } from '../editorial/seal.ts';
import type { CheckedEntry } from './checked-glob.ts';

/** The command that reseals an article, as errors and the README give it. */
export const sealCommand = (file: string) => `npm run seal -- ${file.replace(/^.*[\\/]/, '').replace(/\.md$/, '')}`;

/**
 * Fails when an article's body no longer matches the seal in its frontmatter,
 * naming the first paragraph that changed and the line it starts on, or when a field
 * that says how the text is presented (its marks, byline, …) no longer matches.
 */
export function checkSeal({ file, data, body, bodyLine }: CheckedEntry): void {
  const seal = data.seal as Seal;
  const broken = breakOf(body, seal);
  if (!broken) {
    const [field] = presentationBreaks(data, seal);
    if (!field) return;
    throw new ContentError(
      file,
      `seal: ${field} no longer ${field === 'marks' ? 'match' : 'matches'} the seal. How the column is presented (which paragraphs are its own, whose it is) must stay as received; if this edit is intended, run ${sealCommand(file)}`,
    );
  }
  const at = broken.line === undefined ? file : `${file}:${bodyLine + broken.line - 1}`;
  throw new ContentError(
    at,
    `seal: ${broken.problem}. The column must stay verbatim; if this edit is intended, run ${sealCommand(file)}`,
  );
}
