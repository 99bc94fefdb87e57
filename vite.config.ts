import { defineConfig, type ProxyOptions } from 'vite';

/**
 * `npm start`: the demo host page (demo/index.html).
 * By default the demo talks to the MSW emulation of MentorEd in the browser (no server needed).
 * `MENTORED_URL=https://host MENTORED_TOKEN=... npm start` points it at a real MentorEd deployment:
 * Vite proxies /mentoring/* there (so CORS is not a problem) and adds the token on the server side,
 * so it never reaches the browser.
 */
const target = process.env.MENTORED_URL;
const token = process.env.MENTORED_TOKEN;

const proxy: Record<string, ProxyOptions> | undefined = target
  ? {
      '/mentoring': {
        target,
        changeOrigin: true,
        secure: true,
        configure: (proxyServer) => {
          proxyServer.on('proxyReq', (request) => {
            if (token) request.setHeader('x-auth-token', token);
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
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
