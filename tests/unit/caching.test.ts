import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cacheControl, FINGERPRINTED_DIR } from '../../src/security/caching.ts';
import { headerBlocks } from '../headers-blocks.ts';

/** public/_headers as path → its lines, in order. */
const blocks = () => headerBlocks(readFileSync('public/_headers', 'utf8'));

describe('caching in public/_headers', () => {
  test('every file is revalidated, with the value of src/security/caching.ts', () => {
    expect(blocks().get('/*')).toContain(`Cache-Control: ${cacheControl.revalidated}`);
  });

  test('fingerprinted files drop the site-wide value, then are kept a year', () => {
    // Without the "! Cache-Control" line Cloudflare Pages would send both values, joined.
    expect(blocks().get(`${FINGERPRINTED_DIR}*`)).toEqual([
      '! Cache-Control',
      `Cache-Control: ${cacheControl.fingerprinted}`,
    ]);
  });

  test('no other block sets Cache-Control', () => {
    const setting = [...blocks()].filter(([, lines]) => lines.some((line) => /^Cache-Control:/.test(line)));
    expect(setting.map(([path]) => path)).toEqual(['/*', `${FINGERPRINTED_DIR}*`]);
  });
});
