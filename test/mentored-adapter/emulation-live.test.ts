/**
 * The MSW emulation of MentorEd, its live controls (issue 14), talked to with plain fetch: "a new request
 * arrives" (`receiveSessionRequest`, `receiveMessageRequest`) and "handled elsewhere" (`acceptElsewhere`,
 * `rejectElsewhere`), each as the upstream source does it (ELEVATE-Project/mentoring master aa52d89e,
 * paths under `src/`; docs/mentored-api.md §6). The handled-elsewhere controls run the routes' own
 * transitions: a control on one db leaves it exactly as the route on a twin db does.
 */
import { expect } from '@open-wc/testing';
import { createMentorEdDb, UPSTREAM_TEXT, type MentorEdDb } from '../../src/mocks/index.js';
import { BASE, setup, useMentorEdWorker } from './support.js';
import { emulationClient } from './emulation-client.js';

useMentorEdWorker();

/** A fixed server clock, so that two dbs made alike stay alike (timestamps included). */
const NOW = Date.UTC(2025, 4, 5, 10, 0, 0);
const OPTIONS = { seed: 5, sessionRequests: 12, messageRequests: 6, now: () => NOW };

/** What the transitions touch. */
const state = (db: MentorEdDb) => ({
  requests: db.sessionRequests,
  sessions: db.sessions,
  connections: db.connections,
});

describe('MentorEd emulation: live controls as upstream runs them', () => {
  const { get, post, json } = emulationClient(BASE);
  const rows = async (path: string) => (await json(await get(path))).result.data as Record<string, unknown>[];

  // services/requestSessions.js `create` 43-188 → database/queries/requestSessions.js `addSessionRequest`
  // 26-50 (REQUESTED, created now: the newest row); refusals: SELF_MENTOR, 30 min to 24 h,
  // `checkPendingRequest` 211-224 (one pending request per user not connected to the requestee).
  it('receiveSessionRequest: the newest received REQUESTED row, refused where create refuses', async () => {
    const { db } = setup(OPTIONS);
    const request = db.receiveSessionRequest();
    const [first] = await rows('requestSessions/list?status=REQUESTED');
    expect(first).to.include({ id: request.id, status: 'REQUESTED', request_type: 'received' });
    expect(first!.created_at).to.equal(new Date(NOW).toISOString());
    expect((first!.user_details as { user_id: string }).user_id).to.equal(request.requestor_id);
    const details = await json(await get(`requestSessions/getDetails?request_session_id=${request.id}`));
    expect(details.result.requestee_id).to.equal(db.me);
    const from = request.requestor_id;
    expect(() => db.receiveSessionRequest({ requestor_id: from })).to.throw(/SESSION_REQUEST_PENDING/);
    expect(() => db.receiveSessionRequest({ requestor_id: db.me })).to.throw(/SELF_MENTOR/);
    const start = Math.floor(NOW / 1000) + 86_400;
    expect(() => db.receiveSessionRequest({ start_date: start, end_date: start + 20 * 60 })).to.throw(
      /30 minutes/,
    );
    // Once the two are connected (an accept connects them), a second request is allowed.
    db.acceptElsewhere(request.id);
    expect(db.receiveSessionRequest({ requestor_id: from }).status).to.equal('REQUESTED');
  });

  // services/connections.js `initiate` 41-90 → database/queries/connection.js `addFriendRequest` 13-48
  // (REQUESTED, `created_by` the sender); refused when a request or a connection exists already.
  it('receiveMessageRequest: the newest received row of connections/pending, refused where initiate refuses', async () => {
    const { db } = setup(OPTIONS);
    const connection = db.receiveMessageRequest({ message: 'May I ask about exams?' });
    const [first] = await rows('connections/pending?page=1&limit=100');
    expect(first).to.include({ friend_id: connection.requester_id, user_id: db.me, status: 'REQUESTED' });
    expect(first!.created_by).to.equal(connection.requester_id); // received: the other user sent it
    expect(first!.meta).to.deep.equal({ message: 'May I ask about exams?' });
    const info = await json(await post('connections/getInfo', { user_id: connection.requester_id }));
    expect(info.result.status).to.equal('REQUESTED');
    expect(() => db.receiveMessageRequest({ from: connection.requester_id })).to.throw(/already/);
    expect(() => db.receiveMessageRequest({ from: db.me })).to.throw(/oneself/);
  });

  // services/requestSessions.js `accept` 309-479 (the route) and acceptElsewhere share store.ts
  // `acceptSession`; services/connections.js `accept` 278-331 and acceptElsewhere share `acceptConnection`.
  it('acceptElsewhere leaves the data as the accept routes do; the second accept then gets their 404', async () => {
    const { db: routed } = setup(OPTIONS);
    const twin = createMentorEdDb(OPTIONS);
    const [s] = routed.pendingReceivedSessionIds();
    const [m] = routed.pendingReceivedMessageIds();
    expect((await post('requestSessions/accept', { request_session_id: s })).status).to.equal(201);
    expect((await post('connections/accept', { user_id: m })).status).to.equal(201);
    twin.acceptElsewhere(s!);
    twin.acceptElsewhere(m!, 'message');
    expect(state(twin)).to.deep.equal(state(routed));
    // This device tries too: upstream has nothing left to act on.
    const again = await json(await post('requestSessions/accept', { request_session_id: s }));
    expect(again.message).to.equal('SESSION_REQUEST_NOT_FOUND');
    const twice = await json(await post('connections/accept', { user_id: m }));
    expect(twice.message).to.equal(UPSTREAM_TEXT.CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED);
  });

  // services/requestSessions.js `reject` 489-535 → queries `rejectRequest` 157-175 (store.ts
  // `rejectSession`); services/connections.js `reject` 340-371 → queries/connection.js `rejectRequest`
  // 141-163 (store.ts `rejectConnection`); the rejecter's getInfo then finds the REJECTED request.
  it('rejectElsewhere leaves the data as the reject routes do, reason included', async () => {
    const { db: routed } = setup(OPTIONS);
    const twin = createMentorEdDb(OPTIONS);
    const [s] = routed.pendingReceivedSessionIds();
    const [m] = routed.pendingReceivedMessageIds();
    const reason = 'I am away that week.';
    expect((await post('requestSessions/reject', { request_session_id: s, reason })).status).to.equal(201);
    expect((await post('connections/reject', { user_id: m })).status).to.equal(201);
    twin.rejectElsewhere(s!, 'session', reason);
    twin.rejectElsewhere(m!, 'message');
    expect(state(twin)).to.deep.equal(state(routed));
    expect(routed.sessionRequest(s!)).to.include({ status: 'REJECTED', reject_reason: reason });
    expect((await json(await post('connections/getInfo', { user_id: m }))).result.status).to.equal(
      'REJECTED',
    );
    expect(routed.pendingReceivedMessageIds()).to.not.include(m);
  });

  // `findOneRequest` (services/requestSessions.js `accept` / `reject`: REQUESTED only) and
  // database/queries/connection.js `findOneRequest` (a pending request only): nothing to act on → 404
  // upstream, an error from the control (a scene that cannot happen is a test bug).
  it('refuses to handle a request upstream would not find', () => {
    const db = createMentorEdDb(OPTIONS);
    const [a, b] = db.pendingReceivedSessionIds();
    db.acceptElsewhere(a!);
    expect(() => db.acceptElsewhere(a!)).to.throw(/ACCEPTED, not REQUESTED/);
    expect(() => db.rejectElsewhere(a!)).to.throw(/not REQUESTED/);
    db.rejectElsewhere(b!);
    expect(() => db.acceptElsewhere(b!)).to.throw(/REJECTED/);
    const [m] = db.pendingReceivedMessageIds();
    db.rejectElsewhere(m!, 'message');
    expect(() => db.acceptElsewhere(m!, 'message')).to.throw(/no pending connection request/);
    expect(() => db.acceptElsewhere('nope')).to.throw(/no session request/);
  });
});
