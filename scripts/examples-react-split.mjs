// The React example's bundle keeps define.js's lazily loaded details chunk (issue 16, point 4): the classes
// of the two details, the dialog and the badge must not be in the chunks the page loads first, with the
// @lit/react wrappers (`mentoring-requests/react`) imported as well as without. Used by test-examples.mjs
// (on its Vite build of examples/react) and runnable on its own after `npm run build`:
//   node scripts/examples-react-split.mjs
// It prints the bytes (min, and gzip) of the first-load chunks and of the lazily loaded ones.
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The modules that must only arrive in the lazily loaded chunk (as built into dist/ or from src/). */
export const LAZY_MODULE =
  /\/elements\/(session-request-detail|message-request-detail|confirm-dialog|requests-badge)\/[^/]+\.(js|ts)$/;

/**
 * Splits a Vite build's output (what `build()` returns) into the chunks loaded first (the entries and
 * what they import statically) and the rest (dynamically imported), with their sizes and the lazy
 * modules that ended up in the first load. Returns `{ initial, lazy, misplaced }`.
 */
export function splitReport(output) {
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output ?? []);
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const size = (list) => ({
    files: list.map((c) => c.fileName),
    bytes: list.reduce((sum, c) => sum + Buffer.byteLength(c.code), 0),
    gzip: list.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0),
  });
  const all = [...chunks.values()];
  const initialChunks = all.filter((c) => first.has(c.fileName));
  const misplaced = initialChunks.flatMap((c) =>
    (c.moduleIds ?? Object.keys(c.modules ?? {})).filter((id) => LAZY_MODULE.test(id.replace(/\\/g, '/'))),
  );
  return {
    initial: size(initialChunks),
    lazy: size(all.filter((c) => !first.has(c.fileName))),
    // define.js's own lazily loaded chunk (define-details.js), where the four classes belong.
    details: size(all.filter((c) => /define-details/.test(c.facadeModuleId ?? c.fileName))),
    misplaced,
  };
}

/** One line for people: the bytes (min, and gzip) of the first load, of the lazy chunks and of the details chunk. */
export function describeSplit({ initial, lazy, details }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `first load ${kb(initial.bytes)} (gzip ${kb(initial.gzip)}) in ${initial.files.length} chunk(s), lazily loaded ${kb(lazy.bytes)} (gzip ${kb(lazy.gzip)}) in ${lazy.files.length}, of which the details chunk ${kb(details.bytes)} (gzip ${kb(details.gzip)})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { build } = await import('vite');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const output = await build({
    root: join(root, 'examples/react'),
    configFile: join(root, 'examples/react/vite.config.ts'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(root, 'node_modules/.cache/mentoring-requests-react-split'),
      emptyOutDir: true,
      reportCompressedSize: false,
    },
  });
  const report = splitReport(output);
  console.log(`examples/react: ${describeSplit(report)}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  if (report.misplaced.length) {
    console.error(`the details chunk is lost: in the first load are\n  ${report.misplaced.join('\n  ')}`);
    process.exit(1);
  }
}
