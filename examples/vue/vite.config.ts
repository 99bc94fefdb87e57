import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const TAGS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
  'requests-badge',
];

// `npx vite examples/vue` (after `npm run build`).
export default defineConfig({
  // Its own dependency cache, apart from the demo's (node_modules/.vite).
  cacheDir: '../../node_modules/.vite-example-vue',
  plugins: [
    vue({
      // Tell Vue's template compiler these are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } },
    }),
  ],
  build: { target: 'es2022' },
});
