// Mocha's BDD interface (describe / it / before / after / beforeEach / afterEach, `this.timeout()`,
// `this.skip()`, `.skip` / `.only`) on node:test, so that the browser suites' own files run in plain Node.
// Each test file becomes a node:test suite named by its path, so its top-level hooks stay its own, as in
// the browser (one page per file).
//
// - A test that fails because a browser global is missing (ReferenceError: document is not defined, ...)
//   truly needs a DOM: it is reported as skipped with that reason, and listed at the end.
// - Bail: with ADAPTER_SUITES_BAIL=1 (or `runtime.bail`) the process exits 1 at the first failure.
// - For the mutation run (mutation-run.mjs): `runtime.select` picks the tests to declare, and
//   `runtime.coverage` attributes the coverage StrykerJS's instrumented code records to each test
//   (`__stryker__.currentTestId`): a test's id while it runs, `<file>#hooks` while a hook of that file runs,
//   nothing (StrykerJS's "static") while modules load or between tests.
import * as nodeTest from 'node:test';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Browser globals whose absence means "needs a DOM" (Node 20 has fetch, Event, EventTarget, AbortSignal). */
const BROWSER_GLOBALS = new Set([
  'document',
  'window',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'ShadowRoot',
  'location',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'matchMedia',
  'HTMLButtonElement',
  'HTMLInputElement',
  'KeyboardEvent',
  'MouseEvent',
  'FocusEvent',
  'InputEvent',
  'DocumentFragment',
]);
const DEFAULT_TIMEOUT = 10_000; // web-test-runner.config.mjs: testFramework.config.timeout

export const runtime = {
  bail: process.env.ADAPTER_SUITES_BAIL === '1',
  /** Declare only the tests for which select(id, file) is true (undefined: all). */
  select: undefined,
  /** Set `__stryker__.currentTestId` around tests and hooks. */
  coverage: false,
  /** Caps every test's timeout (the mutation run: a mutant that hangs a call fails fast). */
  maxTimeout: Infinity,
};
/** Ids of the tests declared, by file (the mutation run's dry run lists them). */
export const declared = new Map();
/** How long each test took (ms), by id. */
export const durations = new Map();

function stryker() {
  return (globalThis.__stryker__ ??= {});
}
function attribute(id) {
  if (runtime.coverage) stryker().currentTestId = id;
}

/** Why the error means the test needs a DOM, or undefined. */
export function needsDom(error) {
  if (!(error instanceof ReferenceError)) return undefined;
  const name = /^(\w+) is not defined/.exec(error.message)?.[1];
  return name && BROWSER_GLOBALS.has(name) ? `needs a DOM (${error.message})` : undefined;
}

export const skippedForDom = [];
const PENDING = Symbol('mocha this.skip()');

let failures = 0;
function failed(title, error) {
  failures += 1;
  if (!runtime.bail) return;
  console.error(`\n[bail] ${title}\n${error?.stack ?? error}`);
  process.exit(1);
}

/** The timeout of the suite being declared (mocha's `this.timeout(n)` in a describe body). */
let suiteTimeout = DEFAULT_TIMEOUT;
/** The file being imported (see declareFiles) and the describe titles being declared. */
const fileContext = new AsyncLocalStorage();
const titles = [];

function mochaContext(t, onTimeout) {
  return {
    timeout(ms) {
      if (ms === undefined) return suiteTimeout;
      onTimeout?.(ms);
      return this;
    },
    slow() {
      return this;
    },
    retries() {
      return this;
    },
    skip(reason) {
      t?.skip?.(reason);
      throw PENDING;
    },
  };
}

/** Calls a mocha callback (promise- or done-style) with `this` = ctx. */
function callMocha(fn, ctx) {
  if (fn.length === 0) return fn.call(ctx);
  return new Promise((resolve, reject) => {
    fn.call(ctx, (error) => (error ? reject(error) : resolve()));
  });
}

function titleOf(t, name) {
  return t?.fullName ?? t?.name ?? name;
}

function wrapTest(name, fn, id) {
  return async (t) => {
    attribute(id);
    const started = performance.now();
    try {
      await callMocha(fn, mochaContext(t));
    } catch (error) {
      if (error === PENDING) return;
      const reason = needsDom(error);
      if (reason) {
        skippedForDom.push(`${titleOf(t, name)}: ${reason}`);
        t.skip(reason);
        return;
      }
      failed(id, error);
      throw error;
    } finally {
      durations.set(id, performance.now() - started);
      attribute(undefined);
    }
  };
}

function wrapHook(kind, fn, file) {
  return async (t) => {
    attribute(`${file}#hooks`);
    try {
      await callMocha(fn, mochaContext(t));
    } catch (error) {
      if (error === PENDING) return;
      failed(`${file}: ${kind} hook${t?.name ? ` of ${t.name}` : ''}`, error);
      throw error;
    } finally {
      attribute(undefined);
    }
  };
}

function makeIt(variant) {
  return (name, fn) => {
    const currentFile = fileContext.getStore() ?? '';
    const id = [currentFile, ...titles, name].join(' > ');
    if (runtime.select && !runtime.select(id, currentFile)) return undefined;
    if (!declared.has(currentFile)) declared.set(currentFile, []);
    declared.get(currentFile).push(id);
    const options = { timeout: Math.min(suiteTimeout, runtime.maxTimeout), ...variant };
    if (!fn) return nodeTest.it(name, { ...options, todo: true });
    return nodeTest.it(name, options, wrapTest(name, fn, id));
  };
}

function makeDescribe(variant) {
  return (name, fn) =>
    nodeTest.describe(name, variant, function () {
      const outer = suiteTimeout;
      titles.push(name);
      try {
        return fn.call(
          mochaContext(undefined, (ms) => {
            suiteTimeout = ms || 2 ** 31 - 1;
          }),
        );
      } catch (error) {
        if (error !== PENDING) throw error;
      } finally {
        suiteTimeout = outer;
        titles.pop();
      }
    });
}

/** Installs mocha's globals (describe, it, hooks, context, specify). */
export function installMochaGlobals() {
  const it = Object.assign(makeIt({}), { skip: makeIt({ skip: true }), only: makeIt({ only: true }) });
  const describe = Object.assign(makeDescribe({}), {
    skip: makeDescribe({ skip: true }),
    only: makeDescribe({ only: true }),
  });
  const hook = (kind) => (fn) =>
    nodeTest[kind](wrapHook(kind, fn, fileContext.getStore() ?? ''), {
      timeout: Math.min(suiteTimeout, runtime.maxTimeout),
    });
  setMochaGlobals(describe, it, hook);
}

/** Mocha's BDD names on `globalThis`, for a `describe`, an `it` and a hook maker of one runner. */
export function setMochaGlobals(describe, it, hook) {
  Object.assign(globalThis, {
    describe,
    context: describe,
    it,
    specify: it,
    before: hook('before'),
    after: hook('after'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
  });
}

/**
 * Browser-side facilities the suites rely on that Node 20 lacks: `fetch` of a `file:` URL (the browser
 * fetches the repository's fixtures from the dev server; here they are read from disk) and
 * `navigator.language` (Node 21+ has a navigator; 20 has none).
 */
export function installBrowserStandIns() {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async function fetchWithFiles(input, init) {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      const body = await readFile(fileURLToPath(url));
      const type = url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  // msw/node only (the browser's service worker has no such path): a handler that answers
  // `HttpResponse.error()` (the emulation's `offline`) for a fetch the adapter has already aborted (a
  // sibling count failed first) makes @mswjs/interceptors reject an internal promise nobody holds. The
  // adapter never sees it (its fetch already rejected with the abort); node:test would blame whichever
  // test runs then. Exactly that rejection is dropped; every other one still fails the run.
  const emit = process.emit;
  process.emit = function (event, reason, ...rest) {
    if (event === 'unhandledRejection' && isInterceptorNetworkError(reason)) return true;
    return emit.call(this, event, reason, ...rest);
  };
  if (globalThis.navigator === undefined)
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      writable: true,
      value: {
        language: 'en-GB',
        languages: ['en-GB', 'en'],
        onLine: true,
        userAgent: `Node.js/${process.version}`,
      },
    });
}

function isInterceptorNetworkError(reason) {
  return (
    reason instanceof TypeError &&
    reason.message === 'Failed to fetch' &&
    reason.cause instanceof Response &&
    reason.cause.type === 'error' &&
    /createNetworkError[\s\S]*@mswjs[/\\]interceptors/.test(reason.stack ?? '')
  );
}

/** A test file's label: its path from the repository root, with forward slashes. */
export const labelOf = (file, root) =>
  fileURLToPath(file).slice(fileURLToPath(root).length).replaceAll('\\', '/');

/**
 * Declares one node:test suite per file (named by its path), which imports the file. The file's module
 * code runs in the async context of its import (as node:test itself relies on), so `fileContext` tells
 * each test and hook its file.
 */
export function declareFiles(files, root) {
  for (const file of files) {
    const label = labelOf(file, root);
    nodeTest.describe(label, async () => {
      try {
        await fileContext.run(label, () => import(file));
      } catch (error) {
        const reason = needsDom(error);
        if (!reason) {
          failed(label, error);
          throw error;
        }
        skippedForDom.push(`${label} (whole file): ${reason}`);
        nodeTest.it(`${label} (whole file)`, { skip: reason }, () => {});
      }
    });
  }
}

export const failureCount = () => failures;
