/** The contract, message requests and the pending counts. */
import { expect } from '@open-wc/testing';
import type { MessageRequest, Page, PendingCounts, RequestStatus } from '../../src/model/request.js';
import { adapter, h, pendingReceivedMessages, pendingReceivedSessions } from './harness.js';
import { ALL, expectMessage, rejectsWith } from './support.js';

export function messageContract(): void {
  describe('message requests', () => {
    it('pages with totals', async () => {
      const p1 = await adapter.listMessageRequests({ page: 1, pageSize: 4 });
      const p2 = await adapter.listMessageRequests({ page: 2, pageSize: 4 });
      const p3 = await adapter.listMessageRequests({ page: 3, pageSize: 4 });
      expect([p1.total, p2.total, p3.total]).to.deep.equal([9, 9, 9]);
      expect([p1.items.length, p2.items.length, p3.items.length]).to.deep.equal([4, 4, 1]);
      const ids = [...p1.items, ...p2.items, ...p3.items].map((r) => r.id);
      expect(new Set(ids).size).to.equal(9);
      [...p1.items, ...p2.items].forEach(expectMessage);
    });

    // Message requests have no history upstream (connections/pending holds pending ones only), so the
    // store lists `requested` only; the direction filter works as for sessions: exact pages, exact total.
    it('filters by direction in exact pages, each item once, total = what it delivers', async () => {
      const whole = (await adapter.listMessageRequests({ ...ALL, status: ['requested'] })).items;
      for (const direction of ['received', 'sent', 'all'] as const) {
        for (const status of [['requested'] as RequestStatus[], undefined]) {
          const label = `${direction} ${status ? 'requested' : 'default'}`;
          const expected = whole.filter((r) => direction === 'all' || r.direction === direction);
          const pages: Page<MessageRequest>[] = [];
          for (let page = 1; ; page++) {
            const got = await adapter.listMessageRequests({ page, pageSize: 2, status, direction });
            expect(got.total, `${label} page ${page} total`).to.equal(expected.length);
            if (got.items.length === 0) break;
            pages.push(got);
          }
          pages.forEach((p, i) => {
            if (i < pages.length - 1) expect(p.items.length, `${label} page ${i + 1}`).to.equal(2);
          });
          const items = pages.flatMap((p) => p.items);
          expect(
            items.map((r) => r.id),
            label,
          ).to.deep.equal(expected.map((r) => r.id));
          expect(new Set(items.map((r) => r.id)).size, label).to.equal(items.length);
          expect(
            items.every((r) => r.status === 'requested'),
            label,
          ).to.equal(true);
          items.forEach(expectMessage);
        }
      }
      const sent = whole.filter((r) => r.direction === 'sent');
      expect(sent.length).to.be.greaterThan(0);
      expect(sent.length).to.be.lessThan(whole.length);
      // The received pending list is what the tab counts.
      const received = await adapter.listMessageRequests({
        ...ALL,
        status: ['requested'],
        direction: 'received',
      });
      expect(received.total).to.equal((await adapter.countPending()).message);
    });

    it('reads, accepts (a second accept is a conflict) and rejects', async () => {
      const [a, b] = await pendingReceivedMessages();
      const read = await adapter.getMessageRequest(a!.id);
      expect([read.id, read.status, read.message]).to.deep.equal([a!.id, 'requested', a!.message]);
      const accepted = await adapter.acceptMessageRequest(a!.id);
      expect([accepted.item.id, accepted.item.status]).to.deep.equal([a!.id, 'accepted']);
      expect(accepted.item.person.name).to.equal(a!.person.name);
      if (accepted.item.roomId !== undefined) expect(accepted.item.roomId).to.be.a('string');
      await rejectsWith(adapter.acceptMessageRequest(a!.id), 'conflict');
      const rejected = await adapter.rejectMessageRequest(b!.id);
      expect([rejected.item.id, rejected.item.status]).to.deep.equal([b!.id, 'rejected']);
      await rejectsWith(adapter.rejectMessageRequest(b!.id), 'conflict');
      const left = await adapter.listMessageRequests(ALL);
      expect(left.total).to.equal(7);
      expect(left.items.map((r) => r.id)).to.not.include.members([a!.id, b!.id]);
    });

    it('reports a message request handled elsewhere as a conflict', async () => {
      const [a, b] = await pendingReceivedMessages();
      h.handleElsewhere('message', a!.id, 'accepted');
      h.handleElsewhere('message', b!.id, 'rejected');
      await rejectsWith(adapter.acceptMessageRequest(a!.id), 'conflict');
      await rejectsWith(adapter.rejectMessageRequest(b!.id), 'conflict');
    });
  });

  describe('pending counts', () => {
    it('counts received pending requests only, and follows transitions', async () => {
      const sessions = await pendingReceivedSessions();
      const messages = await pendingReceivedMessages();
      const allSessions = (await adapter.listSessionRequests(ALL)).items;
      expect(allSessions.some((r) => r.direction === 'sent' && r.status === 'requested')).to.equal(true);
      expect(numbers(await adapter.countPending())).to.deep.equal([sessions.length, messages.length]);
      await adapter.acceptSessionRequest(sessions[0]!.id);
      await adapter.rejectMessageRequest(messages[0]!.id);
      expect(numbers(await adapter.countPending())).to.deep.equal([sessions.length - 1, messages.length - 1]);
    });
  });
}

/** The two numbers of a count (its optional ids are checked by live-contract.ts). */
const numbers = (counts: PendingCounts) => [counts.session, counts.message];
