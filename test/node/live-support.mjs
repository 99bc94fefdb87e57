// Shared by the live store's Node tests (store-live*.test.mjs): a store on a simulated clock over a
// ScriptedAdapter, with what it says (`remote-change`, `error`) recorded, and the page's first reads.
import { InboxStore } from '../../dist/store/index.js';
import { FakeClock, ScriptedAdapter, message, session } from './store-support.mjs';

export const MINUTE = 60_000;
export const QUEUE = { kind: 'session', pageSize: 5 };

export function setup({
  sessions = 3,
  messages = 1,
  withIds = true,
  identity,
  clock = new FakeClock(),
} = {}) {
  const adapter = new ScriptedAdapter({
    sessions: Array.from({ length: sessions }, (_, i) => session(i)),
    messages: Array.from({ length: messages }, (_, i) => message(i)),
    now: clock.now,
    withIds,
    identity,
  });
  const store = new InboxStore(adapter, { clock });
  const remote = [];
  store.addEventListener('remote-change', (e) => remote.push(e.detail));
  const errors = [];
  store.addEventListener('error', (e) => errors.push(e));
  return { clock, adapter, store, remote, errors };
}

/** Loads the queue and the counts, as a page does when it shows them. */
export async function shown(store) {
  await Promise.all([store.ensure(QUEUE), store.loadCounts()]);
}

/** The counts reads that reached the adapter. */
export const polls = (adapter) => adapter.callsOf('countPending').length;
