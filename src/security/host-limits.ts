import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostLimitProblems, ruleLines } from './headers-file.ts';

/**
 * After every pass that writes `dist/_headers` (it comes last in astro.config.mjs): fails the
 * build if a host would skip part of the file, where a skipped rule is a page served without
 * its policy and a skipped line a policy lost without a word.
 */
export default function hostLimits(): AstroIntegration {
  return {
    name: 'floorboards:host-limits',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const text = await readFile(join(fileURLToPath(dir), '_headers'), 'utf8');
        const problems = hostLimitProblems(text);
        if (problems.length > 0) throw new Error(`dist/_headers: ${problems.join('; ')}`);
        logger.info(`_headers: ${ruleLines(text).length} rules, every line within the hosts' limits`);
      },
    },
  };
}
