// The store's live updates (src/store/live.ts) where a browser differs from Node, and their edges, from
// dist/ on a simulated clock: the document's visibility and the window's online / offline events (the fake
// environment of fake-env.mjs), the platform's timers when a store has no clock, the interval of several
// watches and what counts as one, pushes that are not well formed, and what a poll that finds a change
// does to lists and records in the cases store-live.test.mjs does not reach (a message request, lists of
// other statuses, an empty list, a look that a reload overtook, requests the store does not hold, more
// than ten at once, a request gone on the server). docs/live.md says what each test expects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InboxStore, acceptRequest } from '../../dist/store/index.js';
import { watchStore } from '../../dist/store/live.js';
import { RequestsError } from '../../dist/model/errors.js';
import { MINUTE, QUEUE, polls, setup, shown } from './live-support.mjs';
import { ScriptedAdapter, deferred, flush, message, session } from './store-support.mjs';
import { deliver, withEnv } from './fake-env.mjs';

const listCalls = (adapter) => adapter.callsOf('listSessionRequests').length;

describe('live in a browser: the document’s visibility', () => {
  it('a hidden tab makes no request; shown again it reads at once when a read is due, else when it is due', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      await clock.advance(MINUTE);
      assert.equal(polls(adapter), 2, 'the first read, then one poll');
      await clock.advance(10_000);
      env.hide();
      await clock.advance(10 * MINUTE);
      assert.equal(polls(adapter), 2, 'none while hidden');
      assert.equal(clock.pending, 0, 'no timer while hidden');
      env.show();
      await clock.advance(0);
      assert.equal(polls(adapter), 3, 'a read at once: one was due');
      await clock.advance(MINUTE - 1);
      assert.equal(polls(adapter), 3);
      await clock.advance(1);
      assert.equal(polls(adapter), 4, 'then the usual rhythm');
      // Hidden for less than an interval: no read at once, the next one when it is due.
      await clock.advance(20_000);
      env.hide();
      await clock.advance(20_000);
      env.show();
      await clock.advance(0);
      assert.equal(polls(adapter), 4);
      await clock.advance(MINUTE - 40_000 - 1);
      assert.equal(polls(adapter), 4);
      await clock.advance(1);
      assert.equal(polls(adapter), 5);
    }));

  it('hiding cancels a poll on its way: its signal aborts, and it says nothing', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store, remote, errors } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      const gate = adapter.hold('countPending');
      await clock.advance(MINUTE);
      const call = adapter.callsOf('countPending')[1];
      assert.equal(call.signal.aborted, false);
      adapter.sessions.push(session(7));
      env.hide();
      assert.equal(call.signal.aborted, true, 'the request is cancelled');
      gate.resolve();
      await flush();
      assert.deepEqual(errors, []);
      assert.deepEqual(remote, []);
      assert.equal(store.counts.value.session, 3);
    }));

  it('a cancelled poll that ends late, while the next one is on its way, starts no third', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      const first = adapter.hold('countPending');
      await clock.advance(MINUTE);
      env.hide();
      await clock.advance(MINUTE);
      const second = adapter.hold('countPending');
      env.show();
      await clock.advance(0);
      assert.equal(polls(adapter), 3, 'visible again: the due read');
      first.resolve();
      await flush();
      await clock.advance(3 * MINUTE);
      assert.equal(polls(adapter), 3, 'one poll at a time');
      second.resolve();
      await clock.advance(MINUTE);
      assert.equal(polls(adapter), 4);
    }));

  it('an adapter that ignores the cancel: its late answer is dropped, and a late failure says nothing', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store, remote, errors } = setup();
      await shown(store);
      const answers = [];
      const read = adapter.countPending.bind(adapter);
      // Answers whatever the signal says (a server that answered before the cancel reached it).
      adapter.countPending = () => {
        const answer = deferred();
        answers.push(answer);
        return answer.promise;
      };
      env.track(watchStore(store, { pollInterval: MINUTE }));
      await clock.advance(MINUTE);
      assert.equal(answers.length, 1);
      adapter.sessions.push(session(7));
      env.hide();
      answers[0].resolve(await read());
      await flush();
      assert.deepEqual(remote, [], 'the answer of a cancelled poll is not taken');
      assert.equal(store.counts.value.session, 3);
      await clock.advance(MINUTE);
      env.show();
      await clock.advance(0);
      assert.equal(answers.length, 2, 'visible again: the due read');
      env.hide();
      answers[1].reject(new RequestsError('network', 'offline'));
      await flush();
      assert.deepEqual(errors, [], 'nor its failure');
      await clock.advance(MINUTE);
      env.show();
      await clock.advance(0);
      assert.equal(answers.length, 3);
      answers[2].resolve(await read());
      await flush();
      assert.deepEqual(remote, [{ kind: 'session', added: ['s7'], updated: [], removed: [] }]);
    }));
});

describe('live in a browser: online and offline', () => {
  it('offline: no request; back online after more than an interval: a read at once, then the usual rhythm', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      await clock.advance(MINUTE + 10_000);
      assert.equal(polls(adapter), 2);
      env.offline();
      assert.equal(clock.pending, 0, 'the timer stops');
      await clock.advance(5 * MINUTE);
      assert.equal(polls(adapter), 2, 'none while offline');
      env.online();
      await clock.advance(0);
      assert.equal(polls(adapter), 3, 'a read at once');
      await clock.advance(MINUTE - 1);
      assert.equal(polls(adapter), 3);
      await clock.advance(1);
      assert.equal(polls(adapter), 4);
    }));

  it('offline for less than an interval: back online, a read at once all the same (what changed meanwhile)', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      await clock.advance(10_000);
      env.offline();
      await clock.advance(5_000);
      env.online();
      await clock.advance(0);
      assert.equal(polls(adapter), 2, 'the page’s read, then one at once (not at 60 s)');
      await clock.advance(MINUTE - 1);
      assert.equal(polls(adapter), 2);
      await clock.advance(1);
      assert.equal(polls(adapter), 3, 'then one interval after it');
    }));

  it('navigator.onLine is false before the event fires: the poll that falls due then is not made', async () =>
    withEnv(async (env) => {
      const { clock, adapter, store } = setup();
      await shown(store);
      env.track(watchStore(store, { pollInterval: MINUTE }));
      env.navigator.onLine = false;
      await clock.advance(3 * MINUTE);
      assert.equal(polls(adapter), 1);
      env.online();
      await clock.advance(0);
      assert.equal(polls(adapter), 2);
    }));

  it('without a navigator (Node), the store polls, an identity or not', async () =>
    withEnv(async () => {
      delete globalThis.navigator;
      const { clock, adapter, store } = setup({ identity: 'https://mentored.example|no-navigator' });
      await shown(store);
      const release = watchStore(store, { pollInterval: MINUTE });
      await clock.advance(2 * MINUTE);
      assert.equal(polls(adapter), 3);
      release();
    }));

  it('the watches share one set of listeners, and the last one to end leaves none on the document or the window', async () =>
    withEnv(async (env) => {
      const { clock, store } = setup();
      await shown(store);
      const page = env.track(watchStore(store, { pollInterval: MINUTE }));
      const badge = env.track(watchStore(store));
      assert.equal(env.document.listenerCount('visibilitychange'), 1);
      assert.equal(env.window.listenerCount('online'), 1);
      assert.equal(env.window.listenerCount('offline'), 1);
      page();
      assert.equal(env.listeners(), 3, 'the badge still watches');
      badge();
      assert.equal(env.listeners(), 0);
      assert.equal(clock.pending, 0);
    }));
});

describe('live: the platform’s timers (a store given no clock)', () => {
  it('polls on them, and leaves none behind when the last watch ends', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0)], withIds: true });
    const store = new InboxStore(adapter);
    await store.loadCounts();
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const release = watchStore(store, { pollInterval: 20 });
    try {
      const deadline = Date.now() + 2000;
      while (polls(adapter) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      assert.ok(polls(adapter) >= 3, 'it polled every 20 ms');
      await flush();
      const before = timers();
      release();
      assert.equal(timers(), before - 1, 'its timer is cleared');
    } finally {
      release();
    }
  });
});

describe('live: the interval', () => {
  it('is the smallest positive interval of the watches, in whatever order they came; 0 never is', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const fast = watchStore(store, { pollInterval: MINUTE });
    const slow = watchStore(store, { pollInterval: 5 * MINUTE });
    const none = watchStore(store, { pollInterval: 0 });
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 11);
    fast();
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 13);
    slow();
    await clock.advance(10 * MINUTE);
    assert.equal(polls(adapter), 13, 'a watch of 0 alone: no polling');
    none();
  });

  it('a whole number of ms ≥ 0 (a numeric text too); anything else is the default, 60 s', async () => {
    const cases = [
      [null, MINUTE],
      [undefined, MINUTE],
      [-1, MINUTE],
      [Number.NaN, MINUTE],
      ['soon', MINUTE],
      [Number.POSITIVE_INFINITY, MINUTE],
      ['30000', 30_000],
      [45_000.9, 45_000],
    ];
    for (const [pollInterval, expected] of cases) {
      const { clock, adapter, store } = setup();
      await shown(store);
      const release = watchStore(store, { pollInterval });
      await clock.advance(expected - 1);
      assert.equal(polls(adapter), 1, `${String(pollInterval)}: not before ${expected} ms`);
      await clock.advance(1);
      assert.equal(polls(adapter), 2, `${String(pollInterval)}: at ${expected} ms`);
      release();
    }
  });
});

describe('live: polls on the way', () => {
  it('a poll that takes longer than the interval is not joined by a second one; the next is one interval after its answer', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    const gate = adapter.hold('countPending');
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 2);
    // Another element starts watching meanwhile.
    const badge = watchStore(store, { pollInterval: MINUTE });
    await clock.advance(3 * MINUTE);
    assert.equal(polls(adapter), 2, 'one poll at a time');
    gate.resolve();
    await flush();
    await clock.advance(MINUTE - 1);
    assert.equal(polls(adapter), 2);
    await clock.advance(1);
    assert.equal(polls(adapter), 3);
    release();
    badge();
  });

  it('a failed counts read of the page, then another element watching: the poll is not put off', async () => {
    const { clock, adapter, store, errors } = setup();
    await shown(store);
    const page = watchStore(store, { pollInterval: MINUTE });
    await clock.advance(30_000);
    adapter.failNext('countPending', 'network');
    await store.loadCounts();
    assert.equal(errors.length, 1, 'the page’s read says so itself');
    const badge = watchStore(store, { pollInterval: MINUTE });
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 3, 'polled within an interval of the failed read');
    page();
    badge();
  });

  it('a poll answered "aborted" that the store did not cancel: no error, and no backoff', async () => {
    const { clock, adapter, store, errors } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.failNext('countPending', 'aborted');
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 2);
    await clock.advance(MINUTE);
    assert.equal(polls(adapter), 3, 'one interval later');
    assert.deepEqual(errors, []);
    release();
  });

  it('the first counts a store gets from a poll are taken as they are: no change said, no error', async () => {
    const { clock, adapter, store, remote, errors } = setup();
    await store.ensure(QUEUE);
    const release = watchStore(store, { pollInterval: MINUTE });
    await clock.advance(0);
    assert.equal(polls(adapter), 1, 'no counts yet: a read at once');
    assert.deepEqual(store.counts.value, {
      session: 3,
      message: 1,
      ids: { session: ['s0', 's1', 's2'], message: ['m0'] },
    });
    assert.deepEqual(remote, []);
    assert.deepEqual(errors, []);
    release();
  });
});

describe('live: what a poll that finds a change does (more cases)', () => {
  it('a new message request: remote-change of kind message, offered by the message queue', async () => {
    const { clock, adapter, store, remote } = setup({ messages: 2 });
    const messages = { kind: 'message', pageSize: 5 };
    await Promise.all([store.ensure(messages), store.loadCounts()]);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.messages.unshift(message(9));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'message', added: ['m9'], updated: [], removed: [] }]);
    assert.deepEqual(
      store.list(messages).newItems.map((r) => r.id),
      ['m9'],
    );
    assert.equal(store.counts.value.message, 3);
    release();
  });

  it('a list of every status looks at its first page too; a list of handled requests reloads when shown next', async () => {
    const { clock, adapter, store } = setup();
    store.freshness = 10 * MINUTE;
    const all = { kind: 'session', filter: { status: 'all' }, pageSize: 5 };
    const accepted = { kind: 'session', filter: { status: 'accepted' }, pageSize: 5 };
    await Promise.all([store.ensure(all), store.ensure(accepted), store.loadCounts()]);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.sessions.unshift(session(9));
    const calls = listCalls(adapter);
    await clock.advance(MINUTE);
    assert.deepEqual(
      store.list(all).newItems.map((r) => r.id),
      ['s9'],
    );
    assert.equal(listCalls(adapter), calls + 1, 'one look: the list of all');
    await store.ensure(all);
    assert.equal(listCalls(adapter), calls + 1, 'still fresh');
    await store.ensure(accepted);
    assert.equal(listCalls(adapter), calls + 2, 'the accepted list reloads when shown');
    release();
  });

  it('the look takes in what changed in the requests shown: they show as the server has them now', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.sessions[1].title = 'Moved to Friday';
    adapter.sessions.unshift(session(9));
    await clock.advance(MINUTE);
    const list = store.list(QUEUE);
    assert.equal(list.items.find((r) => r.id === 's1').title, 'Moved to Friday');
    assert.equal(store.get('session', 's1').title, 'Moved to Friday');
    release();
  });

  it('an empty list shows what arrived at once; an empty list with nothing new reads nothing more', async () => {
    const { clock, adapter, store } = setup({ sessions: 0, withIds: false });
    const sent = { kind: 'session', filter: { direction: 'sent' }, pageSize: 5 };
    await Promise.all([store.ensure(QUEUE), store.ensure(sent), store.loadCounts()]);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.sessions.push(session(9));
    const calls = listCalls(adapter);
    await clock.advance(MINUTE);
    const queue = store.list(QUEUE);
    assert.deepEqual(
      queue.items.map((r) => r.id),
      ['s9'],
    );
    assert.deepEqual(queue.newItems, [], 'nothing to offer: it is shown');
    assert.deepEqual(store.list(sent).items, []);
    // Both lists looked; the queue read its first page again to show it; the sent list did not.
    assert.equal(listCalls(adapter), calls + 3);
    release();
  });

  it('a look overtaken by a reload is dropped: it never offers what the reload already shows as gone', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    const list = store.list(QUEUE);
    const gate = deferred();
    const page = adapter.listSessionRequests.bind(adapter);
    // The look's page as the server had it, answered late.
    adapter.listSessionRequests = async (q, o) => {
      adapter.listSessionRequests = page;
      const answer = await page(q, o);
      await gate.promise;
      return answer;
    };
    adapter.sessions.unshift(session(9));
    await clock.advance(MINUTE);
    adapter.sessions[0].status = 'rejected';
    await list.reload();
    gate.resolve();
    await flush();
    assert.deepEqual(list.newItems, []);
    assert.equal(list.has('s9'), false);
    release();
  });

  it('a list that is loading is not looked at: its load reads the server anyway', async () => {
    const { clock, adapter, store } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    const list = store.list(QUEUE);
    const gate = adapter.hold('listSessionRequests');
    const reloading = list.reload();
    adapter.sessions.unshift(session(9));
    const calls = listCalls(adapter);
    await clock.advance(MINUTE);
    assert.equal(listCalls(adapter), calls, 'no look');
    gate.resolve();
    await reloading;
    assert.equal(list.items[0].id, 's9');
    assert.deepEqual(list.newItems, []);
    release();
  });

  it('a look that fails changes nothing and reports nothing (a background read); the next poll looks again', async () => {
    const { clock, adapter, store, remote, errors } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    const list = store.list(QUEUE);
    adapter.sessions.unshift(session(9));
    adapter.failNext('listSessionRequests', 'network');
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: ['s9'], updated: [], removed: [] }]);
    assert.deepEqual(
      list.items.map((r) => r.id),
      ['s0', 's1', 's2'],
    );
    assert.deepEqual(list.newItems, []);
    assert.equal(list.error, undefined);
    assert.deepEqual(errors, []);
    // The next poll finds the same counts, and looks at the list again: the new request is offered.
    await clock.advance(MINUTE);
    assert.deepEqual(
      list.newItems.map((r) => r.id),
      ['s9'],
    );
    assert.equal(remote.length, 1, 'the change was said once');
    release();
  });

  it('counts with ids, then without: compared by the numbers', async () => {
    const { clock, adapter, store, remote, errors } = setup();
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.withIds = false;
    adapter.sessions.push(session(7));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: [], removed: [] }]);
    assert.deepEqual(errors, []);
    release();
  });

  it('ids that are not texts are not ids: compared by the numbers', async () => {
    const { clock, adapter, store, remote } = setup();
    const read = adapter.countPending.bind(adapter);
    // A host's adapter that gives the server's numeric ids.
    adapter.countPending = async (options) => {
      const counts = await read(options);
      return {
        ...counts,
        ids: { session: counts.ids.session.map((id) => Number(id.slice(1))), message: [] },
      };
    };
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.sessions.push(session(7));
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: [], removed: [] }]);
    release();
  });

  it('a request that left the queue and that the store does not hold is not read', async () => {
    const { clock, adapter, store, remote } = setup({ sessions: 4 });
    await Promise.all([store.ensure({ kind: 'session', pageSize: 2 }), store.loadCounts()]);
    const release = watchStore(store, { pollInterval: MINUTE });
    adapter.sessions[3].status = 'rejected';
    await clock.advance(MINUTE);
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: [], removed: ['s3'] }]);
    assert.equal(adapter.callsOf('getSessionRequest').length, 0);
    release();
  });

  it('up to 10 held requests that left are read one by one; more at once reload the lists when shown', async () => {
    for (const [left, reads, reloads] of [
      [10, 10, 0],
      [11, 0, 1],
    ]) {
      const { clock, adapter, store } = setup({ sessions: 12 });
      store.freshness = 10 * MINUTE;
      const queue = { kind: 'session', pageSize: 20 };
      await Promise.all([store.ensure(queue), store.loadCounts()]);
      const release = watchStore(store, { pollInterval: MINUTE });
      for (let i = 0; i < left; i++) adapter.sessions[i].status = 'accepted';
      await clock.advance(MINUTE);
      assert.equal(adapter.callsOf('getSessionRequest').length, reads, `${left} left: read one by one`);
      const calls = listCalls(adapter);
      await store.ensure({ kind: 'session', filter: { status: 'accepted' }, pageSize: 20 });
      assert.equal(listCalls(adapter), calls + 1);
      await store.ensure(queue);
      assert.equal(listCalls(adapter), calls + 1 + reloads, `${left} left: the queue reloads`);
      release();
    }
  });

  it('a request that left and is gone on the server: its lists reload; a read that fails says so, with its id', async () => {
    const { clock, adapter, store, errors } = setup({ sessions: 4 });
    store.freshness = 10 * MINUTE;
    await shown(store);
    const release = watchStore(store, { pollInterval: MINUTE });
    // s1 deleted on the server, s2 handled but its read fails, s3 handled but its read is cancelled.
    adapter.sessions.splice(1, 1);
    await clock.advance(MINUTE);
    assert.deepEqual(errors, [], 'gone is not an error');
    let calls = listCalls(adapter);
    await store.ensure(QUEUE);
    assert.equal(listCalls(adapter), calls + 1, 'the queue reloads');
    assert.equal(store.list(QUEUE).has('s1'), false);

    adapter.sessions[1].status = 'accepted';
    adapter.failNext('getSessionRequest', 'network');
    await clock.advance(MINUTE);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].kind, 'session');
    assert.equal(errors[0].action, 'open');
    assert.equal(errors[0].id, 's2');
    assert.equal(errors[0].error.kind, 'network');
    calls = listCalls(adapter);
    await store.ensure(QUEUE);
    assert.equal(listCalls(adapter), calls, 'a failed read leaves the queue as it is');

    adapter.sessions[2].status = 'accepted';
    adapter.failNext('getSessionRequest', 'aborted');
    await clock.advance(MINUTE);
    assert.equal(errors.length, 1, 'a cancelled read is no error');
    release();
  });
});

describe('live: pushes (more cases)', () => {
  /** An adapter that pushes to every listener it has, as MemoryAdapter does. */
  function pushing(tab) {
    const listeners = new Set();
    tab.adapter.subscribe = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    tab.push = (change) => {
      for (const listener of listeners) listener(change);
    };
    tab.listeners = listeners;
    return tab;
  }

  it('one subscription for all the watches, ended with the last; a push is taken once', async () => {
    const { adapter, store, remote, push, listeners } = pushing(setup());
    await shown(store);
    const page = watchStore(store, { pollInterval: MINUTE });
    const badge = watchStore(store);
    assert.equal(listeners.size, 1);
    adapter.sessions[2].title = 'Moved to Friday';
    push({ kind: 'session', ids: ['s2'] });
    await flush();
    assert.equal(adapter.callsOf('getSessionRequest').length, 1);
    assert.equal(adapter.callsOf('countPending').length, 2, 'the first read, then the push’s');
    assert.deepEqual(remote, [{ kind: 'session', added: [], updated: ['s2'], removed: [] }]);
    assert.equal(store.get('session', 's2').title, 'Moved to Friday');
    page();
    assert.equal(listeners.size, 1);
    badge();
    assert.equal(listeners.size, 0);
  });

  it('a subscribe that throws is reported once (count, all), and the watch goes on', async () => {
    const { adapter, store, errors } = setup();
    adapter.subscribe = () => {
      throw new RequestsError('network', 'no socket');
    };
    await shown(store);
    const release = watchStore(store);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].action, 'count');
    assert.equal(errors[0].kind, 'all');
    assert.equal(errors[0].error.kind, 'network');
    release();
  });

  it('a push that is not a kind and a list of ids is ignored; a message push is taken', async () => {
    const { adapter, store, remote, errors, push } = pushing(setup({ messages: 2 }));
    await Promise.all([store.ensure({ kind: 'message', pageSize: 5 }), store.loadCounts()]);
    const release = watchStore(store);
    const calls = adapter.calls.length;
    for (const change of [
      null,
      undefined,
      'session',
      { kind: 'other', ids: ['s0'] },
      { kind: 'session', ids: 's0' },
      { kind: 'message' },
    ])
      push(change);
    await flush();
    assert.equal(adapter.calls.length, calls, 'no request');
    assert.deepEqual(remote, []);
    adapter.messages[0].message = 'Hello again';
    adapter.messages.push(message(7));
    push({ kind: 'message', ids: ['m0', 'm7'] });
    await flush();
    assert.equal(store.get('message', 'm0').message, 'Hello again');
    assert.deepEqual(remote, [
      { kind: 'message', added: ['m7'], updated: [], removed: [] },
      { kind: 'message', added: [], updated: ['m0'], removed: [] },
    ]);
    assert.equal(adapter.callsOf('getMessageRequest').length, 1, 'only the request it holds is read');
    assert.deepEqual(errors, []);
    release();
  });

  it('a push about requests the store does not hold reads none and says no update; a failed counts read is reported', async () => {
    const { adapter, store, remote, errors, push } = pushing(setup());
    await shown(store);
    const release = watchStore(store);
    adapter.sessions.push(session(8));
    push({ kind: 'session', ids: ['s8'] });
    await flush();
    assert.equal(adapter.callsOf('getSessionRequest').length, 0);
    assert.deepEqual(remote, [{ kind: 'session', added: ['s8'], updated: [], removed: [] }]);
    adapter.failNext('countPending', 'server');
    push({ kind: 'session', ids: ['s8'] });
    await flush();
    assert.equal(errors.length, 1);
    assert.equal(errors[0].action, 'count');
    assert.equal(errors[0].error.kind, 'server');
    release();
  });
});

describe('live: which adapters share across tabs', () => {
  it('an identity that is not a non-empty text shares nothing (each store stays on its own)', async () => {
    for (const identity of [undefined, '', 42]) {
      const a = setup({ identity });
      const b = setup({ identity });
      for (const tab of [a, b]) await shown(tab.store);
      const releases = [a, b].map((tab) => watchStore(tab.store, { pollInterval: 0 }));
      await acceptRequest(a.store, 'session', 's0');
      await deliver();
      assert.equal(b.store.get('session', 's0').status, 'requested', `identity ${String(identity)}`);
      assert.deepEqual(b.remote, []);
      for (const release of releases) release();
    }
  });
});
