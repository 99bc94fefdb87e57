// Tabs of one identity (src/store/tab-link.ts, and live.ts's side of it), from dist/ in plain Node: every
// store in the process is a tab of one browser profile. Node's BroadcastChannel carries the messages;
// fake-env.mjs gives the Web Locks (`navigator.locks`), the document's visibility and the online events.
// One simulated clock for all the tabs, and one server (the adapters share their rows), so each test
// counts who asked the server for what: only the leader polls, the others take its answers; the lock
// passes on when the leader's page goes, when it stops polling and when a waiting tab closes; nobody
// polls while hidden or offline; identities share nothing; another tab's actions show with no request
// (counts derived by ids or, without them, from the record); and what else is on the channel is ignored.
// Expectations: docs/live.md ("Tabs").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InboxStore, acceptRequest, rejectRequest, saveMeetingLink } from '../../dist/store/index.js';
import { watchStore } from '../../dist/store/live.js';
import { FakeClock, ScriptedAdapter, flush, message, session } from './store-support.mjs';
import { deliver, withEnv } from './fake-env.mjs';

const MINUTE = 60_000;
const QUEUE = { kind: 'session', pageSize: 5 };
const MESSAGES = { kind: 'message', pageSize: 5 };
const LINK = { platform: 'zoom', url: 'https://zoom.us/j/123456789' };

let made = 0;
/** A new identity per test: a store a failed test left open must not hear the next test's tabs. */
const newIdentity = () => `https://mentored.example|tabs-${process.pid}-${++made}`;

/**
 * `count` tabs of one identity on one clock and one server (their adapters share the rows): each with
 * its store, its `remote-change` details and its `error` events.
 */
function openTabs(
  count,
  { identity = newIdentity(), clock = new FakeClock(), withIds = true, sessions = 3, messages = 1 } = {},
) {
  const rows = {
    sessions: Array.from({ length: sessions }, (_, i) => session(i)),
    messages: Array.from({ length: messages }, (_, i) => message(i)),
  };
  return Array.from({ length: count }, (_, i) => {
    const adapter = new ScriptedAdapter({ now: clock.now, withIds, identity });
    adapter.sessions = rows.sessions;
    adapter.messages = rows.messages;
    const store = new InboxStore(adapter, { clock });
    store.freshness = 10 * MINUTE;
    const remote = [];
    store.addEventListener('remote-change', (e) => remote.push(e.detail));
    const errors = [];
    store.addEventListener('error', (e) => errors.push(e));
    return { name: `tab${i}`, clock, adapter, store, remote, errors, rows };
  });
}

/** Loads the queue and the counts, as a page does when it shows them. */
async function shown(tab) {
  await Promise.all([tab.store.ensure(QUEUE), tab.store.loadCounts()]);
}

/** Starts watching (a page with `pollInterval`); the lock's answer comes in a microtask. */
async function watch(env, tab, pollInterval = MINUTE) {
  const release = env.track(watchStore(tab.store, { pollInterval }));
  await flush();
  return release;
}

const polls = (tab) => tab.adapter.callsOf('countPending').length;
const pollsOf = (tabs) => tabs.map(polls);

/** Moves the clock on in steps, letting the tabs' messages arrive after each (a leader's answer). */
async function run(clock, ms, step = MINUTE) {
  for (let done = 0; done < ms; done += step) {
    await clock.advance(Math.min(step, ms - done));
    await deliver();
  }
}

describe('tabs with Web Locks: one tab polls for all', () => {
  it('the first tab to ask leads and polls; the others make no request and take its answers as theirs', async () =>
    withEnv(async (env) => {
      const tabs = openTabs(3);
      const [a, b, c] = tabs;
      for (const tab of tabs) await shown(tab);
      for (const tab of tabs) await watch(env, tab);
      const { held, pending } = await env.locks.query();
      assert.equal(held.length, 1);
      assert.equal(pending.length, 2);
      assert.match(held[0].name, /tabs-/, 'the lock is named after the identity');
      await run(a.clock, 5 * MINUTE);
      assert.deepEqual(pollsOf(tabs), [6, 1, 1], 'their first reads, then the leader’s polls only');
      const calls = [b, c].map((tab) => tab.adapter.calls.length);
      a.rows.sessions.unshift(session(9));
      await run(a.clock, MINUTE);
      for (const tab of [b, c]) {
        assert.deepEqual(tab.remote, [{ kind: 'session', added: ['s9'], updated: [], removed: [] }]);
        assert.equal(tab.store.counts.value.session, 4);
        assert.deepEqual(
          tab.store.list(QUEUE).newItems.map((r) => r.id),
          ['s9'],
        );
      }
      assert.deepEqual(
        [b, c].map((tab) => tab.adapter.callsOf('countPending').length),
        [1, 1],
      );
      // Their only requests: the look at their own queue's first page.
      assert.deepEqual(
        [b, c].map((tab, i) => tab.adapter.calls.slice(calls[i]).map((call) => call.method)),
        [['listSessionRequests'], ['listSessionRequests']],
      );
    }));

  it('a tab that follows never polls, even when each of the leader’s polls takes seconds', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) await shown(tab);
      const read = a.adapter.countPending.bind(a.adapter);
      a.adapter.countPending = async (options) => {
        await new Promise((resolve) => a.clock.setTimeout(resolve, 5000));
        return read(options);
      };
      await watch(env, a);
      await watch(env, b);
      // Each poll is one interval after the last answer: at 60, 125, 190, 255 and 320 s.
      await run(a.clock, 6 * MINUTE, 5000);
      assert.equal(polls(a), 6);
      assert.equal(polls(b), 1, 'the follower’s own first read only');
    }));

  it('when the leader’s page goes, the next tab that asked polls, one interval after the last read', async () =>
    withEnv(async (env) => {
      const tabs = openTabs(3);
      const [a, b, c] = tabs;
      for (const tab of tabs) await shown(tab);
      const closeA = await watch(env, a);
      await watch(env, b);
      await watch(env, c);
      await run(a.clock, MINUTE);
      assert.deepEqual(pollsOf(tabs), [2, 1, 1]);
      await run(a.clock, 20_000, 20_000);
      closeA();
      await flush();
      const { held, pending } = await env.locks.query();
      assert.equal(held.length, 1, 'another tab holds the lock');
      assert.equal(pending.length, 1);
      await run(a.clock, 40_000 - 1, 40_000);
      assert.deepEqual(pollsOf(tabs), [2, 1, 1], 'not before the interval is up');
      await run(a.clock, 1, 1);
      assert.deepEqual(pollsOf(tabs), [2, 2, 1], 'the next tab in line polls');
      await run(a.clock, 3 * MINUTE);
      assert.deepEqual(pollsOf(tabs), [2, 5, 1], 'and keeps polling; the last one follows it');
      a.rows.sessions.splice(0, 1);
      await run(a.clock, MINUTE);
      assert.deepEqual(c.remote, [{ kind: 'session', added: [], updated: [], removed: ['s0'] }]);
      assert.deepEqual(a.remote, [], 'the closed tab hears nothing');
    }));

  it('a tab closed while it waits leaves the line: the lock goes to the tab after it', async () =>
    withEnv(async (env) => {
      const tabs = openTabs(3);
      const [a, b, c] = tabs;
      for (const tab of tabs) await shown(tab);
      const closeA = await watch(env, a);
      const closeB = await watch(env, b);
      await watch(env, c);
      await run(a.clock, MINUTE);
      closeB();
      await flush();
      assert.equal((await env.locks.query()).pending.length, 1);
      closeA();
      await flush();
      await run(a.clock, 3 * MINUTE);
      assert.deepEqual(pollsOf(tabs), [2, 1, 4]);
      assert.deepEqual(await env.locks.query().then((q) => [q.held.length, q.pending.length]), [1, 0]);
    }));

  it('a leader whose watches stop asking for polls (interval 0) hands the poll over, and follows', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) await shown(tab);
      const page = await watch(env, a);
      await watch(env, b);
      await run(a.clock, MINUTE);
      await watch(env, a, 0);
      page();
      await flush();
      await run(a.clock, 3 * MINUTE);
      assert.deepEqual(pollsOf([a, b]), [2, 4]);
      a.rows.sessions.push(session(8));
      await run(a.clock, MINUTE);
      assert.deepEqual(a.remote, [{ kind: 'session', added: ['s8'], updated: [], removed: [] }]);
      assert.equal(a.store.counts.value.session, 4);
    }));

  it('a tab with two watches (a page and a badge) waits in line once', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) await shown(tab);
      await watch(env, a);
      await watch(env, b);
      await watch(env, b, 5 * MINUTE);
      await run(a.clock, MINUTE);
      assert.equal((await env.locks.query()).pending.length, 1);
    }));

  it('hidden, then offline: no tab polls and none holds the lock; back, one tab polls for all again', async () =>
    withEnv(async (env) => {
      const tabs = openTabs(2);
      for (const tab of tabs) await shown(tab);
      for (const tab of tabs) await watch(env, tab);
      await run(tabs[0].clock, MINUTE);
      env.hide();
      await flush();
      assert.deepEqual(await env.locks.query(), { held: [], pending: [] });
      await run(tabs[0].clock, 5 * MINUTE);
      assert.deepEqual(pollsOf(tabs), [2, 1]);
      env.show();
      await run(tabs[0].clock, 2 * MINUTE - 1);
      assert.equal(
        pollsOf(tabs).reduce((a, b) => a + b),
        3 + 2,
        'a read at once (due), then one a minute',
      );
      env.offline();
      await flush();
      assert.deepEqual(await env.locks.query(), { held: [], pending: [] });
      await run(tabs[0].clock, 5 * MINUTE);
      assert.equal(
        pollsOf(tabs).reduce((a, b) => a + b),
        5,
      );
      env.online();
      await run(tabs[0].clock, MINUTE - 1);
      assert.equal(
        pollsOf(tabs).reduce((a, b) => a + b),
        5 + 1,
        'a read at once (due)',
      );
    }));

  it('two identities (two users on one browser): each has its own lock and its own poller', async () =>
    withEnv(async (env) => {
      const clock = new FakeClock();
      const mine = openTabs(2, { clock });
      const theirs = openTabs(2, { clock });
      for (const tab of [...mine, ...theirs]) await shown(tab);
      for (const tab of [...mine, ...theirs]) await watch(env, tab);
      assert.equal((await env.locks.query()).held.length, 2);
      await run(clock, 3 * MINUTE);
      assert.deepEqual(pollsOf([...mine, ...theirs]), [4, 1, 4, 1]);
    }));
});

describe('tabs whose lock manager refuses (a sandboxed frame: SecurityError)', () => {
  it('each tab polls on its own, as without Web Locks', async () =>
    withEnv(async (env) => {
      env.locks.request = () => Promise.reject(new DOMException('The request was denied.', 'SecurityError'));
      const tabs = openTabs(2);
      for (const tab of tabs) await shown(tab);
      for (const tab of tabs) await watch(env, tab);
      await run(tabs[0].clock, 3 * MINUTE);
      assert.ok(polls(tabs[0]) > 1, `the first tab polls (${polls(tabs[0])} reads)`);
      assert.equal(polls(tabs[0]) + polls(tabs[1]), 2 + 3, 'one poll per interval between them');
    }));
});

describe('tabs without Web Locks', () => {
  it('each tab polls on its own, but one that just heard another’s answer waits a whole interval again', async () =>
    withEnv({ locks: false }, async (env) => {
      const [a, b] = openTabs(2);
      await shown(a);
      const closeA = await watch(env, a);
      await run(a.clock, 30_000, 30_000);
      await shown(b);
      await watch(env, b);
      // a polls at 60 s; b, whose own read was at 30 s, hears it and waits until 120 s (not 90 s).
      await run(a.clock, 40_000, 10_000);
      assert.deepEqual(pollsOf([a, b]), [2, 1]);
      // From then on both are due at the same times (120, 180, 240 s): a polls, and b too unless it
      // heard a's answer first.
      await run(a.clock, 3 * MINUTE + 20_000, 10_000);
      assert.equal(polls(a), 5);
      closeA();
      // At 270 s, b alone: its next poll is one interval after the last read (240 s).
      const before = polls(b);
      await run(a.clock, 30_000 - 1, 10_000);
      assert.equal(polls(b), before);
      await run(a.clock, 1, 1);
      assert.equal(polls(b), before + 1);
    }));
});

describe('tabs: another tab’s actions', () => {
  it('a message request accepted in one tab shows in the other, counted out, with no request', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2, { messages: 2 });
      for (const tab of [a, b]) {
        await shown(tab);
        await tab.store.ensure(MESSAGES);
        await watch(env, tab, 0);
      }
      const calls = b.adapter.calls.length;
      await acceptRequest(a.store, 'message', 'm0');
      await deliver();
      assert.equal(b.store.get('message', 'm0').status, 'accepted');
      assert.equal(b.store.list(MESSAGES).has('m0'), false);
      assert.equal(b.store.counts.value.message, 1);
      assert.deepEqual(b.remote, [{ kind: 'message', added: [], updated: ['m0'], removed: ['m0'] }]);
      await b.store.ensure(MESSAGES);
      assert.equal(b.adapter.calls.length, calls, 'no request, not even when the list is shown again');
    }));

  it('a session accepted elsewhere: the message lists read again when shown (a rejection: they do not)', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) {
        await shown(tab);
        await tab.store.ensure(MESSAGES);
        await watch(env, tab, 0);
      }
      const messageReads = () => b.adapter.callsOf('listMessageRequests').length;
      await rejectRequest(a.store, 'session', 's1');
      await deliver();
      await b.store.ensure(MESSAGES);
      assert.equal(messageReads(), 1, 'a rejection consumes no message request');
      await acceptRequest(a.store, 'session', 's0');
      await deliver();
      await b.store.ensure(MESSAGES);
      assert.equal(messageReads(), 2, 'an accept may have consumed one upstream');
      assert.equal(b.store.counts.value.session, 1);
      const sessionReads = b.adapter.callsOf('listSessionRequests').length;
      await b.store.ensure(QUEUE);
      assert.equal(b.adapter.callsOf('listSessionRequests').length, sessionReads, 'the queue is up to date');
      await saveMeetingLink(a.store, 's0', LINK);
      await deliver();
      await b.store.ensure(MESSAGES);
      assert.equal(messageReads(), 2, 'a link consumes nothing');
    }));

  it('a meeting link saved elsewhere shows, and changes no count', async () =>
    withEnv(async (env) => {
      for (const withIds of [true, false]) {
        const [a, b] = openTabs(2, { withIds });
        for (const tab of [a, b]) {
          await shown(tab);
          await watch(env, tab, 0);
        }
        await acceptRequest(a.store, 'session', 's0');
        await deliver();
        assert.equal(b.store.counts.value.session, 2, `ids: ${withIds}`);
        assert.deepEqual(b.remote, [{ kind: 'session', added: [], updated: ['s0'], removed: ['s0'] }]);
        await saveMeetingLink(a.store, 's0', LINK);
        await deliver();
        assert.deepEqual(b.store.get('session', 's0').meetingLink, LINK);
        assert.equal(b.store.counts.value.session, 2, `ids: ${withIds}: a link is no change of the queue`);
        assert.deepEqual(b.remote[1], { kind: 'session', added: [], updated: ['s0'], removed: [] });
        assert.equal(b.remote.length, 2);
      }
    }));

  it('numbers only: a request the other tab does not hold is shown as it is now; a tab with no counts takes records too', async () =>
    withEnv(async (env) => {
      const [a, b, c] = openTabs(3, { withIds: false, sessions: 5 });
      await shown(a);
      await Promise.all([b.store.ensure({ kind: 'session', pageSize: 2 }), b.store.loadCounts()]);
      for (const tab of [a, b, c]) await watch(env, tab, 0);
      await acceptRequest(a.store, 'session', 's4');
      await deliver();
      assert.equal(b.store.get('session', 's4').status, 'accepted');
      assert.deepEqual(b.remote[0].updated, ['s4']);
      assert.deepEqual(b.errors, []);
      assert.equal(c.store.get('session', 's4').status, 'accepted', 'a tab that shows no counts (a detail)');
      assert.equal(c.store.counts.value, undefined);
      assert.deepEqual(c.remote, [{ kind: 'session', added: [], updated: ['s4'], removed: [] }]);
    }));

  it('a store whose watches all ended hears no other tab', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) await shown(tab);
      await watch(env, a, 0);
      const close = await watch(env, b, 0);
      close();
      await acceptRequest(a.store, 'session', 's0');
      await deliver();
      assert.equal(b.store.get('session', 's0').status, 'requested');
      assert.deepEqual(b.remote, []);
    }));

  it('however often a store’s watches change, another tab’s action is taken once', async () =>
    withEnv(async (env) => {
      const [a, b] = openTabs(2);
      for (const tab of [a, b]) await shown(tab);
      await watch(env, a, 0);
      await watch(env, b);
      await watch(env, b, 0);
      const badge = await watch(env, b, 5 * MINUTE);
      badge();
      env.hide();
      env.show();
      await run(a.clock, 2 * MINUTE);
      await acceptRequest(a.store, 'session', 's0');
      await deliver();
      assert.deepEqual(b.remote, [{ kind: 'session', added: [], updated: ['s0'], removed: ['s0'] }]);
      assert.equal(b.store.counts.value.session, 2);
    }));
});

describe('tabs: what else is on the channel', () => {
  it('a browser’s BroadcastChannel (no unref, which Node’s has) carries the tabs’ actions as well', async () =>
    withEnv(async (env) => {
      const NodeChannel = globalThis.BroadcastChannel;
      globalThis.BroadcastChannel = class BrowserChannel extends NodeChannel {
        unref = undefined;
      };
      try {
        const [a, b] = openTabs(2);
        for (const tab of [a, b]) {
          await shown(tab);
          await watch(env, tab, 0);
        }
        await acceptRequest(a.store, 'session', 's0');
        await deliver();
        assert.equal(b.store.get('session', 's0').status, 'accepted');
      } finally {
        globalThis.BroadcastChannel = NodeChannel;
      }
    }));

  it('messages that are not the library’s are ignored; the library’s, from any copy of it, are taken', async () =>
    withEnv(async (env) => {
      const identity = newIdentity();
      const [a] = openTabs(1, { identity });
      await shown(a);
      await watch(env, a, 0);
      // Another script of the origin on the same channel (e.g. another copy of the library).
      const other = new BroadcastChannel(`mentoring-requests:${identity}`);
      try {
        for (const data of [
          undefined,
          null,
          'counts',
          { type: 'hello' },
          { type: 'record' },
          { type: 'record', request: null },
          { type: 'record', request: { kind: 'other', id: 's0' } },
        ])
          other.postMessage(data);
        await deliver();
        assert.deepEqual(a.remote, []);
        assert.deepEqual(a.errors, []);
        assert.equal(a.store.get('session', 's0').status, 'requested');
        other.postMessage({
          type: 'counts',
          counts: { session: 4, message: 1, ids: { session: ['s0', 's1', 's2', 's5'], message: ['m0'] } },
        });
        other.postMessage({ type: 'record', request: { ...session(1), status: 'rejected' } });
        await deliver();
        assert.deepEqual(a.remote, [
          { kind: 'session', added: ['s5'], updated: [], removed: [] },
          { kind: 'session', added: [], updated: ['s1'], removed: ['s1'] },
        ]);
        assert.equal(a.store.counts.value.session, 3);
      } finally {
        other.close();
      }
    }));
});
