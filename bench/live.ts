/** Live updates: the cost of a poll that finds nothing (requests made, main-thread time). */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { RequestsAdapter } from '../src/adapters/types.js';
import { InboxStore, type Clock } from '../src/store/inbox-store.js';
import { sessions, gc, frame, until, root, cards } from './support.js';

/**
 * A <requests-page> on 40 pending requests with polling on, its store on a clock whose timers the bench
 * fires itself: each sample fires the poll's timer and times the main thread until the answer has been
 * taken in and the page has rendered (nothing else runs meanwhile). The adapter has no `subscribe`, as
 * MentorEd's, so the store polls; its calls are counted.
 */
export async function pollScenario(samples: number) {
  const memory = new MemoryAdapter({ sessionRequests: sessions(40), messageRequests: [], latencyMs: 0 });
  let calls = 0;
  const adapter = new Proxy(memory, {
    get(target, key) {
      if (key === 'subscribe') return undefined;
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as RequestsAdapter;
  let due: (() => void) | undefined;
  const clock: Clock = {
    now: () => Date.now(),
    setTimeout: (callback) => {
      due = callback;
      return 1;
    },
    clearTimeout: () => {
      due = undefined;
    },
  };
  const store = InboxStore.for(adapter, { clock });
  const el = document.createElement('requests-page');
  el.pollInterval = 60_000;
  el.adapter = adapter;
  document.body.append(el);
  await until(() => cards(el).length > 0 && !root(el).querySelector('.filters-pending'), 'the list');
  await until(() => due !== undefined, 'the poll timer');
  const time: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    gc();
    await frame();
    const before = calls;
    const loadedAt = store.counts.loadedAt;
    const fire = due!;
    due = undefined;
    // Done when the store says `change` with the new read taken in (then the page renders).
    const taken = new Promise<void>((resolve) => {
      const onChange = () => {
        if (store.counts.loadedAt === loadedAt) return;
        store.removeEventListener('change', onChange);
        resolve();
      };
      store.addEventListener('change', onChange);
    });
    const t0 = performance.now();
    fire();
    await taken;
    await el.updateComplete;
    const t1 = performance.now();
    if (i >= 2) {
      time.push(t1 - t0);
      requests.push(calls - before);
    }
  }
  el.remove();
  return { time, requests };
}
