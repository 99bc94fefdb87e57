// The analysis of a Chromium performance trace, shared by bench/trace-scroll.mjs (the long-list scroll)
// and bench/trace-boot.mjs (the demo's cold boot): the renderer's main-thread tasks, each long one (> 50 ms
// of wall time) taken apart into script, GC, style, layout and paint and the functions V8's sampling
// profiler saw in it, and per phase (between `performance.mark()`s) the CPU spent and its hottest functions.
const LONG = 50; // ms

/** Trace categories: tasks, script, style, layout, paint and GC, with V8's sampling profiler. */
export const FULL_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
];
/** Fewer categories (no sampling profile, no blink internals): a trace of minutes stays small. */
export const LIGHT_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/**
 * Starts tracing on a DevTools session (a page's or the browser's); `stop()` ends it and resolves with
 * the trace events.
 */
export async function startTrace(cdp, categories) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: categories },
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/**
 * `phases`: [label, markName][] in order; a phase runs from its mark to the next one's, the last one to
 * `endMark`. Tasks outside every phase are left out.
 */
export function analyseTrace(events, { phases, endMark }) {
  // The renderer's main thread: the one with `CrRendererMain` as its name and the page's work on it.
  const threadNames = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const mains = [...threadNames].filter(([, name]) => name === 'CrRendererMain').map(([k]) => k);
  const busiest = mains
    .map((key) => [
      key,
      events.filter((e) => `${e.pid}:${e.tid}` === key && e.name === 'FunctionCall').length,
    ])
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
  const starts = phases.map(([label, mark]) => [label, markAt(mark)]);
  const endAt = markAt(endMark);
  const loadAt = starts[0][1];
  const phaseOf = (t) => {
    if (loadAt === undefined || endAt === undefined || t.ts < loadAt || t.ts > endAt) return 'outside';
    return starts.findLast(([, at]) => at !== undefined && at <= t.ts)?.[0] ?? 'outside';
  };
  const phaseEnd = (i) => (i + 1 < starts.length ? starts[i + 1][1] : endAt);
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
      ts: task.ts,
      atSecond: loadAt === undefined ? undefined : +((task.ts - loadAt) / 1e6).toFixed(2),
      ms: task.dur / 1000,
      cpu: task.tdur === undefined ? undefined : task.tdur / 1000,
      ...sums,
      gc: gcEvents.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`),
      events: topNames,
      profile: profileOf(task.ts, end),
    };
  }

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
  return {
    phases:
      loadAt === undefined
        ? undefined
        : Object.fromEntries(starts.map(([label, at], i) => [label, profileOf(at, phaseEnd(i), 25, 400)])),
    byPhase: Object.fromEntries(
      starts.map(([phase]) => {
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
  };
}
