import { defineConfig } from 'vitest/config';

// Four projects, which scripts/test.mjs runs as phases: unit (plugins, schemas,
// helpers), build (fixture copies of content/ that must fail or pass `astro build`),
// e2e (the built site: Chromium's full suite, html-validate, the Nu HTML Checker) and
// engines (the reader-facing checks in Chromium, Firefox and WebKit).
// Browser tests wait on conditions: `expect.poll` gets a deadline generous enough for a
// loaded machine, and polls often, so an idle one is not slowed down.
const browserTests = {
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  expect: { poll: { timeout: 20_000, interval: 50 } },
};

export default defineConfig({
  test: {
    projects: [
      // Some unit tests start a node process (scripts/check-source.mjs): vitest's default
      // 5 s deadline is too short for that on a loaded two-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Fixture builds may run side by side: each has its own content, output and
          // cache folders, and what they share (.astro/, the preview-card cache) Astro
          // and src/cards/cache.ts write atomically, with the same content.
          fileParallelism: true,
        },
      },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...browserTests } },
      { test: { name: 'engines', include: ['tests/engines/**/*.test.ts'], ...browserTests } },
    ],
  },
});
