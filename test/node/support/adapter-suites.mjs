// The browser suites in Node on node:test (adapter-suites.test.mjs, contract.test.mjs, mutation-run.mjs):
// the setup they share. Which files: test-files.mjs.
import { register } from 'node:module';
import { after } from 'node:test';
import { declareFiles, installBrowserStandIns, installMochaGlobals, skippedForDom } from './mocha-bdd.mjs';

import { ROOT } from './test-files.mjs';

export { ROOT, SUITE_DIRS, SUITE_FILES, distTestFiles, suiteFiles } from './test-files.mjs';

/**
 * Loader hooks, browser stand-ins and mocha's globals; then one node:test suite per file.
 * `hooks`: options of ts-hooks.mjs (`sourcemap`, `cacheDir`, `distOf`).
 */
export function runSuites(files, hooks = {}) {
  register('./ts-hooks.mjs', import.meta.url, { data: hooks });
  if (hooks.sourcemap !== false) process.setSourceMapsEnabled(true);
  installBrowserStandIns();
  installMochaGlobals();
  declareFiles(files, ROOT);
  after(() => {
    if (skippedForDom.length === 0) return;
    console.log(`\nSkipped in Node, ${skippedForDom.length} test(s) that need a DOM:`);
    for (const line of skippedForDom) console.log(`  - ${line}`);
  });
}
