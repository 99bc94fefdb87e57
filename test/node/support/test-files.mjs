// Which test files run in Node: the adapter suites (adapter-suites.mjs) and, for the mutation run, the
// Node tests that import dist/. No imports of runners here: the mutation run's client reads this too.
import { readdirSync } from 'node:fs';

export const ROOT = new URL('../../../', import.meta.url);

/** Every `*.test.ts` under these folders runs (the contract runs through its entry files, *.test.ts). */
export const SUITE_DIRS = ['test/contract', 'test/memory-adapter', 'test/mentored-adapter'];
/** And these DOM-free browser tests of src/adapters: the meeting link rules. */
export const SUITE_FILES = ['test/meeting-link.test.ts'];

/** The suites' files (file: URLs), sorted; `only`: path prefixes to keep (e.g. `test/contract`). */
export function suiteFiles(only) {
  const files = [
    ...SUITE_DIRS.flatMap((dir) =>
      readdirSync(new URL(dir, ROOT), { recursive: true })
        .filter((name) => name.endsWith('.test.ts'))
        .sort()
        .map((name) => new URL(`${dir}/${name.replaceAll('\\', '/')}`, ROOT).href),
    ),
    ...SUITE_FILES.map((name) => new URL(name, ROOT).href),
  ];
  if (!only?.length) return files;
  return files.filter((file) => only.some((prefix) => file.startsWith(new URL(prefix, ROOT).href)));
}

/**
 * The Node tests of test/node/ that import dist/ and reach src/store or src/adapters, for the mutation run:
 * the store's (store*.test.mjs), meeting-link and token.test.mjs. (contract.test.mjs runs the contract of
 * the adapter suites again, from dist/: left out.)
 */
export function distTestFiles() {
  return readdirSync(new URL('test/node/', ROOT))
    .filter((name) => /^(store.*|meeting-link|token)\.test\.mjs$/.test(name))
    .sort()
    .map((name) => new URL(`test/node/${name}`, ROOT).href);
}
