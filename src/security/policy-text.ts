/** A Content-Security-Policy as text: read into its directives, and written back. */

/** A policy as directive name → sources, in the order they are written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [written, ...sources] = part.trim().split(/\s+/);
    const name = written?.toLowerCase();
    // A browser obeys the first of a repeated directive and ignores the rest.
    if (name && !directives.has(name)) directives.set(name, sources);
  }
  return directives;
}

/** A policy written back from its directives. */
export const writePolicy = (directives: ReadonlyMap<string, readonly string[]>) =>
  [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Whether a source allows code by its hash (`'sha256-…'`). */
export const isHashSource = (source: string) => /^'sha(256|384|512)-/.test(source);
