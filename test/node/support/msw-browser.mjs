// Node stand-in for `msw/browser` in the adapter suites (see ts-hooks.mjs): setupWorker() returns the
// worker API the tests use (start / stop / use / resetHandlers / restoreHandlers / listHandlers), served by
// msw/node's setupServer, which intercepts the same fetch calls in the process. Absolute URLs only (no page
// origin in Node): the suites use https://mentored.test/...
import { setupServer } from 'msw/node';

export function setupWorker(...handlers) {
  const server = setupServer(...handlers);
  let listening = false;
  return {
    async start(options = {}) {
      if (!listening) server.listen({ onUnhandledRequest: options.onUnhandledRequest ?? 'warn' });
      listening = true;
    },
    stop() {
      if (listening) server.close();
      listening = false;
    },
    use: (...more) => server.use(...more),
    resetHandlers: (...next) => server.resetHandlers(...next),
    restoreHandlers: () => server.restoreHandlers(),
    listHandlers: () => server.listHandlers(),
    events: server.events,
  };
}
