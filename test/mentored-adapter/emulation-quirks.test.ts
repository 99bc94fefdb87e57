/**
 * The MSW emulation of MentorEd: the upstream quirks it reproduces on purpose, talked to with plain
 * fetch, and its fault knobs.
 */
import { expect } from '@open-wc/testing';
import { createMentorEdDb, createMentorEdHandlers } from '../../src/mocks/index.js';
import { BASE, setup, useMentorEdWorker, worker } from './support.js';

useMentorEdWorker();

describe('MentorEd emulation: upstream quirks', () => {
  const get = (path: string, token = 't') =>
    fetch(`${BASE}/${path}`, { headers: token ? { 'x-auth-token': token } : {} });
  const post = (path: string, body?: unknown) =>
    fetch(`${BASE}/${path}`, {
      method: 'POST',
      headers: { 'x-auth-token': 't' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async (r: Response) =>
    (await r.json()) as Record<string, unknown> & { result: Record<string, unknown> };

  it('answers 401 without a token, and 401 for a token it does not know', async () => {
    const db = createMentorEdDb();
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db, tokens: { alice: db.me } }));
    expect((await get('users/requestCount', '')).status).to.equal(401);
    expect((await get('users/requestCount', 'mallory')).status).to.equal(401);
    expect((await get('users/requestCount', 'Bearer alice')).status).to.equal(200);
  });

  it('users/requestCount counts the requests the user sent (wrong on purpose)', async () => {
    const { db } = setup();
    const body = await json(await get('users/requestCount'));
    expect(body.result).to.deep.equal(db.upstreamRequestCount());
    expect(body.result).to.not.deep.equal({
      sessionRequestCount: db.pendingReceivedCounts().session,
      connectionRequestCount: db.pendingReceivedCounts().message,
    });
  });

  it('uses envelopes with string ids, epoch seconds and the "ACCEPTED" string', async () => {
    const { db } = setup();
    const list = await json(await get('requestSessions/list?pageNo=1&pageSize=2&status=REQUESTED'));
    expect(list).to.include({ responseCode: 'OK' });
    const [row] = list.result.data as Record<string, unknown>[];
    expect(row!.id).to.be.a('string');
    expect(Number.isInteger(row!.start_date)).to.equal(true);
    expect(row!.request_type).to.be.oneOf(['sent', 'received']);
    const id = db.pendingReceivedSessionIds()[0]!;
    const accepted = await post('requestSessions/accept', { request_session_id: id });
    expect([accepted.status, (await json(accepted)).result]).to.deep.equal([201, 'ACCEPTED']);
  });

  it('pages requestSessions/list only with pageNo and pageSize, and says count 0 past the end', async () => {
    setup();
    expect(
      ((await json(await get('requestSessions/list?page=1&limit=2'))).result.data as []).length,
    ).to.equal(12);
    const past = await json(await get('requestSessions/list?pageNo=9&pageSize=5'));
    expect(past.result).to.deep.equal({ data: [], count: 0 });
    expect((await get('requestSessions/list?status=LATE')).status).to.equal(422);
  });

  it('pages connections/pending only with page and limit (≤ 100)', async () => {
    setup();
    expect(
      ((await json(await get('connections/pending?pageNo=2&pageSize=2'))).result.data as []).length,
    ).to.equal(6);
    expect(((await json(await get('connections/pending?page=2&limit=4'))).result.data as []).length).to.equal(
      2,
    );
    expect((await get('connections/pending?limit=101')).status).to.equal(422);
  });

  it('answers 422 with an error array when a body is missing or a reason too long', async () => {
    const { db } = setup();
    for (const path of [
      'requestSessions/accept',
      'requestSessions/reject',
      'connections/getInfo',
      'connections/accept',
      'connections/reject',
    ]) {
      const response = await post(path);
      const body = await json(response);
      expect([response.status, (body.error as unknown[]).length], path).to.deep.equal([422, 1]);
    }
    const id = db.pendingReceivedSessionIds()[0]!;
    const long = await post('requestSessions/reject', { request_session_id: id, reason: 'word '.repeat(51) });
    expect(((await json(long)).error as { param: string }[])[0]!.param).to.equal('reason');
    expect((await post('requestSessions/reject', { request_session_id: id, reason: 5 })).status).to.equal(
      422,
    );
    expect((await get('requestSessions/getDetails')).status).to.equal(422);
  });

  it('refuses accept on your own request and session edits by others', async () => {
    const { db } = setup();
    const sent = db.sessionRequests.find((r) => r.requestor_id === db.me && db.isPending(r))!;
    const own = await post('requestSessions/accept', { request_session_id: sent.id });
    expect([own.status, (await json(own)).message]).to.deep.equal([400, 'MENTOR_CANNOT_ACCEPT_OWN_REQUEST']);
    db.acceptSession(sent); // the other user accepts it: I am the mentee of that session
    const sessionId = sent.session_id!;
    expect((await post(`sessions/update/${sessionId}`, { meeting_info: {} })).status).to.equal(403);
    const details = await json(await get(`sessions/details/${sessionId}?get_mentees=true`));
    expect(details.result.meeting_info).to.equal(undefined);
    expect(details.result.mentees).to.have.length(1);
    expect((await get('sessions/details/0')).status).to.equal(404);
    expect((await post('sessions/update/0', { meeting_info: {} })).status).to.equal(404);
  });

  it('keeps the session mentor-only and checks the update body', async () => {
    const { db } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    db.acceptElsewhere(id);
    const sessionId = db.sessionRequest(id)!.session_id!;
    db.sessions.find((s) => s.id === sessionId)!.mentee_ids = ['55'];
    expect((await post(`sessions/update/${sessionId}`, { meeting_info: 'zoom' })).status).to.equal(422);
    const updated = await post(`sessions/update/${sessionId}`, {
      meeting_info: { platform: 'Zoom', value: 'Zoom', link: 'anything' },
    });
    expect([updated.status, (await json(updated)).result]).to.deep.equal([202, []]);
    const other = createMentorEdDb({ me: '55' });
    expect(other.me).to.equal('55');
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db, me: '999' }));
    expect((await get(`sessions/details/${sessionId}`)).status).to.equal(403);
  });

  it('reports getInfo for a connection, a pending request and no relation', async () => {
    const { db } = setup({ defaultMeetingPlatform: 'OFF' });
    const [a, b] = db.pendingReceivedMessageIds();
    db.acceptElsewhere(a!, 'message');
    db.rejectElsewhere(b!, 'message');
    expect((await json(await post('connections/getInfo', { user_id: a }))).result.status).to.equal(
      'ACCEPTED',
    );
    const gone = await json(await post('connections/getInfo', { user_id: b }));
    expect([gone.message, Object.keys(gone.result)]).to.deep.equal([
      'Connection not found.',
      ['user_details'],
    ]);
    expect(() => db.acceptElsewhere('0', 'message')).to.throw(/no pending connection/);
    expect(() => db.expire('0')).to.throw(/no session request/);
  });

  it('fault knobs: failNext counts, "any", custom bodies, and a log of calls', async () => {
    const { db } = setup();
    db.failNext('users/requestCount', { status: 418, message: 'teapot', responseCode: 'OK' }, 2);
    db.failNext('any', 503);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('users/requestCount')).status);
    expect(statuses).to.deep.equal([418, 418, 503, 200]);
    expect(db.calls.map((c) => c.endpoint)).to.deep.equal(Array(4).fill('users/requestCount'));
  });
});
