// The boot rows of `npm run bench` alone: N cold boots of the demo under a profile (scripts/bench-boot.mjs),
// medians and the median boot's long tasks, in about a minute. Not part of `npm run bench` nor `npm test`:
// a quick before/after for a change to the first load (docs/performance.md, "The first load, third pass").
// The machine's noise moves a median by about ±50 ms: compare runs made back to back.
//
// Usage: node bench/boot.mjs [--profile low-end|desktop] [--samples N]
// Needs `npm run build` first (the emulation is served from dist/mocks).
import { chromium } from 'playwright-core';
import { bootScenario, serveDemoBoot } from '../scripts/bench-boot.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { measureSpeed } from '../scripts/bench-speed.mjs';
import { option, profileOption } from './cli.mjs';

const profile = profileOption();
const samples = Math.max(1, Number(option('--samples', 11)));

const served = await serveDemoBoot();
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  // The machine's speed before and after (scripts/bench-speed.mjs): the boots' milliseconds depend on it.
  const speedBefore = await measureSpeed(browser, profile.cpuRate);
  const r = await bootScenario(browser, profile, served.url, samples);
  const speedAfter = await measureSpeed(browser, profile.cpuRate);
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const blocking = median(r.blocking);
  console.log(
    JSON.stringify(
      {
        profile: profile.name,
        samples,
        benchmarkIndex: { before: speedBefore, after: speedAfter },
        card: Math.round(median(r.card)),
        fcp: Math.round(median(r.fcp)),
        tti: Math.round(median(r.tti)),
        blocking,
        blockingFromNavigation: median(r.blockingFromNavigation),
        detail: Math.round(median(r.detail)),
        bytes: median(r.bytes),
        blockingAll: r.blocking,
        detailAll: r.detail.map(Math.round),
        longTasksOfTheMedianBoot: r.longTasks[r.blocking.indexOf(blocking)],
      },
      null,
      1,
    ),
  );
} finally {
  await browser.close();
  await served.close();
}
