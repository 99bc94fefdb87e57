/**
 * Live-update tests: an adapter without `subscribe` (so the store polls), a page mounted on a store made
 * first with a simulated clock, and the "hidden" and "offline" states a real tab goes through.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { InboxStore } from '../../src/store/inbox-store.js';
import { FakeClock } from '../support/fake-clock.mjs';
import { ADAPTER_CALLS } from './adapter-calls.js';
import { DEFAULT_VIEW, callsOf, cards, root, settle } from '../requests-page-fixtures.js';

/** The adapter's ten calls (and its identity, if given) without its `subscribe`: a store on it polls. */
export function polled(adapter: MemoryAdapter, identity?: string): RequestsAdapter {
  const calls = Object.fromEntries(
    ADAPTER_CALLS.map((name) => [
      name,
      (...args: unknown[]) => (adapter[name] as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as unknown as RequestsAdapter;
  return identity ? Object.assign(calls, { identity }) : calls;
}

/** A page on `adapter` whose store runs on a simulated clock, its queue and counts loaded. */
export async function livePage(
  adapter: RequestsAdapter,
  memory: MemoryAdapter,
  pollInterval = 60_000,
): Promise<{ el: RequestsPage; clock: FakeClock; store: InboxStore }> {
  const clock = new FakeClock(Date.now());
  const store = InboxStore.for(adapter, { clock });
  const el = await fixture<RequestsPage>(
    html`<requests-page
      .adapter=${adapter}
      page-size="10"
      poll-interval=${pollInterval}
      direction=${DEFAULT_VIEW.direction}
      status=${DEFAULT_VIEW.status}
    ></requests-page>`,
  );
  await waitUntil(() => cards(el).length > 0 || root(el).querySelector('.empty'), 'list did not load');
  await settle(el);
  await waitUntil(() => callsOf(memory, 'countPending').length > 0);
  // The live layer is loaded by the first watch (a dynamic import).
  await import('../../src/store/live.js');
  await clock.advance(0);
  return { el, clock, store };
}

/** Makes the document say it is hidden (or visible again), as a tab in the background does. */
export function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Makes the browser say it is offline (or online again), with the event it fires. */
export function setOffline(offline: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}

/** Back to the real `visibilityState` and `onLine`. */
export function restoreEnvironment(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (navigator as { onLine?: unknown }).onLine;
}
