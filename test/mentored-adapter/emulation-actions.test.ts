/**
 * The MSW emulation of MentorEd, talked to with plain fetch: the actions as the upstream source runs
 * them (ELEVATE-Project/mentoring master aa52d89e, paths under `src/`; docs/mentored-api.md).
 */
import { expect } from '@open-wc/testing';
import { UPSTREAM_TEXT } from '../../src/mocks/index.js';
import { BASE, setup, useMentorEdWorker } from './support.js';
import { emulationClient } from './emulation-client.js';

useMentorEdWorker();

describe('MentorEd emulation: actions as upstream runs them', () => {
  const { get, post, json } = emulationClient(BASE);
  const answer = async (r: Response) => {
    const body = await json(r);
    return [r.status, body.message, body.error];
  };

  // services/requestSessions.js `accept`: `findOneRequest` (status REQUESTED only) else 404 with the
  // untranslated key; the requestor → 400 MENTOR_CANNOT_ACCEPT_OWN_REQUEST; an ended slot still REQUESTED
  // is accepted; validators/v1/requestSessions.js: request_session_id `isString()`.
  it('accepts as services/requestSessions.js does', async () => {
    const { db } = setup();
    const sent = db.sessionRequests.find((r) => r.requestor_id === db.me && db.isPending(r))!;
    expect(await answer(await post('requestSessions/accept', { request_session_id: sent.id }))).to.deep.equal(
      [400, 'MENTOR_CANNOT_ACCEPT_OWN_REQUEST', []],
    );
    const [a, b] = db.pendingReceivedSessionIds();
    expect((await post('requestSessions/accept', { request_session_id: a })).status).to.equal(201);
    expect(await answer(await post('requestSessions/accept', { request_session_id: a }))).to.deep.equal([
      404,
      'SESSION_REQUEST_NOT_FOUND',
      [],
    ]);
    const numeric = await json(await post('requestSessions/accept', { request_session_id: Number(b) }));
    expect((numeric.error as unknown as { msg: string }[])[0]!.msg).to.equal(
      'request_session_id must be a string',
    );
    db.expire(b!, { mark: false });
    expect((await post('requestSessions/accept', { request_session_id: b })).status).to.equal(201);
  });

  // services/sessions.js `isTimeSlotAvailable` + queries/sessions.js `getSessionByUserIdAndTime`: hosted
  // sessions only, inclusive bounds, containment missed, refused at SESSION_CREATION_MENTOR_LIMIT.
  it('refuses a clash as upstream counts it: hosted only, touching bounds, containment missed', async () => {
    const clashAt = async (limit: number, from: number, to: number, mentee = false) => {
      const { db } = setup({ mentorSessionLimit: limit });
      const id = db.pendingReceivedSessionIds()[0]!;
      const request = db.sessionRequest(id)!;
      const { start_date: s, end_date: e } = request;
      db.sessions.push({
        id: 'x1',
        mentor_id: mentee ? '55' : db.me,
        mentee_ids: mentee ? [db.me] : ['55'],
        title: 'Lesson planning',
        description: '',
        start_date: s + from,
        end_date: e + to,
        status: 'PUBLISHED',
        created_by: mentee ? '55' : db.me,
        meeting_info: { platform: 'OFF', value: 'OFF', link: '', meta: {} },
      });
      const response = await post('requestSessions/accept', { request_session_id: id });
      return response.status === 400 ? (await json(response)).message : response.status;
    };
    const hour = 3600;
    expect(await clashAt(1, -hour, -hour)).to.equal(UPSTREAM_TEXT.INVALID_TIME_SELECTION_FOR_GIVEN_MENTOR);
    expect(await clashAt(1, -2 * hour, -2 * hour)).to.equal(201); // ends an hour before: no clash
    expect(await clashAt(1, 10 * 60, -10 * 60)).to.equal(201); // the new session contains it: missed
    expect(await clashAt(1, 0, 0, true)).to.equal(201); // enrolled, not hosted: not counted
    expect(await clashAt(5, 0, 0)).to.equal(201); // under a limit of 5
  });

  // validators/v1/requestSessions.js `reject` (custom 50-word rule → 422 `error: []`); the VARCHAR(255)
  // column (database/models/requestSessions.js) → 500; services/requestSessions.js `reject` checks no user.
  it('rejects as upstream does: 422 past 50 words, 500 past 255 characters, anyone may reject', async () => {
    const { db } = setup();
    const [a, b, c, d] = db.pendingReceivedSessionIds();
    expect(
      await answer(
        await post('requestSessions/reject', { request_session_id: a, reason: 'word '.repeat(51) }),
      ),
    ).to.deep.equal([422, 'reason must be 50 words or fewer', []]);
    expect(
      await answer(await post('requestSessions/reject', { request_session_id: a, reason: 5 })),
    ).to.deep.equal([422, 'value.trim is not a function', []]);
    const long = await post('requestSessions/reject', { request_session_id: a, reason: 'x'.repeat(256) });
    expect(await answer(long)).to.deep.equal([500, UPSTREAM_TEXT.OOPS, undefined]);
    expect(db.sessionRequest(a!)!.status).to.equal('REQUESTED');
    // Postgres counts code points: 255 emoji (510 UTF-16 units) fit; excess spaces are cut, not refused.
    expect(
      (await post('requestSessions/reject', { request_session_id: a, reason: '🙂'.repeat(255) })).status,
    ).to.equal(201);
    expect(
      (await post('requestSessions/reject', { request_session_id: b, reason: `${'y'.repeat(255)}   ` }))
        .status,
    ).to.equal(201);
    expect(db.sessionRequest(b!)!.reject_reason).to.equal('y'.repeat(255));
    expect(await answer(await post('requestSessions/reject', { request_session_id: b }))).to.deep.equal([
      404,
      'SESSION_REQUEST_NOT_FOUND',
      [],
    ]);
    const sent = db.sessionRequests.find((r) => r.requestor_id === db.me && db.isPending(r))!;
    expect((await post('requestSessions/reject', { request_session_id: sent.id })).status).to.equal(201);
    expect([c, d].every((id) => db.sessionRequest(id!)!.status === 'REQUESTED')).to.equal(true);
  });

  // services/sessions.js `update`: 400 SESSION_NOT_FOUND, 400 CANNOT_EDIT_DELETE_LIVE_SESSION for anyone
  // but the creator, 400 SESSION_EDIT_WINDOW inside SESSION_EDIT_WINDOW_MINUTES of the start, else 202.
  it('updates a session as services/sessions.js does', async () => {
    const { db } = setup({ sessionEditWindowMinutes: 30 });
    const [a, b] = db.pendingReceivedSessionIds();
    db.acceptElsewhere(a!);
    db.acceptElsewhere(b!);
    const info = { meeting_info: { platform: 'Zoom', value: 'Zoom', link: 'http://zoom.us/j/1' } };
    expect(await answer(await post('sessions/update/0', info))).to.deep.equal([
      400,
      UPSTREAM_TEXT.SESSION_NOT_FOUND,
      [],
    ]);
    const sa = db.sessions.find((s) => s.id === db.sessionRequest(a!)!.session_id)!;
    sa.created_by = '55';
    expect(await answer(await post(`sessions/update/${sa.id}`, info))).to.deep.equal([
      400,
      UPSTREAM_TEXT.CANNOT_EDIT_DELETE_LIVE_SESSION,
      [],
    ]);
    const sb = db.sessions.find((s) => s.id === db.sessionRequest(b!)!.session_id)!;
    sb.start_date = Math.floor(db.now() / 1000) + 10 * 60;
    expect(await answer(await post(`sessions/update/${sb.id}`, info))).to.deep.equal([
      400,
      'Session editing is only allowed up to 30 minutes before the session start time.',
      [],
    ]);
    sb.start_date = Math.floor(db.now() / 1000) + 31 * 60;
    const saved = await post(`sessions/update/${sb.id}`, info);
    expect([saved.status, (await json(saved)).result]).to.deep.equal([202, []]);
    // The server stores any URL, http included.
    expect(sb.meeting_info.link).to.equal('http://zoom.us/j/1');
  });

  // services/connections.js `getInfo`: the connection, else the pending request, else the rejected one;
  // an unknown user 200 USER_NOT_FOUND with `result: []`; middlewares/pagination.js caps limit at 100.
  it('answers connections as services/connections.js does', async () => {
    const { db } = setup({ messageRequests: 120 });
    const [a, b] = db.pendingReceivedMessageIds();
    db.rejectElsewhere(b!, 'message');
    expect((await json(await post('connections/getInfo', { user_id: a }))).result.status).to.equal(
      'REQUESTED',
    );
    expect((await json(await post('connections/getInfo', { user_id: b }))).result.status).to.equal(
      'REJECTED',
    );
    const unknown = await json(await post('connections/getInfo', { user_id: '777' }));
    expect([unknown.message, unknown.result]).to.deep.equal([UPSTREAM_TEXT.USER_NOT_FOUND, []]);
    expect((await post('connections/getInfo', { user_id: 101 })).status).to.equal(422);
    const capped = await json(await get('connections/pending?page=1&limit=500'));
    expect((capped.result.data as unknown[]).length).to.equal(100);
    expect(await answer(await post('connections/accept', { user_id: b }))).to.deep.equal([
      404,
      UPSTREAM_TEXT.CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED,
      [],
    ]);
  });

  // services/requestSessions.js `accept`: a pending message request between the two is accepted with it.
  it('consumes a pending message request between mentor and mentee on a session accept', async () => {
    const { db } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const mentee = db.sessionRequest(id)!.requestor_id;
    const pending = db.addConnection(mentee, db.me, 'Hello');
    await post('requestSessions/accept', { request_session_id: id });
    expect(pending.status).to.equal('ACCEPTED');
  });

  // services/requestSessions.js `userAvailability` + `createMentorAvailabilityResponse`: hosted sessions
  // (services/mentors.js `createdSessions`) wholly inside the window; enrolled ones (queries/sessions.js
  // `getEnrolledSessions`) whose start is inside it and that have not ended; times as strings.
  it('lists booked slots as userAvailability merges them, grouped by day, times as strings', async () => {
    const { db } = setup();
    const t0 = Math.floor(db.now() / 1000 / 86_400 + 2) * 86_400 + 9 * 3600; // 09:00 UTC, in two days
    const add = (id: string, start: number, end: number, mentor: string) =>
      db.sessions.push({
        id,
        mentor_id: mentor,
        mentee_ids: mentor === db.me ? ['55'] : [db.me],
        title: `S${id}`,
        description: '',
        start_date: start,
        end_date: end,
        status: 'PUBLISHED',
        created_by: mentor,
        meeting_info: { platform: 'OFF', value: 'OFF' },
      });
    const window = { start: t0, end: t0 + 2 * 86_400 };
    add('1', t0, t0 + 3600, db.me); // hosted, inside
    add('2', t0 + 86_400, t0 + 90_000, '55'); // enrolled, inside
    add('3', t0 - 1800, t0 + 1800, db.me); // hosted, starts before the window: left out
    add('4', window.end - 600, window.end + 3000, '55'); // enrolled, starts inside, ends after: kept
    add('5', window.end - 600, window.end + 3000, db.me); // hosted, ends after: left out
    const query = `start_date=${window.start}&end_date=${window.end}&status=PUBLISHED,LIVE&pageNo=1&pageSize=100`;
    const body = await json(await get(`requestSessions/userAvailability?${query}`));
    const slot = (id: string, start: number, end: number) => ({
      startTime: String(start),
      endTime: String(end),
      title: `S${id}`,
    });
    const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);
    expect(body.result).to.deep.equal([
      { date: day(t0), bookedSlots: [slot('1', t0, t0 + 3600)] },
      { date: day(t0 + 86_400), bookedSlots: [slot('2', t0 + 86_400, t0 + 90_000)] },
      { date: day(window.end - 600), bookedSlots: [slot('4', window.end - 600, window.end + 3000)] },
    ]);
    expect((await get('requestSessions/userAvailability?status=OPEN')).status).to.equal(422);
    expect(
      (await get(`requestSessions/userAvailability?start_date=${t0}&end_date=${t0 + 1}`)).status,
    ).to.equal(500);
  });
});
