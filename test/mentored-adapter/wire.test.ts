/**
 * MentorEdAdapter on the wire: the exact URLs, params, headers and bodies it sends (the contract suite
 * covers the behaviour it shares with every adapter).
 */
import { expect } from '@open-wc/testing';
import { rejectsWith } from '../contract/support.js';
import {
  acceptedRequest,
  ALL,
  BASE,
  GMEET,
  paths,
  pendingOf,
  setup,
  TOKEN,
  useMentorEdWorker,
} from './support.js';

useMentorEdWorker();

describe('MentorEdAdapter: the wire', () => {
  // The list is read whole (no pageNo / pageSize: services/requestSessions.js `list` then answers every
  // row) with the upper-case statuses the filter needs (validators/v1/requestSessions.js `list`, in its
  // order): `expired` also needs REQUESTED (a slot that ended before the expiry job ran).
  it('lists session requests unpaged, with the statuses each filter needs', async () => {
    const { db, adapter } = setup({}, { baseUrl: `${BASE}//` });
    await adapter.listSessionRequests({ page: 2, pageSize: 5 });
    await adapter.listSessionRequests({ page: 1, pageSize: 3, status: ['accepted', 'rejected', 'accepted'] });
    await adapter.listSessionRequests({ page: 1, pageSize: 3, status: ['expired'], direction: 'sent' });
    await adapter.listSessionRequests({ page: 1, pageSize: 3, status: ['requested'], direction: 'received' });
    await adapter.listSessionRequests({
      page: 1,
      pageSize: 3,
      status: ['expired', 'rejected', 'accepted', 'requested'],
    });
    expect(paths(db)).to.deep.equal([
      'GET /requestSessions/list?status=REQUESTED,EXPIRED',
      'GET /requestSessions/list?status=ACCEPTED,REJECTED',
      'GET /requestSessions/list?status=REQUESTED,EXPIRED',
      'GET /requestSessions/list?status=REQUESTED',
      'GET /requestSessions/list?status=REQUESTED,ACCEPTED,REJECTED,EXPIRED',
    ]);
  });

  it('lists message requests with page / limit, in pages of 100', async () => {
    const { db, adapter } = setup();
    await adapter.listMessageRequests({ page: 2, pageSize: 3, direction: 'received' });
    expect(paths(db)).to.deep.equal(['GET /connections/pending?page=1&limit=100']);
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
    // Bearer by default, as upstream's IS_AUTH_TOKEN_BEARER (src/envVariables.js, default true).
    expect(first!.headers['x-auth-token']).to.equal(`Bearer ${TOKEN}`);
    expect(first!.headers.timezone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(first!.headers['accept-language']).to.equal('hi');
    expect(first!.headers['content-type']).to.equal('application/json');
    expect(last!.headers['accept-language']).to.equal('en-GB');
  });

  // The first load on a slow phone (docs/performance.md, "The first load on a low-end phone"): a page
  // asks for its data in willUpdate and renders right after, in the same task; the request must not wait
  // for that render.
  it('sends a call in the task that made it when the headers are at hand; after an async token, once it resolves', async () => {
    const sent: string[] = [];
    const spy: typeof fetch = (input, init) => {
      sent.push(String(input));
      return fetch(input, init);
    };
    const { adapter } = setup({}, { fetch: spy, language: () => 'hi', headers: () => ({ 'x-app': 'a' }) });
    const counted = adapter.countPending();
    expect(sent.length, 'sent before any microtask').to.equal(2);
    await counted;

    sent.length = 0;
    let release!: (token: string) => void;
    const { adapter: later } = setup({}, { fetch: spy, token: () => new Promise((r) => (release = r)) });
    const listed = later.listSessionRequests(ALL);
    await Promise.resolve();
    expect(sent, 'waits for the token').to.deep.equal([]);
    release(TOKEN);
    expect((await listed).items.length).to.be.greaterThan(0);
    expect(sent).to.have.length(1);
  });

  // Temporal reads the zone without building a date format (the first one of a document costs ~50 ms of
  // CPU, four times that on a slow phone, before the first request leaves: docs/performance.md).
  it('takes the default time zone from Temporal where the engine has it, else from Intl', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'Temporal');
    const zones: string[] = [];
    try {
      for (const temporal of [{ Now: { timeZoneId: () => 'Pacific/Chatham' } }, undefined]) {
        Object.defineProperty(globalThis, 'Temporal', {
          value: temporal,
          configurable: true,
          writable: true,
        });
        const { db, adapter } = setup();
        await adapter.countPending();
        zones.push(db.calls[0]!.headers.timezone!);
      }
    } finally {
      if (own) Object.defineProperty(globalThis, 'Temporal', own);
      else delete (globalThis as { Temporal?: unknown }).Temporal;
    }
    expect(zones).to.deep.equal(['Pacific/Chatham', Intl.DateTimeFormat().resolvedOptions().timeZone]);
  });

  it('sends the bare token when bearer is off, and an explicit time zone, asking a token function per request', async () => {
    let asked = 0;
    const { db, adapter } = setup(
      {},
      { bearer: false, timeZone: 'Asia/Kolkata', language: 'ta', token: async () => `t${++asked}` },
      { bearer: false },
    );
    await adapter.listSessionRequests(ALL);
    await adapter.listMessageRequests(ALL);
    expect(db.calls.map((c) => c.headers['x-auth-token'])).to.deep.equal(['t1', 't2']);
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

  // connections/pending caps `limit` at 100 (middlewares/pagination.js): the whole list in pages of 100.
  it('reads more than 100 pending messages in pages of 100, for a page of any size', async () => {
    const { db, adapter } = setup({ messageRequests: 260 });
    const page = await adapter.listMessageRequests({ page: 2, pageSize: 150 });
    const three = [1, 2, 3].map((p) => `GET /connections/pending?page=${p}&limit=100`);
    expect(paths(db)).to.deep.equal(three);
    db.calls.length = 0;
    const every = [];
    for (let p = 1; p <= 3; p++)
      every.push(...(await adapter.listMessageRequests({ page: p, pageSize: 100 })).items);
    // Page 1 read the list again; pages 2 and 3 were cut from that read (paging.ts `ListSnapshots`).
    expect(paths(db)).to.deep.equal(three);
    expect(page.total).to.equal(260);
    expect(page.items.map((r) => r.id)).to.deep.equal(every.slice(150, 260).map((r) => r.id));
    db.calls.length = 0;
    const first = await adapter.listMessageRequests({ page: 1, pageSize: 250 });
    expect(paths(db)).to.deep.equal(three);
    expect(first.items.map((r) => r.id)).to.deep.equal(every.slice(0, 250).map((r) => r.id));
  });

  // Upstream answers the whole list when pageNo and pageSize are absent (services/requestSessions.js
  // `list`: `if (pageNo && pageSize)`), so the session count is one call at any size; connections/pending
  // caps `limit` at 100 (middlewares/pagination.js).
  it('counts with one call per list while messages are ≤ 100, and never uses users/requestCount', async () => {
    const { db, adapter } = setup();
    expect(await adapter.countPending()).to.deep.equal(pendingOf(db));
    expect(paths(db).sort()).to.deep.equal([
      'GET /connections/pending?page=1&limit=100',
      'GET /requestSessions/list?status=REQUESTED',
    ]);
  });

  it('pages the message count beyond 100, the session count still in one call', async () => {
    const { db, adapter } = setup({ sessionRequests: 230, messageRequests: 130 });
    const counts = await adapter.countPending();
    expect(counts).to.deep.equal(pendingOf(db));
    expect(counts.session).to.be.greaterThan(100);
    expect(db.calls.filter((c) => c.endpoint === 'requestSessions/list')).to.have.length(1);
    expect(db.calls.filter((c) => c.endpoint === 'connections/pending')).to.have.length(2);
  });
});
