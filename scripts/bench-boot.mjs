// The boot figures of `npm run bench`: the demo (demo/, built by Vite for production) loaded cold, as a
// visitor meets it, from a local origin that serves the build gzipped (as a static host or CDN would) and
// answers /mentoring/v1 with the MentorEd emulation (scripts/serve-mentored-emulation.mjs) over HTTP, so
// the page, its lazy chunks and every API call cross the (throttled) network. This is the demo's own
// "real server" path (`MENTORED_URL=… npm start`): the MentorEdAdapter, no MSW in the page.
//
// Per sample, in a new browser context (empty cache) with the profile applied (bench-profiles.mjs):
// navigation → the first request card painted, → the tab counts painted; the bytes transferred until the
// network has been quiet for 1 s after both (encoded, headers included, as DevTools counts them); the
// total blocking time of the first load as Lighthouse defines it (`tbt`, below); then the first card
// opened: click → the detail's heading painted and focused.
//
// Total blocking time, as Lighthouse computes it (GoogleChrome/lighthouse core/computed/metrics/
// tbt-utils.js `calculateSumOfBlockingTime`, and interactive.js for its end): Σ (task − 50 ms) over the
// long tasks between First Contentful Paint and Time to Interactive, each task clipped to that window
// first. Time to Interactive: the start of the first 5 s after FCP with no long task and at most 2 requests
// in flight (interactive.js `REQUIRED_QUIET_WINDOW`, `ALLOWED_CONCURRENT_REQUESTS`), and not before FCP
// or DOMContentLoaded. So a long task that ends before the first paint (the host page's own first layout)
// does not count, and one that comes late (an idle warm-up) does, as long as no quiet 5 s came before it.
// `blockingFromNavigation` (every long task from navigation to Time to Interactive) is near the figure of
// the bench's earlier runs (from navigation until the network was quiet for 1 s), kept to compare with them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { profiledPage } from './bench-profiles.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The demo's data on the emulation: what `npm start` shows (demo/main.ts). */
const DEMO_DATA = { seed: 7, sessionRequests: 45, messageRequests: 12 };

/** Builds the demo for a proxied server and serves it with the emulation behind /mentoring. */
export async function serveDemoBoot({ minify = true } = {}) {
  if (!existsSync('dist/mocks/index.js'))
    throw new Error('npm run build first (the emulation is served from dist/mocks)');
  const { serveMentoredEmulation } = await import('./serve-mentored-emulation.mjs');
  const api = await serveMentoredEmulation({ dbOptions: DEMO_DATA });
  const dir = mkdtempSync(join(tmpdir(), 'bench-demo-'));
  // MENTORED_URL makes the build the proxied one (vite.config.ts): the adapter calls this origin's
  // /mentoring/v1, and the MSW worker is not loaded.
  const args = ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'];
  execFileSync('npx', minify ? args : [...args, '--minify', 'false'], {
    env: { ...process.env, MENTORED_URL: 'http://127.0.0.1:1' },
    stdio: 'inherit',
  });
  const apiOrigin = new URL(api.url).origin;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/mentoring/')) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const headers = { ...req.headers };
      for (const hop of ['host', 'connection', 'accept-encoding', 'content-length']) delete headers[hop];
      const answer = await fetch(apiOrigin + url.pathname + url.search, {
        method: req.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const body = Buffer.from(await answer.arrayBuffer());
      send(req, res, answer.status, answer.headers.get('content-type') ?? 'application/json', body);
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    async close() {
      server.closeAllConnections();
      server.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Answers gzipped when the client accepts it (every browser does), as a static host would. */
function send(req, res, status, type, body) {
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 256;
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(status, headers).end(gzip ? gzipSync(body) : body);
}

/**
 * Watches the boot from the first script the page runs: long tasks, and in each frame whether the first
 * card, the counts and (after the click) the opened detail's focused heading are there. "Painted" is
 * taken after the frame's paint (a message posted from requestAnimationFrame runs after it).
 */
function watchBoot() {
  const boot = { longTasks: [] };
  window.__boot = boot;
  // Marks for a trace of the boot (bench/trace-boot.mjs).
  performance.mark('boot:start');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) boot.longTasks.push([entry.startTime, entry.duration]);
    // Tells the bench that the main thread is not quiet yet (Time to Interactive waits for 5 quiet s).
    console.debug('boot:longtask');
  }).observe({ type: 'longtask', buffered: true });
  const afterPaint = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      boot[key] ??= performance.now();
      performance.mark(`boot:${key}`);
      if (key === 'detail' || (boot.card && boot.counts && !boot.said)) {
        boot.said = true;
        console.debug(key === 'detail' ? 'boot:detail' : 'boot:loaded');
      }
    };
    channel.port2.postMessage(0);
  };
  const deepActive = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const frame = () => {
    const root = document.querySelector('requests-page')?.shadowRoot;
    if (!boot.cardSeen && root?.querySelector('[part~="card"]:not([part~="skeleton"])')) {
      boot.cardSeen = true;
      afterPaint('card');
    }
    const tabs = root?.querySelector('request-tabs')?.shadowRoot;
    if (!boot.countsSeen && tabs?.querySelector('[part~="badge"]')) {
      boot.countsSeen = true;
      afterPaint('counts');
    }
    if (boot.clickAt && !boot.detailSeen && deepActive()?.matches?.('[part~="heading"]')) {
      boot.detailSeen = true;
      afterPaint('detail');
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Resolves when the page logs `text` (within 60 s). */
function said(page, text) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page never said ${text}`)), 60_000);
    const listener = (message) => {
      if (message.text() !== text) return;
      clearTimeout(timer);
      page.off('console', listener);
      resolve();
    };
    page.on('console', listener);
  });
}

/** One cold boot of the demo under `profile`; returns its figures (ms from navigation start, bytes). */
export async function bootOnce(browser, profile, url) {
  const { page, cdp } = await profiledPage(browser, profile, { fresh: true });
  await page.addInitScript(watchBoot);
  let bytes = 0;
  let lastNetwork = Date.now();
  const inFlight = new Set();
  // A worker's own script (the demo's `warmIntl()` worker) is announced here with no loader, and its end
  // goes to the worker's target, not this one: it counts as done once its response has come, with the
  // body's size from its headers (the server sends a Content-Length) as its bytes.
  const workerScripts = new Set();
  cdp.on('Network.requestWillBeSent', (event) => {
    inFlight.add(event.requestId);
    if (!event.loaderId) workerScripts.add(event.requestId);
    lastNetwork = Date.now();
  });
  const settle = (event) => {
    inFlight.delete(event.requestId);
    lastNetwork = Date.now();
  };
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    settle(event);
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    if (!workerScripts.has(event.requestId)) return;
    const length = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'content-length');
    bytes += Number(length?.[1] ?? 0) + (event.headersText?.length ?? 0);
    settle(event);
  });
  cdp.on('Network.loadingFailed', settle);
  // Time to Interactive's quiet window: no long task, and at most 2 requests in flight, for 5 s.
  let lastBusy = Date.now();
  const busy = () => {
    lastBusy = Date.now();
  };
  const busyIfCrowded = () => inFlight.size > 2 && busy();
  cdp.on('Network.requestWillBeSent', busyIfCrowded);
  page.on('console', (message) => message.text() === 'boot:longtask' && busy());
  try {
    // Waited for through the console, not page.waitForFunction: Playwright's injected script would run
    // in the page, a long task of its own inside the window the blocking time is summed over.
    const loadedSaid = said(page, 'boot:loaded');
    await page.goto(url, { waitUntil: 'commit' });
    await loadedSaid;
    while (inFlight.size > 0 || Date.now() - lastNetwork < 1000) await new Promise((r) => setTimeout(r, 100));
    const transferred = bytes;
    while (Date.now() - lastBusy < 5000) {
      busyIfCrowded();
      await new Promise((r) => setTimeout(r, 100));
    }
    const loaded = await page.evaluate(() => {
      const { card, counts, longTasks } = window.__boot;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
      const lastEnd = longTasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
      const tti = Math.max(fcp, dcl, lastEnd);
      let tbt = 0;
      for (const [start, duration] of longTasks) {
        const clipped = Math.min(start + duration, tti) - Math.max(start, fcp);
        if (clipped > 50) tbt += clipped - 50;
      }
      const fromNavigation = longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      return {
        card,
        counts,
        fcp,
        tti,
        blocking: tbt,
        blockingFromNavigation: fromNavigation,
        longTasks: longTasks.map(([, d]) => d),
      };
    });
    // Open the first card as a user would (the click is dispatched in the page, timed from there).
    const detailSaid = said(page, 'boot:detail');
    await page.evaluate(() => {
      performance.mark('boot:loaded');
      const open = document.querySelector('requests-page').shadowRoot.querySelector('[part~="open-button"]');
      window.__boot.clickAt = performance.now();
      open.click();
    });
    await detailSaid;
    const detail = await page.evaluate(() => window.__boot.detail - window.__boot.clickAt);
    return { ...loaded, bytes: transferred, detail };
  } finally {
    await page.context().close();
  }
}

/** `samples` cold boots under `profile` (after one unrecorded warm-up of the server and the browser). */
export async function bootScenario(browser, profile, url, samples) {
  await bootOnce(browser, profile, url);
  const out = {
    card: [],
    counts: [],
    fcp: [],
    tti: [],
    blocking: [],
    blockingFromNavigation: [],
    bytes: [],
    detail: [],
    longTasks: [],
  };
  for (let i = 0; i < samples; i++) {
    process.stderr.write(`  boot ${profile.name} ${i + 1}/${samples}…\n`);
    const r = await bootOnce(browser, profile, url);
    for (const key of Object.keys(out)) out[key].push(r[key]);
  }
  return out;
}
