import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast in Chromium through the
 * DevTools protocol (`Emulation.setEmulatedMedia`). @web/test-runner-commands' `emulateMedia` passes
 * `forcedColors` to Playwright only, and this runner drives Chromium through Puppeteer. Chromium then both
 * matches `(forced-colors: active)` and forces author colors to system colors, as Windows does. The CDP
 * session is kept per test page: the override lasts as long as the session that set it.
 */
const cdpSessions = new Map();

/** The DevTools protocol session of a test's page: one per page, for as long as the page lives. */
async function cdpSessionOf(session) {
  const page = session.browser.getPage(session.id);
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    cdpSessions.set(page, cdp);
    page.once('close', () => cdpSessions.delete(page));
  }
  return cdp;
}

const forcedColors = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const cdp = await cdpSessionOf(session);
    // Off: clear the override (an empty list) rather than emulate "none".
    const features = payload?.active ? [{ name: 'forced-colors', value: 'active' }] : [];
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

/**
 * `executeServerCommand('dom-counters', { gc })`: the renderer's live DOM counters through the DevTools
 * protocol (`Memory.getDOMCounters`: `{ documents, nodes, jsEventListeners }`) and the JS heap in use
 * (`Runtime.getHeapUsage`, exact: `usedHeap`), after a full garbage collection
 * (`HeapProfiler.collectGarbage`) when `gc` is set. test/reliability/leaks.test.ts compares them
 * before and after a long session; the browser has no API for them.
 */
const domCounters = {
  name: 'dom-counters',
  async executeCommand({ command, payload, session }) {
    if (command !== 'dom-counters') return undefined;
    const cdp = await cdpSessionOf(session);
    if (payload?.gc) await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage').catch(() => undefined);
    return { ...counters, usedHeap: heap?.usedSize };
  },
};

/**
 * `executeServerCommand('cpu-throttle', { rate })`: slows the page's main thread `rate` times
 * (`Emulation.setCPUThrottlingRate`, as `npm run bench -- --profile low-end` does with 4), so a test can
 * see what a slow phone gets (test/paced-cards.test.ts); `rate: 1` ends it.
 */
const cpuThrottle = {
  name: 'cpu-throttle',
  async executeCommand({ command, payload, session }) {
    if (command !== 'cpu-throttle') return undefined;
    const cdp = await cdpSessionOf(session);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(payload?.rate) || 1 });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // es2022, not 'auto': 'auto' means esnext for current Chrome and breaks legacy decorators.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    forcedColors,
    domCounters,
    cpuThrottle,
  ],
  // --expose-gc: the leak tests measure the heap after a forced garbage collection.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // msw's worker must be served from '/' so that its scope covers the test page.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      // A second copy of the built package at other URLs (test/hosts/two-copies.ts): the browser loads
      // every module again, as a second version of the package in a micro-frontend.
      // Its imports of lit & co. (rewritten relative to the copy's URL) re-export the page's one copy: two
      // versions of this package in one page often share lit; a second lit would only add its warning.
      if (ctx.path.startsWith('/__copy-b__/')) {
        const path = ctx.path.slice('/__copy-b__'.length);
        if (!path.startsWith('/node_modules/')) ctx.path = path;
        else {
          ctx.type = 'js';
          ctx.body = `export * from '${path}';`;
          return undefined;
        }
      }
      return next();
    },
  ],
  // Lit's dev-mode notice, and the `null` the runner logs for the virtualizer's harmless ResizeObserver
  // loop error that test/virtualized-list.test.ts swallows.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode') && args[0] !== null,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    report: true,
  },
};
