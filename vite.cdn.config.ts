import { build as esbuild, type Plugin as EsbuildPlugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** Minifies the css``/html`` templates of our sources (see scripts/minify-templates.mjs). */
const templates: Plugin = {
  name: 'minify-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
    return { code: minifyTemplates(code, id), map: null };
  },
};

/**
 * `memory-adapter.js`, the CDN build's second file (src/cdn-memory.ts): the in-memory adapter and its
 * generator, which a production page never needs. Everything else it uses (errors, model helpers, link
 * rules) it imports from `mentoring-requests.js`, which exports all of it, so a page holds one copy.
 * A separate esbuild pass, because Rollup would move a second entry's shared code into a common chunk
 * and turn the main file into a facade (two files loaded one after the other at first paint).
 */
function memoryAdapterFile(): Plugin {
  let outDir = 'dist/cdn';
  const fromMainFile: EsbuildPlugin = {
    name: 'from-main-file',
    setup(build) {
      build.onResolve({ filter: /^\./ }, ({ path, resolveDir, kind }) => {
        if (kind === 'entry-point') return null;
        const file = resolve(resolveDir, path).split(sep).join('/');
        return file.includes('/adapters/memory/')
          ? null
          : { path: './mentoring-requests.js', external: true };
      });
    },
  };
  return {
    name: 'memory-adapter-file',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const outfile = resolve(outDir, 'memory-adapter.js');
      const { metafile } = await esbuild({
        entryPoints: ['src/cdn-memory.ts'],
        outfile,
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        plugins: [fromMainFile],
        metafile: true,
        logLevel: 'warning',
      });
      // The file must hold only the memory adapter, and take the rest by names the main file exports:
      // checked here, so that a new import fails the build rather than the page.
      const foreign = Object.keys(metafile.inputs).filter(
        (input) => !/^src\/(cdn-memory\.ts|adapters\/memory\/)/.test(input),
      );
      if (foreign.length) throw new Error(`memory-adapter.js would bundle ${foreign.join(', ')}`);
      await init;
      const exported = new Set(
        parse(readFileSync(resolve(outDir, 'mentoring-requests.js'), 'utf8'))[1].map((e) => e.n),
      );
      const code = readFileSync(outfile, 'utf8');
      const wanted = [...code.matchAll(/import\{([^}]*)\}from"\.\/mentoring-requests\.js"/g)].flatMap((m) =>
        m[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/)[0]!),
      );
      const missing = wanted.filter((name) => !exported.has(name));
      if (!wanted.length || missing.length)
        throw new Error(
          `memory-adapter.js imports what mentoring-requests.js does not export: ${missing.join(', ') || '(no import found)'}`,
        );
    },
  };
}

/**
 * The CDN build (`npm run build:cdn`): lit bundled in, all five tags defined, ESM, for a plain
 * `<script type="module" src=".../dist/cdn/mentoring-requests.js">` page. What is not needed at first paint
 * lands in chunks next to it, loaded by relative URL: the detail views and the confirm dialog
 * (src/define-details.ts, requested as soon as the entry runs, as in the npm build) and, when registered, other locales.
 * No source maps: the npm package ships none (the sources aren't in it).
 */
export default defineConfig({
  plugins: [templates, memoryAdapterFile()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'mentoring-requests.js',
    },
    rollupOptions: {
      // Lazy chunks import what they share with the entry *from the entry* (one file at first paint, no
      // waterfall). That adds a few internal, short-named exports to the entry module; the documented ones
      // are those of src/cdn.ts.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lib mode keeps whitespace for ES output; this is a file for browsers, so minify fully.
        minify: true,
        // Everything the entry imports statically stays in the entry file. Without this group, Rolldown
        // moves lit's core into a common chunk once two lazy chunks share it with the entry (the detail
        // views and the virtualized list), and the first paint needs two files loaded one after the other.
        codeSplitting: { groups: [{ name: 'mentoring-requests', tags: ['$initial'] }] },
      },
    },
  },
});
