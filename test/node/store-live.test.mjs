// The store's live updates in plain Node, from dist/ (no DOM) on a simulated clock: the poll (one
// countPending per interval, the smallest interval of the watches, none when released or 0), what a poll
// that finds a change does (remote-change with the ids, the shown list's background look, the requests that
// left read again), backoff and one error per run of failures, pushes, and two stores of one identity
// sharing actions over a BroadcastChannel (Node has one; it has no Web Locks, so each store polls itself).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptRequest } from '../../dist/store/index.js';
import { watchStore } from '../../dist/store/live.js';
import { MINUTE, QUEUE, polls, setup, shown } from './live-support.mjs';
import { HOUR, flush, session } from './store-support.mjs';

async function watching(store, pollInterval) {
  const release = watchStore(store, pollInterval === undefined ? {} : { pollInterval });
  await flush();
  return release;
}

describe('live: the poll', () => {
  it('reads the counts once per interval (60 s by default): an hour is 60 polls, and none after release', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const before = polls(adapter);
    const release = await watching(store);
    await clock.advance(HOUR);
    assert.equal(polls(adapter) - before, 60);
    release();
    await clock.advance(HOUR);
    assert.equal(polls(adapter) - before, 60);
    assert.equal(clock.pending, 0, 'no timer left behind');
  });

  it('polls at the smallest positive interval of its watches; 0 asks for none', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const off = await watching(store, 0);
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 1, 'only the first read: an interval of 0 does not poll');
    const slow = await watching(store, 5 * MINUTE);
    const fast = await watching(store, MINUTE);
    // The counts are 10 minutes old: a read at once, then one a minute.
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 12);
    fast();
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 14);
    slow();
    off();
  });

  it('waits one interval after the last read, its own or the page’s: no second read at start', async () => {
    const { clock, adapter, store } = setup();
    const loading = store.loadCounts();
    const release = await watching(store, MINUTE);
    await loading;
    await clock.advance(MINUTE - 1);
    assert.equal(polls(adapter), 1);
    await clock.advance(1);
    assert.equal(polls(adapter), 2);
    release();
  });

  it('backs off after failures (the interval doubles) and reports one error per run of failures', async () => {
    const { clock, adapter, store, errors } = setup();
    await shown(store);
    const release = await watching(store, MINUTE);
    adapter.failNext('countPending', 'network');
    // Failures at 1, 1+2, 1+2+4 minutes; then it succeeds 8 minutes later and the rhythm is back.
    await clock.advance(MINUTE);
    adapter.failNext('countPending', 'network');
    await clock.advance(2 * MINUTE);
    adapter.failNext('countPending', 'network');
    await clock.advance(4 * MINUTE);
    assert.equal(polls(adapter), 4);
    await clock.advance(8 * MINUTE);
    assert.equal(polls(adapter), 5);
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 6);
    const countErrors = errors.filter((e) => e.action === 'count');
    assert.equal(countErrors.length, 1);
    assert.equal(countErrors[0].kind, 'all');
    assert.equal(countErrors[0].error.kind, 'network');
    release();
  });
});

describe('live: what a poll that finds a change does', () => {
  it('a new request: remote-change with its id, the queue looks at its first page and offers it without moving', async () => {
    const { clock, adapter, store, remote } = setup();
    await shown(store);
    const release = await watching(store, MINUTE);
    const list = store.list(QUEUE);
    const before = list.items.map((r) => r.id);
    adapter.sessions.unshift(session(9));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: ['s9'], updated: [], removed: [] }]);
    assert.deepEqual(
      list.items.map((r) => r.id),
      before,
      'what the user sees does not move',
    );
    assert.deepEqual(
      list.newItems.map((r) => r.id),
      ['s9'],
    );
    assert.equal(store.counts.value.session, 4);
    await list.reload();
    assert.equal(list.items[0].id, 's9');
    assert.deepEqual(list.newItems, []);
    release();
  });

  it('a request handled elsewhere: removed, read again, and gone from the queue; the counts follow', async () => {
    const { clock, adapter, store, remote } = setup();
    await shown(store);
    const release = await watching(store, MINUTE);
    adapter.sessions[1].status = 'accepted';
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: [], removed: ['s1'] }]);
    assert.equal(adapter.callsOf('getSessionRequest').length, 1);
    assert.equal(store.get('session', 's1').status, 'accepted');
    assert.equal(store.list(QUEUE).has('s1'), false);
    assert.equal(store.counts.value.session, 2);
    release();
  });

  it('a poll that finds nothing costs one read and says nothing', async () => {
    const { clock, adapter, store, remote } = setup();
    await shown(store);
    const calls = adapter.calls.length;
    const release = await watching(store, MINUTE);
    await clock.advance(MINUTE);
    assert.equal(adapter.calls.length - calls, 1);
    assert.deepEqual(remote, []);
    release();
  });

  it('the store’s own accept is not mistaken for a change elsewhere at the next poll', async () => {
    const { clock, store, remote } = setup();
    await shown(store);
    const release = await watching(store, MINUTE);
    await acceptRequest(store, 'session', 's0');
    await clock.advance(MINUTE);
    assert.deepEqual(remote, []);
    release();
  });

  it('an adapter that gives only numbers: an arrival is still seen (the count moved), with no ids', async () => {
    const { clock, adapter, store, remote } = setup({ withIds: false });
    await shown(store);
    const release = await watching(store, MINUTE);
    adapter.sessions.push(session(7));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: [], removed: [] }]);
    assert.deepEqual(
      store.list(QUEUE).newItems.map((r) => r.id),
      ['s7'],
    );
    release();
  });

  it('an arrival and a departure in one interval: the ids tell, the numbers alone would not', async () => {
    const { clock, adapter, store, remote } = setup();
    await shown(store);
    const release = await watching(store, MINUTE);
    adapter.sessions[0].status = 'rejected';
    adapter.sessions.push(session(8));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: ['s8'], updated: [], removed: ['s0'] }]);
    release();
  });
});

describe('live: pushes', () => {
  it('an adapter with subscribe is not polled: a push reads the pushed requests it holds and the counts', async () => {
    const { clock, adapter, store, remote } = setup();
    let listener;
    let unsubscribed = 0;
    adapter.subscribe = (l) => {
      listener = l;
      return () => unsubscribed++;
    };
    await shown(store);
    const release = await watching(store, MINUTE);
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 1, 'no poll');
    adapter.sessions[2].status = 'rejected';
    listener({ kind: 'session', ids: ['s2'] });
    await flush();
    await flush();
    assert.equal(store.get('session', 's2').status, 'rejected');
    assert.deepEqual(remote, [
      { kind: 'session', added: [], updated: [], removed: ['s2'] },
      { kind: 'session', added: [], updated: ['s2'], removed: [] },
    ]);
    release();
    assert.equal(unsubscribed, 1);
  });
});

describe('live: two tabs of one identity (BroadcastChannel)', () => {
  it('an accept in one store is shown by the other with no request of its own; another identity hears nothing', async () => {
    const a = setup({ identity: 'https://mentored.example|u1' });
    const b = setup({ identity: 'https://mentored.example|u1' });
    const c = setup({ identity: 'https://mentored.example|u2' });
    for (const tab of [a, b, c]) await shown(tab.store);
    const releases = [];
    for (const tab of [a, b, c]) releases.push(await watching(tab.store, 0));
    const callsB = b.adapter.calls.length;
    const callsC = c.adapter.calls.length;
    await acceptRequest(a.store, 'session', 's0');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(b.store.get('session', 's0').status, 'accepted');
    assert.equal(b.store.list(QUEUE).has('s0'), false);
    assert.equal(b.store.counts.value.session, 2);
    assert.deepEqual(b.remote, [{ kind: 'session', added: [], updated: ['s0'], removed: ['s0'] }]);
    assert.equal(b.adapter.calls.length, callsB, 'no request from the other tab');
    assert.equal(c.store.get('session', 's0').status, 'requested');
    assert.deepEqual(c.remote, []);
    assert.equal(c.adapter.calls.length, callsC);
    for (const release of releases) release();
  });
});

describe('live: where the platform lacks a part', () => {
  it('without BroadcastChannel, a store with an identity polls on its own and nothing breaks', async () => {
    const saved = globalThis.BroadcastChannel;
    delete globalThis.BroadcastChannel;
    try {
      const { clock, adapter, store } = setup({ identity: 'https://mentored.example|u1' });
      await shown(store);
      const release = await watching(store, MINUTE);
      await clock.advance(3 * MINUTE);
      assert.equal(polls(adapter), 4);
      await acceptRequest(store, 'session', 's0');
      assert.equal(store.counts.value.session, 2);
      release();
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});

describe('live: a first read that failed', () => {
  it('begins the run of failures: the first poll waits (backoff) and a second failure says nothing more', async () => {
    const { clock, adapter, store, errors } = setup();
    adapter.failNext('countPending', 'network');
    await store.loadCounts(); // the element's own first read, which reports its failure itself
    const release = await watching(store, MINUTE);
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 1, 'no poll at once, none after one interval');
    adapter.failNext('countPending', 'network');
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 2);
    assert.equal(errors.filter((e) => e.action === 'count').length, 1, 'one error for the run');
    release();
  });
});
