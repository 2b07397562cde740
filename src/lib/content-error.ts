/**
 * A problem in content/ that must stop the build. The message always starts
 * with the file (relative to the repo) so an author knows where to look.
 */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}
