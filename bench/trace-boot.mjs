// A performance trace of the demo's cold boot (scripts/bench-boot.mjs: the first card, the counts, the
// first load's long tasks, then a detail opened) under a bench profile, with every long task taken apart
// (bench/trace-analysis.mjs). Not part of `npm run bench` nor `npm test`: a tool to find what blocks the
// first load (docs/performance.md, "The first load on a low-end phone").
//
// Usage: node bench/trace-boot.mjs [--profile low-end|desktop] [--trace FILE] [--no-minify]
//   --trace FILE  also write the raw trace events (JSON, loadable in DevTools' Performance panel)
//   --no-minify   build the demo unminified: the profile names our functions (the bytes are not a host's)
// Needs `npm run build` first (the emulation is served from dist/mocks).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { bootOnce, serveDemoBoot } from '../scripts/bench-boot.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { argv, option, profileOption } from './cli.mjs';
import { analyseTrace, FULL_CATEGORIES, startTrace } from './trace-analysis.mjs';

const profile = profileOption();

const served = await serveDemoBoot({ minify: !argv.includes('--no-minify') });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
await bootOnce(browser, profile, served.url); // warm the server, as the bench does
const trace = await startTrace(await browser.newBrowserCDPSession(), FULL_CATEGORIES);
const figures = await bootOnce(browser, profile, served.url);
const events = await trace.stop();
await browser.close();
await served.close();
if (option('--trace')) writeFileSync(option('--trace'), JSON.stringify({ traceEvents: events }));
const analysis = analyseTrace(events, {
  phases: [
    ['to the first card', 'boot:start'],
    ['after the first card', 'boot:card'],
    ['opening a detail', 'boot:loaded'],
  ],
  endMark: 'boot:detail',
});
// What went on the wire, and when, against the main thread's long tasks (ms from the boot:start mark).
const startAt = events.find((e) => e.name === 'boot:start')?.ts ?? 0;
const since = (ts) => Math.round((ts - startAt) / 1000);
const finished = new Map(
  events.filter((e) => e.name === 'ResourceFinish').map((e) => [e.args.data.requestId, e.ts]),
);
const wire = events
  .filter((e) => e.name === 'ResourceSendRequest' && e.ts >= startAt && e.args.data.url.startsWith('http'))
  .map((e) => {
    const end = finished.get(e.args.data.requestId);
    return `${since(e.ts)}–${end === undefined ? '?' : since(end)} ms ${new URL(e.args.data.url).pathname}`;
  });
const tasks = analysis.longTasks.map((t) => `${since(t.ts)} ms, ${Math.round(t.ms)} ms long (${t.phase})`);
console.log(JSON.stringify({ profile: profile.name, figures, wire, tasks, ...analysis }, null, 1));
