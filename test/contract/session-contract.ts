/** The contract, session requests: lists, transitions, meeting links. */
import { expect } from '@open-wc/testing';
import type { RequestsErrorKind } from '../../src/model/errors.js';
import type { ListQuery, Page, RequestStatus, SessionRequest } from '../../src/model/request.js';
import { adapter, h, pendingReceivedSessions, unknownId } from './harness.js';
import { ALL, GMEET, ZOOM, expectSession, rejectsWith } from './support.js';

const EVERY_STATUS: readonly RequestStatus[] = ['requested', 'accepted', 'rejected', 'expired'];
/** Each status alone, a few combinations, and all four ('all'). */
const STATUS_SETS: RequestStatus[][] = [
  ['requested'],
  ['accepted'],
  ['rejected'],
  ['expired'],
  ['requested', 'expired'],
  ['accepted', 'rejected'],
  [...EVERY_STATUS],
];
const DIRECTIONS = ['received', 'sent', 'all'] as const;

type Filter = Pick<ListQuery, 'status' | 'direction'>;

/** The whole list of a filter, in one page. */
function listWhole(filter: Filter): Promise<Page<SessionRequest>> {
  return adapter.listSessionRequests({ ...filter, page: 1, pageSize: 1000 });
}

/** Every page of a filter, `pageSize` at a time, up to the first empty one (left out). */
async function pagesOf(filter: Filter, pageSize: number): Promise<Page<SessionRequest>[]> {
  const pages: Page<SessionRequest>[] = [];
  for (let page = 1; page <= 50; page++) {
    const got = await adapter.listSessionRequests({ ...filter, page, pageSize });
    if (got.items.length === 0) {
      expect(got.total, 'the total of the page past the end').to.equal(pages[0]?.total ?? 0);
      return pages;
    }
    pages.push(got);
  }
  throw new Error('more than 50 pages');
}

export function sessionContract(): void {
  describe('session request lists', () => {
    it('pages with totals: page 2 really is page 2', async () => {
      // The default view (requested + expired, both directions): the 23 generated requests and the 2
      // EXPIRED ones of the seeded history (generateRequests `history`).
      const p1 = await adapter.listSessionRequests({ page: 1, pageSize: 10 });
      const p2 = await adapter.listSessionRequests({ page: 2, pageSize: 10 });
      const p3 = await adapter.listSessionRequests({ page: 3, pageSize: 10 });
      expect([p1.total, p2.total, p3.total]).to.deep.equal([25, 25, 25]);
      expect([p1.items.length, p2.items.length, p3.items.length]).to.deep.equal([10, 10, 5]);
      expect([p2.page, p2.pageSize]).to.deep.equal([2, 10]);
      const ids = [...p1.items, ...p2.items, ...p3.items].map((r) => r.id);
      expect(new Set(ids).size).to.equal(25);
      const all = await adapter.listSessionRequests(ALL);
      expect(all.items.map((r) => r.id)).to.deep.equal(ids);
      all.items.forEach(expectSession);
      const created = all.items.map((r) => r.createdAt.getTime());
      expect(created).to.deep.equal([...created].sort((a, b) => b - a));
    });

    it('lists every status set and direction in exact pages, each item once, total = what it delivers', async () => {
      const whole = (await listWhole({ status: [...EVERY_STATUS], direction: 'all' })).items;
      // Every status and both directions are seeded (the history: accepted, rejected, expired).
      for (const status of EVERY_STATUS)
        for (const direction of ['sent', 'received'] as const)
          expect(
            whole.some((r) => r.status === status && r.direction === direction),
            `${status} ${direction}`,
          ).to.equal(true);
      for (const status of STATUS_SETS) {
        for (const direction of DIRECTIONS) {
          const label = `${status.join('+')} ${direction}`;
          const expected = whole.filter(
            (r) => status.includes(r.status) && (direction === 'all' || r.direction === direction),
          );
          const pages = await pagesOf({ status, direction }, 3);
          const items = pages.flatMap((p) => p.items);
          expect(
            items.map((r) => r.id),
            label,
          ).to.deep.equal(expected.map((r) => r.id));
          expect(new Set(items.map((r) => r.id)).size, `${label}: an item twice`).to.equal(items.length);
          // Exact pages: full but the last, each with the number of items the query delivers.
          pages.forEach((p, i) => {
            expect(p.total, `${label} page ${i + 1} total`).to.equal(items.length);
            expect(p.page, label).to.equal(i + 1);
            if (i < pages.length - 1) expect(p.items.length, `${label} page ${i + 1}`).to.equal(3);
          });
          expect(
            items.every((r) => status.includes(r.status)),
            label,
          ).to.equal(true);
          if (direction !== 'all')
            expect(
              items.every((r) => r.direction === direction),
              label,
            ).to.equal(true);
          items.forEach(expectSession);
        }
      }
    });

    it('partitions: the statuses and the directions add up to the whole list', async () => {
      const whole = await listWhole({ status: [...EVERY_STATUS], direction: 'all' });
      let byStatus = 0;
      for (const status of EVERY_STATUS) byStatus += (await listWhole({ status: [status] })).total;
      expect(byStatus).to.equal(whole.total);
      const sent = await listWhole({ status: [...EVERY_STATUS], direction: 'sent' });
      const received = await listWhole({ status: [...EVERY_STATUS], direction: 'received' });
      expect(sent.total + received.total).to.equal(whole.total);
      // 23 generated, 8 handled in the seeded history.
      expect(whole.total).to.equal(31);
    });

    it('counts a requested request whose slot has ended as expired, never as requested', async () => {
      const pending = await listWhole({ status: ['requested'], direction: 'all' });
      for (const r of pending.items) expect(r.end.getTime(), r.id).to.be.greaterThan(Date.now());
      const expired = await listWhole({ status: ['expired'], direction: 'all' });
      expect(expired.items.every((r) => r.end.getTime() <= Date.now())).to.equal(true);
      // Ended while pending (the generated every fifth slot), and never handled: expired.
      const everything = (await listWhole({ status: [...EVERY_STATUS] })).items;
      const ended = everything.filter(
        (r) => r.end.getTime() <= Date.now() && r.status !== 'accepted' && r.status !== 'rejected',
      );
      expect(ended.length).to.be.greaterThan(0);
      expect(expired.items.map((r) => r.id).sort()).to.deep.equal(ended.map((r) => r.id).sort());
      // A request that ends now leaves the pending list for the expired one, and its count.
      const [target] = await pendingReceivedSessions();
      h.expire('session', target!.id);
      const after = await listWhole({ status: ['requested'], direction: 'received' });
      expect(after.items.map((r) => r.id)).to.not.include(target!.id);
      expect(after.total).to.equal(after.items.length);
      expect((await listWhole({ status: ['expired'] })).items.map((r) => r.id)).to.include(target!.id);
      expect((await adapter.countPending()).session).to.equal(after.total);
    });

    it('shows pending and expired by default, expired ones being those whose slot ended', async () => {
      const { items } = await adapter.listSessionRequests(ALL);
      const statuses = new Set(items.map((r) => r.status));
      expect([...statuses].sort()).to.deep.equal(['expired', 'requested']);
      for (const r of items.filter((i) => i.status === 'requested'))
        expect(r.end.getTime()).to.be.greaterThan(Date.now());
    });

    it('the pending received list is the queue: its total is the tab count', async () => {
      const queue = await adapter.listSessionRequests({
        page: 1,
        pageSize: 4,
        status: ['requested'],
        direction: 'received',
      });
      expect(queue.items).to.have.length(4);
      expect(queue.total).to.equal((await adapter.countPending()).session);
      expect(queue.items.every((r) => r.direction === 'received' && r.status === 'requested')).to.equal(true);
    });

    it('moves accepted and rejected requests out of the queue into their status lists', async () => {
      const [a, b] = await pendingReceivedSessions();
      const before = {
        queue: (await listWhole({ status: ['requested'], direction: 'received' })).total,
        accepted: (await listWhole({ status: ['accepted'] })).total,
        rejected: (await listWhole({ status: ['rejected'] })).total,
      };
      await adapter.acceptSessionRequest(a!.id);
      await adapter.rejectSessionRequest(b!.id, 'Not that week.');
      const queue = await listWhole({ status: ['requested'], direction: 'received' });
      expect(queue.total).to.equal(before.queue - 2);
      expect(queue.items.map((r) => r.id)).to.not.include.members([a!.id, b!.id]);
      const byDefault = await adapter.listSessionRequests(ALL);
      expect(byDefault.total).to.equal(23);
      const accepted = await listWhole({ status: ['accepted'], direction: 'received' });
      // Newest first: the request just accepted comes before the history's.
      expect([accepted.items[0]!.id, accepted.items[0]!.status]).to.deep.equal([a!.id, 'accepted']);
      expect((await listWhole({ status: ['accepted'] })).total).to.equal(before.accepted + 1);
      const rejected = await listWhole({ status: ['rejected'] });
      expect(rejected.total).to.equal(before.rejected + 1);
      expect([rejected.items[0]!.id, rejected.items[0]!.rejectReason]).to.deep.equal([
        b!.id,
        'Not that week.',
      ]);
      // The history's rejected requests carry their reasons, some of them (a reason is optional).
      expect(rejected.items.filter((r) => r.id !== b!.id && r.rejectReason).length).to.be.greaterThan(0);
    });

    it('answers a page past the end with no items and the same total', async () => {
      const q = { status: ['accepted' as const], direction: 'all' as const };
      const whole = await listWhole(q);
      const past = await adapter.listSessionRequests({ ...q, page: whole.total + 1, pageSize: 1 });
      expect([past.items, past.total]).to.deep.equal([[], whole.total]);
      const big = await adapter.listSessionRequests({ ...q, page: 1, pageSize: whole.total + 5 });
      expect(big.items.map((r) => r.id)).to.deep.equal(whole.items.map((r) => r.id));
    });

    it('rejects a bad page with a validation error', async () => {
      await rejectsWith(adapter.listSessionRequests({ page: 0, pageSize: 10 }), 'validation');
    });
  });

  describe('session request transitions', () => {
    it('accepts, and a second accept is a conflict', async () => {
      const [target] = await pendingReceivedSessions();
      const result = await adapter.acceptSessionRequest(target!.id);
      expect(result.item.id).to.equal(target!.id);
      expect(result.item.status).to.equal('accepted');
      expect(result.item.sessionId).to.be.a('string').and.not.equal('');
      if (result.message !== undefined) expect(result.message).to.be.a('string').and.not.equal('');
      const read = await adapter.getSessionRequest(target!.id);
      expect([read.status, read.sessionId]).to.deep.equal(['accepted', result.item.sessionId]);
      await rejectsWith(adapter.acceptSessionRequest(target!.id), 'conflict');
      await rejectsWith(adapter.rejectSessionRequest(target!.id), 'conflict');
    });

    it('rejects with a reason, which is read back', async () => {
      const [target] = await pendingReceivedSessions();
      const result = await adapter.rejectSessionRequest(target!.id, '  Not available that week.  ');
      expect(result.item.status).to.equal('rejected');
      expect(result.item.rejectReason).to.equal('Not available that week.');
      const read = await adapter.getSessionRequest(target!.id);
      expect([read.status, read.rejectReason]).to.deep.equal(['rejected', 'Not available that week.']);
      await rejectsWith(adapter.rejectSessionRequest(target!.id), 'conflict');
    });

    it('refuses a reason over 50 words as validation, changing nothing', async () => {
      const [target] = await pendingReceivedSessions();
      const error = await rejectsWith(
        adapter.rejectSessionRequest(target!.id, 'word '.repeat(51)),
        'validation',
      );
      expect(error.fieldErrors?.reason).to.be.a('string').and.not.equal('');
      expect((await adapter.getSessionRequest(target!.id)).status).to.equal('requested');
      // Exactly 50 words is fine.
      await adapter.rejectSessionRequest(target!.id, 'word '.repeat(50));
    });

    it('reports a request handled on another device as a conflict', async () => {
      const [a, b] = await pendingReceivedSessions();
      h.handleElsewhere('session', a!.id, 'accepted');
      h.handleElsewhere('session', b!.id, 'rejected');
      await rejectsWith(adapter.acceptSessionRequest(a!.id), 'conflict');
      await rejectsWith(adapter.rejectSessionRequest(b!.id), 'conflict');
      expect((await adapter.getSessionRequest(a!.id)).status).to.equal('accepted');
    });

    it('expires: an expired request is listed as such and cannot be accepted', async () => {
      const [target] = await pendingReceivedSessions();
      h.expire('session', target!.id);
      expect((await adapter.getSessionRequest(target!.id)).status).to.equal('expired');
      const listed = (await adapter.listSessionRequests(ALL)).items.find((r) => r.id === target!.id);
      expect(listed?.status).to.equal('expired');
      await rejectsWith(adapter.acceptSessionRequest(target!.id), 'conflict');
      expect((await adapter.countPending()).session).to.equal((await pendingReceivedSessions()).length);
    });

    it('answers unknown ids as its backend does', async () => {
      const expected = unknownId();
      await rejectsWith(adapter.getSessionRequest('424242'), expected.getSession as RequestsErrorKind);
      await rejectsWith(adapter.acceptSessionRequest('424242'), expected.sessionAction as RequestsErrorKind);
      await rejectsWith(adapter.getMessageRequest('424242'), expected.getMessage as RequestsErrorKind);
      await rejectsWith(adapter.rejectMessageRequest('424242'), expected.messageAction as RequestsErrorKind);
    });
  });

  describe('meeting link', () => {
    it('is set on an accepted request and read back', async () => {
      const [target] = await pendingReceivedSessions();
      await adapter.acceptSessionRequest(target!.id);
      const saved = await adapter.setMeetingLink(target!.id, { ...GMEET, url: `  ${GMEET.url}  ` });
      expect(saved.item.meetingLink).to.deep.equal(GMEET);
      expect(saved.item.status).to.equal('accepted');
      expect((await adapter.getSessionRequest(target!.id)).meetingLink).to.deep.equal(GMEET);
      await adapter.setMeetingLink(target!.id, ZOOM);
      expect((await adapter.getSessionRequest(target!.id)).meetingLink).to.deep.equal({
        ...ZOOM,
        meetingId: '12345678901',
      });
    });

    it('refuses an unsafe link as validation before anything changes', async () => {
      const [target] = await pendingReceivedSessions();
      await adapter.acceptSessionRequest(target!.id);
      const error = await rejectsWith(
        adapter.setMeetingLink(target!.id, { platform: 'google-meet', url: 'https://meetXgoogle.com/abc' }),
        'validation',
      );
      expect(error.fieldErrors?.url).to.be.a('string');
      const zoom = await rejectsWith(
        adapter.setMeetingLink(target!.id, { ...ZOOM, passcode: '' }),
        'validation',
      );
      expect(Object.keys(zoom.fieldErrors ?? {})).to.deep.equal(['passcode']);
      expect((await adapter.getSessionRequest(target!.id)).meetingLink).to.equal(undefined);
    });

    it('is a conflict on a request that is not accepted', async () => {
      const [target] = await pendingReceivedSessions();
      await rejectsWith(adapter.setMeetingLink(target!.id, GMEET), 'conflict');
    });
  });
}
