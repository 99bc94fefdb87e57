/** Interactions (open a detail, switch tabs, Accept → busy) and the plain-vs-virtualized threshold. */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { AnyRequest } from '../src/model/request.js';
import {
  message,
  sessions,
  frame,
  sleep,
  gc,
  until,
  microtasks,
  root,
  cards,
  fillList,
  mount,
  frameInterval,
} from './support.js';

/** Opening a request from the list: click → the detail rendered and its heading focused. */
export async function detailScenario(samples: number) {
  const adapter = new MemoryAdapter({ sessionRequests: sessions(40), messageRequests: [] });
  const el = await mount(adapter);
  const script: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const button = cards(el)[i % 10]!.querySelector('button')!;
    gc();
    await frame();
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    const detail = root(el).querySelector('session-request-detail') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await detail.updateComplete;
    await microtasks(() => detail.shadowRoot!.activeElement);
    const t1 = performance.now();
    detail.shadowRoot!.querySelector('#heading')!.getBoundingClientRect();
    const t2 = performance.now();
    if (!detail.shadowRoot!.activeElement) throw new Error('the heading was not focused');
    if (i >= 2) {
      script.push(t1 - t0);
      total.push(t2 - t0);
    }
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    await frame();
  }
  el.remove();
  return { script, total, frame: await frameInterval() };
}

/** Switching tabs when both lists are loaded and fresh: click → the other list rendered. */
export async function tabsScenario(samples: number, perTab: number) {
  const adapter = new MemoryAdapter({
    sessionRequests: sessions(perTab),
    messageRequests: Array.from({ length: perTab }, (_, i) => message(i)),
  });
  const el = await mount(adapter, { 'page-size': String(Math.min(perTab, 100)) });
  const tabs = root(el).querySelector('request-tabs')!;
  const select = async (tab: 'session' | 'message') => {
    tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
    await until(() => el.tab === tab && cards(el).length > 0 && !root(el).querySelector('.skeleton'), tab);
  };
  await select('message');
  await select('session');
  const calls = adapter.calls.length;
  const script: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const tab = el.tab === 'session' ? 'message' : 'session';
    const button = tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!;
    gc();
    await frame();
    const t0 = performance.now();
    button.click();
    await microtasks(() => el.tab === tab);
    await el.updateComplete;
    await microtasks(() => cards(el).length > 0 && cards(el)[0]!.dataset.id![0] === tab[0]);
    const t1 = performance.now();
    // A virtualized list (longer than the threshold) shows its cards after its first measure (a frame).
    while (!(cards(el).length > 0 && cards(el)[0]!.dataset.id![0] === tab[0])) await frame();
    const all = cards(el);
    all[all.length - 1]!.getBoundingClientRect();
    const t2 = performance.now();
    if (all[0]!.dataset.id![0] !== tab[0]) throw new Error('the tab did not switch');
    if (i >= 2) {
      script.push(t1 - t0);
      total.push(t2 - t0);
    }
  }
  const refetched = adapter.calls.length - calls;
  const virtualized = Boolean(root(el).querySelector('.list.virtual'));
  el.remove();
  return { script, total, refetched, virtualized, frame: await frameInterval() };
}

/** Accept: click → the buttons disabled (busy); in which frame it is painted. */
export async function acceptScenario(samples: number) {
  // Accept never answers within the benchmark: the view stays busy.
  class PendingAccept extends MemoryAdapter {
    override acceptSessionRequest(): Promise<never> {
      return new Promise(() => undefined);
    }
  }
  const adapter = new PendingAccept({ sessionRequests: sessions(60), messageRequests: [] });
  const el = await mount(adapter, { 'page-size': '60' });
  const script: number[] = [];
  const frames: number[] = [];
  const toFrame: number[] = [];
  let n = 0;
  for (let i = 0; i < samples + 2; i++) {
    // A received request (Accept is only offered there).
    while (cards(el)[n]!.querySelector('.open:not(.primary)')) n++;
    cards(el)[n++]!.querySelector('button')!.click();
    await el.updateComplete;
    const detail = root(el).querySelector('session-request-detail') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await until(() => detail.shadowRoot!.querySelector('[part~="accept-button"]'), 'accept button');
    const accept = detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!;
    gc();
    await frame();
    await sleep(0); // click in a task, mid-frame, like a user
    const t0 = performance.now();
    accept.click();
    await detail.updateComplete;
    const t1 = performance.now();
    let count = 0;
    let painted = 0;
    while (count < 10) {
      const at = await frame();
      count++;
      if (accept.disabled && accept.getAttribute('disabled') !== null) {
        painted = at - t0;
        break;
      }
    }
    if (i >= 2) {
      script.push(t1 - t0);
      frames.push(count);
      toFrame.push(painted);
    }
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    await frame();
  }
  el.remove();
  return { script, frames, toFrame, frame: await frameInterval() };
}

// ---- Threshold: plain vs virtualized first render ---------------------------------------------------

export async function thresholdScenario(sizes: number[], samples: number) {
  const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
  const el = await mount(adapter, { 'virtualize-threshold': '0' });
  // Load the virtualizer first (it is loaded once per page).
  const fill = (next: AnyRequest[]) => fillList(el, next);
  await fill(sessions(10));
  await until(() => root(el).querySelector('.list.virtual .card'), 'virtualizer');
  const out: Record<number, { plain: number[]; virtual: number[] }> = {};
  for (const n of sizes) {
    const items = sessions(n);
    out[n] = { plain: [], virtual: [] };
    for (let i = 0; i < samples + 2; i++) {
      for (const mode of i % 2 ? ['virtual', 'plain'] : ['plain', 'virtual']) {
        el.virtualizeThreshold = mode === 'plain' ? Infinity : 0;
        await fill([]);
        await el.updateComplete;
        gc();
        await frame();
        const t0 = performance.now();
        await fill(items);
        await el.updateComplete;
        await microtasks(() => cards(el).length > 0);
        // The virtualizer may need a frame (its ResizeObserver) before the first cards are in.
        while (cards(el).length === 0) await frame();
        const all = cards(el);
        all[all.length - 1]!.getBoundingClientRect();
        const t = performance.now() - t0;
        if (mode === 'virtual' && !root(el).querySelector('.list.virtual'))
          throw new Error('not virtualized');
        if (i >= 2) out[n]![mode as 'plain' | 'virtual'].push(t);
      }
    }
  }
  el.remove();
  return out;
}
