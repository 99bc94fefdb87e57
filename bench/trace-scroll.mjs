// A performance trace of the bench's long-list scroll (bench/long-lists.ts `longScrollScenario`), with
// every long task (> 50 ms on the renderer's main thread) taken apart: what ran in it (script, style,
// layout, paint, GC...) and, from V8's sampling profiler, which functions its script time was spent in.
// Not part of `npm run bench` nor `npm test`: a tool to find where long tasks come from
// (docs/performance.md, "Long tasks while scrolling: the trace").
//
// Usage: node bench/trace-scroll.mjs [--requests N] [--trace FILE] [--minify]
//   --requests N  requests in the list (default 10,000; the bench's full run uses 100,000)
//   --trace FILE  also write the raw trace events (JSON, loadable in DevTools' Performance panel)
//   --light       fewer categories (no sampling profile, no blink internals): for 100,000 requests
//   --from FILE   analyse a trace written by --trace instead of recording one
//   --minify      bundle minified like scripts/bench.mjs (function names are then short)
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serveBenchPage } from '../scripts/bench-page.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const REQUESTS = Number(option('--requests', 10_000));
const LONG = 50; // ms

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
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  const cdp = await page.context().newCDPSession(page);

  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordContinuously',
      // --light: tasks, script, style, layout, paint and GC only (a 100,000-request run stays small).
      includedCategories: argv.includes('--light')
        ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing']
        : [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'v8',
            'blink',
            'blink.user_timing',
            'disabled-by-default-v8.cpu_profiler',
            'disabled-by-default-v8.gc',
          ],
    },
  });
  const result = await page.evaluate((n) => window.bench.longScroll(n), REQUESTS);
  await cdp.send('Tracing.end');
  await done;
  await browser.close();
  benchPage.close();
  return { events, result };
}

// ---- Analysis --------------------------------------------------------------------------------------
// The renderer's main thread: the one with `CrRendererMain` as its name and the page's work on it.
const threadNames = new Map();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
}
const mains = [...threadNames].filter(([, name]) => name === 'CrRendererMain').map(([k]) => k);
const busiest = mains
  .map((key) => [key, events.filter((e) => `${e.pid}:${e.tid}` === key && e.name === 'FunctionCall').length])
  .sort((a, b) => b[1] - a[1])[0][0];
const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === busiest && e.ph === 'X');
const [mainPid] = busiest.split(':').map(Number);

const tasks = mainEvents
  .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  .sort((a, b) => a.ts - b.ts);
// Top-level tasks only (RunTask may nest in ThreadControllerImpl::RunTask).
const top = [];
for (const t of tasks) {
  const last = top[top.length - 1];
  if (last && t.ts < last.ts + last.dur) continue;
  top.push(t);
}
// The scenario's phases, from its performance.mark()s (blink.user_timing).
const markAt = (name) => events.find((e) => e.name === name && e.pid === mainPid)?.ts;
const [loadAt, scrollAt, endAt] = ['longScroll:load', 'longScroll:scroll', 'longScroll:end'].map(markAt);
const phaseOf = (t) =>
  loadAt === undefined || t.ts < loadAt || t.ts > endAt
    ? 'outside'
    : t.ts < scrollAt
      ? 'infinite scroll'
      : 'scroll of the loaded list';
const long = top.filter((t) => t.dur / 1000 > LONG && phaseOf(t) !== 'outside');

// Sampling profiler: nodes and samples from the ProfileChunk events of the page's process.
const nodes = new Map();
const samples = [];
let profileTime = 0;
for (const e of events) {
  if (e.pid !== mainPid) continue;
  if (e.name === 'Profile') profileTime = e.args.data.startTime;
  if (e.name !== 'ProfileChunk') continue;
  const data = e.args.data;
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
  const ids = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  for (let i = 0; i < ids.length; i++) {
    profileTime += deltas[i] ?? 0;
    samples.push([profileTime, ids[i]]);
  }
}
samples.sort((a, b) => a[0] - b[0]);
const frameName = (node) => {
  const f = node.callFrame;
  const file = (f.url || '').split('/').pop();
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};
/** Self time of each function, and the "owner" (first of our own frames up the stack) of each sample. */
function profileOf(start, end, k1 = 8, k2 = 14) {
  const self = new Map();
  const within = new Map();
  let prev;
  for (const [t, id] of samples) {
    if (t < start || t > end) continue;
    const dt = prev === undefined ? 0 : Math.min(t - prev, 2000);
    prev = t;
    const node = nodes.get(id);
    if (!node) continue;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set();
    for (let n = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const fn = n.callFrame.functionName;
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        within.set(fn, (within.get(fn) ?? 0) + dt);
      }
    }
  }
  const topOf = (m, k) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`);
  return { self: topOf(self, k1), total: topOf(within, k2) };
}

const CATEGORIES = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|V8\.Execute)$/,
  ],
  ['gc', /^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*|ThreadState::.*GC.*|CppGC.*)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|PaintImage|Commit|RasterTask)$/],
];
function breakdown(task) {
  const end = task.ts + task.dur;
  const inside = mainEvents.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
  const sums = {};
  for (const [cat, re] of CATEGORIES) {
    // Outermost events of each kind only (they nest).
    const of = inside.filter((e) => re.test(e.name)).sort((a, b) => a.ts - b.ts);
    let until = 0;
    let sum = 0;
    for (const e of of) {
      if (e.ts < until) continue;
      until = e.ts + e.dur;
      sum += e.dur;
    }
    sums[cat] = sum / 1000;
  }
  const gcEvents = inside.filter((e) =>
    /^(MajorGC|MinorGC|V8\.GC_MARK_COMPACTOR|V8\.GC_SCAVENGER|V8\.GCFinalizeMC)$/.test(e.name),
  );
  const names = {};
  for (const e of inside) names[e.name] = (names[e.name] ?? 0) + e.dur / 1000;
  const topNames = Object.entries(names)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([n, d]) => `${n} ${d.toFixed(1)}`);
  return {
    phase: phaseOf(task),
    atSecond: loadAt === undefined ? undefined : +((task.ts - loadAt) / 1e6).toFixed(2),
    ms: task.dur / 1000,
    cpu: task.tdur === undefined ? undefined : task.tdur / 1000,
    ...sums,
    gc: gcEvents.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`),
    events: topNames,
    profile: profileOf(task.ts, end),
  };
}

// User timing isn't there; attribute a task to the infinite scroll or the scroll of the loaded list by
// the order of long-task entries the page observed (same count), else leave it unattributed.
const report = long.map(breakdown);
const inPhases = top.filter((t) => phaseOf(t) !== 'outside');
const sumCpu = inPhases.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000;
const over15 = inPhases.filter((t) => (t.tdur ?? 0) / 1000 > 15).length;
const cpuOf = (t) => (t.tdur ?? 0) / 1000;
const largest = inPhases
  .map(cpuOf)
  .sort((a, b) => b - a)
  .slice(0, 5)
  .map((x) => +x.toFixed(1));
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
      phases:
        loadAt === undefined
          ? undefined
          : {
              infinite: profileOf(loadAt, scrollAt, 25, 400),
              scroll: profileOf(scrollAt, endAt, 25, 400),
            },
      byPhase: Object.fromEntries(
        ['infinite scroll', 'scroll of the loaded list'].map((phase) => {
          const of = inPhases.filter((t) => phaseOf(t) === phase);
          const cpu = of.map(cpuOf).sort((a, b) => a - b);
          const at = (q) => +(cpu[Math.floor(q * (cpu.length - 1))] ?? 0).toFixed(1);
          return [
            phase,
            {
              tasks: of.length,
              cpuMs: Math.round(cpu.reduce((a, b) => a + b, 0)),
              over50msWall: of.filter((t) => t.dur / 1000 > LONG).length,
              longestWallMs: +(Math.max(0, ...of.map((t) => t.dur)) / 1000).toFixed(1),
              over50msCpu: cpu.filter((x) => x > LONG).length,
              over25msCpu: cpu.filter((x) => x > 25).length,
              cpuP99: at(0.99),
              cpuMax: at(1),
            },
          ];
        }),
      ),
      mainThread: {
        tasks: inPhases.length,
        cpuMs: Math.round(sumCpu),
        tasksOver15msCpu: over15,
        largestCpuMs: largest,
      },
      longTasks: report,
    },
    null,
    1,
  ),
);
