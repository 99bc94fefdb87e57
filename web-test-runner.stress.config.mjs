// `npm run test:stress`: the reliability suite of issue 5 at full size (not part of CI).
// Same setup as web-test-runner.config.mjs, plus:
//   - the runner page sets `window.__STRESS__ = true`, which test/reliability/support/env.ts reads;
//   - Chromium gets `--js-flags=--expose-gc` (window.gc for the heap figures of the leak test) and
//     `--enable-precise-memory-info` (unrounded performance.memory);
//   - per-test and per-file time limits fit runs of many minutes; no coverage.
// Run one item: `npx wtr --config web-test-runner.stress.config.mjs --files test/reliability/leaks.test.ts`.
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

const HOUR = 3_600_000;

export default {
  ...base,
  files: ['test/reliability/*.test.ts'],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html>
<html>
  <head><meta charset="utf-8" /></head>
  <body>
    <script>window.__STRESS__ = true;</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testFramework: { config: { timeout: HOUR } },
  testsFinishTimeout: 2 * HOUR,
  browserStartTimeout: 120_000,
  coverage: false,
};
