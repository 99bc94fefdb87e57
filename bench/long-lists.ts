/** Long lists: 100,000 pending requests against the same page with 100. */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import {
  sessions,
  frame,
  sleep,
  gc,
  until,
  microtasks,
  sessionList,
  root,
  cards,
  mount,
  countNodes,
  heap,
} from './support.js';

/** First render with 100,000 requests vs 100 (page size 100: both show 100 cards first). */
export async function longFirstScenario(samples: number) {
  const big = new MemoryAdapter({ sessionRequests: sessions(100_000), messageRequests: [] });
  const small = new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] });
  await big.listSessionRequests({ page: 1, pageSize: 100 }); // the adapter's one-time sort
  const out = { big: [] as number[], small: [] as number[] };
  for (let i = 0; i < samples + 2; i++) {
    for (const which of i % 2 ? (['big', 'small'] as const) : (['small', 'big'] as const)) {
      gc();
      await frame();
      const t0 = performance.now();
      const el = document.createElement('requests-page');
      el.setAttribute('page-size', '100');
      el.setAttribute('direction', 'all');
      el.setAttribute('status', 'all');
      el.adapter = which === 'big' ? big : small;
      document.body.append(el);
      await microtasks(() => cards(el).length > 0, 10);
      while (cards(el).length === 0) await sleep(0);
      await el.updateComplete;
      const all = cards(el);
      all[all.length - 1]!.getBoundingClientRect();
      const t = performance.now() - t0;
      el.remove();
      await sleep(20);
      if (i >= 2) out[which].push(t);
    }
  }
  return out;
}

/**
 * Scrolls a 100,000-request inbox to the end (infinite scroll through 1,000 pages), watching long
 * tasks; then the DOM size and the heap, against the same page with 100 requests.
 */
export async function longScrollScenario(total: number) {
  // The 100-request view as shipped (default threshold: virtualized, once settled), and in full.
  const settledView = async (attrs: Record<string, string>) => {
    const view = await mount(
      new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] }),
      attrs,
    );
    // Virtualized once the lazily loaded virtualizer has arrived (on a throttled CPU, after more frames).
    const virtual = attrs['virtualize-threshold'] !== 'Infinity';
    const until = performance.now() + 5000;
    while (virtual && !root(view).querySelector('.list.virtual') && performance.now() < until) await frame();
    for (let i = 0; i < 10; i++) await frame();
    const nodes = countNodes(root(view));
    view.remove();
    return nodes;
  };
  const hundredNodes = await settledView({ 'page-size': '100' });
  const hundredPlainNodes = await settledView({ 'page-size': '100', 'virtualize-threshold': 'Infinity' });
  const baseHeap = await heap();
  const small2 = await mount(new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] }), {
    'page-size': '100',
  });
  await frame();
  const hundredHeap = (await heap()) - baseHeap;
  small2.remove();

  const adapter = new MemoryAdapter({ sessionRequests: sessions(total), messageRequests: [] });
  const beforeHeap = await heap();
  const el = await mount(adapter, { 'page-size': '100' });
  const list = sessionList(el);
  const longTasks: number[] = [];
  /** Where each long task happened: the number of requests loaded at its start. */
  const longTaskAt: number[] = [];
  const timeline: [number, number][] = [];
  const loadedAt = (t: number) => timeline.findLast(([at]) => at <= t)?.[1] ?? 0;
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      longTasks.push(entry.duration);
      longTaskAt.push(loadedAt(entry.startTime));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  // Marks for a trace of this scenario (bench/trace-scroll.mjs): which phase a task belongs to.
  performance.mark('longScroll:load');
  const t0 = performance.now();
  let pages = 0;
  while (list.items.length < total) {
    const before = list.items.length;
    timeline.push([performance.now(), before]);
    // Keep scrolling down, like a user, until the next page arrives.
    const end = performance.now() + 5000;
    while (list.items.length === before && performance.now() < end) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    }
    if (list.items.length === before) {
      const sentinel = root(el).querySelector('.sentinel')?.getBoundingClientRect();
      const ul = root(el).querySelector<HTMLElement>('.list');
      throw new Error(
        `stuck at ${before}: ${JSON.stringify({ loading: list.loading, hasMore: list.hasMore, error: list.error?.kind, sentinel, y: scrollY, h: document.documentElement.scrollHeight, ul: ul?.className, style: ul?.style.cssText, view: root(el).querySelector<HTMLElement>('.list-view')?.style.cssText })}`,
      );
    }
    pages++;
  }
  const loadTime = performance.now() - t0;
  timeline.push([performance.now(), -1]); // -1: the scroll through the loaded list
  // Then scroll the whole loaded list from the top to the end, a screen per frame.
  window.scrollTo(0, 0);
  await frame();
  await frame();
  performance.mark('longScroll:scroll');
  const scrollStart = performance.now();
  const scrollTasksBefore = longTasks.length;
  let y = 0;
  let steps = 0;
  while (y < document.documentElement.scrollHeight - innerHeight) {
    y += innerHeight * 5;
    window.scrollTo(0, y);
    await frame();
    steps++;
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
  await frame();
  const scrollTime = performance.now() - scrollStart;
  await sleep(100);
  observer.disconnect();
  performance.mark('longScroll:end');
  // The virtualizer replaces estimated card heights with measured ones as cards render, so the end moves
  // for a few frames: follow it until the height holds still for 10 frames (at most 20 s: a 4× slower
  // CPU takes several seconds), as a user would.
  for (
    let still = 0, height = -1, until = performance.now() + 20_000;
    still < 10 && performance.now() < until;
  ) {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    const now = document.documentElement.scrollHeight;
    still = now === height ? still + 1 : 0;
    height = now;
  }
  const nodes = countNodes(root(el));
  const rendered = cards(el).length;
  const lastRendered = cards(el)[cards(el).length - 1]?.dataset.id;
  const bigHeap = (await heap()) - beforeHeap;
  // The same list shown again from scratch: switch tabs and back (the list is cached).
  const tabs = root(el).querySelector('request-tabs')!;
  tabs.shadowRoot!.querySelector<HTMLButtonElement>('#tab-message')!.click();
  await until(() => el.tab === 'message' && root(el).querySelector('.empty'), 'message tab');
  await frame();
  const t1 = performance.now();
  tabs.shadowRoot!.querySelector<HTMLButtonElement>('#tab-session')!.click();
  await microtasks(() => el.tab === 'session');
  await el.updateComplete;
  await microtasks(() => cards(el).length > 0);
  cards(el)[cards(el).length - 1]?.getBoundingClientRect();
  const rerender = performance.now() - t1;
  el.remove();
  return {
    pages,
    loadTime,
    scrollTime,
    steps,
    longTasks,
    longTaskAt,
    scrollLongTasks: longTasks.slice(scrollTasksBefore),
    nodes,
    hundredNodes,
    hundredPlainNodes,
    rendered,
    lastRendered,
    bigHeap,
    hundredHeap,
    rerender,
  };
}
