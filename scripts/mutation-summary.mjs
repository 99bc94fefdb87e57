// Mutation scores per folder from StrykerJS's JSON report (reports/mutation/mutation.json), printed and
// written to reports/mutation/summary.json. Run by `npm run test:mutation` after StrykerJS.
//
// Score = detected (killed + timed out) / valid mutants (StrykerJS's "mutation score"). "no coverage":
// survivors that no test reached (the command runner reports them as survived; test/node/support/
// mutation-run.mjs records which tests reach which mutant in reports/mutation/node-coverage.json).
//   node scripts/mutation-summary.mjs [--survivors]     (--survivors: list every surviving mutant)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = new URL('../reports/mutation/', import.meta.url);
const GOAL = 80;
const report = JSON.parse(readFileSync(new URL('mutation.json', DIR), 'utf8'));
const coveragePath = new URL('node-coverage.json', DIR);
const reached = existsSync(coveragePath) ? JSON.parse(readFileSync(coveragePath, 'utf8')).mutants : undefined;

/** The folder a file is reported under: src/store, src/adapters/memory, src/adapters/mentored, src/adapters. */
function folderOf(path) {
  const parts = path.split('/');
  if (parts[1] === 'adapters' && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

const empty = () => ({
  mutants: 0,
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  errors: 0,
  ignored: 0,
});
const folders = {};
const files = {};
const survivors = [];
for (const [path, file] of Object.entries(report.files)) {
  const f = (folders[folderOf(path)] ??= empty());
  const g = (files[path] ??= empty());
  for (const m of file.mutants) {
    for (const t of [f, g]) t.mutants++;
    const notReached =
      reached &&
      !reached[m.id]?.static &&
      !reached[m.id]?.hooks?.length &&
      !reached[m.id]?.tests &&
      !reached[m.id]?.nodeTests?.length;
    const key = {
      Killed: 'killed',
      Timeout: 'timeout',
      Survived: notReached ? 'noCoverage' : 'survived',
      NoCoverage: 'noCoverage',
      CompileError: 'errors',
      RuntimeError: 'errors',
      Ignored: 'ignored',
      Pending: 'errors',
    }[m.status];
    for (const t of [f, g]) t[key]++;
    if (key === 'survived' || key === 'noCoverage') {
      const lines = file.source.split('\n');
      const { start, end } = m.location;
      const original =
        start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : `${lines[start.line - 1].slice(start.column - 1)}…`;
      survivors.push({
        file: path,
        line: start.line,
        mutator: m.mutatorName,
        original: original.slice(0, 80),
        replacement: (m.replacement ?? '').slice(0, 80),
        reached: key === 'survived',
      });
    }
  }
}

const score = (t) => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid ? Math.round((1000 * (t.killed + t.timeout)) / valid) / 10 : null;
};
const total = Object.values(folders).reduce((sum, t) => {
  for (const k of Object.keys(sum)) sum[k] += t[k];
  return sum;
}, empty());
const summary = {
  goal: GOAL,
  total: { ...total, score: score(total) },
  folders: Object.fromEntries(
    Object.entries(folders)
      .sort()
      .map(([k, t]) => [k, { ...t, score: score(t) }]),
  ),
  files: Object.fromEntries(
    Object.entries(files)
      .sort()
      .map(([k, t]) => [k, { ...t, score: score(t) }]),
  ),
  survivors,
};
writeFileSync(new URL('summary.json', DIR), JSON.stringify(summary, null, 1));

const row = (name, t) =>
  `${name.padEnd(44)} ${String(score(t) ?? '-').padStart(5)} %  ${String(t.killed + t.timeout).padStart(5)} detected ` +
  `${String(t.survived).padStart(4)} survived ${String(t.noCoverage).padStart(4)} no coverage (${t.mutants} mutants)`;
console.log(`Mutation score (goal ≥ ${GOAL} %)`);
for (const [k, t] of Object.entries(summary.folders)) console.log(row(k, t));
console.log(row('all', total));
if (process.argv.includes('--survivors'))
  for (const s of survivors)
    console.log(
      `${s.file}:${s.line} ${s.mutator}${s.reached ? '' : ' (no coverage)'}: ${s.original} → ${s.replacement}`,
    );
console.log(`written: reports/mutation/summary.json (with every survivor), reports/mutation/index.html`);
