import { defineConfig, type ProxyOptions } from 'vite';

/**
 * `npm start`: the demo host page (demo/index.html).
 * By default the demo talks to the MSW emulation of MentorEd in the browser (no server needed).
 * `MENTORED_URL=https://host MENTORED_TOKEN=... npm start` points it at a real MentorEd deployment:
 * Vite proxies /mentoring/* there (so CORS is not a problem) and adds the token on the server side,
 * so it never reaches the browser. The token goes as `bearer <token>`, MentorEd's default
 * (IS_AUTH_TOKEN_BEARER=true); `MENTORED_BEARER=false` sends it bare, and `MENTORED_TOKEN_HEADER`
 * names another header (AUTH_TOKEN_HEADER_NAME), as the deployment is configured.
 */
const target = process.env.MENTORED_URL;
const token = process.env.MENTORED_TOKEN?.trim();
const bearer = process.env.MENTORED_BEARER !== 'false';
const tokenHeader = process.env.MENTORED_TOKEN_HEADER?.trim() || 'x-auth-token';

const proxy: Record<string, ProxyOptions> | undefined = target
  ? {
      '/mentoring': {
        target,
        changeOrigin: true,
        secure: true,
        configure: (proxyServer) => {
          proxyServer.on('proxyReq', (request) => {
            if (token) request.setHeader(tokenHeader, bearer ? `bearer ${token}` : token);
          });
        },
      },
    }
  : undefined;

export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  define: {
    __MENTORED_PROXY__: JSON.stringify(Boolean(target)),
  },
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first load needs in one file, as the CDN build does (vite.cdn.config.ts). By
        // default Rolldown splits the modules the entry shares with lazy chunks into one small file per
        // combination of importers: 12 files for the demo's first load, and a browser opens 6 connections
        // per host over HTTP/1.1, so the 7th file waited a whole round trip (600 ms on slow 4G;
        // docs/performance.md, "The first load, third pass").
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
});
