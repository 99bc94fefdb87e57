// The InboxStore's actions in plain Node, from dist/: one adapter call, then the record, every list and
// the counts change together; the count policy; errors; races (two actions on one request, an action
// while its list reloads).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  InboxStore,
  acceptRequest,
  putRequest,
  readRequest,
  refetchRequest,
  rejectRequest,
  runningAction,
  saveMeetingLink,
} from '../../dist/store/index.js';
import { NOW, ScriptedAdapter, flush, message, session } from './store-support.mjs';

const QUEUE = { kind: 'session', pageSize: 5 };
const ALL = { kind: 'session', filter: { direction: 'all', status: 'all' }, pageSize: 5 };
const ACCEPTED = { kind: 'session', filter: { direction: 'received', status: 'accepted' }, pageSize: 5 };
const MESSAGES = { kind: 'message', pageSize: 5 };
const LINK = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

async function loaded({ now = () => NOW, sessions, messages } = {}) {
  const adapter = new ScriptedAdapter({
    sessions: sessions ?? [
      ...Array.from({ length: 6 }, (_, i) => session(i)),
      session(10, { direction: 'sent' }),
      session(11, { status: 'accepted', sessionId: 'x11' }),
    ],
    messages: messages ?? [message(0), message(1), message(2, { direction: 'sent' })],
    now,
  });
  const store = new InboxStore(adapter, { now });
  await Promise.all([store.ensure(QUEUE), store.ensure(ALL), store.ensure(ACCEPTED), store.loadCounts()]);
  adapter.calls.length = 0;
  return { adapter, store };
}

const ids = (list) => list.items.map((r) => r.id);

describe('accept', () => {
  it('one adapter call; record, lists and counts change together, in one `change`', async () => {
    const { adapter, store } = await loaded();
    await store.ensure(MESSAGES);
    adapter.calls.length = 0;
    assert.deepEqual(store.counts.value, { session: 6, message: 2 });
    await flush();
    // What each `change` shows: never a mixed state (the record changed but not the list or the count).
    const states = [];
    store.addEventListener('change', () =>
      states.push([
        store.get('session', 's0').status,
        ids(store.list(QUEUE)).includes('s0'),
        store.counts.value.session,
      ]),
    );
    const result = await acceptRequest(store, 'session', 's0');
    assert.equal(result.item.status, 'accepted');
    assert.equal(result.message, 'accepted!');
    assert.equal(store.get('session', 's0').status, 'accepted');
    assert.ok(!ids(store.list(QUEUE)).includes('s0'), 'the queue loses it');
    assert.equal(store.list(QUEUE).total, 5);
    assert.equal(store.list(ALL).items.find((r) => r.id === 's0').status, 'accepted', 'the history keeps it');
    assert.equal(
      store.list(ACCEPTED).valid,
      false,
      'the accepted list reloads when shown (its place is the server’s)',
    );
    assert.equal(store.counts.value.session, 5, 'derived: one fewer');
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['acceptSessionRequest', 'countPending'],
      'a session accept connects the two people: the counts are read again for the message count',
    );
    assert.equal(store.list(MESSAGES).valid, false, 'and the message lists reload when shown');
    await flush();
    assert.deepEqual(states, [
      ['requested', true, 6], // busy
      ['accepted', false, 5], // the answer: record, lists and counts together
      ['accepted', false, 6 - 1], // the counts read again (the scripted server agrees)
    ]);
  });

  it('a message accept or a reject derives the counts and reads nothing while they are fresh', async () => {
    const { adapter, store } = await loaded();
    await acceptRequest(store, 'message', 'm0');
    await rejectRequest(store, 'session', 's1', 'Busy that week');
    assert.deepEqual(store.counts.value, { session: 5, message: 1 });
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['acceptMessageRequest', 'rejectSessionRequest'],
    );
    assert.deepEqual(adapter.calls[1].args, ['s1', 'Busy that week']);
    assert.equal(store.get('session', 's1').rejectReason, 'Busy that week');
  });

  it('counts older than `freshness` are read again after an action', async () => {
    let now = NOW;
    const { adapter, store } = await loaded({ now: () => now });
    now += 60_000;
    await rejectRequest(store, 'session', 's1');
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['rejectSessionRequest', 'countPending'],
    );
  });

  it('count arithmetic: only a received pending request handled lowers a count, never below 0', async () => {
    const { store } = await loaded({
      sessions: [session(0), session(1, { direction: 'sent' })],
      messages: [message(0)],
    });
    assert.deepEqual(store.counts.value, { session: 1, message: 1 });
    await rejectRequest(store, 'session', 's1'); // sent: the count does not count it
    assert.equal(store.counts.value.session, 1);
    await rejectRequest(store, 'session', 's0');
    assert.equal(store.counts.value.session, 0);
    await rejectRequest(store, 'message', 'm0');
    assert.equal(store.counts.value.message, 0);
  });

  it('setMeetingLink changes the record and the lists, not the counts', async () => {
    const { adapter, store } = await loaded();
    const result = await saveMeetingLink(store, 's11', LINK);
    assert.deepEqual(result.item.meetingLink, LINK);
    assert.deepEqual(store.get('session', 's11').meetingLink, LINK);
    assert.deepEqual(store.list(ACCEPTED).items.find((r) => r.id === 's11').meetingLink, LINK);
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['setMeetingLink'],
    );
  });

  it('runningAction() says which action runs on a request while it runs', async () => {
    const { adapter, store } = await loaded();
    const gate = adapter.hold('acceptSessionRequest');
    const accept = acceptRequest(store, 'session', 's0');
    assert.equal(runningAction(store, 'session', 's0'), 'accept');
    assert.equal(runningAction(store, 'session', 's1'), undefined);
    gate.resolve();
    await accept;
    assert.equal(runningAction(store, 'session', 's0'), undefined);
  });
});

describe('errors', () => {
  it('already handled elsewhere: rejects with conflict, reads the request again, marks its lists, reads the counts', async () => {
    const { adapter, store } = await loaded();
    adapter.sessions.find((r) => r.id === 's2').status = 'accepted';
    await assert.rejects(acceptRequest(store, 'session', 's2'), (e) => e.kind === 'conflict');
    await flush();
    assert.deepEqual(adapter.calls.map((c) => c.method).sort(), [
      'acceptSessionRequest',
      'countPending',
      'getSessionRequest',
    ]);
    assert.equal(store.get('session', 's2').status, 'accepted', 'the record shows where it stands now');
    assert.ok(!ids(store.list(QUEUE)).includes('s2'), 'and leaves the queue');
    assert.equal(store.list(ALL).valid, false);
  });

  it('any other failure leaves record, lists and counts as they were', async () => {
    const { adapter, store } = await loaded();
    adapter.failNext('acceptSessionRequest', 'network');
    const before = store.get('session', 's0');
    await assert.rejects(acceptRequest(store, 'session', 's0'), (e) => e.kind === 'network');
    assert.equal(store.get('session', 's0'), before);
    assert.ok(ids(store.list(QUEUE)).includes('s0'));
    assert.equal(store.counts.value.session, 6);
    assert.equal(runningAction(store, 'session', 's0'), undefined);
  });

  it('a failed counts read keeps the last counts and reports `count` for `all`', async () => {
    const { adapter, store } = await loaded();
    const errors = [];
    store.addEventListener('error', (e) => errors.push(e));
    adapter.failNext('countPending', 'timeout');
    await store.loadCounts();
    assert.deepEqual(store.counts.value, { session: 6, message: 2 });
    assert.equal(store.counts.error.kind, 'timeout');
    assert.deepEqual([errors[0].kind, errors[0].action], ['all', 'count']);
    await store.ensureCounts();
    assert.equal(store.counts.error, undefined, 'a failed read is not fresh: ensureCounts reads again');
  });

  it('an answer about another request is a server error, and the record stays', async () => {
    const { adapter, store } = await loaded();
    adapter.getSessionRequest = async () => session(99);
    await assert.rejects(refetchRequest(store, 'session', 's0'), (e) => e.kind === 'server');
    assert.equal(store.get('session', 's0').id, 's0');
  });
});

describe('races', () => {
  it('two accepts of one request are one adapter call and one result', async () => {
    const { adapter, store } = await loaded();
    const [a, b] = await Promise.all([
      acceptRequest(store, 'session', 's0'),
      acceptRequest(store, 'session', 's0'),
    ]);
    assert.equal(a, b);
    assert.equal(adapter.callsOf('acceptSessionRequest').length, 1);
  });

  it('a reject behind an accept of the same request finds it handled, without calling the adapter', async () => {
    const { adapter, store } = await loaded();
    const accept = acceptRequest(store, 'session', 's0');
    const reject = rejectRequest(store, 'session', 's0');
    await accept;
    await assert.rejects(reject, (e) => e.kind === 'conflict');
    assert.equal(adapter.callsOf('rejectSessionRequest').length, 0);
  });

  it('a reject behind a failed accept runs', async () => {
    const { adapter, store } = await loaded();
    adapter.failNext('acceptSessionRequest', 'network');
    const accept = acceptRequest(store, 'session', 's0');
    const reject = rejectRequest(store, 'session', 's0');
    await assert.rejects(accept);
    assert.equal((await reject).item.status, 'rejected');
  });

  it('an accept while its list reloads: the older answer does not bring the request back as pending', async () => {
    const { adapter, store } = await loaded();
    const gate = adapter.hold('listSessionRequests');
    const reload = store.list(QUEUE).reload();
    // The list was read before the accept reached the server.
    const page = adapter.listSessionRequests.bind(adapter);
    await acceptRequest(store, 'session', 's0');
    gate.resolve();
    await reload;
    assert.ok(!ids(store.list(QUEUE)).includes('s0'));
    assert.equal(store.get('session', 's0').status, 'accepted');
    assert.equal(typeof page, 'function');
  });

  it('records: a list row joins the record it had, keeping the link only a detail read brings', async () => {
    const { adapter, store } = await loaded();
    await saveMeetingLink(store, 's11', { platform: 'zoom', url: 'https://zoom.us/j/123456789' });
    // A list row of the same request carries no link (MentorEd lists have none).
    delete adapter.sessions.find((r) => r.id === 's11').meetingLink;
    await store.list(ACCEPTED).reload();
    assert.equal(store.get('session', 's11').meetingLink.url, 'https://zoom.us/j/123456789');
    assert.equal(
      store.list(ACCEPTED).items.find((r) => r.id === 's11'),
      store.get('session', 's11'),
    );
  });

  it('readRequest(): a known record costs nothing; an accepted one known only from a list is read for its link', async () => {
    const { adapter, store } = await loaded();
    assert.equal(await readRequest(store, 'session', 's0'), store.get('session', 's0'));
    assert.equal(adapter.calls.length, 0);
    await readRequest(store, 'session', 's11');
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['getSessionRequest'],
    );
    await readRequest(store, 'session', 's11');
    assert.equal(adapter.calls.length, 1);
  });

  it('putRequest(): a request from the host becomes the record and every list follows it', async () => {
    const { adapter, store } = await loaded();
    const handled = { ...store.get('session', 's3'), status: 'rejected' };
    putRequest(store, handled);
    assert.equal(store.get('session', 's3'), handled);
    assert.ok(!ids(store.list(QUEUE)).includes('s3'));
    assert.equal(await readRequest(store, 'session', 's3'), handled);
    assert.equal(adapter.calls.length, 0);
  });
});

describe('actions, more edges', () => {
  it('a second link save while one runs waits for it, then runs (two adapter calls, in order)', async () => {
    const { adapter, store } = await loaded();
    const gate = adapter.hold('setMeetingLink');
    const first = saveMeetingLink(store, 's11', LINK);
    const second = saveMeetingLink(store, 's11', { ...LINK, url: 'https://meet.google.com/xyz-abcd-efg' });
    await flush();
    assert.equal(adapter.callsOf('setMeetingLink').length, 1);
    gate.resolve();
    await Promise.all([first, second]);
    assert.equal(adapter.callsOf('setMeetingLink').length, 2);
    assert.equal(store.get('session', 's11').meetingLink.url, 'https://meet.google.com/xyz-abcd-efg');
  });

  it('an answer about another request is a server error; the record stays', async () => {
    const { adapter, store } = await loaded();
    adapter.acceptSessionRequest = async () => ({ item: session(99) });
    const before = store.get('session', 's0');
    await assert.rejects(acceptRequest(store, 'session', 's0'), (e) => e.kind === 'server');
    assert.equal(store.get('session', 's0'), before);
    adapter.acceptSessionRequest = async () => ({});
    await assert.rejects(acceptRequest(store, 'session', 's0'), (e) => e.kind === 'server');
  });

  it('a failure that is not "handled elsewhere" reads nothing again', async () => {
    const { adapter, store } = await loaded();
    adapter.failNext('rejectSessionRequest', 'validation');
    await assert.rejects(rejectRequest(store, 'session', 's0', 'x'), (e) => e.kind === 'validation');
    await flush();
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['rejectSessionRequest'],
    );
    assert.equal(store.list(QUEUE).valid, true);
  });

  it('not-found is handled elsewhere too; a failed read of it is reported as `open` with its id', async () => {
    const { adapter, store } = await loaded();
    const errors = [];
    store.addEventListener('error', (e) => errors.push([e.kind, e.action, e.error.kind, e.id]));
    adapter.failNext('acceptSessionRequest', 'not-found');
    adapter.failNext('getSessionRequest', 'network');
    await assert.rejects(acceptRequest(store, 'session', 's3'), (e) => e.kind === 'not-found');
    await flush();
    assert.deepEqual(errors, [['session', 'open', 'network', 's3']]);
    assert.equal(store.list(QUEUE).valid, false);
  });

  it('a message accept leaves the session lists and, while fresh, the counts alone', async () => {
    const { adapter, store } = await loaded();
    await acceptRequest(store, 'message', 'm1');
    assert.equal(store.list(QUEUE).valid, true);
    assert.deepEqual(
      adapter.calls.map((c) => c.method),
      ['acceptMessageRequest'],
    );
  });

  it('counts nobody asked for are not read after an action', async () => {
    const adapter = new ScriptedAdapter({ sessions: [session(0)], messages: [] });
    const store = new InboxStore(adapter, { now: () => NOW });
    await acceptRequest(store, 'session', 's0');
    await rejectRequest(store, 'session', 's0').catch(() => undefined);
    assert.equal(adapter.callsOf('countPending').length, 0);
    assert.equal(store.counts.value, undefined);
  });
});
