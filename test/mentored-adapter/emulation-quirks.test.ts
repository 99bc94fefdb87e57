/**
 * The MSW emulation of MentorEd, talked to with plain fetch: each behaviour of the upstream source it
 * reproduces (ELEVATE-Project/mentoring master aa52d89e, paths under `src/`; docs/mentored-api.md),
 * the deployment variants, and its fault knobs. The actions (accept, reject, update, connections,
 * availability) are in emulation-actions.test.ts.
 */
import { expect } from '@open-wc/testing';
import { createMentorEdDb, createMentorEdHandlers, UPSTREAM_TEXT } from '../../src/mocks/index.js';
import { BASE, setup, useMentorEdWorker, worker } from './support.js';
import { emulationClient } from './emulation-client.js';

useMentorEdWorker();

describe('MentorEd emulation: auth, lists and details as upstream answers them', () => {
  const { get, json } = emulationClient(BASE);
  const rows = async (path: string) => (await json(await get(path))).result.data as Record<string, unknown>[];

  // middlewares/authenticator.js: no header → PERMISSION_DENIED; `authHeader.split(' ')` with the first
  // part lower-cased against 'bearer' (IS_AUTH_TOKEN_BEARER, default true) else UNAUTHORIZED_REQUEST;
  // an unknown token fails verifyToken → UNAUTHORIZED_REQUEST. Every refusal: 401 responseCode UNAUTHORIZED.
  it('authenticates as authenticator.js does, bearer prefix required by default', async () => {
    const db = createMentorEdDb();
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db, tokens: { alice: db.me } }));
    const answer = async (token: string) => {
      const response = await get('users/requestCount', token);
      const body = await json(response);
      return [response.status, body.responseCode, body.message];
    };
    expect(await answer('')).to.deep.equal([401, 'UNAUTHORIZED', UPSTREAM_TEXT.PERMISSION_DENIED]);
    expect(await answer('alice')).to.deep.equal([401, 'UNAUTHORIZED', UPSTREAM_TEXT.UNAUTHORIZED_REQUEST]);
    expect(await answer('Bearer mallory')).to.deep.equal([
      401,
      'UNAUTHORIZED',
      UPSTREAM_TEXT.UNAUTHORIZED_REQUEST,
    ]);
    expect((await answer('Bearer alice'))[0]).to.equal(200);
    expect((await answer('bearer alice'))[0]).to.equal(200);
  });

  it('takes the deployment variants: bare token, another header name, extra headers, a denied role', async () => {
    const db = createMentorEdDb();
    worker.resetHandlers(
      ...createMentorEdHandlers({
        baseUrl: BASE,
        db,
        bearer: false,
        tokenHeader: 'x-access-token',
        requiredHeaders: { 'organization-id': '7' },
        denied: ['connections/pending'],
      }),
    );
    const call = (path: string, headers: Record<string, string>) => fetch(`${BASE}/${path}`, { headers });
    const good = { 'x-access-token': 'abc', 'organization-id': '7' };
    expect((await call('users/requestCount', good)).status).to.equal(200);
    expect((await call('users/requestCount', { ...good, 'organization-id': '8' })).status).to.equal(400);
    expect(
      (await call('users/requestCount', { 'x-auth-token': 'abc', 'organization-id': '7' })).status,
    ).to.equal(401);
    const denied = await call('connections/pending', good);
    expect([denied.status, (await json(denied)).message]).to.deep.equal([
      401,
      UPSTREAM_TEXT.PERMISSION_DENIED,
    ]);
  });

  // helpers/users.js `findRequestCounts`: sessions the user sent (queries/requestSessions.js `getCount`),
  // connection rows with friend_id = me (queries/connection.js `getRequestsCount`): sent and received.
  it('users/requestCount counts sent session requests and every pending connection request', async () => {
    // Connection requests count only with ENABLE_CHAT set; its default is never applied, so 0 without.
    setup();
    expect((await json(await get('users/requestCount'))).result.connectionRequestCount).to.equal(0);
    const { db } = setup({ enableChat: true });
    const body = await json(await get('users/requestCount'));
    expect(body.result).to.deep.equal(db.upstreamRequestCount());
    expect(body.message).to.equal(UPSTREAM_TEXT.REQUESTS_COUNT_FETCHED);
    const pendingConnections = db.connections.filter((c) => c.status === 'REQUESTED').length;
    expect(body.result.connectionRequestCount).to.equal(pendingConnections);
    expect(body.result.connectionRequestCount).to.be.greaterThan(db.pendingReceivedCounts().message);
  });

  // helpers/responses.js `successResponse`; services/requestSessions.js `accept` result is the status string.
  it('uses envelopes with string ids, epoch seconds, meta.meetingPlatform and the "ACCEPTED" string', async () => {
    const { db } = setup({ defaultMeetingPlatform: 'BBB' });
    const list = await json(await get('requestSessions/list?pageNo=1&pageSize=2&status=REQUESTED'));
    expect(list).to.include({ responseCode: 'OK', message: UPSTREAM_TEXT.SESSION_REQUESTS_LIST });
    expect((list.meta as Record<string, unknown>).meetingPlatform).to.equal('BBB');
    const [row] = list.result.data as Record<string, unknown>[];
    expect(row!.id).to.be.a('string');
    expect(Number.isInteger(row!.start_date)).to.equal(true);
    const id = db.pendingReceivedSessionIds()[0]!;
    const accepted = await emulationClient(BASE).post('requestSessions/accept', { request_session_id: id });
    expect([accepted.status, (await json(accepted)).result]).to.deep.equal([201, 'ACCEPTED']);
  });

  // services/requestSessions.js `list`: `combinedData.slice(offset, offset + pageSize)` with pageSize a
  // query string (controllers/v1/requestSessions.js `list`): page 2 of 5 ends at index "55".
  it('pages requestSessions/list with the string-concatenation bug, count right, whole list unpaged', async () => {
    // An exact population: 30 requests, without the seeded history.
    setup({ sessionRequests: 30, history: 0 });
    const status = 'status=REQUESTED,ACCEPTED,REJECTED,EXPIRED';
    const all = await rows(`requestSessions/list?${status}`);
    expect(all).to.have.length(30);
    expect((await rows(`requestSessions/list?pageNo=1&pageSize=5&${status}`)).map((r) => r.id)).to.deep.equal(
      all.slice(0, 5).map((r) => r.id),
    );
    const page2 = await json(await get(`requestSessions/list?pageNo=2&pageSize=5&${status}`));
    expect((page2.result.data as { id: string }[]).map((r) => r.id)).to.deep.equal(
      all.slice(5).map((r) => r.id),
    );
    expect(page2.result.count).to.equal(30);
    // page/limit are not this endpoint's parameters: ignored, the whole list.
    expect(await rows(`requestSessions/list?page=2&limit=2&${status}`)).to.have.length(30);
    const past = await json(await get(`requestSessions/list?pageNo=9&pageSize=5&${status}`));
    expect(past.result).to.deep.equal({ data: [], count: 0 });
  });

  // The seeded history, stored as upstream leaves handled requests (store.ts `addHandled`):
  // services/requestSessions.js `accept` → services/sessions.js `create` (the requestee hosts and created
  // the session, DEFAULT_MEETING_SERVICE's meeting_info) and queries/requestSessions.js `approveRequest`
  // (ACCEPTED, session_id), the two users connected; queries/requestSessions.js `rejectRequest`
  // (REJECTED, `reject_reason` as sent or null); the expiry job scheduled by services/requestSessions.js
  // `create` → `expire` → queries `expireRequest` (EXPIRED). Every status accepted by
  // validators/v1/requestSessions.js `list`, both directions (services/requestSessions.js `list`
  // `request_type`), and the pending requests unchanged.
  it('serves a history: accepted (with and without a link), rejected with reasons, EXPIRED, both ways', async () => {
    const { db } = setup();
    const status = 'status=REQUESTED,ACCEPTED,REJECTED,EXPIRED';
    const all = await rows(`requestSessions/list?${status}`);
    const of = (s: string, type: string) => all.filter((r) => r.status === s && r.request_type === type);
    for (const s of ['ACCEPTED', 'REJECTED', 'EXPIRED'])
      for (const type of ['sent', 'received'])
        expect(of(s, type).length, `${s} ${type}`).to.be.greaterThan(0);
    for (const row of all.filter((r) => r.status === 'ACCEPTED')) {
      const session = db.sessions.find((s) => s.id === row.session_id)!;
      expect([session.mentor_id, session.created_by]).to.deep.equal([row.requestee_id, row.requestee_id]);
      expect(session.mentee_ids).to.deep.equal([row.requestor_id]);
      expect(
        db.connectionBetween(String(row.requestor_id), String(row.requestee_id), ['ACCEPTED']),
      ).to.not.equal(undefined);
    }
    const hosted = of('ACCEPTED', 'received').map((r) => db.sessions.find((s) => s.id === r.session_id)!);
    expect(hosted.map((s) => s.meeting_info.value)).to.have.members(['Gmeet', 'OFF']);
    expect(hosted.find((s) => s.meeting_info.link)!.meeting_info.link).to.match(
      /^https:\/\/meet\.google\.com\//,
    );
    const reasons = all.filter((r) => r.status === 'REJECTED').map((r) => r.reject_reason);
    expect(reasons.filter((r) => typeof r === 'string').length).to.be.greaterThan(1);
    expect(reasons).to.include(null);
    for (const row of all.filter((r) => r.status === 'EXPIRED'))
      expect(Number(row.end_date) * 1000).to.be.lessThan(Date.now());
    // Older than every pending request: the pending rows come first, and their counts are unchanged.
    const firstHandled = all.findIndex((r) => r.status === 'ACCEPTED' || r.status === 'REJECTED');
    expect(all.map((r) => r.status).lastIndexOf('REQUESTED')).to.be.lessThan(firstHandled);
    expect(db.pendingReceivedCounts()).to.deep.equal(
      createMentorEdDb({ seed: 5, history: 0 }).pendingReceivedCounts(),
    );
    expect(all).to.have.length(createMentorEdDb({ seed: 5, history: 0 }).sessionRequests.length + 8);
  });

  // validators/v1/requestSessions.js `list`: exact, case-sensitive statuses; queries/requestSessions.js
  // `getSessionMappingDetails` tests `status != []` (always true): without a status no received row.
  it('checks statuses case-sensitively, and loses every received row when no status is sent', async () => {
    const { db } = setup();
    const lower = await get('requestSessions/list?status=requested');
    const body = await json(lower);
    expect([lower.status, body.message, body.error]).to.deep.equal([
      422,
      'Status must be one or more of REQUESTED, ACCEPTED, REJECTED or EXPIRED',
      [],
    ]);
    expect((await get('requestSessions/list?status=REQUESTED,LATE')).status).to.equal(422);
    const unfiltered = await rows('requestSessions/list');
    expect(unfiltered.length).to.be.greaterThan(0);
    expect(unfiltered.every((r) => r.requestor_id === db.me)).to.equal(true);
  });

  // services/requestSessions.js `list` adds request_type (since June 2025); `getInfo` (getDetails) never.
  it('gives request_type in list rows only, and not at all in a pre-June-2025 deployment', async () => {
    const { db } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const listed = (await rows('requestSessions/list?status=REQUESTED')).find((r) => r.id === id)!;
    expect(listed.request_type).to.equal('received');
    const details = await json(await get(`requestSessions/getDetails?request_session_id=${id}`));
    expect(details.result).to.not.have.property('request_type');
    expect(details.message).to.equal(UPSTREAM_TEXT.REQUEST_SESSION_DETAILS);
    setup({ listRequestType: false });
    const oldRows = await rows('requestSessions/list?status=REQUESTED,EXPIRED');
    expect(oldRows.length).to.be.greaterThan(0);
    expect(oldRows.some((r) => 'request_type' in r)).to.equal(false);
  });

  // services/requestSessions.js `getInfo`: a missing row is dereferenced (500 via the error middleware);
  // a blocked or profile-less user is 200 USER_NOT_FOUND with the default `result: []`; no party check.
  it('answers getDetails with 500 for an unknown id, [] for a blocked user, and to anyone', async () => {
    const { db } = setup();
    const unknown = await get('requestSessions/getDetails?request_session_id=999999');
    expect([unknown.status, (await json(unknown)).message]).to.deep.equal([500, UPSTREAM_TEXT.OOPS]);
    expect((await get('requestSessions/getDetails')).status).to.equal(422);
    const id = db.pendingReceivedSessionIds()[0]!;
    db.blockUser(db.sessionRequest(id)!.requestor_id);
    const blocked = await json(await get(`requestSessions/getDetails?request_session_id=${id}`));
    expect([blocked.message, blocked.result]).to.deep.equal([UPSTREAM_TEXT.USER_NOT_FOUND, []]);
    const other = db.pendingReceivedSessionIds()[1]!;
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db, me: '999' }));
    const stranger = await json(await get(`requestSessions/getDetails?request_session_id=${other}`));
    expect((stranger.result as unknown as { id: string }).id).to.equal(other);
  });

  it('fault knobs: failNext counts, "any", custom bodies, named 401s, and a log of calls', async () => {
    const { db } = setup();
    db.failNext('users/requestCount', { status: 418, message: 'teapot', responseCode: 'OK' }, 2);
    db.failNext('any', 503);
    db.failNext('users/requestCount', 'role-updated');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get('users/requestCount')).status);
    expect(statuses).to.deep.equal([418, 418, 503, 401, 200]);
    expect(db.calls.map((c) => c.endpoint)).to.deep.equal(Array(5).fill('users/requestCount'));
  });
});
