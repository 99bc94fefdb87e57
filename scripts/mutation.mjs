// `npm run test:mutation [-- <stryker options>]`: StrykerJS over src/store and src/adapters
// (stryker.config.mjs), then the scores per folder (scripts/mutation-summary.mjs). Not part of `npm test`.
// Options go to `stryker run`, e.g. `-- --concurrency 1`, `-- --mutate 'src/store/**/*.ts'`, `-- --incremental`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const stryker = fileURLToPath(
  new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url),
);
const run = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const summary = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('mutation-summary.mjs', import.meta.url))],
  {
    stdio: 'inherit',
  },
);
console.log(`test:mutation took ${Math.round((Date.now() - started) / 60_000)} min`);
process.exit(summary.status ?? 1);
