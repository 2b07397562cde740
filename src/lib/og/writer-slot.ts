/**
 * Where a build's page route leaves the build hook its card writer. The route runs in
 * the built chunk and the hook with the config, one process but two copies of every
 * module, so the writer is handed over on `globalThis` (src/lib/og/output.ts).
 */
const WRITER = Symbol.for('floorboards.preview-cards');
const BUILDING = Symbol.for('floorboards.preview-cards.building');

/** Writes every planned card into the output folder; resolves to how many. */
export type CardWriter = (outDir: string) => Promise<number>;

const slot = globalThis as { [WRITER]?: CardWriter; [BUILDING]?: boolean };

/**
 * Whether this process is running `astro build` with the card hook (which says so when
 * the build starts): then the hook writes the cards, and the dev server's card route
 * has no paths. Not `import.meta.env.DEV`, which a build run under a test runner's
 * NODE_ENV can see set.
 */
export const cardsWrittenByHook = (): boolean => slot[BUILDING] === true;

/** Called by the hook as the build starts. */
export function markCardBuild(): void {
  slot[BUILDING] = true;
}

/** The writer a page route left for this build, if one did. */
export const cardWriter = (): CardWriter | undefined => slot[WRITER];

/** Leaves the writer for the build hook. */
export function leaveCardWriter(writer: CardWriter): void {
  slot[WRITER] = writer;
}
