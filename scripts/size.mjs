// Size budget: min+gzip (esbuild --minify, gzip -9) of what a host actually ships.
// - own code: dist/define.js bundled with lit, @lit/* and @lit-labs/* external (≤ 15 KB), and each
//   element's own entry, listed;
// - the CDN build (dist/cdn, everything included): the initial file (≤ 30 KB) and each lazy chunk.
// Prints a table; `--check` exits 1 when a budget is exceeded; `--markdown` prints a Markdown table.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, existsSync } from 'node:fs';

const EXTERNAL = ['lit', 'lit/*', '@lit/*', '@lit-labs/*'];
const BUDGET_OWN = 15 * 1024;
const BUDGET_CDN_INITIAL = 30 * 1024;

async function minGzip(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
const own = await minGzip('dist/define.js', EXTERNAL);
rows.push({ name: 'define.js (own code, lit external)', ...own, budget: BUDGET_OWN });
for (const tag of ['requests-page', 'request-tabs', 'session-request-detail', 'message-request-detail', 'confirm-dialog']) {
  rows.push({ name: `  ${tag} entry`, ...(await minGzip(`dist/elements/${tag}/${tag}.js`, EXTERNAL)) });
}
rows.push({ name: 'adapters (MentorEd + memory)', ...(await minGzip('dist/adapters/index.js', EXTERNAL)) });

if (existsSync('dist/cdn')) {
  for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`dist/cdn/${file}`);
    const initial = file === 'mentoring-requests.js';
    rows.push({
      name: `cdn/${file}${initial ? ' (initial)' : ' (lazy)'}`,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      budget: initial ? BUDGET_CDN_INITIAL : undefined,
    });
  }
}

const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
if (process.argv.includes('--markdown')) {
  console.log('| entry | min KB | min+gzip KB | budget KB | |\n| --- | ---: | ---: | ---: | --- |');
}
for (const row of rows) {
  const over = row.budget !== undefined && row.gzip > row.budget;
  failed ||= over;
  const verdict = row.budget === undefined ? '' : over ? 'OVER' : 'ok';
  if (process.argv.includes('--markdown')) {
    console.log(`| ${row.name.trim()} | ${kb(row.min)} | ${kb(row.gzip)} | ${row.budget ? kb(row.budget) : ''} | ${verdict} |`);
  } else {
    console.log(`${row.name.padEnd(46)} ${kb(row.min).padStart(7)} KB min ${kb(row.gzip).padStart(6)} KB gz ${row.budget ? `/ ${kb(row.budget)} ${verdict}` : ''}`);
  }
}
if (failed && process.argv.includes('--check')) {
  console.error('size budget exceeded');
  process.exit(1);
}
