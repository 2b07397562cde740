import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE } from '../../scripts/site-url.mjs';
import { articleIds } from '../content-files.ts';
import { sideBuildDir } from './fixture.ts';

// `npm run build:deploy`: refuses the placeholder origin before building anything,
// and with a real SITE_URL builds a site whose every absolute URL is on that origin.

const dir = sideBuildDir(`deploy-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function deployBuild(siteUrl: string | undefined, outDir: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const result = spawnSync('npm', ['run', '--silent', 'build:deploy'], { encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build:deploy', () => {
  test.each([undefined, PLACEHOLDER_SITE])('SITE_URL=%s: refused, naming SITE_URL, nothing built', (value) => {
    const outDir = join(dir, `refused-${value === undefined ? 'unset' : 'placeholder'}`);
    const { status, output } = deployBuild(value, outDir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/build:deploy: SITE_URL (is not set|is the placeholder)/);
    expect(existsSync(outDir)).toBe(false);
  });

  test('with a real origin, every canonical, Open Graph, sitemap, feed and export URL is on it', () => {
    const origin = 'https://notes.example.org';
    const outDir = join(dir, 'dist');
    const { status, output } = deployBuild(origin, outDir);
    expect(status, output).toBe(0);
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && /\.(html|xml|jsonld|txt)$/.test(e.name),
    );
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(text.includes(new URL(PLACEHOLDER_SITE).hostname), `${file.name} names the placeholder`).toBe(false);
    }
    const id = articleIds()[0]!;
    const page = readFileSync(join(outDir, id, 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${origin}/${id}/">`);
    expect(page).toMatch(new RegExp(`<meta property="og:url" content="${origin}/${id}/"`));
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${origin}/${id}/</loc>`);
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(`${origin}/${id}/`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`${origin}/sitemap-index.xml`);
    expect(readFileSync(join(outDir, id, 'annotations.jsonld'), 'utf8')).toContain(`"source": "${origin}/${id}/"`);
  });
});
