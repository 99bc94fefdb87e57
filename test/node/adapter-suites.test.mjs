// The browser suites of the adapters, run in plain Node from their own TypeScript sources (no copy):
// the full adapter contract against both adapters (test/contract/*.test.ts: adapter-, session-, message-
// and failure-contract.ts), and the MemoryAdapter and MentorEdAdapter suites (test/memory-adapter/,
// test/mentored-adapter/). New cases and new *.test.ts files there run here without any change.
// How: support/ts-hooks.mjs (esbuild on the fly; `@open-wc/testing` → chai, `msw/browser` → msw/node),
// support/mocha-bdd.mjs (mocha's describe/it on node:test). Reads src/ directly: no build needed.
// Tests that need a DOM are reported as skipped, with the reason.
//
//   node --test test/node/adapter-suites.test.mjs        (part of `npm run test:node`)
//   node test/node/adapter-suites.test.mjs               (the same, without node --test's subprocess)
//   ADAPTER_SUITES=test/contract,test/mentored-adapter/wire.test.ts node test/node/adapter-suites.test.mjs
//   node --test-name-pattern='meeting link' test/node/adapter-suites.test.mjs
import { runSuites, suiteFiles } from './support/adapter-suites.mjs';

runSuites(suiteFiles(process.env.ADAPTER_SUITES?.split(',').filter(Boolean)));
