import { defineConfig } from 'vite';

// `npx vite examples/react` (after `npm run build`). 'mentoring-requests' resolves to this repository's
// own package (self-reference through package.json "exports"), exactly as it would from node_modules.
export default defineConfig({
  // Its own dependency cache, apart from the demo's (node_modules/.vite).
  cacheDir: '../../node_modules/.vite-example-react',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022' },
});
