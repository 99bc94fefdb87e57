import { defineConfig } from 'vite';

/**
 * The CDN build (`npm run build:cdn`): lit bundled in, all five tags defined, ESM, for a plain
 * `<script type="module" src=".../dist/cdn/mentoring-requests.js">` page. What is not needed at first paint
 * lands in chunks next to it, loaded by relative URL: the detail views and the confirm dialog
 * (src/cdn-details.ts, requested as soon as the entry runs) and, when registered, other locales.
 * No source maps: the npm package ships none (the sources aren't in it).
 */
export default defineConfig({
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
