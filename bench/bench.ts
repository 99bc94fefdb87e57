/**
 * Benchmark page for `npm run bench` (scripts/bench.mjs bundles it with esbuild in production mode and
 * drives it in headless Chromium). Every scenario returns raw samples (ms); the runner takes medians
 * and ratios. Each figure has its baseline measured in the same page and run:
 *
 * - cards: <requests-page>'s list (virtualization off) vs a hand-written vanilla-DOM list that builds
 *   the same markup with document.createElement (checked equal), in a shadow root with the same styles;
 * - interactions (open a detail, switch tabs, Accept → busy): the frame interval measured in this page;
 * - long lists (100,000 requests): the same page with 100 requests.
 */
import { ready } from '../src/define.js';
import { cardsScenario } from './cards.js';
import { acceptScenario, detailScenario, tabsScenario, thresholdScenario } from './interactions.js';
import { longFirstScenario, longScrollScenario } from './long-lists.js';
import { pollScenario } from './live.js';
import { frameInterval } from './support.js';

// The figures are for a loaded page: the details' chunk (define.ts) has arrived before any sample.
await ready;

const api = {
  cards: cardsScenario,
  detail: detailScenario,
  tabs: tabsScenario,
  accept: acceptScenario,
  threshold: thresholdScenario,
  longFirst: longFirstScenario,
  longScroll: longScrollScenario,
  poll: pollScenario,
  frameInterval,
  devMode: () => Boolean((globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.size),
};
(window as unknown as { bench: typeof api }).bench = api;
document.title = 'ready';
