// The store's lists in their two orders (`filter.sort`: newest, soonest), in plain Node from dist/, over the
// MemoryAdapter (which orders like MentorEd's adapter: the contract, test/contract/sort-contract.ts).
// The order is part of a list's key: each is a list of its own, with its own pages and freshness.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InboxStore, acceptRequest } from '../../dist/store/index.js';
import { MemoryAdapter } from '../../dist/adapters/index.js';
import { HOUR, message, session } from './store-support.mjs';

const NOW = Date.now();
/** Hours ahead of each request's slot, s0 the newest. */
const SLOTS = [30, 5, 70, 12, 48, 2, 90];
/** The ids by slot start. */
const SOONEST = SLOTS.map((h, i) => [h, `s${i}`])
  .sort((a, b) => a[0] - b[0])
  .map(([, id]) => id);

function setup() {
  const sessions = SLOTS.map((h, i) =>
    session(i, {
      start: new Date(NOW + h * HOUR),
      end: new Date(NOW + (h + 1) * HOUR),
      createdAt: new Date(NOW - (i + 1) * HOUR),
    }),
  );
  const adapter = new MemoryAdapter({ sessionRequests: sessions, messageRequests: [message(0)] });
  const store = new InboxStore(adapter);
  const lists = () => adapter.calls.filter((c) => c.method === 'listSessionRequests');
  return { adapter, store, lists };
}

const spec = (sort, pageSize = 3) => ({ kind: 'session', filter: { sort }, pageSize });
const ids = (list) => list.items.map((r) => r.id);

describe('InboxStore lists: sort', () => {
  it('names a list: each order is its own, and asks the adapter for its order', async () => {
    const { store, lists } = setup();
    const newest = store.list(spec(undefined));
    const soonest = store.list(spec('soonest'));
    assert.notEqual(newest, soonest);
    assert.equal(store.list(spec('newest')), newest);
    assert.deepEqual([newest.filter.sort, soonest.filter.sort], ['newest', 'soonest']);
    await store.ensure(spec('soonest'));
    assert.equal(lists().at(-1).args[0].sort, 'soonest');
    assert.deepEqual(ids(soonest), SOONEST.slice(0, 3));
    await store.ensure(spec('newest'));
    assert.equal(lists().at(-1).args[0].sort, 'newest');
    assert.deepEqual(ids(newest), ['s0', 's1', 's2']);
  });

  it('an unknown order is newest; message lists are always newest', () => {
    const { store } = setup();
    assert.equal(store.list(spec('later')), store.list(spec('newest')));
    const messages = store.list({ kind: 'message', pageSize: 3 });
    assert.equal(store.list({ kind: 'message', filter: { sort: 'soonest' }, pageSize: 3 }), messages);
    assert.equal(messages.filter.sort, 'newest');
  });

  it('going back to an order already loaded costs no call', async () => {
    const { store, lists } = setup();
    await store.ensure(spec('newest'));
    await store.ensure(spec('soonest'));
    const calls = lists().length;
    await store.ensure(spec('newest'));
    await store.ensure(spec('soonest'));
    assert.equal(lists().length, calls);
  });

  it('pages soonest first exactly, also when a request leaves the list between two pages', async () => {
    const { store, lists } = setup();
    const list = store.list(spec('soonest'));
    await store.ensure(spec('soonest'));
    // The soonest request is accepted: it leaves the pending list. The next page must start right after
    // what is shown (the server's pages moved up by one), skipping nothing and repeating nothing.
    await acceptRequest(store, 'session', SOONEST[0]);
    assert.deepEqual(ids(list), SOONEST.slice(1, 3));
    await list.loadMore();
    await list.loadMore();
    assert.deepEqual(ids(list), SOONEST.slice(1));
    assert.equal(list.total, SLOTS.length - 1);
    assert.equal(list.hasMore, false);
    assert.ok(lists().every((c) => c.args[0].sort === 'soonest'));
  });
});
