import { headerOnlyDirectives } from './policy.ts';

/** A page's header policy: its `<meta>` policy plus the directives only a header can carry. */
export function headerPolicy(meta: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return [...directives, ...headerOnlyDirectives].join('; ');
}

/** The block of `_headers` that every file matches. */
export const SITE_WIDE = '/*';

/** Lines of a `_headers` file that open a rule (a path or an https URL), as hosts tell them. */
export const ruleLines = (text: string) => text.split('\n').filter((line) => /^(\/|https:\/\/)/.test(line.trim()));

/**
 * `_headers` (Netlify, Cloudflare Pages syntax): public/_headers with the Content-Security-Policy
 * of its site-wide block set to `policy` (src/security/site-policy.ts) plus the header-only
 * directives. The file keeps the rules of public/_headers and no more, however many pages
 * the site has.
 */
export function headersFile(base: string, policy: string): string {
  const lines = base.split('\n');
  const block = lines.findIndex((line) => line.trim() === SITE_WIDE);
  const end = lines.findIndex((line, i) => i > block && !/^\s+\S/.test(line));
  const at = lines.findIndex(
    (line, i) => i > block && (end === -1 || i < end) && /^\s+Content-Security-Policy:/i.test(line),
  );
  if (block === -1 || at === -1) {
    throw new Error(
      `public/_headers: the ${SITE_WIDE} block needs a Content-Security-Policy line for the build to fill`,
    );
  }
  lines[at] = `  Content-Security-Policy: ${headerPolicy(policy)}`;
  return lines.join('\n');
}

/**
 * `_headers` with `policy` as the Content-Security-Policy of the files under `path`: added to
 * that rule's block when the file has one, else as a block of its own. The block first removes
 * the site-wide policy (`! Content-Security-Policy`, read by Cloudflare Pages; Netlify skips the
 * line and lets the later block win), so these files get this policy instead of the union.
 */
export function withRulePolicy(headers: string, path: string, policy: string): string {
  const added = ['  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`];
  const lines = headers.split('\n');
  const at = lines.findIndex((l) => l.trim() === path);
  if (at === -1) return `${headers.trimEnd()}\n\n${path}\n${added.join('\n')}\n`;
  lines.splice(at + 1, 0, ...added);
  return lines.join('\n');
}

/** What Cloudflare Pages reads of `_headers`: rules past the 100th and lines over 2,000 characters are skipped. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** What a host would skip in a `_headers` file, in words; empty when it reads all of it. */
export function hostLimitProblems(text: string): string[] {
  const problems: string[] = [];
  const rules = ruleLines(text).length;
  if (rules > HOST_LIMITS.rules) {
    problems.push(`${rules} rules, and Cloudflare Pages reads the first ${HOST_LIMITS.rules} only`);
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim().length > HOST_LIMITS.lineLength) {
      const name = line.trim().split(':')[0];
      problems.push(
        `line ${i + 1} (${name}) is ${line.trim().length} characters, and Cloudflare Pages skips lines over ${HOST_LIMITS.lineLength}`,
      );
    }
  });
  return problems;
}
