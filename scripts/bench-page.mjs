// The bench's page (bench/bench.ts) bundled in production mode and served on a local port: used by
// `npm run bench` (scripts/bench.mjs) and by the scroll trace (bench/trace-scroll.mjs).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles the bench page (`minify: false` keeps function names, for a readable profile) and serves it.
 * Returns its URL and `close()`, which stops the server and removes the bundle.
 */
export async function serveBenchPage({ minify = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  await build({
    entryPoints: ['bench/bench.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    splitting: true,
    outdir: dir,
    minify,
    keepNames: !minify,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
      '<style>body{margin:0;padding:16px;font-family:sans-serif}requests-page{max-width:760px}</style></head>' +
      '<body><script type="module" src="./bench.js"></script></body></html>',
  );
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'index.html';
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
