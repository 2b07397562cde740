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
