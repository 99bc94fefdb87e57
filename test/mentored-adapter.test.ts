/**
 * MentorEd specifics of MentorEdAdapter (the contract suite covers the shared behaviour): the exact
 * wire (URLs, params, headers, bodies), the error table row by row, row mapping, and the emulation's
 * own upstream quirks.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { MentorEdAdapter, type MentorEdAdapterOptions } from '../src/adapters/mentored/mentored-adapter.js';
import { readableMessage } from '../src/adapters/mentored/http.js';
import { mapConnectionRow, mapSessionRow } from '../src/adapters/mentored/map-rows.js';
import { isSlotClash } from '../src/adapters/types.js';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
} from '../src/mocks/index.js';
import { startMentorEdWorker } from '../src/mocks/browser.js';
import { captureWarnings, rejectsWith } from './contract/adapter-contract.js';

const BASE = 'https://mentored.test/mentoring/v1';
const TOKEN = 'secret-token-4f9a2c';
const GMEET = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' } as const;

let worker: SetupWorker;
before(async () => {
  ({ worker } = await startMentorEdWorker({ baseUrl: BASE }));
});
after(() => worker.stop());

function setup(dbOptions: MentorEdDbOptions = {}, adapterOptions: Partial<MentorEdAdapterOptions> = {}) {
  const db = createMentorEdDb({ seed: 5, sessionRequests: 12, messageRequests: 6, ...dbOptions });
  worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db }));
  const adapter = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, ...adapterOptions });
  return { db, adapter };
}

const paths = (db: MentorEdDb) => db.calls.map((c) => `${c.method} ${c.url.slice(BASE.length)}`);
const ALL = { page: 1, pageSize: 100 };

async function acceptedRequest(db: MentorEdDb, adapter: MentorEdAdapter) {
  const id = db.pendingReceivedSessionIds()[0]!;
  const { item } = await adapter.acceptSessionRequest(id);
  db.calls.length = 0;
  return item;
}

describe('MentorEdAdapter: the wire', () => {
  it('lists session requests with pageNo / pageSize and upper-case statuses', async () => {
    const { db, adapter } = setup({}, { baseUrl: `${BASE}//` });
    await adapter.listSessionRequests({ page: 2, pageSize: 5 });
    await adapter.listSessionRequests({ page: 1, pageSize: 3, status: ['accepted', 'rejected', 'accepted'] });
    expect(paths(db)).to.deep.equal([
      'GET /requestSessions/list?pageNo=2&pageSize=5&status=REQUESTED,EXPIRED',
      'GET /requestSessions/list?pageNo=1&pageSize=3&status=ACCEPTED,REJECTED',
    ]);
  });

  it('lists message requests with page / limit', async () => {
    const { db, adapter } = setup();
    await adapter.listMessageRequests({ page: 2, pageSize: 3, direction: 'received' });
    expect(paths(db)).to.deep.equal(['GET /connections/pending?page=2&limit=3']);
    // Only pending requests exist there: asking for others needs no call.
    const none = await adapter.listMessageRequests({ ...ALL, status: ['accepted'] });
    expect([none.items, none.total, db.calls.length]).to.deep.equal([[], 0, 1]);
  });

  it('sends the headers: token, time zone, language, content type', async () => {
    let lang = 'hi';
    const { db, adapter } = setup({}, { language: () => lang });
    await adapter.countPending();
    lang = 'en-GB';
    await adapter.getMessageRequest(db.pendingReceivedMessageIds()[0]!);
    const [first, , last] = db.calls;
    expect(first!.headers['x-auth-token']).to.equal(TOKEN);
    expect(first!.headers.timezone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(first!.headers['accept-language']).to.equal('hi');
    expect(first!.headers['content-type']).to.equal('application/json');
    expect(last!.headers['accept-language']).to.equal('en-GB');
  });

  it('sends a Bearer token and an explicit time zone when asked, asking a token function per request', async () => {
    let asked = 0;
    const { db, adapter } = setup(
      {},
      { bearer: true, timeZone: 'Asia/Kolkata', language: 'ta', token: async () => `t${++asked}` },
    );
    await adapter.listSessionRequests(ALL);
    await adapter.listMessageRequests(ALL);
    expect(db.calls.map((c) => c.headers['x-auth-token'])).to.deep.equal(['Bearer t1', 'Bearer t2']);
    expect(db.calls.map((c) => [c.headers.timezone, c.headers['accept-language']])).to.deep.equal([
      ['Asia/Kolkata', 'ta'],
      ['Asia/Kolkata', 'ta'],
    ]);
    expect(asked).to.equal(2);
  });

  it('accepts with { request_session_id }, then reads the details for the session id', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const { item, message } = await adapter.acceptSessionRequest(id);
    expect(paths(db)).to.deep.equal([
      'POST /requestSessions/accept',
      `GET /requestSessions/getDetails?request_session_id=${id}`,
    ]);
    expect(db.calls[0]!.body).to.deep.equal({ request_session_id: id });
    expect(item.sessionId).to.equal(db.sessionRequest(id)!.session_id);
    const name = db.users.get(db.sessionRequest(id)!.requestor_id)!.name;
    expect(message).to.equal(`You have accepted this session. ${name} has been added to your connections.`);
  });

  it('rejects with { request_session_id, reason? }', async () => {
    const { db, adapter } = setup();
    const [a, b] = db.pendingReceivedSessionIds();
    const withReason = await adapter.rejectSessionRequest(a!, ' Busy ');
    const without = await adapter.rejectSessionRequest(b!, '   ');
    const posts = db.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.body)).to.deep.equal([
      { request_session_id: a, reason: 'Busy' },
      { request_session_id: b },
    ]);
    expect([withReason.item.rejectReason, withReason.message]).to.deep.equal([
      'Busy',
      'You have rejected the session request.',
    ]);
    expect(without.item.rejectReason).to.equal(undefined);
  });

  it('saves a meeting link through sessions/update with the upstream platform labels', async () => {
    const { db, adapter } = setup();
    const item = await acceptedRequest(db, adapter);
    await adapter.setMeetingLink(item.id, GMEET);
    await adapter.setMeetingLink(item.id, {
      platform: 'zoom',
      url: 'https://zoom.us/j/987654321',
      meetingId: '987 654 321',
      passcode: 'pw1',
    });
    const saved = await adapter.setMeetingLink(item.id, {
      platform: 'whatsapp',
      url: 'https://call.whatsapp.com/video/AbC123',
    });
    const updates = db.calls.filter((c) => c.endpoint === 'sessions/update');
    expect(updates.map((c) => c.url)).to.deep.equal(
      Array(3).fill(`${BASE}/sessions/update/${item.sessionId}`),
    );
    expect(updates.map((c) => c.body)).to.deep.equal([
      { meeting_info: { platform: 'Google meet', value: 'Gmeet', link: GMEET.url, meta: {} } },
      {
        meeting_info: {
          platform: 'Zoom',
          value: 'Zoom',
          link: 'https://zoom.us/j/987654321',
          meta: { meetingId: '987654321', password: 'pw1' },
        },
      },
      {
        meeting_info: {
          platform: 'WhatsApp',
          value: 'Whatsapp',
          link: 'https://call.whatsapp.com/video/AbC123',
          meta: {},
        },
      },
    ]);
    expect(saved.message).to.equal('Your session details have been updated.');
    db.calls.length = 0;
    const read = await adapter.getSessionRequest(item.id);
    expect(paths(db)).to.deep.equal([
      `GET /requestSessions/getDetails?request_session_id=${item.id}`,
      `GET /sessions/details/${item.sessionId}?get_mentees=true`,
    ]);
    expect(read.meetingLink).to.deep.equal({
      platform: 'whatsapp',
      url: 'https://call.whatsapp.com/video/AbC123',
    });
  });

  it('validates a link before any call', async () => {
    const { db, adapter } = setup();
    const item = await acceptedRequest(db, adapter);
    const error = await rejectsWith(
      adapter.setMeetingLink(item.id, { platform: 'google-meet', url: 'javascript:alert(1)' }),
      'validation',
    );
    expect(error.fieldErrors).to.deep.equal({ url: 'httpsOnly' });
    expect(db.calls).to.have.length(0);
  });

  it('talks to connections with { user_id } and takes the room id from the accept', async () => {
    const { db, adapter } = setup();
    const [a, b] = db.pendingReceivedMessageIds();
    const accepted = await adapter.acceptMessageRequest(a!);
    const rejected = await adapter.rejectMessageRequest(b!);
    expect(paths(db)).to.deep.equal([
      'POST /connections/accept',
      'POST /connections/getInfo',
      'POST /connections/getInfo',
      'POST /connections/reject',
    ]);
    expect(db.calls.map((c) => c.body)).to.deep.equal([
      { user_id: a },
      { user_id: a },
      { user_id: b },
      { user_id: b },
    ]);
    const both = db.users.get(a!)!.chat_enabled && db.users.get(db.me)!.chat_enabled;
    expect(accepted.item.roomId).to.equal(both ? db.connectionBetween(db.me, a!)!.meta.room_id : undefined);
    expect([accepted.message, rejected.message]).to.deep.equal([
      'Your connection request has been approved.',
      'Your connection request has been rejected.',
    ]);
  });

  it('omits the room id when a user has no chat', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedMessageIds()[0]!;
    db.users.get(id)!.chat_enabled = false;
    expect((await adapter.acceptMessageRequest(id)).item.roomId).to.equal(undefined);
  });

  it('fetches a page bigger than 100 messages in chunks of 100', async () => {
    const { db, adapter } = setup({ messageRequests: 260 });
    const page = await adapter.listMessageRequests({ page: 2, pageSize: 150 });
    expect(paths(db)).to.deep.equal([
      'GET /connections/pending?page=2&limit=100',
      'GET /connections/pending?page=3&limit=100',
    ]);
    const every = [];
    for (let p = 1; p <= 3; p++)
      every.push(...(await adapter.listMessageRequests({ page: p, pageSize: 100 })).items);
    expect(page.total).to.equal(260);
    expect(page.items.map((r) => r.id)).to.deep.equal(every.slice(150, 260).map((r) => r.id));
    db.calls.length = 0;
    const first = await adapter.listMessageRequests({ page: 1, pageSize: 250 });
    expect(paths(db)).to.deep.equal([1, 2, 3].map((p) => `GET /connections/pending?page=${p}&limit=100`));
    expect(first.items.map((r) => r.id)).to.deep.equal(every.slice(0, 250).map((r) => r.id));
  });

  it('counts with one call per list while totals are ≤ 100, and never uses users/requestCount', async () => {
    const { db, adapter } = setup();
    expect(await adapter.countPending()).to.deep.equal(db.pendingReceivedCounts());
    expect(paths(db).sort()).to.deep.equal([
      'GET /connections/pending?page=1&limit=100',
      'GET /requestSessions/list?pageNo=1&pageSize=100&status=REQUESTED',
    ]);
  });

  it('pages the counts beyond 100', async () => {
    const { db, adapter } = setup({ sessionRequests: 230, messageRequests: 130 });
    const counts = await adapter.countPending();
    expect(counts).to.deep.equal(db.pendingReceivedCounts());
    expect(counts.session).to.be.greaterThan(100);
    expect(db.calls.filter((c) => c.endpoint === 'requestSessions/list')).to.have.length(3);
    expect(db.calls.filter((c) => c.endpoint === 'connections/pending')).to.have.length(2);
  });
});

describe('MentorEdAdapter: rows to the model', () => {
  it('maps epoch seconds, ids, people and statuses', async () => {
    const { db, adapter } = setup({ avatarUrl: (id) => `https://cdn.test/${id}.png` });
    const { items } = await adapter.listSessionRequests(ALL);
    for (const item of items) {
      const stored = db.sessionRequest(item.id)!;
      expect(item.start.getTime()).to.equal(stored.start_date * 1000);
      expect(item.end.getTime()).to.equal(stored.end_date * 1000);
      expect(item.createdAt.toISOString()).to.equal(stored.created_at);
      const other = db.users.get(item.direction === 'received' ? stored.requestor_id : stored.requestee_id)!;
      expect(item.person.id).to.equal(other.user_id);
      expect(item.person.designations).to.deep.equal(other.designation.map((d) => d.label));
      expect(item.person.experienceYears).to.equal(
        other.experience === '' ? undefined : Number(other.experience),
      );
      expect(item.person.avatarUrl).to.equal(other.image ?? undefined);
    }
    expect(items.some((i) => i.person.avatarUrl)).to.equal(true);
  });

  it('reads a REQUESTED request whose slot ended as expired, before the server marks it', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const before = await adapter.countPending();
    db.expire(id, { mark: false });
    expect(db.sessionRequest(id)!.status).to.equal('REQUESTED');
    expect((await adapter.getSessionRequest(id)).status).to.equal('expired');
    expect(
      (await adapter.listSessionRequests({ ...ALL, status: ['requested'] })).items.map((r) => r.id),
    ).to.not.include(id);
    expect((await adapter.countPending()).session).to.equal(before.session - 1);
    await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
  });

  it('tolerates numeric ids and numeric-string dates', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const stored = db.sessionRequest(id)!;
    db.corrupt('session', id, { id: Number(id), start_date: String(stored.start_date), session_id: null });
    const item = await adapter.getSessionRequest(id);
    expect([item.id, item.start.getTime()]).to.deep.equal([id, stored.start_date * 1000]);
  });

  it('shows no link for the server defaults or an unsafe stored link', async () => {
    const { db, adapter } = setup();
    const item = await acceptedRequest(db, adapter);
    const session = db.sessions.find((s) => s.id === item.sessionId)!;
    expect(session.meeting_info.value).to.equal('BBB');
    const cases: [Record<string, unknown>, unknown][] = [
      [{ platform: 'BBB', value: 'BBB', link: '', meta: {} }, undefined],
      [{ platform: 'OFF', value: 'OFF', link: '', meta: {} }, undefined],
      [{ platform: 'Google meet', value: 'Gmeet', link: 'https://meetXgoogle.com/abc', meta: {} }, undefined],
      [{ platform: 'Google meet', value: 'Gmeet', link: 'javascript:alert(1)', meta: {} }, undefined],
      [{ platform: 'Zoom', value: 'Zoom', link: 'http://zoom.us/j/123456789', meta: {} }, undefined],
      [
        { platform: 'Zoom', value: 'Zoom', link: 'https://zoom.us/j/123456789', meta: {} },
        { platform: 'zoom', url: 'https://zoom.us/j/123456789' },
      ],
      [
        {
          platform: 'Zoom',
          value: 'Zoom',
          link: 'https://zoom.us/j/123456789',
          meta: { meetingId: 123456789, password: 'a1' },
        },
        { platform: 'zoom', url: 'https://zoom.us/j/123456789', meetingId: '123456789', passcode: 'a1' },
      ],
    ];
    for (const [info, expected] of cases) {
      session.meeting_info = info as never;
      expect((await adapter.getSessionRequest(item.id)).meetingLink, JSON.stringify(info)).to.deep.equal(
        expected,
      );
    }
  });

  it('shows the request without a link when sessions/details is refused, but fails when offline', async () => {
    const { db, adapter } = setup();
    const item = await acceptedRequest(db, adapter);
    await adapter.setMeetingLink(item.id, GMEET);
    db.failNext('sessions/details', 500);
    expect((await adapter.getSessionRequest(item.id)).meetingLink).to.equal(undefined);
    db.failNext('sessions/details', 'network');
    await rejectsWith(adapter.getSessionRequest(item.id), 'network');
    expect((await adapter.getSessionRequest(item.id)).meetingLink).to.deep.equal(GMEET);
  });

  it('says "approved" when the two are already connected', async () => {
    const { db, adapter } = setup();
    const [a, b] = db.pendingReceivedSessionIds();
    db.sessionRequest(b!)!.requestor_id = db.sessionRequest(a!)!.requestor_id;
    await adapter.acceptSessionRequest(a!);
    expect((await adapter.acceptSessionRequest(b!)).message).to.equal(
      'Your session request has been approved.',
    );
  });

  it('drops and warns once about a bad message row', async () => {
    const { db, adapter } = setup();
    const [a, b] = db.pendingReceivedMessageIds();
    db.corrupt('message', a!, { friend_id: null, user_details: null });
    db.corrupt('message', b!, { created_by: undefined, meta: { message: 42 } });
    let ids: string[] = [];
    let odd: unknown;
    const warned = await captureWarnings(async () => {
      const page = await adapter.listMessageRequests(ALL);
      ids = page.items.map((r) => r.id);
      odd = page.items.find((r) => r.id === b);
      await adapter.countPending();
    });
    expect(ids).to.not.include(a);
    expect(odd).to.include({ direction: 'sent', message: '' });
    expect(warned).to.have.length(2);
    expect(warned[1]).to.include(b);
  });
});

describe('MentorEdAdapter: error mapping (by HTTP status only)', () => {
  const getDetails = `${BASE}/requestSessions/getDetails`;
  const accept = `${BASE}/requestSessions/accept`;
  const reply = (status: number, body: JsonBodyType) => () => HttpResponse.json(body, { status });

  it('401 → unauthorized, with the server text; no token at all is a 401 too', async () => {
    const { adapter } = setup({}, { token: () => '' });
    const error = await rejectsWith(adapter.listSessionRequests(ALL), 'unauthorized');
    expect(error.status).to.equal(401);
    expect(error.message).to.match(/not authorized/);
  });

  it('a language function that throws falls back to the default language', async () => {
    const { db, adapter } = setup(
      {},
      {
        language: () => {
          throw new Error('no locale');
        },
      },
    );
    await adapter.listMessageRequests(ALL);
    expect(db.calls[0]!.headers['accept-language']).to.equal(navigator.language || 'en');
  });

  it('a token function that throws → unauthorized, without a call', async () => {
    const { db, adapter } = setup({}, { token: () => Promise.reject(new Error('refresh failed')) });
    await rejectsWith(adapter.countPending(), 'unauthorized');
    expect(db.calls).to.have.length(0);
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
        headers: { 'x-auth-token': 't' },
        body: JSON.stringify({ request_session_id: id }),
      });
      codes.push([response.status, ((await response.json()) as { responseCode: string }).responseCode]);
    }
    expect(codes.map((c) => c[0])).to.deep.equal([404, 404]);
    expect(codes.map((c) => c[1]).sort()).to.deep.equal(['CLIENT_ERROR', 'SERVER_ERROR']);
    for (const id of [a!, b!]) await rejectsWith(adapter.acceptSessionRequest(id), 'conflict');
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

  it("a slot clash keeps a translated server text, and says MentorEd's English when the text is a key", async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    const hindi = 'इस समय आपका एक सत्र पहले से निर्धारित है।';
    db.failNext('requestSessions/accept', { status: 400, message: hindi });
    db.failNext('requestSessions/accept', { status: 400, message: 'SESSION_TIME_CLASH' });
    const translated = await rejectsWith(adapter.acceptSessionRequest(id), 'validation');
    expect([translated.message, translated.fieldErrors]).to.deep.equal([hindi, { slot: 'slotClash' }]);
    // Never listed or read: one details read tells that the viewer received it (so may accept it).
    expect(paths(db)).to.deep.equal([
      'POST /requestSessions/accept',
      `GET /requestSessions/getDetails?request_session_id=${id}`,
    ]);
    db.calls.length = 0;
    const keyed = await rejectsWith(adapter.acceptSessionRequest(id), 'validation');
    expect([keyed.status, keyed.message, keyed.fieldErrors]).to.deep.equal([
      400,
      'You already have a session scheduled at this time.',
      { slot: 'slotClash' },
    ]);
    expect(paths(db)).to.deep.equal(['POST /requestSessions/accept']);
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

  it('404 / 409 on a list or a count: said of the list, not of one request', async () => {
    const { db, adapter } = setup();
    const gone = 'The list of requests was not found on the server. Please try again later.';
    const changed = 'The requests changed while they were loading. Please try again.';
    // Even readable server text: MentorEd's texts for these statuses speak of one request.
    const processed = { status: 409, message: 'The request was already processed.' };
    db.failNext('requestSessions/list', { status: 404, message: 'The session request was not found.' });
    db.failNext('connections/pending', processed);
    const cases: [Promise<unknown>, 'not-found' | 'conflict', string][] = [
      [adapter.listSessionRequests(ALL), 'not-found', gone],
      [adapter.listMessageRequests({ page: 1, pageSize: 150 }), 'conflict', changed],
    ];
    for (const [call, kind, message] of cases) {
      const error = await rejectsWith(call, kind);
      expect(error.message).to.equal(message);
    }
    db.failNext('requestSessions/list', 410);
    const countGone = await rejectsWith(adapter.countPending(), 'not-found');
    expect([countGone.status, countGone.message]).to.deep.equal([410, gone]);
    db.failNext('connections/pending', 409);
    const countChanged = await rejectsWith(adapter.countPending(), 'conflict');
    expect([countChanged.status, countChanged.message]).to.deep.equal([409, changed]);
    // One request keeps the request wording (or the server's text): a read, then an action.
    const id = db.pendingReceivedSessionIds()[0]!;
    db.failNext('requestSessions/getDetails', { status: 404, message: 'The session request was not found.' });
    const read = await rejectsWith(adapter.getSessionRequest(id), 'not-found');
    expect(read.message).to.equal('The session request was not found.');
    db.failNext('connections/getInfo', processed);
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
    const nobody = await rejectsWith(adapter.getMessageRequest('777'), 'not-found');
    expect(nobody.message).to.equal('Connection not found.');
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

  it('fetch rejecting → network; a custom fetch is used', async () => {
    let calls = 0;
    const adapter = new MentorEdAdapter({
      baseUrl: BASE,
      token: TOKEN,
      fetch: async () => (calls++, Promise.reject(new TypeError('Failed to fetch'))),
    });
    const error = await rejectsWith(adapter.countPending(), 'network');
    expect(error.message).to.equal('The server could not be reached. Check your connection and try again.');
    expect(calls).to.equal(2);
  });

  it('countPending cancels the other count when one fails', async () => {
    const signals: AbortSignal[] = [];
    const fetchStub = (url: string | URL | Request, init?: RequestInit) => {
      signals.push(init!.signal!);
      if (String(url).includes('requestSessions')) return Promise.reject(new TypeError('Failed to fetch'));
      return new Promise<Response>((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    };
    const adapter = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, fetch: fetchStub as typeof fetch });
    await rejectsWith(adapter.countPending(), 'network');
    // The sessions call failed; the messages call, still waiting, was cancelled.
    expect(signals.map((s) => s.aborted)).to.deep.equal([false, true]);
  });

  it('timeoutMs → timeout; the caller abort → aborted', async () => {
    const { db, adapter } = setup({}, { timeoutMs: 50 });
    db.failNext('requestSessions/getDetails', 'hang');
    const error = await rejectsWith(adapter.getSessionRequest('1'), 'timeout');
    expect(error.status).to.equal(undefined);
    db.latencyMs = 500;
    const slow = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, timeoutMs: 0 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await rejectsWith(slow.listSessionRequests(ALL, { signal: controller.signal }), 'aborted');
  });

  it('offline → network', async () => {
    const { db, adapter } = setup();
    db.offline = true;
    await rejectsWith(adapter.countPending(), 'network');
    db.clearFaults();
    expect(await adapter.countPending()).to.deep.equal(db.pendingReceivedCounts());
  });

  it('readable messages: text yes; keys, empty, non-text no', () => {
    expect(readableMessage('You have rejected the session request.')).to.equal(
      'You have rejected the session request.',
    );
    expect(readableMessage('सत्र अनुरोध स्वीकार किया गया')).to.be.a('string');
    for (const bad of ['SESSION_REQUEST_NOT_FOUND', '', '   ', '404', { key: 'X' }, undefined])
      expect(readableMessage(bad)).to.equal(undefined);
  });

  it('never writes the token to the console, even on errors and bad rows', async () => {
    const seen: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach(
      (m) =>
        (console[m] = (...args: unknown[]) =>
          void seen.push(
            args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
          )),
    );
    const errors: unknown[] = [];
    try {
      const { db, adapter } = setup({}, { bearer: true });
      db.corrupt('session', db.pendingReceivedSessionIds()[0]!, { end_date: null });
      await adapter.listSessionRequests(ALL);
      for (const fault of [401, 422, 500, 'network', 'malformed-json'] as const) {
        db.failNext('any', fault);
        await adapter.listSessionRequests(ALL).catch((e: unknown) => errors.push(e));
      }
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    expect(seen.length).to.be.greaterThan(0);
    expect(errors).to.have.length(5);
    const text =
      seen.join('\n') +
      errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack}`).join('\n');
    expect(text).to.not.include(TOKEN);
  });
});

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
    expect(body.result).to.deep.equal(db.sentPendingCounts());
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

describe('MentorEd rows: bad data never throws', () => {
  const NOW = Date.UTC(2030, 0, 1);
  const start = NOW / 1000 + 86_400;
  const good = {
    id: '7',
    status: 'REQUESTED',
    start_date: start,
    end_date: start + 3600,
    request_type: 'received',
    requestor_id: '42',
    created_at: '2029-12-31T10:00:00.000Z',
    title: 'T',
    agenda: 'A',
    user_details: {
      user_id: '42',
      name: 'Asha',
      designation: [{ value: 't', label: 'Teacher' }],
      experience: '3',
    },
  };
  const run = <T>(
    map: (row: unknown, ctx: { now: number; warn: (k: string, t: string) => void }) => T,
    row: unknown,
  ) => {
    const warnings: string[] = [];
    const result = map(row, { now: NOW, warn: (_key, text) => warnings.push(text) });
    return { result, warnings };
  };

  it('drops rows without id, slot or known status', () => {
    for (const row of [
      null,
      'row',
      [],
      { ...good, id: undefined },
      { ...good, end_date: 'x' },
      { ...good, status: 'LOST' },
      { ...good, status: 3 },
    ]) {
      const { result, warnings } = run(mapSessionRow, row);
      expect(result, JSON.stringify(row)).to.equal(null);
      expect(warnings).to.have.length(1);
    }
  });

  it('maps odd fields with defaults and one warning', () => {
    const { result, warnings } = run(mapSessionRow, {
      ...good,
      title: 12,
      agenda: null,
      created_at: 'yesterday',
      request_type: undefined,
      requestee_id: 9,
      user_details: {
        name: '  ',
        image: 'ftp://x/y.png',
        designation: [{ label: 'Teacher' }, 5, 'Coach', { value: 'lead' }],
        experience: -2,
      },
    });
    expect(result).to.deep.include({ title: '', agenda: '', direction: 'sent' });
    expect(result!.createdAt.getTime()).to.equal(start * 1000);
    expect(result!.person).to.deep.equal({ id: '9', name: '', designations: ['Teacher', 'Coach', 'lead'] });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('row 7').and.include('title').and.include('image');
  });

  it('maps a good row without warnings, numbers and epoch created_at included', () => {
    const { result, warnings } = run(mapSessionRow, {
      ...good,
      id: 7,
      created_at: start - 10,
      session_id: 88,
      reject_reason: ' no ',
      user_details: { ...good.user_details, image: 'https://cdn.test/a.png', experience: 4 },
    });
    expect(warnings).to.deep.equal([]);
    expect(result).to.deep.include({ id: '7', sessionId: '88', rejectReason: 'no', status: 'requested' });
    expect(result!.person).to.deep.equal({
      id: '42',
      name: 'Asha',
      designations: ['Teacher'],
      experienceYears: 4,
      avatarUrl: 'https://cdn.test/a.png',
    });
    const missingPerson = run(mapSessionRow, { ...good, user_details: 'Asha', image: 1 });
    expect(missingPerson.result!.person).to.deep.equal({ id: '42', name: '', designations: [] });
    const badImage = run(mapSessionRow, {
      ...good,
      user_details: { ...good.user_details, image: 7, designation: 'Teacher' },
    });
    expect(badImage.result!.person.designations).to.deep.equal([]);
    expect(badImage.warnings[0]).to.include('designation is not a list');
  });

  it('maps connection rows: friend_id, direction from created_by, room id', () => {
    const row = {
      id: '3',
      user_id: '1',
      friend_id: 42,
      created_by: '42',
      status: 'ACCEPTED',
      meta: { message: 'Hi', room_id: 9 },
      created_at: '2029-12-31T10:00:00.000Z',
      user_details: { user_id: '42', name: 'Asha' },
    };
    const { result, warnings } = run(mapConnectionRow, row);
    expect(warnings).to.deep.equal([]);
    expect(result).to.deep.include({
      id: '42',
      direction: 'received',
      status: 'accepted',
      message: 'Hi',
      roomId: '9',
    });
    for (const bad of [
      7,
      { ...row, status: 'EXPIRED' },
      { ...row, friend_id: undefined, user_details: undefined },
    ]) {
      expect(run(mapConnectionRow, bad).result).to.equal(null);
    }
    const odd = run(mapConnectionRow, { ...row, created_at: undefined, meta: null, user_id: undefined });
    expect(odd.result).to.deep.include({ direction: 'sent', message: '' });
    expect(odd.result!.createdAt.getTime()).to.equal(0);
    expect(odd.warnings).to.have.length(1);
  });
});
