// A performance trace of the bench's long-list scroll (bench/long-lists.ts `longScrollScenario`), with
// every long task (> 50 ms on the renderer's main thread) taken apart: what ran in it (script, style,
// layout, paint, GC...) and, from V8's sampling profiler, which functions its script time was spent in.
// Not part of `npm run bench` nor `npm test`: a tool to find where long tasks come from
// (docs/performance.md, "Long tasks while scrolling: the trace").
//
// Usage: node bench/trace-scroll.mjs [--requests N] [--profile desktop|low-end] [--trace FILE] [--minify]
//   --requests N  requests in the list (default 10,000; the bench's full run uses 100,000)
//   --trace FILE  also write the raw trace events (JSON, loadable in DevTools' Performance panel)
//   --light       fewer categories (no sampling profile, no blink internals): for 100,000 requests
//   --from FILE   analyse a trace written by --trace instead of recording one
//   --minify      bundle minified like scripts/bench.mjs (function names are then short)
//   --profile P   the bench's device profile (scripts/bench-profiles.mjs; default desktop)
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serveBenchPage } from '../scripts/bench-page.mjs';
import { PROFILES, profiledPage } from '../scripts/bench-profiles.mjs';
import { analyseTrace, FULL_CATEGORIES, LIGHT_CATEGORIES, startTrace } from './trace-analysis.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const REQUESTS = Number(option('--requests', 10_000));

let events = [];
let result;
const load0 = loadavg()[0];
const t0 = Date.now();
if (option('--from')) {
  events = JSON.parse(readFileSync(option('--from'), 'utf8')).traceEvents;
} else {
  ({ events, result } = await record());
  if (option('--trace')) writeFileSync(option('--trace'), JSON.stringify({ traceEvents: events }));
}

/** Runs the scenario in a fresh page while tracing it; returns the trace events and its own result. */
async function record() {
  const benchPage = await serveBenchPage({ minify: argv.includes('--minify') });
  const url = benchPage.url;

  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const { page } = await profiledPage(browser, PROFILES[option('--profile', 'desktop')]);
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  const cdp = await page.context().newCDPSession(page);

  // --light: tasks, script, style, layout, paint and GC only (a 100,000-request run stays small).
  const trace = await startTrace(cdp, argv.includes('--light') ? LIGHT_CATEGORIES : FULL_CATEGORIES);
  const result = await page.evaluate((n) => window.bench.longScroll(n), REQUESTS);
  const events = await trace.stop();
  await browser.close();
  benchPage.close();
  return { events, result };
}

const analysis = analyseTrace(events, {
  phases: [
    ['infinite scroll', 'longScroll:load'],
    ['scroll of the loaded list', 'longScroll:scroll'],
  ],
  endMark: 'longScroll:end',
});
console.log(
  JSON.stringify(
    {
      requests: REQUESTS,
      loadAverageAtStart: load0,
      loadAverageAtEnd: loadavg()[0],
      seconds: (Date.now() - t0) / 1000,
      page: result && {
        pages: result.pages,
        loadLongTasks: result.longTasks.length - result.scrollLongTasks.length,
        scrollLongTasks: result.scrollLongTasks.length,
        longTasks: result.longTasks.map((x) => Math.round(x)),
        longTaskAt: result.longTaskAt,
      },
      ...analysis,
    },
    null,
    1,
  ),
);
