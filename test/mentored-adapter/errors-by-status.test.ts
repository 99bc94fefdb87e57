/**
 * MentorEdAdapter: the error table row by row. The kind of a RequestsError comes from the HTTP status
 * only; the text from the server when it is readable.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { isSlotClash } from '../../src/adapters/types.js';
import { createMentorEdHandlers, UPSTREAM_TEXT } from '../../src/mocks/index.js';
import { rejectsWith } from '../contract/support.js';
import { ALL, BASE, GMEET, acceptedRequest, paths, setup, useMentorEdWorker, worker } from './support.js';

useMentorEdWorker();

describe('MentorEdAdapter: error mapping (by HTTP status only)', () => {
  const getDetails = `${BASE}/requestSessions/getDetails`;
  const accept = `${BASE}/requestSessions/accept`;
  const reply = (status: number, body: JsonBodyType) => () => HttpResponse.json(body, { status });

  // middlewares/authenticator.js: no token header at all fails `checkPermissions(PUBLIC_ROLE)` and is
  // answered PERMISSION_DENIED; without a token that still means "sign in", so unauthorized.
  it('401 → unauthorized, with the server text; no token at all is a 401 too', async () => {
    const { adapter } = setup({}, { token: () => '' });
    const error = await rejectsWith(adapter.listSessionRequests(ALL), 'unauthorized');
    expect(error.status).to.equal(401);
    expect(error.message).to.match(/do not have the required permissions/);
  });

  // middlewares/authenticator.js `createUnauthorizedResponse(...)`: every refusal is a 401, told apart
  // by its en.json text (hi.json has no PERMISSION_DENIED: English reaches Hindi deployments too).
  it('401 PERMISSION_DENIED with a token → forbidden with the server text; other 401 texts → unauthorized', async () => {
    const { db, adapter } = setup();
    db.failNext('requestSessions/list', 'permission-denied');
    const denied = await rejectsWith(adapter.listSessionRequests(ALL), 'forbidden');
    expect([denied.status, denied.message]).to.deep.equal([401, UPSTREAM_TEXT.PERMISSION_DENIED]);
    db.failNext('requestSessions/list', { status: 401, message: 'PERMISSION_DENIED' });
    await rejectsWith(adapter.listSessionRequests(ALL), 'forbidden');
    for (const fault of ['token-expired', 'role-updated', 401] as const) {
      db.failNext('requestSessions/list', fault);
      await rejectsWith(adapter.listSessionRequests(ALL), 'unauthorized');
    }
    for (const key of ['UNAUTHORIZED_REQUEST', 'USER_NOT_FOUND'] as const) {
      db.failNext('requestSessions/list', {
        status: 401,
        message: UPSTREAM_TEXT[key],
        responseCode: 'UNAUTHORIZED',
      });
      await rejectsWith(adapter.listSessionRequests(ALL), 'unauthorized');
    }
    // A role without the permission on accept: forbidden, not "signed out".
    const { db: db2, adapter: a2 } = setup({}, {}, { denied: ['requestSessions/accept'] });
    await rejectsWith(a2.acceptSessionRequest(db2.pendingReceivedSessionIds()[0]!), 'forbidden');
  });

  it('403 → forbidden', async () => {
    const { db, adapter } = setup();
    db.failNext('connections/pending', 403);
    expect((await rejectsWith(adapter.listMessageRequests(ALL), 'forbidden')).status).to.equal(403);
  });

  it('404 → not-found on a read, conflict on an action, with UPPER_SNAKE keys replaced', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    worker.use(
      http.get(
        getDetails,
        reply(404, { responseCode: 'CLIENT_ERROR', message: 'REQUEST_SESSION_NOT_FOUND' }),
      ),
    );
    const read = await rejectsWith(adapter.getSessionRequest(id), 'not-found');
    expect(read.message).to.not.match(/_/);
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db }));
    await adapter.acceptSessionRequest(id);
    const again = await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
    expect([again.status, again.message]).to.deep.equal([404, 'This request was already handled.']);
    db.failNext('sessions/update', 404);
    await rejectsWith(adapter.setMeetingLink(id, GMEET), 'conflict');
  });

  it('the 404 of a second accept is a conflict whatever its responseCode says', async () => {
    const { db, adapter } = setup();
    const [a, b] = db.pendingReceivedSessionIds();
    await adapter.acceptSessionRequest(a!);
    await adapter.acceptSessionRequest(b!);
    db.calls.length = 0;
    const codes: [number, string][] = [];
    for (const id of [a!, b!]) {
      const response = await fetch(accept, {
        method: 'POST',
        headers: { 'x-auth-token': 'bearer t' },
        body: JSON.stringify({ request_session_id: id }),
      });
      codes.push([response.status, ((await response.json()) as { responseCode: string }).responseCode]);
    }
    // services/requestSessions.js `accept`: findOneRequest (REQUESTED only) → 404 CLIENT_ERROR.
    expect(codes).to.deep.equal([
      [404, 'CLIENT_ERROR'],
      [404, 'CLIENT_ERROR'],
    ]);
    for (const id of [a!, b!]) await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
    // Other builds say SERVER_ERROR on some 404s: the status decides, not responseCode.
    db.failNext('requestSessions/accept', {
      status: 404,
      responseCode: 'SERVER_ERROR',
      message: 'NOT_FOUND',
    });
    await rejectsWith(adapter.acceptSessionRequest(a!), 'conflict');
  });

  it('409 → conflict', async () => {
    const { db, adapter } = setup();
    db.failNext('connections/accept', 409);
    await rejectsWith(adapter.acceptMessageRequest(db.pendingReceivedMessageIds()[0]!), 'conflict');
  });

  it('400 on a session accept whose slot clashes → validation, the server text, fieldErrors.slot', async () => {
    const { db, adapter } = setup();
    await adapter.listSessionRequests(ALL);
    const id = db.pendingReceivedSessionIds()[0]!;
    db.scheduleClash(id);
    db.calls.length = 0;
    const error = await rejectsWith(adapter.acceptSessionRequest(id), 'validation');
    expect([error.status, error.message]).to.deep.equal([
      400,
      'You already have a session scheduled at this time.',
    ]);
    // A message key for the UI to localize (the `errorSlotClash` term), not "some details are not valid".
    expect(error.fieldErrors).to.deep.equal({ slot: 'slotClash' });
    expect(isSlotClash(error)).to.equal(true);
    // The listed request says it was received: no read needed to tell a clash; nothing changed.
    expect(paths(db)).to.deep.equal(['POST /requestSessions/accept']);
    expect(db.sessionRequest(id)!.status).to.equal('REQUESTED');
  });

  it("only MentorEd's clash text makes a clash: other 400s on an accept stay plain validation", async () => {
    const { db, adapter } = setup();
    await adapter.listSessionRequests(ALL);
    const id = db.pendingReceivedSessionIds()[0]!;
    const others = [
      'Bad request.',
      'EXCEEDED_MAXIMUM_SESSION_TIME', // an untranslated key: dropped, the default text stands in
      'इस समय आपका एक सत्र पहले से निर्धारित है।', // a translation we cannot read: not claimed as a clash
    ];
    for (const message of others) db.failNext('requestSessions/accept', { status: 400, message });
    db.calls.length = 0;
    for (const message of others) {
      const error = await rejectsWith(adapter.acceptSessionRequest(id), 'validation');
      expect([error.status, isSlotClash(error), error.fieldErrors], message).to.deep.equal([400, false, {}]);
      expect(error.message).to.equal(
        message === 'EXCEEDED_MAXIMUM_SESSION_TIME' ? 'Some of the information is not valid.' : message,
      );
    }
    // No extra read on any of them: one accept call each.
    expect(paths(db)).to.deep.equal(Array(3).fill('POST /requestSessions/accept'));
    expect(db.sessionRequest(id)!.status).to.equal('REQUESTED');
  });

  it('not a slot clash: a 400 naming fields, a 400 on your own request, a 422, a 400 on a reject', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const error = [{ location: 'body', param: 'request_session_id', msg: 'request_session_id is invalid' }];
    db.failNext('requestSessions/accept', { status: 400, message: 'Bad request.', error });
    const fields = await rejectsWith(adapter.acceptSessionRequest(id), 'validation');
    expect([fields.message, fields.fieldErrors]).to.deep.equal([
      'Bad request.',
      { request_session_id: 'request_session_id is invalid' },
    ]);
    // MentorEd's 400 MENTOR_CANNOT_ACCEPT_OWN_REQUEST: the details say the viewer sent it.
    const sent = db.sessionRequests.find((r) => r.requestor_id === db.me && db.isPending(r))!;
    const own = await rejectsWith(adapter.acceptSessionRequest(sent.id), 'validation');
    expect([own.status, own.message, own.fieldErrors]).to.deep.equal([
      400,
      'Some of the information is not valid.',
      {},
    ]);
    db.failNext('requestSessions/accept', 422);
    expect(isSlotClash(await rejectsWith(adapter.acceptSessionRequest(id), 'validation'))).to.equal(false);
    db.failNext('requestSessions/reject', 400);
    expect(isSlotClash(await rejectsWith(adapter.rejectSessionRequest(id), 'validation'))).to.equal(false);
    expect(isSlotClash(own) || isSlotClash(fields)).to.equal(false);
  });

  it('404 / 409 on a list or a count: the server text, else a default said of the list', async () => {
    const { db, adapter } = setup();
    const gone = 'The list of requests was not found on the server. Please try again later.';
    const changed = 'The requests changed while they were loading. Please try again.';
    // Readable server text is kept (docs/mentored-api.md: it is already in the user's language).
    const proxy = { status: 404, message: 'No route for this path.' };
    db.failNext('requestSessions/list', proxy);
    db.failNext('connections/pending', { status: 409, message: 'SOME_UPSTREAM_KEY' });
    const cases: [Promise<unknown>, 'not-found' | 'conflict', string][] = [
      [adapter.listSessionRequests(ALL), 'not-found', proxy.message],
      [adapter.listMessageRequests({ page: 1, pageSize: 150 }), 'conflict', changed],
    ];
    for (const [call, kind, message] of cases) {
      const error = await rejectsWith(call, kind);
      expect(error.message).to.equal(message);
    }
    // Without readable text (the emulation's faults say "Bad request." unless told otherwise).
    const messageReads = () => paths(db).filter((p) => p.startsWith('GET /connections/pending')).length;
    const before = messageReads();
    db.failNext('requestSessions/list', { status: 410, message: 'GONE' });
    const countGone = await rejectsWith(adapter.countPending(), 'not-found');
    expect([countGone.status, countGone.message]).to.deep.equal([410, gone]);
    // The failed count cancels its sibling, but that fetch has already left: wait until the emulation has
    // answered it, or it would take the fault armed next (both leave at once since the headers are synchronous).
    await waitUntil(() => messageReads() === before + 1, 'the sibling count never reached the emulation');
    db.failNext('connections/pending', { status: 409, message: '' });
    const countChanged = await rejectsWith(adapter.countPending(), 'conflict');
    expect([countChanged.status, countChanged.message]).to.deep.equal([409, changed]);
    // One request keeps the request wording (or the server's text): a read, then an action.
    const id = db.pendingReceivedSessionIds()[0]!;
    db.failNext('requestSessions/getDetails', { status: 404, message: 'The session request was not found.' });
    const read = await rejectsWith(adapter.getSessionRequest(id), 'not-found');
    expect(read.message).to.equal('The session request was not found.');
    db.failNext('connections/getInfo', { status: 409, message: 'The request was already processed.' });
    const readConflict = await rejectsWith(adapter.getMessageRequest('1'), 'conflict');
    expect(readConflict.message).to.equal('The request was already processed.');
    db.failNext('requestSessions/accept', 404);
    const action = await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
    expect(action.message).to.equal('This request was already handled.');
  });

  it('422 → validation with fieldErrors from error[].param → msg', async () => {
    const { adapter } = setup();
    const error = [
      { location: 'body', param: 'reason', msg: 'Reason must not exceed 50 words', value: 'x' },
      { location: 'body', param: 'reason', msg: 'second message for reason', value: 'x' },
      { location: 'body', param: 'request_session_id', msg: 'request_session_id field is empty', value: '' },
      { location: 'body', msg: 'no param' },
      'junk',
    ];
    worker.use(
      http.post(
        `${BASE}/requestSessions/reject`,
        reply(422, { responseCode: 'CLIENT_ERROR', message: 'VALIDATION_FAILED', error }),
      ),
    );
    const result = await rejectsWith(adapter.rejectSessionRequest('1', 'why'), 'validation');
    expect(result.fieldErrors).to.deep.equal({
      reason: 'Reason must not exceed 50 words',
      request_session_id: 'request_session_id field is empty',
    });
    // The key is not shown; the first field's text is.
    expect(result.message).to.equal('Reason must not exceed 50 words');
  });

  it('5xx → server, with "Oops!" kept and an HTML body read as a default text', async () => {
    const { db, adapter } = setup();
    const oops = await rejectsWith(adapter.getSessionRequest('31337'), 'server');
    expect([oops.status, oops.message]).to.deep.equal([500, 'Oops! Something Went Wrong.']);
    worker.use(
      http.get(
        `${BASE}/connections/pending`,
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }),
      ),
    );
    const gateway = await rejectsWith(adapter.listMessageRequests(ALL), 'server');
    expect([gateway.status, gateway.message]).to.deep.equal([
      502,
      'Something went wrong on the server. Please try again.',
    ]);
    expect(db.calls.length).to.be.greaterThan(0);
  });

  it('trusts the HTTP status when responseCode lies', async () => {
    const { adapter } = setup();
    worker.use(
      http.get(
        `${BASE}/connections/pending`,
        reply(200, { responseCode: 'SERVER_ERROR', message: 'ok', result: { data: [], count: 0 } }),
      ),
      http.get(
        `${BASE}/requestSessions/list`,
        reply(400, { responseCode: 'OK', message: 'Bad status filter.' }),
      ),
    );
    expect((await adapter.listMessageRequests(ALL)).total).to.equal(0);
    expect((await rejectsWith(adapter.listSessionRequests(ALL), 'validation')).message).to.equal(
      'Bad status filter.',
    );
  });

  it('other statuses: 408 timeout, 410 like 404, 429 server', async () => {
    const { adapter } = setup();
    const statuses = [408, 410, 429];
    worker.use(http.get(getDetails, () => HttpResponse.json({ message: 'x' }, { status: statuses.shift() })));
    await rejectsWith(adapter.getSessionRequest('1'), 'timeout');
    await rejectsWith(adapter.getSessionRequest('1'), 'not-found');
    await rejectsWith(adapter.getSessionRequest('1'), 'server');
  });

  it('a 200 with no result (blocked user) → not-found; "Connection not found." → not-found', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    db.blockUser(db.sessionRequest(id)!.requestor_id);
    await rejectsWith(adapter.getSessionRequest(id), 'not-found');
    // services/connections.js `getInfo`: an unknown user is 200 "User not found." with `result: []`; a
    // known user with no relation is "Connection not found." with `{ user_details }`.
    const nobody = await rejectsWith(adapter.getMessageRequest('777'), 'not-found');
    expect(nobody.message).to.equal('User not found.');
    db.users.set('888', { ...db.users.get(db.me)!, user_id: '888', name: 'Stranger' });
    const none = await rejectsWith(adapter.getMessageRequest('888'), 'not-found');
    expect(none.message).to.equal('Connection not found.');
  });

  it('bad bodies → server: malformed JSON, not an envelope, bad list count', async () => {
    const { db, adapter } = setup();
    db.failNext('connections/getInfo', 'malformed-json');
    await rejectsWith(adapter.getMessageRequest('101'), 'server');
    db.failNext('connections/getInfo', 'wrong-shape');
    await rejectsWith(adapter.getMessageRequest('101'), 'server');
    worker.use(
      http.get(`${BASE}/connections/pending`, reply(200, [1, 2])),
      http.get(
        `${BASE}/requestSessions/list`,
        reply(200, { responseCode: 'OK', result: { data: [], count: 'many' } }),
      ),
    );
    await rejectsWith(adapter.listMessageRequests(ALL), 'server');
    await rejectsWith(adapter.listSessionRequests(ALL), 'server');
  });

  it('takes a 204 with no body as success', async () => {
    const { db, adapter } = setup();
    const item = await acceptedRequest(db, adapter);
    worker.use(http.post(`${BASE}/sessions/update/:id`, () => new HttpResponse(null, { status: 204 })));
    const saved = await adapter.setMeetingLink(item.id, GMEET);
    expect([saved.message, saved.item.meetingLink]).to.deep.equal([undefined, GMEET]);
  });
});
