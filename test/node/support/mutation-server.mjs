// The mutation server: one per StrykerJS worker, started by mutation-run.mjs in the sandbox. It loads the
// adapter suites and the dist tests once (mocha-tree.mjs; the dist tests' `node:test` is
// node-test-stand-in.mjs) and, for each mutant id it is sent, activates that mutant
// (StrykerJS's mutant switching is checked at run time: `__stryker__.activeMutant`), runs the tests
// that reached it (.mutation-coverage/<id>.json) with bail, and answers `{ killed, failure }`. Loading
// msw, chai and the instrumented modules once instead of once per mutant is most of a mutant's cost.
//
// Only mutants whose code runs after loading come here: "static" ones (module code) get a fresh process
// (mutation-run.mjs). After a run with a timeout or an unhandled error, the server answers and exits, so
// that nothing left running can leak into the next mutant. It also exits when idle for 60 s.
//   node test/node/support/mutation-server.mjs <socket path>
import { createServer } from 'node:net';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'node:module';
import { ROOT, distTestFiles, suiteFiles } from './test-files.mjs';
import { installBrowserStandIns } from './mocha-bdd.mjs';
import { installTreeGlobals, loadFiles, run } from './mocha-tree.mjs';

const socketPath = process.argv[2];
const DIR = new URL('.mutation-coverage/', ROOT);
const IDLE_MS = 60_000;
const ns = (globalThis.__stryker__ ??= {});
delete ns.activeMutant;

function unexpected(kind) {
  return (error) => {
    if (run.fail) run.fail(`${kind} during the run`, error);
    else process.exit(3); // between runs: start afresh
  };
}
process.on('unhandledRejection', unexpected('unhandled rejection'));
process.on('uncaughtException', unexpected('uncaught exception'));

register('./ts-hooks.mjs', import.meta.url, {
  data: {
    sourcemap: false,
    cacheDir: fileURLToPath(new URL('ts-cache', DIR)),
    nodeTestIn: new URL('test/node/', ROOT).href,
  },
});
installBrowserStandIns();
installTreeGlobals();
await loadFiles([...suiteFiles(), ...distTestFiles()], ROOT);

let idle;
const resetIdle = () => {
  clearTimeout(idle);
  idle = setTimeout(() => process.exit(0), IDLE_MS);
};

/** The dry run's time of each test (ms), by id. */
const took = JSON.parse(readFileSync(new URL('durations.json', DIR), 'utf8'));

async function test(id) {
  const entry = JSON.parse(readFileSync(new URL(`${id}.json`, DIR), 'utf8'));
  const whole = new Set([...entry.hooks, ...entry.nodeTests]);
  const tests = new Set(entry.tests);
  const select = (testId) => tests.has(testId) || whole.has(testId.split(' > ')[0]);
  // The quickest files first: a killed mutant is usually killed by its first failing test.
  const cost = new Map();
  for (const [testId, ms] of Object.entries(took)) {
    const file = testId.split(' > ')[0];
    if (select(testId)) cost.set(file, (cost.get(file) ?? 0) + ms);
  }
  ns.activeMutant = id;
  ns.hitCount = 0;
  ns.hitLimit = Math.max(1000, entry.hits * 100);
  try {
    return await run({ bail: true, maxTimeout: 3000, select, fileCost: (file) => cost.get(file) ?? 0 });
  } finally {
    delete ns.activeMutant;
    delete ns.hitCount;
  }
}

let queue = Promise.resolve();
const server = createServer((socket) => {
  let input = '';
  socket.on('data', (chunk) => {
    input += chunk;
    if (!input.includes('\n')) return;
    const id = input.trim();
    queue = queue.then(async () => {
      clearTimeout(idle);
      const result = await test(id);
      const failure = result.failures[0];
      const answer = {
        killed: result.failures.length > 0,
        failure: failure && `${failure.title}: ${failure.error?.stack ?? failure.error}`,
      };
      await new Promise((resolve) => socket.end(`${JSON.stringify(answer)}\n`, resolve));
      if (result.timedOut || result.failures.some((f) => / during the run$/.test(f.title))) process.exit(0);
      resetIdle();
    });
  });
  socket.on('error', () => {});
});
if (existsSync(socketPath)) rmSync(socketPath);
server.listen(socketPath, () => {
  writeFileSync(`${socketPath}.pid`, String(process.pid));
  resetIdle();
});
