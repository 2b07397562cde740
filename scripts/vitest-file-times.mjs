// A vitest reporter for scripts/test.mjs: each test file's whole time, written as JSON to
// $VITEST_FILE_TIMES when the run ends. vitest's JSON report times a file from its first
// test's start to its last test's end, which leaves out importing the file and its
// beforeAll/afterAll hooks: a file that builds or launches a browser in beforeAll and
// then asserts quickly showed 0.0 s. Here a file's time is its environment set-up,
// preparation, import (collect), set-up files, and its run with every hook.
import { writeFileSync } from 'node:fs';

export default class FileTimes {
  /** @type {{ file: string, ms: number }[]} */
  files = [];

  /** @param {import('vitest/node').TestModule} testModule */
  onTestModuleEnd(testModule) {
    const d = testModule.diagnostic();
    const ms = d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
    this.files.push({ file: testModule.moduleId, ms });
  }

  onTestRunEnd() {
    if (process.env.VITEST_FILE_TIMES) writeFileSync(process.env.VITEST_FILE_TIMES, JSON.stringify(this.files));
  }
}
