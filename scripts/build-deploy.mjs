// `npm run build:deploy`: the production build for publishing. Refuses to start unless
// SITE_URL names the site's real origin (see scripts/site-url.mjs), then runs `astro build`.
import { spawnSync } from 'node:child_process';
import { deploySiteProblem } from './site-url.mjs';

const problem = deploySiteProblem(process.env.SITE_URL);
if (problem) {
  console.error(`build:deploy: ${problem}`);
  process.exit(1);
}
console.log(`build:deploy: building for ${process.env.SITE_URL}`);
const { status } = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
process.exit(status ?? 1);
