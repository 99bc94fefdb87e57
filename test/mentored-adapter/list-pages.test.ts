/**
 * MentorEdAdapter lists: exact pages and exact totals for any status set and direction, and the HTTP
 * calls each page costs (docs/mentored-api.md, "How the MentorEd adapter pages a filtered list").
 * Upstream (ELEVATE-Project/mentoring aa52d89e, paths under `src/`) cannot give them itself:
 * services/requestSessions.js `list` has no direction parameter, pages wrongly (`offset + pageSize`
 * concatenates a query string) and counts rows it then drops; connections/pending mixes both directions
 * and counts the rows it drops (services/connections.js `pending`). The contract suite checks the pages
 * themselves against every adapter; this file checks what MentorEd's wire costs.
 */
import { expect } from '@open-wc/testing';
import type { ListQuery } from '../../src/model/request.js';
import { rejectsWith } from '../contract/support.js';
import { paths, pendingOf, setup, useMentorEdWorker } from './support.js';

useMentorEdWorker();

const EVERY = ['requested', 'accepted', 'rejected', 'expired'] as const;
const SESSION_LIST = 'requestSessions/list';

describe('MentorEdAdapter: list pages and their calls', () => {
  /** The adapter's clock (its `now` option), which the list snapshots age by. */
  const clock = { t: Date.now() };
  const now = () => clock.t;
  beforeEach(() => {
    clock.t = Date.now();
  });

  it('page 1 costs one requestSessions/list call; later pages none within 30 s and with no action since', async () => {
    const { db, adapter } = setup({}, { now });
    const lists = () => db.calls.filter((c) => c.endpoint === SESSION_LIST).length;
    const q: ListQuery = { page: 1, pageSize: 3, status: [...EVERY], direction: 'received' };
    await adapter.listSessionRequests(q);
    expect(paths(db)).to.deep.equal(['GET /requestSessions/list?status=REQUESTED,ACCEPTED,REJECTED,EXPIRED']);
    await adapter.listSessionRequests({ ...q, page: 2 });
    await adapter.listSessionRequests({ ...q, page: 3 });
    // Another direction of the same statuses: the same server list.
    await adapter.listSessionRequests({ ...q, page: 2, direction: 'sent' });
    expect(lists(), 'pages 2 and 3, and page 2 of sent').to.equal(1);
    // Another status set was never read: its page 2 reads it.
    await adapter.listSessionRequests({ ...q, page: 2, status: ['accepted'] });
    expect(lists()).to.equal(2);
    // 30 s later, a page 2 reads again.
    clock.t += 30_000;
    await adapter.listSessionRequests({ ...q, page: 2 });
    expect(lists()).to.equal(3);
    // Page 1 always reads (a refresh), and refreshes what the next pages are cut from.
    await adapter.listSessionRequests(q);
    await adapter.listSessionRequests({ ...q, page: 2 });
    expect(lists()).to.equal(4);
  });

  it('any action, done or refused, makes the next page read again', async () => {
    const { db, adapter } = setup({}, { now });
    const lists = () => db.calls.filter((c) => c.endpoint === SESSION_LIST).length;
    const q: ListQuery = { page: 1, pageSize: 2, status: ['requested'], direction: 'received' };
    const first = await adapter.listSessionRequests(q);
    const [a, b] = first.items;
    await adapter.rejectSessionRequest(a!.id);
    const page2 = await adapter.listSessionRequests({ ...q, page: 2 });
    expect(lists()).to.equal(2);
    // The rejected request left the list: page 2 of the fresh list, total one less.
    expect(page2.total).to.equal(first.total - 1);
    expect(page2.items.map((r) => r.id)).to.not.include(b!.id); // now on page 1
    db.acceptElsewhere(b!.id);
    await rejectsWith(adapter.acceptSessionRequest(b!.id), 'conflict');
    await adapter.listSessionRequests({ ...q, page: 2 });
    expect(lists()).to.equal(3);
    // Message actions too (a session accept also consumes a pending message request).
    const m = db.pendingReceivedMessageIds()[0]!;
    await adapter.acceptMessageRequest(m);
    await adapter.listSessionRequests({ ...q, page: 2 });
    expect(lists()).to.equal(4);
  });

  it('the queue and the count read the same rows: one call while both are in flight', async () => {
    const { db, adapter } = setup();
    const [counts, queue, messages] = await Promise.all([
      adapter.countPending(),
      adapter.listSessionRequests({ page: 1, pageSize: 5, status: ['requested'], direction: 'received' }),
      adapter.listMessageRequests({ page: 1, pageSize: 5, status: ['requested'], direction: 'received' }),
    ]);
    expect(paths(db).sort()).to.deep.equal([
      'GET /connections/pending?page=1&limit=100',
      'GET /requestSessions/list?status=REQUESTED',
    ]);
    expect([queue.total, messages.total]).to.deep.equal([counts.session, counts.message]);
    // The count's ids are the queue's, in its order (newest first).
    expect(queue.items.map((r) => r.id)).to.deep.equal(counts.ids!.session.slice(0, 5));
    expect(messages.items.map((r) => r.id)).to.deep.equal(counts.ids!.message.slice(0, 5));
    expect(counts).to.deep.equal(pendingOf(db));
  });

  // services/requestSessions.js `list`: a row whose other user has no profile is dropped, still counted.
  it('totals what it delivers, not the server count, when upstream drops a row', async () => {
    const { db, adapter } = setup();
    const ids = db.pendingReceivedSessionIds();
    db.users.delete(db.sessionRequest(ids[1]!)!.requestor_id);
    const q: ListQuery = { page: 1, pageSize: 2, status: ['requested'], direction: 'received' };
    const pages = [];
    for (let page = 1; page <= Math.ceil(ids.length / 2); page++)
      pages.push(await adapter.listSessionRequests({ ...q, page }));
    const got = pages.flatMap((p) => p.items.map((r) => r.id));
    expect(got).to.deep.equal(ids.filter((id) => id !== ids[1]));
    expect(pages.map((p) => p.total)).to.deep.equal(pages.map(() => ids.length - 1));
    expect(pages.slice(0, -1).every((p) => p.items.length === 2)).to.equal(true);
    // The whole list fell short of its count: paged once to look for the rest (nothing), then remembered.
    expect(paths(db)).to.deep.equal([
      'GET /requestSessions/list?status=REQUESTED',
      'GET /requestSessions/list?pageNo=1&pageSize=100&status=REQUESTED',
    ]);
    db.calls.length = 0;
    await adapter.listSessionRequests(q);
    expect(paths(db)).to.deep.equal(['GET /requestSessions/list?status=REQUESTED']);
  });

  // The expiry job marks a request EXPIRED only at its end (services/requestSessions.js `create` schedules
  // it; `expire` → queries `expireRequest`): in between it is REQUESTED with an ended slot.
  it("follows the reported status: an ended REQUESTED row is 'expired', never 'requested'", async () => {
    const { db, adapter } = setup();
    const [id] = db.pendingReceivedSessionIds();
    db.expire(id!, { mark: false });
    expect(db.sessionRequest(id!)!.status).to.equal('REQUESTED');
    const requested = await adapter.listSessionRequests({ page: 1, pageSize: 100, status: ['requested'] });
    expect(requested.items.map((r) => r.id)).to.not.include(id);
    const expired = await adapter.listSessionRequests({
      page: 1,
      pageSize: 100,
      status: ['expired'],
      direction: 'received',
    });
    expect(expired.items.find((r) => r.id === id)?.status).to.equal('expired');
    expect(expired.total).to.equal(expired.items.length);
    // `expired` asked for REQUESTED rows too: EXPIRED alone would have missed it.
    expect(paths(db)).to.deep.equal([
      'GET /requestSessions/list?status=REQUESTED',
      'GET /requestSessions/list?status=REQUESTED,EXPIRED',
    ]);
  });

  it('message requests: exact pages of a direction from the whole pending list; no history, no call', async () => {
    const { db, adapter } = setup({ messageRequests: 30 });
    const received = db.pendingReceivedMessageIds();
    const got: string[] = [];
    for (let page = 1; page <= Math.ceil(received.length / 4); page++) {
      const p = await adapter.listMessageRequests({ page, pageSize: 4, direction: 'received' });
      expect(p.total).to.equal(received.length);
      if (page < Math.ceil(received.length / 4)) expect(p.items).to.have.length(4);
      got.push(...p.items.map((r) => r.id));
    }
    expect(got).to.deep.equal(received);
    expect(paths(db)).to.deep.equal(['GET /connections/pending?page=1&limit=100']);
    // database/queries/connection.js: an accept deletes the request rows (`approveRequest`), a reject
    // marks them REJECTED and deleted (`rejectRequest`); connections/pending lists REQUESTED rows only.
    for (const status of [['accepted'], ['rejected'], ['expired']] as const) {
      const none = await adapter.listMessageRequests({ page: 1, pageSize: 10, status: [...status] });
      expect([none.items, none.total]).to.deep.equal([[], 0]);
    }
    expect(db.calls).to.have.length(1);
  });

  it('offers every session status (capabilities.statuses)', () => {
    const { adapter } = setup();
    expect(adapter.capabilities.statuses).to.deep.equal([...EVERY]);
  });

  it('reads the seeded history: accepted with and without a link, rejected with reasons, expired both ways', async () => {
    const { db, adapter } = setup();
    const q = { page: 1, pageSize: 100 };
    const accepted = (await adapter.listSessionRequests({ ...q, status: ['accepted'] })).items;
    const details = await Promise.all(accepted.map((r) => adapter.getSessionRequest(r.id)));
    const received = details.filter((r) => r.direction === 'received');
    expect(received.map((r) => r.meetingLink?.platform ?? r.meetingHost)).to.have.members([
      'google-meet',
      'none', // DEFAULT_MEETING_SERVICE OFF, upstream's code default (src/envVariables.js)
    ]);
    // The mentee's side: services/sessions.js `details` hides the link from anyone but the mentor.
    const sent = details.filter((r) => r.direction === 'sent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.meetingLink).to.equal(undefined);
    const rejected = (await adapter.listSessionRequests({ ...q, status: ['rejected'] })).items;
    expect(rejected.filter((r) => r.rejectReason).map((r) => r.direction)).to.have.members([
      'received',
      'sent',
    ]);
    const expired = (await adapter.listSessionRequests({ ...q, status: ['expired'] })).items;
    const marked = expired.filter((r) => db.sessionRequest(r.id)!.status === 'EXPIRED');
    expect(new Set(marked.map((r) => r.direction))).to.deep.equal(new Set(['received', 'sent']));
  });
});
