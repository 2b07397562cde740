import { beforeAll, expect, test } from 'vitest';

// Run by tests/unit/file-times.test.ts, not by the unit project: a file whose work is
// in beforeAll (as a build or a browser launch is) and whose test then asserts at once.
const HOOK_MS = Number(process.env.HOOK_MS ?? 0);

beforeAll(() => {
  const start = performance.now();
  while (performance.now() - start < HOOK_MS) Math.sqrt(start);
});

test('asserts at once', () => {
  expect(HOOK_MS).toBeGreaterThan(0);
});
