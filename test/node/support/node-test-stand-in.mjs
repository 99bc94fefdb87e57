// `node:test` for the dist tests of test/node/ inside the mutation server (mutation-server.mjs, through
// ts-hooks.mjs): their describe / it / test / hooks declare into mocha-tree.mjs, so that the server runs
// them again for every mutant, as it does the adapter suites. Only what those files use is here: no
// TestContext features (they take none), options `skip` / `todo` / `timeout`.
import { declare } from './mocha-tree.mjs';

const SKIP = { skip: true };
const split = (a, b) => (typeof a === 'function' || a === undefined ? [a, {}] : [b, a ?? {}]);
/** node:test passes a context, not mocha's `done`: call with none, so the callback is not done-style. */
const noArgs = (fn) =>
  fn &&
  function () {
    return fn.call(this, { name: '', diagnostic() {}, skip() {}, todo() {} });
  };

export function describe(name, a, b) {
  const [fn, options] = split(a, b);
  declare.suite(name, noArgs(fn), Boolean(options.skip || options.todo));
}
export function it(name, a, b) {
  const [fn, options] = split(a, b);
  declare.test(name, noArgs(fn), Boolean(options.skip || options.todo));
}
export const test = it;
export const suite = describe;
describe.skip = (name, fn) => describe(name, SKIP, fn);
it.skip = (name, fn) => it(name, SKIP, fn);
export const before = (fn) => declare.hook('before', noArgs(fn));
export const after = (fn) => declare.hook('after', noArgs(fn));
export const beforeEach = (fn) => declare.hook('beforeEach', noArgs(fn));
export const afterEach = (fn) => declare.hook('afterEach', noArgs(fn));
export default test;
