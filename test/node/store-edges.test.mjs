// Edges of the store the model run found (test/reliability/store-model.test.ts), in plain Node from dist/:
// a count read an action overtook, a list invalidated while its first page loads, a request leaving a
// filter from beyond the loaded pages, and a next page read again over loaded items.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InboxStore, acceptRequest, rejectRequest } from '../../dist/store/index.js';
import { NOW, ScriptedAdapter, flush, session } from './store-support.mjs';

const QUEUE = { kind: 'session', pageSize: 3 };
const REJECTED = { kind: 'session', filter: { direction: 'received', status: 'rejected' }, pageSize: 3 };

function setup(sessions = 8) {
  const adapter = new ScriptedAdapter({
    sessions: Array.from({ length: sessions }, (_, i) => session(i)),
    withIds: true,
  });
  return { adapter, store: new InboxStore(adapter, { now: () => NOW }) };
}

describe('store edges: the counts', () => {
  it('an action during a count read: the derived count stays and the counts are read again', async () => {
    const { adapter, store } = setup();
    await store.loadCounts();
    assert.equal(store.counts.value.session, 8);
    const gate = adapter.hold('countPending');
    const reading = store.loadCounts();
    await flush();
    await acceptRequest(store, 'session', 's1');
    assert.equal(store.counts.value.session, 7, 'derived at once');
    assert.deepEqual(store.counts.value.ids.session, ['s0', 's2', 's3', 's4', 's5', 's6', 's7']);
    gate.resolve(); // the held answer may predate the accept: it is not taken
    await reading;
    assert.equal(adapter.callsOf('countPending').length, 3, 'read again');
    assert.equal(store.counts.value.session, 7);
    assert.equal(store.counts.loading, false);
  });

  it('a count read that lands while an action runs, without ids: the counts are read again after it', async () => {
    const adapter = new ScriptedAdapter({ sessions: Array.from({ length: 8 }, (_, i) => session(i)) });
    const store = new InboxStore(adapter, { now: () => NOW });
    await store.loadCounts();
    // A reject (a session accept reads the counts again anyway: it also consumes a message request).
    const gate = adapter.hold('rejectSessionRequest');
    const rejecting = rejectRequest(store, 'session', 's1');
    await flush();
    await store.loadCounts(); // lands while the reject is on its way: it may or may not count s1 out
    gate.resolve();
    await rejecting;
    await flush();
    assert.equal(adapter.callsOf('countPending').length, 3, 'read again: one fewer could count s1 out twice');
    assert.equal(store.counts.value.session, 7);
  });

  it('a count read whose ids leave the request out already: the action takes nothing more off', async () => {
    const { adapter, store } = setup();
    await store.loadCounts();
    const gate = adapter.hold('rejectSessionRequest');
    const rejecting = rejectRequest(store, 'session', 's1');
    await flush();
    // The server handled s1 before this read (the reject itself, upstream, before its answer came back).
    adapter.sessions.find((r) => r.id === 's1').status = 'rejected';
    await store.loadCounts();
    assert.equal(store.counts.value.session, 7);
    adapter.sessions.find((r) => r.id === 's1').status = 'requested';
    gate.resolve();
    await rejecting;
    assert.equal(adapter.callsOf('countPending').length, 2, 'its ids tell: no read again');
    assert.equal(store.counts.value.session, 7, 'not 6');
    assert.deepEqual(store.counts.value.ids.session, ['s0', 's2', 's3', 's4', 's5', 's6', 's7']);
  });

  it('an action during the first count read: that read is not taken, and the counts are read again', async () => {
    const { adapter, store } = setup();
    const gate = adapter.hold('countPending');
    const reading = store.loadCounts();
    await flush();
    await acceptRequest(store, 'session', 's1');
    gate.resolve(); // answers with s1 still pending
    await reading;
    assert.equal(adapter.callsOf('countPending').length, 2);
    assert.equal(store.counts.value.session, 7);
  });

  it('an action without counts derives nothing and reads nothing', async () => {
    const { adapter, store } = setup();
    await acceptRequest(store, 'session', 's0');
    assert.equal(store.counts.value, undefined);
    assert.equal(adapter.callsOf('countPending').length, 0);
  });
});

describe('store edges: the lists', () => {
  it('a request that leaves the filter from beyond the loaded pages takes one from the total, not below what is loaded', async () => {
    const { store } = setup(4);
    await store.ensure(QUEUE);
    const list = store.list(QUEUE);
    assert.deepEqual([list.items.length, list.total], [3, 4]);
    await rejectRequest(store, 'session', 's3');
    assert.deepEqual([list.items.length, list.total], [3, 3]);
    assert.equal(list.hasMore, false);
  });

  it('a request leaving from beyond a list while its next page loads marks it for a reload instead', async () => {
    const { adapter, store } = setup(8);
    await store.ensure(QUEUE);
    const list = store.list(QUEUE);
    const gate = adapter.hold('listSessionRequests');
    const more = list.loadMore();
    await flush();
    await rejectRequest(store, 'session', 's7');
    gate.resolve();
    await more;
    assert.equal(list.valid, false, 'invalidated: read again when shown next');
  });

  it('a list invalidated while its first page loads is read again at once, and is not fresh meanwhile', async () => {
    const { adapter, store } = setup(4);
    const list = store.list(REJECTED);
    const gate = adapter.hold('listSessionRequests');
    const loading = store.ensure(REJECTED);
    await flush();
    await rejectRequest(store, 'session', 's0'); // enters the rejected list while its answer is on its way
    gate.resolve();
    await loading;
    assert.equal(list.valid, false, 'the answer predates the reject');
    await flush();
    await flush();
    assert.equal(adapter.callsOf('listSessionRequests').length, 2);
    assert.deepEqual(
      list.items.map((r) => r.id),
      ['s0'],
    );
    assert.equal(list.valid, true);
  });

  it('a next page read again over loaded items puts the new records in the list', async () => {
    const { adapter, store } = setup(6);
    await store.ensure(QUEUE);
    const list = store.list(QUEUE);
    const gate = adapter.hold('listSessionRequests');
    const more = list.loadMore();
    await flush();
    // Removed here while page 2 is on its way: the server's pages moved, so pages 2 and 3 are read again
    // from where the list ends, and the loaded s2 comes back as a new object.
    await acceptRequest(store, 'session', 's0');
    adapter.sessions.find((r) => r.id === 's2').title = 'Changed';
    gate.resolve();
    await more;
    for (const item of list.items)
      assert.equal(item, store.get('session', item.id), `${item.id} is the record`);
    assert.equal(new Set(list.items.map((r) => r.id)).size, list.items.length, 'no request twice');
  });

  it('readPage reads a page as the server has it, takes it in as records, and leaves the list as it was', async () => {
    const { adapter, store } = setup(4);
    await store.ensure(QUEUE);
    const list = store.list(QUEUE);
    adapter.sessions.unshift(session(9));
    const items = await list.readPage(1, new AbortController().signal);
    assert.deepEqual(
      items.map((r) => r.id),
      ['s9', 's0', 's1'],
    );
    assert.equal(store.get('session', 's9'), items[0]);
    assert.deepEqual(
      list.items.map((r) => r.id),
      ['s0', 's1', 's2'],
    );
  });
});
