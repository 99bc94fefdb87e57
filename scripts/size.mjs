// Size budget: min+gzip (esbuild --minify, gzip -9) of what a host actually ships. Run after the build
// (`npm run build`: tsc → dist/, vite → dist/cdn/).
//
// - Own code: dist/define.js bundled with lit, @lit/*, @lit-labs/* external (the localization is our own
//   code, so it counts). Code split like a host's bundler would: the initial part (the entry and what it
//   imports statically) has the budget; what is only imported dynamically (the details and the dialog,
//   other locales, the virtualized list) is listed as lazy chunks. Each element's own entry is listed the same way.
// - Badge: dist/badge.js (`mentoring-requests/badge.js`, `<requests-badge>` alone) measured the same way, with
//   its own budget: a host's header carries it on every page, so it must not pull in the inbox's lists.
// - CDN build (dist/cdn, everything bundled): the initial file plus the chunks it imports statically
//   has the budget; every lazily loaded chunk is listed.
//
// Usage: node scripts/size.mjs [--check] [--markdown] [--json]
//   --check     exit 1 when a budget is exceeded
//   --markdown  print Markdown tables (docs/performance.md)
//   --json      print the rows as JSON
//   --why       also list the largest modules of define.js's initial part (minified bytes)
// A missing dist/cdn is built into a temporary directory with vite.cdn.config.ts.
import { build } from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budgets in bytes of min+gzip (issue 6; the badge: issue 14). */
export const BUDGETS = { own: 15 * KB, badge: 6 * KB, cdnInitial: 30 * KB, calendar: 1.5 * KB };
const EXTERNAL = ['lit', 'lit/*', '@lit/*', '@lit-labs/*'];
const ELEMENTS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
  'requests-badge',
];

const args = new Set(process.argv.slice(2));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Bundles `entry` with esbuild (minified, split) and returns its initial part (the entry chunk and
 * every chunk reachable through static imports) and its lazy chunks (reachable only through `import()`).
 */
async function bundle(entry, external = EXTERNAL) {
  const outdir = mkdtempSync(join(tmpdir(), 'size-'));
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      outdir,
      external,
      logLevel: 'silent',
    });
    const code = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
    const outputs = result.metafile.outputs;
    // The entry's own output (chunks split for a dynamic `import()` have an entryPoint too).
    const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint === entry && k.endsWith('.js'));
    const initial = reachable(entryOut, (file) =>
      outputs[file].imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
    );
    const lazy = Object.keys(outputs).filter((k) => k.endsWith('.js') && !initial.has(k));
    const measure = (file) => ({ min: code.get(file).length, gzip: gz(code.get(file)) });
    const sum = (files) =>
      [...files]
        .map(measure)
        .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
    const modules = [...initial]
      .flatMap((file) => Object.entries(outputs[file].inputs))
      .map(([path, input]) => ({ path: path.replace(/^dist\//, ''), min: input.bytesInOutput }))
      .sort((a, b) => b.min - a.min);
    return {
      initial: sum(initial),
      lazy: lazy.map((file) => ({ name: chunkName(outputs[file]), ...measure(file) })),
      modules,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function reachable(start, next) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...next(file));
  }
  return seen;
}

/**
 * A lazy chunk named after the module it was split for (`define-details.js`, `i18n/hi.js`), else after
 * its largest source module.
 */
function chunkName(output) {
  if (output.entryPoint) return output.entryPoint.replace(/^dist\//, '');
  const [biggest] = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  return biggest ? biggest[0].replace(/^dist\//, '') : '?';
}

/** The CDN build: the entry file and its static imports (initial), and every other chunk (lazy). */
async function cdn(dir) {
  await init;
  const files = listJs(dir);
  const entry = join(dir, 'mentoring-requests.js');
  if (!files.includes(entry)) throw new Error(`${entry} is missing`);
  const staticImports = (file) => {
    const [imports] = parse(readFileSync(file, 'utf8'));
    // d === -1: a static import or re-export; dynamic imports (d > -1) are lazy.
    return imports.filter((i) => i.d === -1 && i.n?.startsWith('.')).map((i) => resolve(dirname(file), i.n));
  };
  const initial = reachable(resolve(entry), staticImports);
  const measure = (file) => {
    const bytes = readFileSync(file);
    return { min: bytes.length, gzip: gz(bytes) };
  };
  const rows = [];
  const initialSizes = [...initial]
    .map(measure)
    .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }));
  rows.push({
    group: 'cdn',
    name: `mentoring-requests.js (initial${initial.size > 1 ? `, with ${initial.size - 1} static chunk(s)` : ''})`,
    ...initialSizes,
    budget: BUDGETS.cdnInitial,
  });
  for (const file of files.filter((f) => !initial.has(resolve(f)))) {
    // Chunks are loaded by the entry (lazily); a top-level file is a second entry a page imports itself.
    const how = dirname(file) === dir ? 'own file, only if imported' : 'lazy';
    rows.push({
      group: 'cdn',
      name: `${relative(dir, file)} (${how}: ${lazyContents(file)})`,
      ...measure(file),
    });
  }
  return rows;
}

/** What a lazy CDN chunk holds, from its file name (vite names chunks after their main module). */
function lazyContents(file) {
  const name = basename(file)
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/\.js$/, '');
  const known = {
    'virtual-list': 'virtualized list + @lit-labs/virtualizer',
    flow: 'virtualizer flow layout',
    'define-details': 'detail views + confirm dialog + badge',
    hi: 'Hindi locale',
    ar: 'Arabic locale',
    'memory-adapter': 'MemoryAdapter + data generator',
    live: 'live updates: polling, pushes, other tabs',
    shortcuts: 'keyboard shortcuts + their help dialog, when `shortcuts` is on',
  };
  return known[name] ?? name;
}

function listJs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

async function cdnRows() {
  if (existsSync('dist/cdn/mentoring-requests.js')) return cdn('dist/cdn');
  const outDir = mkdtempSync(join(tmpdir(), 'size-cdn-'));
  try {
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      configFile: 'vite.cdn.config.ts',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    return await cdn(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (!existsSync('dist/define.js')) {
  console.error('dist/define.js is missing: run the build first (npm run build).');
  process.exit(1);
}

const rows = [];
const own = await bundle('dist/define.js');
rows.push({
  group: 'own',
  name: 'define.js (initial; lit, @lit/*, @lit-labs/* external)',
  ...own.initial,
  budget: BUDGETS.own,
});
for (const chunk of own.lazy)
  rows.push({ group: 'own', name: `  lazy: ${chunk.name}`, min: chunk.min, gzip: chunk.gzip });
// Not a budget: everything define.js can load (each file gzipped on its own), so the split is visible.
rows.push({
  group: 'own',
  name: 'define.js, initial + every lazy chunk (all locales)',
  min: own.lazy.reduce((sum, chunk) => sum + chunk.min, own.initial.min),
  gzip: own.lazy.reduce((sum, chunk) => sum + chunk.gzip, own.initial.gzip),
});
const badge = await bundle('dist/badge.js');
rows.push({
  group: 'badge',
  name: 'badge.js (initial; lit, @lit/*, @lit-labs/* external)',
  ...badge.initial,
  budget: BUDGETS.badge,
});
for (const chunk of badge.lazy)
  rows.push({ group: 'badge', name: `  lazy: ${chunk.name}`, min: chunk.min, gzip: chunk.gzip });
for (const tag of ELEMENTS) {
  const entry = await bundle(`dist/elements/${tag}/${tag}.js`);
  rows.push({ group: 'element', name: `${tag} (own entry, initial)`, ...entry.initial });
}
// Issue 15: the .ics writer and the calendar links, which the "Add to calendar" chunk carries (its menu is the
// rest of that chunk). The link rules they check links with are the details' own (already loaded): external.
const calendar = await bundle('dist/calendar/index.js', [...EXTERNAL, '*/meeting-link.js']);
rows.push({
  group: 'other',
  name: 'calendar: .ics + links (in the lazy calendar-menu.js chunk)',
  ...calendar.initial,
  budget: BUDGETS.calendar,
});
const adapters = await bundle('dist/adapters/index.js');
rows.push({ group: 'other', name: 'adapters entry (MentorEd + memory)', ...adapters.initial });
rows.push(...(await cdnRows()));

const kb = (n) => (n / KB).toFixed(1);
const failing = rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
const verdict = (row) => (row.budget === undefined ? '' : row.gzip <= row.budget ? 'ok' : 'OVER');

if (args.has('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else if (args.has('--markdown')) {
  const titles = {
    own: 'Own code (npm build)',
    badge: 'Badge on its own (mentoring-requests/badge.js)',
    element: 'Element entries',
    other: 'Other entry points',
    cdn: 'CDN build',
  };
  for (const group of Object.keys(titles)) {
    const inGroup = rows.filter((row) => row.group === group);
    if (!inGroup.length) continue;
    console.log(
      `\n**${titles[group]}**\n\n| entry point / chunk | min KB | min+gzip KB | budget KB | |\n| --- | ---: | ---: | ---: | --- |`,
    );
    for (const row of inGroup) {
      console.log(
        `| ${row.name.trim()} | ${kb(row.min)} | ${kb(row.gzip)} | ${row.budget ? kb(row.budget) : ''} | ${verdict(row)} |`,
      );
    }
  }
} else {
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : ` / ${kb(row.budget)} ${verdict(row)}`;
    console.log(
      `${row.name.padEnd(72)} ${kb(row.min).padStart(6)} KB min ${kb(row.gzip).padStart(5)} KB gz${budget}`,
    );
  }
}

if (args.has('--why')) {
  console.log('\nLargest modules in define.js (initial), minified, before gzip:');
  for (const m of own.modules.slice(0, 15))
    console.log(`  ${(m.min / KB).toFixed(1).padStart(5)} KB  ${m.path}`);
}

if (failing.length && args.has('--check')) {
  for (const row of failing) {
    console.error(
      `size budget exceeded: ${row.name.trim()} is ${kb(row.gzip)} KB min+gzip, budget ${kb(row.budget)} KB`,
    );
  }
  process.exit(1);
}
