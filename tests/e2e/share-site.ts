import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteUrl } from '../../scripts/site-url.mjs';
import { contentDir } from '../content-files.ts';

/** The one configured origin every shared URL must start with (astro.config.mjs `site`). */
export const SITE = new URL(siteUrl()).origin;

/** An article's issues and people, read from its frontmatter: each has a section and a share page. */
export function articleSections(articleId: string): { issues: string[]; people: string[]; title: string; dek: string } {
  const source = readFileSync(join(contentDir, 'articles', `${articleId}.md`), 'utf8');
  const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as Record<string, unknown>;
  return {
    issues: front.issues as string[],
    people: (front.people as string[] | undefined) ?? [],
    title: front.title as string,
    dek: front.dek as string,
  };
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return undefined;
  if (png.subarray(12, 16).toString('ascii') !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
