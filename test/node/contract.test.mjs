// The essential adapter contract in plain Node: the built MentorEdAdapter (dist/) over real fetch,
// answered by the MSW emulation of the MentorEd API through msw/node. Run after the build.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { MentorEdAdapter, RequestsError } from '../../dist/adapters/index.js';
import { createMentorEdDb, createMentorEdHandlers } from '../../dist/mocks/index.js';

const BASE_URL = 'https://mentored.test/mentoring/v1';
const ALL = { page: 1, pageSize: 100 };
const GMEET = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

let db;
let adapter;
beforeEach(() => {
  db = createMentorEdDb({ seed: 11, sessionRequests: 23, messageRequests: 9 });
  server.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE_URL, db }));
  adapter = new MentorEdAdapter({ baseUrl: BASE_URL, token: 'node-token', timeoutMs: 300 });
});
afterEach(() => db.clearFaults());

async function rejectsWith(promise, kind) {
  await assert.rejects(promise, (error) => {
    assert.ok(RequestsError.is(error), `not a RequestsError: ${error}`);
    assert.equal(error.kind, kind, error.message);
    return true;
  });
}

describe('MentorEdAdapter (dist) + msw/node', () => {
  it('imports without DOM globals', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('lists session requests with paging and totals', async () => {
    const p1 = await adapter.listSessionRequests({ page: 1, pageSize: 10 });
    const p2 = await adapter.listSessionRequests({ page: 2, pageSize: 10 });
    const p3 = await adapter.listSessionRequests({ page: 3, pageSize: 10 });
    assert.deepEqual([p1.total, p2.total, p3.total], [23, 23, 23]);
    assert.deepEqual([p1.items.length, p2.items.length, p3.items.length], [10, 10, 3]);
    const ids = [...p1.items, ...p2.items, ...p3.items].map((r) => r.id);
    assert.equal(new Set(ids).size, 23);
    assert.ok(p1.items.every((r) => r.start instanceof Date && typeof r.id === 'string'));
    const statuses = new Set((await adapter.listSessionRequests(ALL)).items.map((r) => r.status));
    assert.deepEqual([...statuses].sort(), ['expired', 'requested']);
    const received = await adapter.listSessionRequests({ page: 1, pageSize: 10, direction: 'received' });
    assert.ok(received.items.every((r) => r.direction === 'received'));
    assert.equal(received.total, 23);
  });

  it('lists message requests with page / limit paging', async () => {
    const p1 = await adapter.listMessageRequests({ page: 1, pageSize: 4 });
    const p3 = await adapter.listMessageRequests({ page: 3, pageSize: 4 });
    assert.deepEqual([p1.total, p1.items.length, p3.items.length], [9, 4, 1]);
    assert.ok(db.calls.every((c) => /page=\d+&limit=4$/.test(c.url)));
  });

  it('accepts, and a second accept is a conflict', async () => {
    const id = db.pendingReceivedSessionIds()[0];
    const { item, message } = await adapter.acceptSessionRequest(id);
    assert.equal(item.status, 'accepted');
    assert.equal(item.sessionId, db.sessionRequest(id).session_id);
    assert.match(message, /accepted this session|approved/);
    await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
  });

  it('rejects with a reason; over 50 words is validation', async () => {
    const [a, b] = db.pendingReceivedSessionIds();
    const error = await adapter.rejectSessionRequest(a, 'word '.repeat(51)).catch((e) => e);
    assert.equal(error.kind, 'validation');
    assert.ok(error.fieldErrors.reason);
    const { item } = await adapter.rejectSessionRequest(b, 'Busy that week');
    assert.deepEqual([item.status, item.rejectReason], ['rejected', 'Busy that week']);
    await rejectsWith(adapter.rejectSessionRequest(b), 'conflict');
  });

  it('sets a meeting link and reads it back', async () => {
    const id = db.pendingReceivedSessionIds()[0];
    await rejectsWith(adapter.setMeetingLink(id, GMEET), 'conflict');
    await adapter.acceptSessionRequest(id);
    await rejectsWith(
      adapter.setMeetingLink(id, { platform: 'google-meet', url: 'https://meetXgoogle.com/abc' }),
      'validation',
    );
    const saved = await adapter.setMeetingLink(id, GMEET);
    assert.deepEqual(saved.item.meetingLink, GMEET);
    assert.deepEqual((await adapter.getSessionRequest(id)).meetingLink, GMEET);
  });

  it('accepts and rejects message requests', async () => {
    const [a, b] = db.pendingReceivedMessageIds();
    assert.equal((await adapter.acceptMessageRequest(a)).item.status, 'accepted');
    await rejectsWith(adapter.acceptMessageRequest(a), 'conflict');
    assert.equal((await adapter.rejectMessageRequest(b)).item.status, 'rejected');
    assert.equal((await adapter.listMessageRequests(ALL)).total, 7);
  });

  it('counts received pending requests only', async () => {
    const before = await adapter.countPending();
    assert.deepEqual(before, db.pendingReceivedCounts());
    assert.ok(before.session < 23 && before.message < 9);
    await adapter.acceptSessionRequest(db.pendingReceivedSessionIds()[0]);
    assert.deepEqual(await adapter.countPending(), { session: before.session - 1, message: before.message });
  });

  it('a slot clash on accept is validation with fieldErrors.slot; a list 404 speaks of the list', async () => {
    const id = db.pendingReceivedSessionIds()[0];
    db.scheduleClash(id);
    const clash = await adapter.acceptSessionRequest(id).catch((e) => e);
    assert.deepEqual(
      [clash.kind, clash.status, clash.message, clash.fieldErrors],
      ['validation', 400, 'You already have a session scheduled at this time.', { slot: 'slotClash' }],
    );
    db.failNext('connections/pending', 404);
    const gone = await adapter.listMessageRequests(ALL).catch((e) => e);
    assert.deepEqual(
      [gone.kind, gone.message],
      ['not-found', 'The list of requests was not found on the server. Please try again later.'],
    );
  });

  it('maps errors by status, and transport failures', async () => {
    const cases = [
      ['requestSessions/list', 401, 'unauthorized'],
      ['requestSessions/list', 403, 'forbidden'],
      ['requestSessions/list', 404, 'not-found'],
      ['requestSessions/list', 409, 'conflict'],
      ['requestSessions/list', 422, 'validation'],
      ['requestSessions/list', 500, 'server'],
      ['requestSessions/list', 'network', 'network'],
      ['requestSessions/list', 'hang', 'timeout'],
      ['requestSessions/list', 'malformed-json', 'server'],
      ['requestSessions/list', 'wrong-shape', 'server'],
    ];
    for (const [endpoint, fault, kind] of cases) {
      db.failNext(endpoint, fault);
      await rejectsWith(adapter.listSessionRequests(ALL), kind);
    }
    await rejectsWith(adapter.getSessionRequest('424242'), 'server'); // upstream's 500 for an unknown id
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(adapter.countPending({ signal: controller.signal }), 'aborted');
    assert.equal((await adapter.listSessionRequests(ALL)).total, 23);
  });
});
