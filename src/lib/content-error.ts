/**
 * A problem in content/ that must stop the build. The message always starts
 * with the file (relative to the repo) so an author knows where to look.
 */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
    // An author needs the file and the problem, not where in the site's code it was found:
    // without a stack, Astro prints the message alone (`astro build --verbose` keeps it).
    if (!process.argv.includes('--verbose')) this.stack = '';
  }
}

/** One problem in one content file. */
export interface ContentProblem {
  file: string;
  problem: string;
}

/** Throws one ContentError listing every problem, one line each naming its file; does nothing for none. */
export function throwProblems(problems: readonly ContentProblem[]): void {
  const [first, ...rest] = problems;
  if (!first) return;
  throw new ContentError(first.file, [first.problem, ...rest.map((p) => `${p.file}: ${p.problem}`)].join('\n'));
}
