// Node stand-in for `@open-wc/testing` in the adapter suites (see ts-hooks.mjs): chai's expect, assert and
// the helpers that need no DOM. The DOM helpers throw a ReferenceError naming what they need, which the
// runner reports as "needs a DOM" and skips (mocha-bdd.mjs).
import * as chai from 'chai';

export { chai };
export const { expect, assert, should } = chai;

export const aTimeout = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
export const nextFrame = () => aTimeout(16);

/** As open-wc's: polls `predicate` until it is truthy, or rejects with `message` after `timeout` ms. */
export async function waitUntil(predicate, message, options = {}) {
  const { interval = 50, timeout = 1000 } = options;
  const started = Date.now();
  for (;;) {
    if (await predicate()) return;
    if (Date.now() - started > timeout)
      throw new Error(message ? `Timeout: ${message}` : 'waitUntil timed out');
    await aTimeout(interval);
  }
}

export function oneEvent(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

const needsDom = (name) => () => {
  throw new ReferenceError(`document is not defined (@open-wc/testing's ${name}() renders into a DOM)`);
};
export const fixture = needsDom('fixture');
export const fixtureSync = needsDom('fixtureSync');
export const litFixture = needsDom('litFixture');
export const html = needsDom('html');
export const unsafeStatic = needsDom('unsafeStatic');
export const elementUpdated = needsDom('elementUpdated');
export const defineCE = needsDom('defineCE');
export const triggerFocusFor = needsDom('triggerFocusFor');
export const triggerBlurFor = needsDom('triggerBlurFor');
export const fixtureCleanup = () => {};
