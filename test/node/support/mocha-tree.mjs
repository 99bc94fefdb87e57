// A minimal mocha (BDD interface, mocha's order and hook semantics) that keeps the suites it loaded and
// can run them again and again: the mutation server (mutation-server.mjs) loads the adapter suites once
// and runs the tests that reach each mutant. node:test runs a process's tests once only, hence this.
//
// Order as mocha's: a suite's `before` hooks, its tests (each wrapped in the `beforeEach` hooks from the
// root down and the `afterEach` hooks back up), its child suites, its `after` hooks. `this.timeout(n)`
// in a describe body applies to its tests and hooks; `this.skip()` skips. A test that fails for a missing
// browser global counts as skipped, as in mocha-bdd.mjs. With `bail`, the first failure stops the run
// (the `after`/`afterEach` hooks of what was entered still run, so servers and stubs are released).
import { labelOf, needsDom, setMochaGlobals } from './mocha-bdd.mjs';

const DEFAULT_TIMEOUT = 10_000;
const PENDING = Symbol('this.skip()');

class Suite {
  constructor(title, parent) {
    this.title = title;
    this.parent = parent;
    this.path = parent ? [...parent.path, title] : [];
    this.timeout = parent?.timeout ?? DEFAULT_TIMEOUT;
    this.skip = false;
    this.tests = [];
    this.suites = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
  }
}

export const root = new Suite('', undefined);
let current = root;

function context(suite) {
  return {
    timeout(ms) {
      if (ms === undefined) return suite.timeout;
      suite.timeout = ms || 2 ** 31 - 1;
      return this;
    },
    slow() {
      return this;
    },
    retries() {
      return this;
    },
    skip() {
      throw PENDING;
    },
  };
}

function declareSuite(title, fn, skip) {
  const suite = new Suite(title, current);
  suite.skip = skip;
  current.suites.push(suite);
  if (skip) return;
  const outer = current;
  current = suite;
  try {
    fn.call(context(suite));
  } catch (error) {
    if (error !== PENDING) throw error;
    suite.skip = true;
  } finally {
    current = outer;
  }
}

function declareTest(title, fn, skip) {
  current.tests.push({
    title,
    fn,
    skip: skip || !fn,
    id: [...current.path, title].join(' > '),
    suite: current,
  });
}

/** Declaring into this tree (also for node-test-stand-in.mjs). */
export const declare = {
  suite: declareSuite,
  test: declareTest,
  hook: (kind, fn) => current.hooks[kind].push(fn),
};

/** Installs mocha's globals, declaring into this tree. */
export function installTreeGlobals() {
  const describe = Object.assign((title, fn) => declareSuite(title, fn, false), {
    skip: (title, fn) => declareSuite(title, fn, true),
    only: (title, fn) => declareSuite(title, fn, false),
  });
  const it = Object.assign((title, fn) => declareTest(title, fn, false), {
    skip: (title, fn) => declareTest(title, fn, true),
    only: (title, fn) => declareTest(title, fn, false),
  });
  const hook = (kind) => (fn) => current.hooks[kind].push(fn);
  setMochaGlobals(describe, it, hook);
}

/** Imports the files one after the other, each into a suite titled by its path from `rootUrl`. */
export async function loadFiles(files, rootUrl) {
  for (const file of files) {
    const suite = new Suite(labelOf(file, rootUrl), root);
    root.suites.push(suite);
    current = suite;
    try {
      await import(file);
    } catch (error) {
      if (!needsDom(error)) throw error;
      suite.skip = true;
    } finally {
      current = root;
    }
  }
}

/** Calls a mocha callback (promise- or done-style) with `this` = ctx. */
function callMocha(fn, ctx) {
  if (fn.length === 0) return fn.call(ctx);
  return new Promise((resolve, reject) => fn.call(ctx, (error) => (error ? reject(error) : resolve())));
}

/**
 * Runs the selected tests. `select(id)`: run this test; `bail`; `maxTimeout` caps every timeout;
 * `fileCost(title)`: the files (the root's suites) run in increasing cost.
 * Resolves to `{ failures: [{ title, error }], timedOut }`; `run.fail(title, error)` records a failure
 * from outside (an unhandled rejection) into the run in progress.
 */
export async function run({ select = () => true, bail = false, maxTimeout = Infinity, fileCost } = {}) {
  const state = { failures: [], timedOut: false };
  const stopped = () => bail && state.failures.length > 0;
  run.fail = (title, error) => state.failures.push({ title, error });

  const selected = (suite) =>
    !suite.skip && (suite.tests.some((t) => !t.skip && select(t.id)) || suite.suites.some(selected));

  async function call(fn, suite, title) {
    const ms = Math.min(suite.timeout, maxTimeout);
    let timer;
    try {
      await Promise.race([
        callMocha(fn, context(suite)),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            state.timedOut = true;
            reject(new Error(`Timeout of ${ms} ms exceeded: ${title}`));
          }, ms);
        }),
      ]);
      return 'passed';
    } catch (error) {
      if (error === PENDING || needsDom(error)) return 'skipped';
      state.failures.push({ title, error });
      return 'failed';
    } finally {
      clearTimeout(timer);
    }
  }

  const chain = (suite) => (suite ? [...chain(suite.parent), suite] : []);

  async function runTest(test) {
    const suites = chain(test.suite);
    let ok = true;
    for (const s of suites)
      for (const fn of s.hooks.beforeEach)
        if (ok && (await call(fn, s, `beforeEach of ${test.id}`)) !== 'passed') ok = false;
    if (ok) await call(test.fn, test.suite, test.id);
    for (const s of suites.reverse())
      for (const fn of s.hooks.afterEach) await call(fn, s, `afterEach of ${test.id}`);
  }

  async function runSuite(suite) {
    if (!selected(suite)) return;
    let ok = true;
    for (const fn of suite.hooks.before)
      if (ok && (await call(fn, suite, `before of ${suite.path.join(' > ')}`)) !== 'passed') ok = false;
    if (ok) {
      for (const test of suite.tests) {
        if (stopped()) break;
        if (!test.skip && select(test.id)) await runTest(test);
      }
      const children =
        suite === root && fileCost
          ? suite.suites
              .map((s) => [fileCost(s.title), s])
              .sort((a, b) => a[0] - b[0])
              .map(([, s]) => s)
          : suite.suites;
      for (const child of children) {
        if (stopped()) break;
        await runSuite(child);
      }
    }
    for (const fn of suite.hooks.after) await call(fn, suite, `after of ${suite.path.join(' > ')}`);
  }

  try {
    await runSuite(root);
  } finally {
    run.fail = undefined;
  }
  return state;
}
