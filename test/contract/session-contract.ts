/** The contract, session requests: lists, transitions, meeting links. */
import { expect } from '@open-wc/testing';
import type { RequestsErrorKind } from '../../src/model/errors.js';
import { adapter, h, pendingReceivedSessions, unknownId } from './harness.js';
import { ALL, GMEET, ZOOM, expectSession, rejectsWith } from './support.js';

export function sessionContract(): void {
  describe('session request lists', () => {
    it('pages with totals: page 2 really is page 2', async () => {
      const p1 = await adapter.listSessionRequests({ page: 1, pageSize: 10 });
      const p2 = await adapter.listSessionRequests({ page: 2, pageSize: 10 });
      const p3 = await adapter.listSessionRequests({ page: 3, pageSize: 10 });
      expect([p1.total, p2.total, p3.total]).to.deep.equal([23, 23, 23]);
      expect([p1.items.length, p2.items.length, p3.items.length]).to.deep.equal([10, 10, 3]);
      expect([p2.page, p2.pageSize]).to.deep.equal([2, 10]);
      const ids = [...p1.items, ...p2.items, ...p3.items].map((r) => r.id);
      expect(new Set(ids).size).to.equal(23);
      const all = await adapter.listSessionRequests(ALL);
      expect(all.items.map((r) => r.id)).to.deep.equal(ids);
      all.items.forEach(expectSession);
      const created = all.items.map((r) => r.createdAt.getTime());
      expect(created).to.deep.equal([...created].sort((a, b) => b - a));
    });

    it('filters by direction after paging, keeping the status total', async () => {
      const all = await adapter.listSessionRequests({ page: 1, pageSize: 10 });
      const received = await adapter.listSessionRequests({ page: 1, pageSize: 10, direction: 'received' });
      const sent = await adapter.listSessionRequests({ page: 1, pageSize: 10, direction: 'sent' });
      expect(received.total).to.equal(23);
      expect(received.items.every((r) => r.direction === 'received')).to.equal(true);
      expect(sent.items.every((r) => r.direction === 'sent')).to.equal(true);
      expect(received.items.length + sent.items.length).to.equal(all.items.length);
      expect(sent.items.length).to.be.greaterThan(0);
    });

    it('shows pending and expired by default, expired ones being those whose slot ended', async () => {
      const { items } = await adapter.listSessionRequests(ALL);
      const statuses = new Set(items.map((r) => r.status));
      expect([...statuses].sort()).to.deep.equal(['expired', 'requested']);
      for (const r of items.filter((i) => i.status === 'requested'))
        expect(r.end.getTime()).to.be.greaterThan(Date.now());
    });

    it('filters by status: accepted and rejected requests leave the default list', async () => {
      const [a, b] = await pendingReceivedSessions();
      await adapter.acceptSessionRequest(a!.id);
      await adapter.rejectSessionRequest(b!.id);
      const byDefault = await adapter.listSessionRequests(ALL);
      expect(byDefault.total).to.equal(21);
      expect(byDefault.items.map((r) => r.id)).to.not.include.members([a!.id, b!.id]);
      const accepted = await adapter.listSessionRequests({ ...ALL, status: ['accepted'] });
      expect(accepted.items.map((r) => [r.id, r.status])).to.deep.equal([[a!.id, 'accepted']]);
      expect(accepted.total).to.equal(1);
      const rejected = await adapter.listSessionRequests({ ...ALL, status: ['rejected'] });
      expect(rejected.items.map((r) => r.id)).to.deep.equal([b!.id]);
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
