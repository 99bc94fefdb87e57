import { defineConfig } from 'vite';

/**
 * The single-file CDN build: lit included, all five tags defined, for a plain
 * `<script type="module" src=".../dist/cdn/mentoring-requests.js">` page. What is not needed at first
 * paint (other locales) lands in lazily loaded chunks next to it.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    sourcemap: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'mentoring-requests.js',
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
