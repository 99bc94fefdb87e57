// The command StrykerJS's command runner runs in its sandbox (stryker.config.mjs), once per mutant.
// StrykerJS analyses no coverage for a command, so this does its own, as StrykerJS's mocha runner does
// (`perTest`). The tests:
//   - the adapter suites (adapter-suites.mjs: the browser suites' own TypeScript, loaded in Node), and
//   - the Node tests of test/node/ that import dist/ (which the buildCommand compiles from the mutated
//     sources): the store's (store*.test.mjs), meeting-link and token.test.mjs (contract.test.mjs runs
//     the contract of the adapter suites again, from dist/: left out).
//
// Dry run (no __STRYKER_ACTIVE_MUTANT__): every test runs on node:test, and StrykerJS's instrumented code
// records which mutants each reaches (`__stryker__.mutantCoverage`, keyed by `__stryker__.currentTestId`:
// a test's id while it runs, `<file>#hooks` during a hook of that file, `node:<file>` during a dist test
// file, nothing ("static") while modules load). One small file per mutant goes to .mutation-coverage/
// in the sandbox (with the tests' durations and which test file imports which module), and a summary
// to reports/mutation/node-coverage.json of the project.
//
// Mutant run: only the tests that reached the mutant; killed = exit 1.
//   - Reached by tests or hooks: asked of this worker's mutation server (mutation-server.mjs: every test
//     file loaded once, the mutant switched on, its tests run with bail; a mutant reached in a hook or a
//     dist test file runs that whole file).
//   - "Static" (module code): a fresh process, here, runs every test file that imports its module.
//   - Reached by no test: nothing runs, it survives (StrykerJS's "no coverage", which a command runner
//     cannot report: scripts/mutation-summary.mjs tells them apart).
// A mutant that loops forever hits StrykerJS's hit limit (100 × its dry-run hits); every test's timeout
// is capped at 3 s (the slowest takes ~0.5 s). The .ts files are transpiled once (.mutation-coverage/ts-cache/).
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, distTestFiles } from './test-files.mjs';

const DIR = new URL('.mutation-coverage/', ROOT);
const HOOKS = { sourcemap: false, cacheDir: fileURLToPath(new URL('ts-cache', DIR)) };
const active = process.env.__STRYKER_ACTIVE_MUTANT__;
const ns = (globalThis.__stryker__ ??= {});
const label = (at) => fileURLToPath(at).slice(fileURLToPath(ROOT).length).replaceAll('\\', '/');
const url = (path) => new URL(path, ROOT).href;
const readJson = (name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));

/** The runners, loaded only when tests run in this process (the server's clients need none of it). */
const load = async () => {
  const [suites, bdd, nodeTest] = await Promise.all([
    import('./adapter-suites.mjs'),
    import('./mocha-bdd.mjs'),
    import('node:test'),
  ]);
  return { ...suites, ...bdd, nodeTest };
};

/** Runs node:test files, each in a suite whose coverage is attributed to `node:<file>`. */
function runDistTests({ nodeTest, runtime, durations }, files) {
  for (const file of files) {
    let started;
    nodeTest.describe(label(file), async () => {
      nodeTest.before(() => {
        started = performance.now();
        if (runtime.coverage) ns.currentTestId = `node:${label(file)}`;
      });
      nodeTest.after(() => {
        durations.set(label(file), performance.now() - started);
        if (runtime.coverage) ns.currentTestId = undefined;
      });
      await import(file);
    });
  }
}

/** Mutant id → source file (path from the root), read from the instrumented sources of the sandbox. */
function mutantFiles() {
  const out = {};
  for (const name of readdirSync(new URL('src/', ROOT), { recursive: true })) {
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(new URL(`src/${name}`, ROOT), 'utf8');
    if (!text.includes('stryMutAct_9fa48(')) continue;
    for (const [, id] of text.matchAll(/stryMutAct_9fa48\("(\d+)"\)/g))
      out[id] = `src/${name.replaceAll('\\', '/')}`;
  }
  return out;
}

/**
 * Source file → the test files that import it, directly or not (relative static imports; `.js` read as
 * the `.ts` beside it, dist/x.js as src/x.ts): the tests that load a module, for its static mutants.
 */
function importedBy(files) {
  const dist = url('dist/');
  const out = {};
  for (const file of files) {
    const seen = new Set();
    const visit = (at) => {
      if (seen.has(at)) return;
      seen.add(at);
      const text = readFileSync(new URL(at), 'utf8');
      for (const [, spec] of text.matchAll(
        /(?:^|[;\s])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]/g,
      )) {
        let next = new URL(spec, at).href;
        if (next.startsWith(dist)) next = url(`src/${next.slice(dist.length)}`);
        if (!existsSync(new URL(next)) && next.endsWith('.js')) next = next.replace(/\.js$/, '.ts');
        if (existsSync(new URL(next)) && /\.(ts|mjs|js)$/.test(next)) visit(next);
      }
    };
    visit(file);
    for (const at of seen) (out[label(at)] ??= []).push(label(file));
  }
  return out;
}

async function dryRun() {
  const runner = await load();
  const { runtime, declared, durations, runSuites, suiteFiles, nodeTest } = runner;
  runtime.coverage = true;
  const suites = suiteFiles();
  const distTests = distTestFiles();
  runSuites(suites, HOOKS);
  runDistTests(runner, distTests);
  nodeTest.after(() => {
    const coverage = ns.mutantCoverage ?? { static: {}, perTest: {} };
    const files = mutantFiles();
    const byMutant = {};
    const entry = (id) =>
      (byMutant[id] ??= { file: files[id], static: false, hits: 0, hooks: [], nodeTests: [], tests: [] });
    for (const [id, hits] of Object.entries(coverage.static)) {
      entry(id).static = true;
      entry(id).hits += hits;
    }
    for (const [test, mutants] of Object.entries(coverage.perTest)) {
      for (const [id, hits] of Object.entries(mutants)) {
        const e = entry(id);
        e.hits += hits;
        if (test.startsWith('node:')) e.nodeTests.push(test.slice('node:'.length));
        else if (test.endsWith('#hooks')) e.hooks.push(test.slice(0, -'#hooks'.length));
        else e.tests.push(test);
      }
    }
    mkdirSync(DIR, { recursive: true });
    for (const [id, e] of Object.entries(byMutant))
      writeFileSync(new URL(`${id}.json`, DIR), JSON.stringify(e));
    writeFileSync(new URL('imported-by.json', DIR), JSON.stringify(importedBy([...suites, ...distTests])));
    writeFileSync(new URL('durations.json', DIR), JSON.stringify(Object.fromEntries(durations)));
    // For the report (the sandbox is deleted after the run): <project>/reports/mutation/node-coverage.json.
    const mutants = {};
    for (const [id, file] of Object.entries(files)) {
      const e = byMutant[id];
      mutants[id] = e
        ? { file, static: e.static, hooks: e.hooks, nodeTests: e.nodeTests, tests: e.tests.length }
        : { file };
    }
    const root = fileURLToPath(ROOT);
    const sandbox = root.lastIndexOf('.stryker-tmp');
    if (sandbox > 0) {
      const reports = `${root.slice(0, sandbox)}reports/mutation/`;
      mkdirSync(reports, { recursive: true });
      const tests = { ...Object.fromEntries(declared), node: distTests.map(label) };
      writeFileSync(`${reports}node-coverage.json`, JSON.stringify({ tests, mutants }));
    }
    const ids = Object.keys(files);
    console.log(
      `[mutation-run] ${ids.filter((id) => byMutant[id]).length} of ${ids.length} mutants reached by a test`,
    );
  });
}

/** The files in order of their selected tests' dry-run time, quickest first. */
function byCost(files, select) {
  const took = readJson('durations.json');
  const cost = (file) => {
    const name = label(file);
    if (name in took) return took[name];
    return Object.keys(took)
      .filter((id) => id.startsWith(`${name} > `) && (!select || select(id, name)))
      .reduce((sum, id) => sum + took[id], 0);
  };
  return files
    .map((file) => [cost(file), file])
    .sort((a, b) => a[0] - b[0])
    .map(([, file]) => file);
}

// --- The mutation server of this StrykerJS worker (mutation-server.mjs) -------------------------------
const worker = process.env.STRYKER_MUTATOR_WORKER ?? '0';
/** A Unix socket (paths are limited to ~104 characters: a short one in the temp directory if needed). */
const socketPath = (() => {
  const inSandbox = fileURLToPath(new URL(`server-${worker}.sock`, DIR));
  if (inSandbox.length < 100) return inSandbox;
  return join(tmpdir(), `mutation-${createHash('sha1').update(inSandbox).digest('hex').slice(0, 16)}.sock`);
})();

function request(id, timeoutMs) {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('timeout');
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${id}\n`));
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(answer));
      } catch {
        resolve('gone'); // the server exited without an answer
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function stopServer() {
  try {
    process.kill(Number(readFileSync(`${socketPath}.pid`, 'utf8')), 'SIGKILL');
  } catch {
    // not running
  }
  rmSync(`${socketPath}.pid`, { force: true });
  rmSync(socketPath, { force: true });
}

async function startServer() {
  stopServer();
  const env = { ...process.env };
  delete env.__STRYKER_ACTIVE_MUTANT__;
  const log = openSync(fileURLToPath(new URL(`server-${worker}.log`, DIR)), 'a');
  spawn(process.execPath, [fileURLToPath(new URL('mutation-server.mjs', import.meta.url)), socketPath], {
    cwd: fileURLToPath(ROOT),
    detached: true,
    stdio: ['ignore', log, log],
    env,
  }).unref();
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (existsSync(`${socketPath}.pid`)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the mutation server did not start (see ${fileURLToPath(DIR)}server-${worker}.log)`);
}

/** Asks this worker's server to test the mutant: `{ killed, failure }`. */
async function askServer(id, timeoutMs) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    let answer = await request(id, timeoutMs).catch(() => undefined);
    if (answer === undefined) {
      await startServer();
      answer = await request(id, timeoutMs).catch(() => 'gone');
    }
    if (typeof answer === 'object') return answer;
    stopServer(); // hung (perhaps still on an earlier mutant) or gone: once more, with a fresh server
  }
  return { killed: true, failure: `no answer within ${timeoutMs} ms: the mutant hangs` };
}

async function mutantRun() {
  const path = new URL(`${active}.json`, DIR);
  if (!existsSync(path)) {
    console.log(`[mutation-run] mutant ${active}: reached by no test`);
    return; // survives (no coverage)
  }
  const entry = JSON.parse(readFileSync(path, 'utf8'));

  // MUTATION_FRESH=1: every mutant in a fresh process, as a static one (to check the server's verdicts).
  if (!entry.static && process.env.MUTATION_FRESH !== '1') {
    const took = readJson('durations.json');
    const files = new Set([
      ...entry.hooks,
      ...entry.nodeTests,
      ...entry.tests.map((id) => id.split(' > ')[0]),
    ]);
    const ms = Object.entries(took)
      .filter(([id]) => files.has(id.split(' > ')[0]) || files.has(id))
      .reduce((sum, [, t]) => sum + t, 0);
    const answer = await askServer(active, 20_000 + 10 * ms);
    console.log(
      `[mutation-run] mutant ${active} ${answer.killed ? `killed: ${answer.failure}` : 'survived'}`,
    );
    process.exit(answer.killed ? 1 : 0);
  }

  const runner = await load();
  runner.runtime.bail = true;
  runner.runtime.maxTimeout = 3000;
  ns.hitCount = 0;
  ns.hitLimit = Math.max(1000, entry.hits * 100);
  // Reached while modules load: a fresh process, with every test file that imports its module, the
  // quickest first (a killed mutant is usually killed by its first failing test).
  const importers = new Set(readJson('imported-by.json')[entry.file] ?? []);
  const suites = runner.suiteFiles().filter((file) => importers.has(label(file)));
  if (suites.length) runner.runSuites(byCost(suites), HOOKS);
  runDistTests(runner, byCost(distTestFiles().filter((file) => importers.has(label(file)))));
}

if (active === undefined || !existsSync(DIR)) await dryRun();
else await mutantRun();
