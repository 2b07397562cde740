import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * What the build's hooks and its built chunks tell each other. The config's hooks and
 * the pages run in one process but with two copies of every module (the config's and
 * the built chunk's), so the state is kept on `globalThis`: the cache folder and
 * whether this is `astro build`, which the hooks know, for the pages; the preview
 * cards' writer, which a page route makes (src/cards/output.ts), for the hook that
 * writes the cards (src/cards/integration.ts).
 */
const STATE = Symbol.for('floorboards.build-state');

/** Writes every planned card into the output folder; resolves to how many. */
export type CardWriter = (outDir: string) => Promise<number>;

interface BuildState {
  cacheDir?: string;
  building?: boolean;
  cardWriter?: CardWriter;
}

const state = ((globalThis as { [STATE]?: BuildState })[STATE] ??= {});

/** Hands the pages the cache folder (dev and build) and says when `astro build` starts. First of the integrations. */
export function buildState(): AstroIntegration {
  return {
    name: 'floorboards:build-state',
    hooks: {
      'astro:config:done': ({ config }) => {
        state.cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        state.building = true;
      },
    },
  };
}

/** The cache folder of the running build or dev server, once the config is done. */
export const buildCacheDir = (): string | undefined => state.cacheDir;

/**
 * Whether this process is running `astro build`: then a hook writes the preview cards,
 * and the dev server's card route has no paths. Not `import.meta.env.DEV`, which a build
 * run under a test runner's NODE_ENV can see set.
 */
export const isBuilding = (): boolean => state.building === true;

/** The card writer a page route left for this build, if one did. */
export const cardWriter = (): CardWriter | undefined => state.cardWriter;

/** Leaves the card writer for the build hook. */
export function leaveCardWriter(writer: CardWriter): void {
  state.cardWriter = writer;
}
