/**
 * MentorEdAdapter against what real MentorEd deployments do (ELEVATE-Project/mentoring master aa52d89e;
 * docs/mentored-api.md): the list paging bug, exact counts at any size, the reason limits held before
 * sending, and the deployment options (token header, bearer, extra headers).
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { rejectsWith } from '../contract/support.js';
import { BASE, paths, setup, useMentorEdWorker, worker } from './support.js';

useMentorEdWorker();

const STATUS_ALL = ['requested', 'accepted', 'rejected', 'expired'] as const;

describe('MentorEdAdapter on real deployments', () => {
  // services/requestSessions.js `list`: `slice(offset, offset + pageSize)` with a query-string pageSize,
  // and whole when pageNo / pageSize are absent: the adapter reads it whole and cuts the pages itself.
  it('gives exactly pageSize items per page, none twice, from one unpaged call; total = delivered', async () => {
    for (const listRequestType of [true, false]) {
      // An exact population: 47 requests, without the seeded history.
      const { db, adapter } = setup({ sessionRequests: 47, listRequestType, history: 0 });
      const seen: string[] = [];
      let total = 0;
      for (let page = 1; page <= 5; page++) {
        const got = await adapter.listSessionRequests({ page, pageSize: 10, status: [...STATUS_ALL] });
        expect(got.items.length, `page ${page}`).to.equal(page < 5 ? 10 : 7);
        seen.push(...got.items.map((r) => r.id));
        total = got.total;
      }
      expect(total).to.equal(47);
      expect(new Set(seen).size).to.equal(47);
      expect(paths(db)).to.deep.equal([
        'GET /requestSessions/list?status=REQUESTED,ACCEPTED,REJECTED,EXPIRED',
      ]);
      // The direction comes out right without request_type: from the ids.
      const received = new Set(db.sessionRequests.filter((r) => r.requestee_id === db.me).map((r) => r.id));
      const all = await adapter.listSessionRequests({ page: 1, pageSize: 100, status: [...STATUS_ALL] });
      for (const item of all.items)
        expect(item.direction, item.id).to.equal(received.has(item.id) ? 'received' : 'sent');
    }
  });

  it('gives exact pages from a server without the paging bug too', async () => {
    const { db, adapter } = setup({ sessionRequests: 25, history: 0 });
    worker.use(
      http.get(`${BASE}/requestSessions/list`, async ({ request }) => {
        const url = new URL(request.url);
        const pageNo = Number(url.searchParams.get('pageNo'));
        const pageSize = Number(url.searchParams.get('pageSize'));
        const rows = db
          .sortNewest(db.sessionRequests)
          .filter((r) => r.requestee_id === db.me || r.requestor_id === db.me)
          .map((r) => db.sessionRequestRow(r, db.me, true));
        const data = pageNo && pageSize ? rows.slice((pageNo - 1) * pageSize, pageNo * pageSize) : rows;
        return HttpResponse.json({ responseCode: 'OK', message: 'ok', result: { data, count: rows.length } });
      }),
    );
    const ids: string[] = [];
    for (let page = 1; page <= 3; page++)
      ids.push(
        ...(await adapter.listSessionRequests({ page, pageSize: 10, status: [...STATUS_ALL] })).items.map(
          (r) => r.id,
        ),
      );
    expect([ids.length, new Set(ids).size]).to.deep.equal([25, 25]);
  });

  // The tabs' count: one unpaged requestSessions/list (upstream pages only when both pageNo and pageSize
  // are given) and connections/pending in pages of 100 (middlewares/pagination.js caps limit at 100).
  for (const pending of [250, 420, 1000]) {
    it(`counts ${pending} pending session requests exactly, in one call`, async () => {
      // An exact population (no seeded history).
      const { db, adapter } = setup({ sessionRequests: 0, messageRequests: 0, history: 0 });
      for (let i = 0; i < pending; i++) db.addSessionRequest();
      db.addSessionRequest({ requestor_id: db.me, requestee_id: '20001' }); // sent: not counted
      db.expire(db.addSessionRequest().id, { mark: false }); // ended: not counted
      expect((await adapter.countPending()).session).to.equal(pending);
      expect(paths(db).filter((p) => p.includes('requestSessions/list'))).to.deep.equal([
        'GET /requestSessions/list?status=REQUESTED',
      ]);
    });
  }

  // connections/pending caps `limit` at 100 (middlewares/pagination.js): one call per 100 pending.
  for (const [pending, calls] of [
    [420, 5],
    [1000, 10],
  ] as const) {
    it(`counts ${pending} pending message requests exactly, in ${calls} calls`, async () => {
      // An exact population (no seeded history).
      const { db, adapter } = setup({ sessionRequests: 0, messageRequests: 0, history: 0 });
      for (let i = 0; i < pending; i++) {
        const other = String(30_000 + i);
        db.users.set(other, { ...db.users.get(db.me)!, user_id: other, name: `M${i}` });
        db.addConnection(other, db.me, 'Hello', db.now() - i * 1000);
      }
      expect((await adapter.countPending()).message).to.equal(pending);
      expect(db.calls.filter((c) => c.endpoint === 'connections/pending')).to.have.length(calls);
    });
  }

  // Upstream drops rows of users without a profile but still counts them: requestSessions/list
  // (services/requestSessions.js `list`) and connections/pending after LIMIT (services/connections.js
  // `pending`). Neither count may stop early nor page again on every poll.
  it('counts exactly past users without a profile, and pages again only once', async () => {
    // An exact population (no seeded history).
    const { db, adapter } = setup({ sessionRequests: 0, messageRequests: 0, history: 0 });
    for (let i = 0; i < 250; i++) db.addSessionRequest();
    const gone = db.addSessionRequest();
    db.users.delete(gone.requestor_id);
    for (let i = 0; i < 150; i++) {
      const other = String(40_000 + i);
      db.users.set(other, { ...db.users.get(db.me)!, user_id: other, name: `M${i}` });
      db.addConnection(other, db.me, 'Hello', db.now() - i * 1000);
    }
    db.users.delete('40005'); // on page 1 of connections/pending: it holds 99 rows
    const counts = await adapter.countPending();
    expect([counts.session, counts.message]).to.deep.equal([250, 149]);
    expect(counts.ids!.message).to.not.include('40005');
    expect(counts.ids!.session).to.not.include(gone.id);
    const lists = () => db.calls.filter((c) => c.endpoint === 'requestSessions/list').length;
    expect(lists()).to.equal(3); // unpaged, then pages 1 and 2 (page 2 returns the rest): nothing new
    expect(db.calls.filter((c) => c.endpoint === 'connections/pending')).to.have.length(2);
    db.calls.length = 0;
    expect(await adapter.countPending()).to.deep.equal(counts);
    expect(lists()).to.equal(1);
  });

  it('counts exactly when the server answers fewer rows than its count (pages, each row once)', async () => {
    // An exact population (no seeded history).
    const { db, adapter } = setup({ sessionRequests: 0, messageRequests: 0, history: 0 });
    for (let i = 0; i < 250; i++) db.addSessionRequest();
    // A build that pages by default: the unpaged call gives only 100 rows, the rest are paged for.
    let unpaged = 0;
    worker.use(
      http.get(`${BASE}/requestSessions/list`, ({ request }) => {
        if (new URL(request.url).searchParams.has('pageNo')) return undefined;
        unpaged++;
        const rows = db.sortNewest(db.sessionRequests).map((r) => db.sessionRequestRow(r, db.me, true));
        return HttpResponse.json({
          responseCode: 'OK',
          message: 'ok',
          result: { data: rows.slice(0, 100), count: 250 },
        });
      }),
    );
    expect((await adapter.countPending()).session).to.equal(250);
    expect(unpaged).to.equal(1);
    // Upstream's bug on the fallback: page 2 of 100 returns the other 150 rows, so 2 paged calls.
    expect(db.calls.filter((c) => c.endpoint === 'requestSessions/list')).to.have.length(2);
  });

  // validators/v1/requestSessions.js `reject` (50 words) and the VARCHAR(255) column
  // (database/models/requestSessions.js): both held before sending, counted as the server counts.
  it('refuses a reason over 50 words or 255 characters before sending, and exposes both limits', async () => {
    const { db, adapter } = setup();
    expect(adapter.capabilities).to.deep.include({ reasonMaxWords: 50, reasonMaxChars: 255 });
    const [a, b] = db.pendingReceivedSessionIds();
    const words = await rejectsWith(adapter.rejectSessionRequest(a!, 'word '.repeat(51)), 'validation');
    expect(words.fieldErrors).to.deep.equal({ reason: 'reasonTooManyWords' });
    const chars = await rejectsWith(adapter.rejectSessionRequest(a!, 'x'.repeat(256)), 'validation');
    expect(chars.fieldErrors).to.deep.equal({ reason: 'reasonTooLong' });
    expect(db.calls).to.have.length(0);
    // 255 code points are 510 UTF-16 units: allowed, and sent trimmed.
    const emoji = '🙂'.repeat(255);
    await adapter.rejectSessionRequest(b!, `  ${emoji}  `);
    expect(db.calls.filter((c) => c.endpoint === 'requestSessions/reject').map((c) => c.body)).to.deep.equal([
      { request_session_id: b, reason: emoji },
    ]);
    expect(db.sessionRequest(b!)!.reject_reason).to.equal(emoji);
  });

  it('sends the token in the header a deployment names, bare when asked, with extra headers', async () => {
    let org = '12';
    const { db, adapter } = setup(
      {},
      {
        tokenHeader: 'X-Access-Token',
        bearer: false,
        headers: async () => ({
          'organization-id': org,
          'X-Access-Token': 'spoof',
          'content-type': 'text/plain',
        }),
      },
      { tokenHeader: 'x-access-token', bearer: false, requiredHeaders: { 'organization-id': '*' } },
    );
    await adapter.countPending();
    org = '13';
    await adapter.listMessageRequests({ page: 1, pageSize: 5 });
    expect(
      db.calls.map((c) => [
        c.headers['x-access-token'],
        c.headers['organization-id'],
        c.headers['content-type'],
      ]),
    ).to.deep.equal([
      ['secret-token-4f9a2c', '12', 'application/json'],
      ['secret-token-4f9a2c', '12', 'application/json'],
      ['secret-token-4f9a2c', '13', 'application/json'],
    ]);
    expect(db.calls.every((c) => !('x-auth-token' in c.headers))).to.equal(true);
  });

  it('keeps the direction a list gave for a details row whose ids cannot tell it, and never guesses', async () => {
    const { db, adapter } = setup();
    const id = db.pendingReceivedSessionIds()[0]!;
    db.corrupt('session', id, { user_details: { name: 'No id' } });
    // Not listed yet: getDetails alone cannot tell (no request_type, no user_details.user_id).
    await rejectsWith(adapter.getSessionRequest(id), 'server');
    await adapter.listSessionRequests({ page: 1, pageSize: 100 });
    expect((await adapter.getSessionRequest(id)).direction).to.equal('received');
  });

  it('a bare token on a bearer deployment is refused as the server does (401, unauthorized)', async () => {
    const { adapter } = setup({}, { bearer: false });
    const error = await rejectsWith(adapter.listMessageRequests({ page: 1, pageSize: 5 }), 'unauthorized');
    expect(error.status).to.equal(401);
  });
});
