/** The time since `started` (a `performance.now()`), for a build's log: `0.42 s`. */
export const elapsed = (started: number) => `${((performance.now() - started) / 1000).toFixed(2)} s`;
