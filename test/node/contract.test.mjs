// The whole adapter contract (test/contract: adapter-, session-, message- and failure-contract.ts, against
// MemoryAdapter and MentorEdAdapter + the MSW emulation through msw/node) run against the BUILT dist/,
// as npm consumers get it, in plain Node without DOM globals. Run after the build. The contract's own
// TypeScript is loaded as in adapter-suites.test.mjs (which runs it, and the adapters' other suites,
// against src/); every module of src/ it imports is taken from dist/ instead.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, runSuites, suiteFiles } from './support/adapter-suites.mjs';

it('runs without DOM globals', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

runSuites(suiteFiles(['test/contract']), { distOf: ROOT.href });
