// The store's parts in plain Node, from dist/: the filter rules, the list of loaded requests (ItemStore),
// how a list row joins a record, the counts, a list's paging under concurrent changes, and the page size.
// Written from the mutants that survived the first mutation run (docs/reliability.md).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIRECTION_FILTERS,
  STATUS_FILTERS,
  InboxStore,
  checkPageSize,
  effectiveStatus,
  inFilter,
  isPendingReceived,
  normalizeFilter,
  statusesFor,
} from '../../dist/store/index.js';
import { ItemStore } from '../../dist/store/item-store.js';
import { isRequest, keepDetails } from '../../dist/store/records.js';
import { PendingCountsState } from '../../dist/store/counts.js';
import { RequestList } from '../../dist/store/request-list.js';
import { RequestsError } from '../../dist/model/errors.js';
import { HOUR, NOW, ScriptedAdapter, deferred, flush, message, session } from './store-support.mjs';

const ended = (i, o = {}) => session(i, { start: new Date(NOW - 2 * HOUR), end: new Date(NOW - HOUR), ...o });

describe('filters', () => {
  it('lists every direction and status, in order', () => {
    assert.deepEqual([...DIRECTION_FILTERS], ['received', 'sent', 'all']);
    assert.deepEqual([...STATUS_FILTERS], ['pending', 'accepted', 'rejected', 'expired', 'all']);
  });

  it('normalizes: unknown values fall back to the queue; message requests are always pending', () => {
    assert.deepEqual(normalizeFilter('session', { direction: 'x', status: 'y' }), {
      direction: 'received',
      status: 'pending',
      sort: 'newest',
    });
    assert.deepEqual(normalizeFilter('session', { direction: 'sent', status: 'expired' }), {
      direction: 'sent',
      status: 'expired',
      sort: 'newest',
    });
    assert.deepEqual(normalizeFilter('message', { direction: 'all', status: 'accepted' }), {
      direction: 'all',
      status: 'pending',
      sort: 'newest',
    });
    assert.deepEqual(normalizeFilter('session'), { direction: 'received', status: 'pending', sort: 'newest' });
  });

  it('maps each status filter to the adapter statuses', () => {
    assert.deepEqual(statusesFor('pending'), ['requested']);
    assert.deepEqual(statusesFor('accepted'), ['accepted']);
    assert.deepEqual(statusesFor('expired'), ['expired']);
    assert.deepEqual(statusesFor('all'), ['requested', 'accepted', 'rejected', 'expired']);
  });

  it('a requested session whose slot ended is expired; nothing else changes status', () => {
    assert.equal(effectiveStatus(ended(1), NOW), 'expired');
    assert.equal(effectiveStatus(session(1), NOW), 'requested');
    assert.equal(effectiveStatus(ended(1, { status: 'accepted' }), NOW), 'accepted');
    assert.equal(effectiveStatus(message(1), NOW), 'requested');
  });

  it('inFilter checks the direction, then the shown status', () => {
    const sent = session(1, { direction: 'sent' });
    assert.equal(inFilter(sent, { direction: 'received', status: 'all' }, NOW), false);
    assert.equal(inFilter(sent, { direction: 'all', status: 'pending' }, NOW), true);
    assert.equal(inFilter(sent, { direction: 'sent', status: 'accepted' }, NOW), false);
    assert.equal(inFilter(ended(2), { direction: 'received', status: 'pending' }, NOW), false);
    assert.equal(inFilter(ended(2), { direction: 'received', status: 'expired' }, NOW), true);
    assert.equal(inFilter(ended(2), { direction: 'received', status: 'all' }, NOW), true);
  });

  it('isPendingReceived: received, requested, not ended', () => {
    assert.equal(isPendingReceived(session(1), NOW), true);
    assert.equal(isPendingReceived(session(1, { direction: 'sent' }), NOW), false);
    assert.equal(isPendingReceived(ended(1), NOW), false);
    assert.equal(isPendingReceived(session(1, { status: 'rejected' }), NOW), false);
  });
});

describe('ItemStore', () => {
  const item = (id, v = 0) => ({ id, v });
  it('keeps the first of each id, appends in place, and counts what it added', () => {
    const store = new ItemStore();
    store.replaceAll([item('a', 1), item('a', 2), item('b')]);
    assert.deepEqual(
      store.items.map((x) => [x.id, x.v]),
      [
        ['a', 1],
        ['b', 0],
      ],
    );
    assert.equal(store.append([item('b'), item('c'), item('c'), item('d')]), 2);
    assert.deepEqual(
      store.items.map((x) => x.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.equal(store.has('c'), true);
    assert.equal(store.indexOf('c'), 2);
    assert.equal(store.indexOf('z'), -1);
  });

  it('changes its version, and the view its identity, only when something changed', () => {
    const store = new ItemStore();
    const v0 = store.version;
    const view0 = store.view;
    assert.equal(store.view, view0);
    assert.equal(store.append([]), 0);
    assert.equal(store.version, v0);
    store.append([item('a')]);
    assert.equal(store.version, v0 + 1);
    assert.notEqual(store.view, view0);
    assert.deepEqual(
      [...store.view].map((x) => x.id),
      ['a'],
    );
    const view1 = store.view;
    assert.equal(store.replace(item('z')), false);
    assert.equal(store.remove('z'), false);
    assert.equal(store.view, view1, 'nothing changed');
    assert.equal(store.replace(item('a', 9)), true);
    assert.equal(store.items[0].v, 9);
    assert.equal(store.version, v0 + 2);
    assert.equal(store.remove('a'), true);
    assert.equal(store.has('a'), false);
    assert.equal(store.version, v0 + 3);
    store.append([item('b')]);
    store.replaceAll([]);
    assert.deepEqual(store.items, []);
    assert.equal(store.has('b'), false);
    assert.equal(store.version, v0 + 5);
  });
});

describe('records', () => {
  const link = { platform: 'zoom', url: 'https://zoom.us/j/123456789' };
  it('a list row joins a record read in detail: the link and the session stay while the status is the same', () => {
    const detailed = new WeakSet();
    const record = session(1, {
      status: 'accepted',
      sessionId: 'x1',
      meetingLink: link,
      meetingHost: 'platform',
    });
    detailed.add(record);
    const row = session(1, { status: 'accepted' });
    const joined = keepDetails(record, row, detailed);
    assert.notEqual(joined, row);
    assert.deepEqual([joined.meetingLink, joined.sessionId, joined.meetingHost], [link, 'x1', 'platform']);
    assert.equal(detailed.has(joined), true);
    // The row's own values win.
    const own = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };
    assert.deepEqual(
      keepDetails(record, session(1, { status: 'accepted', meetingLink: own }), detailed).meetingLink,
      own,
    );
  });

  it('anything else: the row is the newer truth', () => {
    const detailed = new WeakSet();
    const record = session(1, { status: 'accepted', meetingLink: link });
    const row = session(1, { status: 'accepted' });
    assert.equal(keepDetails(record, row, detailed), row, 'not read in detail');
    detailed.add(record);
    assert.equal(keepDetails(undefined, row, detailed), row);
    assert.equal(keepDetails(record, record, detailed), record);
    const moved = session(1, { status: 'rejected' });
    assert.equal(keepDetails(record, moved, detailed), moved, 'another status');
    const m = message(1);
    const mr = message(1);
    detailed.add(mr);
    assert.equal(keepDetails(mr, m, detailed), m, 'messages have no details to keep');
    const asMessage = { ...record, kind: 'message' };
    detailed.add(asMessage);
    assert.equal(keepDetails(asMessage, row, detailed), row);
  });

  it('isRequest: a kind and a string id', () => {
    assert.equal(isRequest(session(1)), true);
    assert.equal(isRequest(message(1)), true);
    assert.equal(isRequest({ kind: 'session', id: 1 }), false);
    assert.equal(isRequest({ kind: 'other', id: '1' }), false);
    assert.equal(isRequest(null), false);
    assert.equal(isRequest(undefined), false);
  });
});

describe('PendingCountsState', () => {
  function counts(read, now = () => NOW) {
    const seen = { changes: 0, errors: [] };
    const state = new PendingCountsState({
      read,
      now,
      onChange: () => seen.changes++,
      onError: (e) => seen.errors.push(e),
    });
    return { state, seen };
  }

  it('starts empty, marks loading while a read runs, and keeps whole non-negative numbers', async () => {
    const gate = deferred();
    const { state, seen } = counts(() => gate.promise);
    assert.deepEqual(state.state, { loadedAt: -Infinity, loading: false });
    const load = state.load();
    assert.equal(state.state.loading, true);
    assert.equal(seen.changes, 1);
    gate.resolve({ session: 2.7, message: -3 });
    await load;
    assert.deepEqual(state.state.value, { session: 2, message: 0 });
    assert.equal(state.state.loading, false);
    assert.equal(state.state.loadedAt, NOW);
    assert.equal(seen.changes, 2);
  });

  it('reads anything that is not a count as 0', async () => {
    for (const answer of [{ session: NaN, message: '4' }, {}, null, { session: Infinity, message: 0 }]) {
      const { state } = counts(async () => answer);
      await state.load();
      assert.deepEqual(state.state.value, { session: 0, message: 0 }, JSON.stringify(answer));
    }
  });

  it('a failed read keeps the last counts, reports once; an aborted one reports nothing', async () => {
    let fail;
    const { state, seen } = counts(async () => {
      if (fail) throw new RequestsError(fail, fail);
      return { session: 1, message: 1 };
    });
    await state.load();
    fail = 'server';
    await state.load();
    assert.deepEqual(state.state.value, { session: 1, message: 1 });
    assert.equal(state.state.error.kind, 'server');
    assert.equal(seen.errors.length, 1);
    fail = 'aborted';
    await state.load();
    assert.equal(seen.errors.length, 1);
    assert.equal(state.state.error.kind, 'server');
  });

  it('a newer read aborts the older one, whose answer is ignored', async () => {
    const gates = [deferred(), deferred()];
    const signals = [];
    let n = 0;
    const { state } = counts((o) => {
      signals.push(o.signal);
      return gates[n++].promise;
    });
    const first = state.load();
    const second = state.load();
    assert.equal(signals[0].aborted, true);
    gates[1].resolve({ session: 2, message: 0 });
    gates[0].resolve({ session: 9, message: 9 });
    await Promise.all([first, second]);
    assert.deepEqual(state.state.value, { session: 2, message: 0 });
    assert.equal(state.state.loading, false);
  });

  it('ensure reads when there is nothing, on an error, at the freshness limit, never while reading', async () => {
    let now = NOW;
    let reads = 0;
    const { state } = counts(
      async () => {
        reads++;
        return { session: 1, message: 0 };
      },
      () => now,
    );
    await state.ensure(1000);
    assert.equal(reads, 1);
    now += 999;
    await state.ensure(1000);
    assert.equal(reads, 1, 'fresh');
    now += 1;
    await state.ensure(1000);
    assert.equal(reads, 2, 'stale at exactly maxAge');
    const running = state.load();
    await state.ensure(0);
    assert.equal(reads, 3, 'no second read while one runs');
    await running;
  });

  it('abort() stops a running read (loading ends, its answer is ignored) and is quiet when none runs', async () => {
    const gate = deferred();
    const { state, seen } = counts(() => gate.promise);
    state.abort();
    assert.equal(seen.changes, 0);
    const load = state.load();
    state.abort();
    assert.equal(state.state.loading, false);
    assert.equal(seen.changes, 2);
    gate.resolve({ session: 5, message: 5 });
    await load;
    assert.equal(state.state.value, undefined);
  });
});

describe('RequestList paging under changes', () => {
  /** A list over `all` (ids), exact pages, with a gate per call when asked. */
  function listOver(all, { pageSize = 3, belongs = () => true } = {}) {
    const calls = [];
    const gates = [];
    const errors = [];
    const list = new RequestList({
      kind: 'session',
      filter: { direction: 'all', status: 'all' },
      pageSize,
      fetcher: async (q, o) => {
        calls.push(q.page);
        const gate = gates.shift();
        if (gate) await gate.promise;
        if (o.signal.aborted) throw new RequestsError('aborted', 'aborted');
        const items = all.filter((r) => belongs(r));
        const from = (q.page - 1) * q.pageSize;
        return {
          items: items.slice(from, from + q.pageSize),
          total: items.length,
          page: q.page,
          pageSize: q.pageSize,
        };
      },
      belongs: (r) => belongs(r),
      take: (items) => items,
      onChange: () => undefined,
      onError: (e) => errors.push(e),
      now: () => NOW,
    });
    return { list, calls, gates, errors };
  }
  const ids = (list) => list.items.map((r) => r.id);

  it('after a removal here, the next page starts where the list ends: none skipped, none twice', async () => {
    const all = Array.from({ length: 7 }, (_, i) => session(i));
    let handled = new Set();
    const { list, calls } = listOver(all, { belongs: (r) => !handled.has(r.id) && r.status === 'requested' });
    await list.reload();
    handled = new Set(['s1']);
    assert.equal(list.apply({ ...all[1], status: 'accepted' }), true);
    assert.equal(list.total, 6);
    await list.loadMore();
    // The page holding the first unseen request, and the next, so that a full page of new ones arrives.
    assert.deepEqual(ids(list), ['s0', 's2', 's3', 's4', 's5', 's6']);
    assert.deepEqual(calls, [1, 1, 2]);
  });

  it('a removal while the next page is on its way: the page is asked again from where the list ends', async () => {
    const all = Array.from({ length: 7 }, (_, i) => session(i));
    let handled = new Set();
    const { list, calls, gates } = listOver(all, {
      belongs: (r) => !handled.has(r.id) && r.status === 'requested',
    });
    await list.reload();
    const gate = deferred();
    gates.push(gate);
    const more = list.loadMore();
    handled = new Set(['s0']);
    list.apply({ ...all[0], status: 'accepted' });
    gate.resolve();
    await more;
    assert.deepEqual(ids(list), ['s1', 's2', 's3', 's4', 's5', 's6']);
    assert.equal(new Set(ids(list)).size, ids(list).length);
    assert.ok(calls.length >= 3, `asked again: ${calls}`);
  });

  it('a change made while the first page loads wins over the (older) answer', async () => {
    const all = Array.from({ length: 4 }, (_, i) => session(i));
    const { list, gates } = listOver(all, { belongs: (r) => r.status === 'requested' });
    const gate = deferred();
    gates.push(gate);
    const load = list.reload();
    list.apply({ ...all[0], status: 'accepted' });
    list.apply({ ...all[1], title: 'changed' });
    gate.resolve();
    await load;
    assert.deepEqual(ids(list), ['s1', 's2']);
    assert.equal(list.items[0].title, 'changed');
    assert.equal(list.total, 3);
  });

  it('an empty page ends the list whatever the total claimed; a failed next page keeps what is loaded', async () => {
    let answer = { items: [session(0)], total: 10 };
    const errors = [];
    const list = new RequestList({
      kind: 'session',
      filter: { direction: 'all', status: 'all' },
      pageSize: 1,
      fetcher: async (q) => {
        if (answer instanceof Error) throw answer;
        return { ...answer, page: q.page, pageSize: 1 };
      },
      belongs: () => true,
      take: (items) => items,
      onChange: () => undefined,
      onError: (e) => errors.push(e),
      now: () => NOW,
    });
    await list.reload();
    assert.equal(list.hasMore, true);
    answer = new RequestsError('network', 'down');
    await list.loadMore();
    assert.deepEqual([list.error.kind, list.errorOn, list.items.length], ['network', 'more', 1]);
    assert.equal(errors.length, 1);
    answer = { items: [], total: 10 };
    await list.loadMore();
    assert.equal(list.error, undefined);
    assert.equal(list.total, 1);
    assert.equal(list.hasMore, false);
  });

  it('freshness: loaded and younger than maxAge; invalidate() keeps the items but asks for a reload', async () => {
    const { list } = listOver([session(0)]);
    assert.equal(list.isFresh(1000), false);
    assert.equal(list.valid, false);
    await list.reload();
    assert.equal(list.isFresh(1000), true);
    assert.equal(list.valid, true);
    list.invalidate();
    assert.equal(list.isFresh(1000), false);
    assert.equal(list.valid, false);
    assert.deepEqual(ids(list), ['s0']);
  });

  it('loadMore() before any page loads the first; an abort during a reload keeps what was loaded', async () => {
    const { list, calls, gates } = listOver([session(0), session(1)]);
    await list.loadMore();
    assert.deepEqual(calls, [1]);
    const before = list.loadedAt;
    const gate = deferred();
    gates.push(gate);
    const load = list.reload();
    list.abort();
    gate.resolve();
    await load;
    assert.deepEqual([list.loaded, list.items.length, list.loading, list.loadedAt], [true, 2, false, before]);
  });
});

describe('InboxStore lists and records', () => {
  it('list(): the same spec gives the same list; a page size is a whole number from 1 to 100', () => {
    const store = new InboxStore(new ScriptedAdapter());
    assert.equal(store.list({ kind: 'session' }), store.list({ kind: 'session', pageSize: 20 }));
    assert.notEqual(
      store.list({ kind: 'session', pageSize: 5 }),
      store.list({ kind: 'session', pageSize: 6 }),
    );
    assert.notEqual(store.list({ kind: 'session' }), store.list({ kind: 'message' }));
    assert.deepEqual(
      [0, 1, 5.9, 100, 100.9, 250, 'x', -3].map(checkPageSize),
      [20, 1, 5, 100, 100, 100, 20, 20],
    );
  });

  it('invalidate(kind) marks that kind only; refresh() marks every other list', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0)], messages: [message(0)] });
    const store = new InboxStore(adapter, { now: () => NOW });
    const queue = { kind: 'session', pageSize: 5 };
    const sent = { kind: 'session', filter: { direction: 'sent' }, pageSize: 5 };
    const messages = { kind: 'message', pageSize: 5 };
    await Promise.all([store.ensure(queue), store.ensure(sent), store.ensure(messages)]);
    store.invalidate('message');
    assert.deepEqual([store.list(queue).valid, store.list(messages).valid], [true, false]);
    await store.ensure(messages);
    await store.refresh(queue);
    assert.deepEqual(
      [store.list(queue).valid, store.list(sent).valid, store.list(messages).valid],
      [true, false, false],
    );
  });

  it('a page that brings a newer copy of a request updates the other lists that hold it, not the one it came to', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0), session(1)] });
    const store = new InboxStore(adapter, { now: () => NOW });
    const queue = { kind: 'session', pageSize: 5 };
    const all = { kind: 'session', filter: { direction: 'all', status: 'all' }, pageSize: 5 };
    await store.ensure(queue);
    adapter.sessions[0].status = 'rejected';
    await store.ensure(all);
    assert.equal(store.get('session', 's0').status, 'rejected');
    assert.deepEqual(
      store.list(queue).items.map((r) => r.id),
      ['s1'],
      'the queue follows the newer copy',
    );
    assert.equal(store.list(all).items[0], store.get('session', 's0'));
  });

  it('a request that enters a loaded list it is not in marks that list; an unloaded list is left alone', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0), session(1, { status: 'accepted' })] });
    const store = new InboxStore(adapter, { now: () => NOW });
    const accepted = { kind: 'session', filter: { status: 'accepted' }, pageSize: 5 };
    const rejected = { kind: 'session', filter: { status: 'rejected' }, pageSize: 5 };
    await store.ensure({ kind: 'session', pageSize: 5 });
    await store.ensure(accepted);
    store.list(rejected);
    const { acceptRequest } = await import('../../dist/store/index.js');
    await acceptRequest(store, 'session', 's0');
    assert.equal(store.list(accepted).valid, false);
    assert.equal(store.list(rejected).loaded, false);
    await flush();
  });

  it('a store error event carries the kind, the action, the error and the request', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0)] });
    const store = new InboxStore(adapter, { now: () => NOW });
    const seen = [];
    store.addEventListener('error', (e) => seen.push([e.type, e.kind, e.action, e.error.kind, e.id]));
    adapter.failNext('listMessageRequests', 'timeout');
    await store.ensure({ kind: 'message', pageSize: 5 });
    assert.deepEqual(seen, [['error', 'message', 'load', 'timeout', undefined]]);
  });
});
