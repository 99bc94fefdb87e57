// The InboxStore in plain Node, from dist/ (no DOM): lists, records, counts, actions, errors, aborts and
// races. The adapter is scripted (store-support.mjs) so each test decides when every answer arrives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InboxStore } from '../../dist/store/index.js';
import { MemoryAdapter } from '../../dist/adapters/index.js';
import { NOW, ScriptedAdapter, changes, flush, message, session } from './store-support.mjs';

const QUEUE = { kind: 'session', pageSize: 5 };
const ALL = { kind: 'session', filter: { direction: 'all', status: 'all' }, pageSize: 5 };
const ACCEPTED = { kind: 'session', filter: { direction: 'received', status: 'accepted' }, pageSize: 5 };
const MESSAGES = { kind: 'message', pageSize: 5 };

function setup({ sessions = 8, messages = 3, extra = [] } = {}) {
  const adapter = new ScriptedAdapter({
    sessions: [...Array.from({ length: sessions }, (_, i) => session(i)), ...extra],
    messages: Array.from({ length: messages }, (_, i) => message(i)),
  });
  const store = new InboxStore(adapter, { now: () => NOW });
  return { adapter, store };
}

const ids = (list) => list.items.map((r) => r.id);

describe('InboxStore.for', () => {
  it('gives one store per adapter object', () => {
    const a = new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
    const b = new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
    assert.equal(InboxStore.for(a), InboxStore.for(a));
    assert.notEqual(InboxStore.for(a), InboxStore.for(b));
    assert.equal(InboxStore.for(a).adapter, a);
  });
});

describe('lists', () => {
  it('loads a page of the filter asked for, with the adapter total, and says change once', async () => {
    const { adapter, store } = setup({ extra: [session(20, { direction: 'sent' })] });
    const seen = changes(store);
    await store.ensure(QUEUE);
    await flush();
    const list = store.list(QUEUE);
    assert.deepEqual(ids(list), ['s0', 's1', 's2', 's3', 's4']);
    assert.equal(list.total, 8);
    assert.equal(list.loaded, true);
    assert.equal(list.hasMore, true);
    assert.deepEqual(adapter.callsOf('listSessionRequests')[0].args[0], {
      page: 1,
      pageSize: 5,
      status: ['requested'],
      direction: 'received',
      sort: 'newest',
    });
    assert.equal(seen.count, 2, 'one change for "loading", one for the answer');
    assert.equal(store.get('session', 's2'), list.items[2], 'a list item is the record');
  });

  it('maps each filter to its query; unknown values fall back to the queue; messages are always pending', async () => {
    const { adapter, store } = setup();
    await store.ensure(ALL);
    await store.ensure({ kind: 'session', filter: { direction: 'nope', status: 'expired' }, pageSize: 5 });
    await store.ensure({ kind: 'message', filter: { direction: 'sent', status: 'accepted' }, pageSize: 5 });
    const queries = adapter.calls.map((c) => c.args[0]);
    assert.deepEqual(queries[0].status, ['requested', 'accepted', 'rejected', 'expired']);
    assert.equal(queries[0].direction, 'all');
    assert.deepEqual([queries[1].status, queries[1].direction], [['expired'], 'received']);
    assert.deepEqual([queries[2].status, queries[2].direction], [['requested'], 'sent']);
  });

  it('is fresh within `freshness`: ensure() does not refetch; invalidate() or age does', async () => {
    let now = NOW;
    const adapter = new ScriptedAdapter({ sessions: [session(0)] });
    const store = new InboxStore(adapter, { now: () => now });
    store.freshness = 1000;
    await store.ensure(QUEUE);
    await store.ensure(QUEUE);
    assert.equal(adapter.callsOf('listSessionRequests').length, 1);
    now += 1000;
    await store.ensure(QUEUE);
    assert.equal(adapter.callsOf('listSessionRequests').length, 2);
    store.invalidate('session');
    await store.ensure(QUEUE);
    assert.equal(adapter.callsOf('listSessionRequests').length, 3);
  });

  it('loads more once however often asked, and ends on the total', async () => {
    const { adapter, store } = setup();
    await store.ensure(QUEUE);
    const list = store.list(QUEUE);
    await Promise.all([list.loadMore(), list.loadMore()]);
    assert.equal(adapter.callsOf('listSessionRequests').length, 2);
    assert.deepEqual(ids(list), ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7']);
    assert.equal(list.hasMore, false);
  });

  it('reports a failed load once, as a `load` error of the kind; an aborted one not at all', async () => {
    const { adapter, store } = setup();
    const errors = [];
    store.addEventListener('error', (e) => errors.push(e));
    adapter.failNext('listSessionRequests', 'server');
    await store.ensure(QUEUE);
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].kind, errors[0].action, errors[0].error.kind], ['session', 'load', 'server']);
    assert.equal(store.list(QUEUE).error.kind, 'server');
    assert.equal(store.list(QUEUE).errorOn, 'first');
    const gate = adapter.hold('listSessionRequests');
    const load = store.list(QUEUE).reload();
    store.abort();
    gate.resolve();
    await load;
    assert.equal(errors.length, 1, 'no error for the aborted load');
    assert.equal(adapter.calls.at(-1).signal.aborted, true);
    assert.equal(store.list(QUEUE).loading, false);
  });

  it('a filter switched mid-load: each list keeps its own answer', async () => {
    const { adapter, store } = setup({ extra: [session(30, { status: 'accepted' })] });
    const gate = adapter.hold('listSessionRequests');
    const first = store.ensure(QUEUE);
    await store.ensure(ACCEPTED);
    assert.deepEqual(ids(store.list(ACCEPTED)), ['s30']);
    gate.resolve();
    await first;
    assert.deepEqual(ids(store.list(QUEUE)), ['s0', 's1', 's2', 's3', 's4']);
    assert.equal(store.list(ACCEPTED).total, 1);
  });

  it('refresh() reloads the shown list and the counts, and marks every other list', async () => {
    const { adapter, store } = setup();
    await store.ensure(QUEUE);
    await store.ensure(MESSAGES);
    await store.refresh(QUEUE);
    assert.equal(adapter.callsOf('listSessionRequests').length, 2);
    assert.equal(adapter.callsOf('countPending').length, 1);
    assert.equal(store.list(MESSAGES).valid, false);
    assert.equal(store.list(QUEUE).valid, true);
  });
});
