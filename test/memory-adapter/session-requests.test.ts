/** MemoryAdapter: listing session requests, their expiry, accept and reject, and meeting links. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { ListQuery } from '../../src/model/request.js';
import { ALL, GMEET, HOUR, NOW, adapter, clock, failsWith, pick, session, words } from './support.js';

describe('MemoryAdapter', () => {
  describe('listSessionRequests', () => {
    it('lists requested and expired by default, newest first, with the total', async () => {
      const a = adapter();
      const page = await a.listSessionRequests(ALL);
      // 12 generated requests and the 2 expired ones of the generated history (8 handled requests).
      expect(page.total).to.equal(14);
      expect(page.items).to.have.length(14);
      expect(page.items.every((r) => r.status === 'requested' || r.status === 'expired')).to.equal(true);
      const times = page.items.map((r) => r.createdAt.getTime());
      expect(times).to.deep.equal([...times].sort((x, y) => y - x));
      expect(page.items.some((r) => r.status === 'expired')).to.equal(true);
    });

    it('pages 1-based: page 2 really is page 2', async () => {
      const a = adapter();
      const all = (await a.listSessionRequests(ALL)).items.map((r) => r.id);
      const p1 = await a.listSessionRequests({ page: 1, pageSize: 5 });
      const p2 = await a.listSessionRequests({ page: 2, pageSize: 5 });
      const p3 = await a.listSessionRequests({ page: 3, pageSize: 5 });
      const p4 = await a.listSessionRequests({ page: 4, pageSize: 5 });
      expect(p1.items.map((r) => r.id)).to.deep.equal(all.slice(0, 5));
      expect(p2.items.map((r) => r.id)).to.deep.equal(all.slice(5, 10));
      expect(p3.items.map((r) => r.id)).to.deep.equal(all.slice(10));
      expect(p4.items).to.deep.equal([]);
      expect([p2.total, p2.page, p2.pageSize]).to.deep.equal([14, 2, 5]);
    });

    it('filters by status', async () => {
      const a = adapter({ history: 0 });
      const id = pick(a, 'session', 'received');
      await a.acceptSessionRequest(id);
      const accepted = await a.listSessionRequests({ ...ALL, status: ['accepted'] });
      expect(accepted.items.map((r) => r.id)).to.deep.equal([id]);
      expect(accepted.total).to.equal(1);
      const expired = await a.listSessionRequests({ ...ALL, status: ['expired'] });
      expect(expired.items.every((r) => r.status === 'expired')).to.equal(true);
      expect((await a.listSessionRequests(ALL)).total).to.equal(11);
    });

    it('filters by direction before paging: exact pages, and the total of what is left', async () => {
      const a = adapter();
      const q = { status: ['requested', 'accepted', 'rejected', 'expired'] } as ListQuery;
      const all = (await a.listSessionRequests({ ...ALL, ...q })).items;
      for (const direction of ['sent', 'received'] as const) {
        const expected = all.filter((r) => r.direction === direction).map((r) => r.id);
        const got: string[] = [];
        for (let page = 1; page <= Math.ceil(expected.length / 4); page++) {
          const p = await a.listSessionRequests({ ...q, page, pageSize: 4, direction });
          expect(p.total, direction).to.equal(expected.length);
          expect(p.items.length).to.equal(Math.min(4, expected.length - (page - 1) * 4));
          got.push(...p.items.map((r) => r.id));
        }
        expect(got, direction).to.deep.equal(expected);
      }
    });

    it('follows the reported status: a requested request whose slot ended is expired, not requested', async () => {
      const c = clock();
      const a = new MemoryAdapter({
        now: c.now,
        sessionRequests: [session('1'), session('2', { direction: 'sent' })],
        messageRequests: [],
      });
      c.t = NOW + 26 * HOUR;
      for (const direction of ['received', 'sent', 'all'] as const) {
        const requested = await a.listSessionRequests({ ...ALL, status: ['requested'], direction });
        const expired = await a.listSessionRequests({ ...ALL, status: ['expired'], direction });
        expect([requested.total, requested.items.length], direction).to.deep.equal([0, 0]);
        expect(expired.total, direction).to.equal(direction === 'all' ? 2 : 1);
        expect(expired.items.every((r) => r.status === 'expired')).to.equal(true);
      }
    });

    it('rejects a page or page size below 1 as validation', async () => {
      const a = adapter();
      const e = await failsWith(a.listSessionRequests({ page: 0, pageSize: 5 }), 'validation');
      expect(e.fieldErrors).to.have.property('page');
      await failsWith(a.listMessageRequests({ page: 1, pageSize: 0 }), 'validation');
    });
  });

  describe('expiry at read time', () => {
    it('reads a requested session whose end has passed as expired, and it cannot be accepted', async () => {
      const c = clock();
      const a = new MemoryAdapter({ now: c.now, sessionRequests: [session('1')], messageRequests: [] });
      expect((await a.getSessionRequest('1')).status).to.equal('requested');
      expect(await a.countPending()).to.deep.equal({
        session: 1,
        message: 0,
        ids: { session: ['1'], message: [] },
      });
      c.t = NOW + 26 * HOUR;
      expect((await a.getSessionRequest('1')).status).to.equal('expired');
      expect((await a.listSessionRequests({ ...ALL, status: ['expired'] })).total).to.equal(1);
      expect((await a.listSessionRequests({ ...ALL, status: ['requested'] })).total).to.equal(0);
      expect(await a.countPending()).to.deep.equal({
        session: 0,
        message: 0,
        ids: { session: [], message: [] },
      });
      await failsWith(a.acceptSessionRequest('1'), 'conflict');
      await failsWith(a.rejectSessionRequest('1'), 'conflict');
      expect(a.snapshot().sessionRequests[0]!.status).to.equal('requested');
    });
  });

  describe('lists stay current between calls (the adapter keeps the matches of a filter)', () => {
    const requested = { ...ALL, status: ['requested' as const] };
    const ids = async (a: MemoryAdapter, q: ListQuery = requested) =>
      (await a.listSessionRequests(q)).items.map((r) => r.id);

    it('a session that ends between two reads leaves the requested list, also when the clock goes back', async () => {
      const c = clock();
      const late = session('2', { end: new Date(NOW + 48 * HOUR), start: new Date(NOW + 47 * HOUR) });
      const a = new MemoryAdapter({ now: c.now, sessionRequests: [session('1'), late], messageRequests: [] });
      expect(await ids(a)).to.deep.equal(['1', '2']);
      c.t = NOW + 26 * HOUR; // '1' has ended
      expect(await ids(a)).to.deep.equal(['2']);
      expect(await ids(a, { ...ALL, status: ['expired'] })).to.deep.equal(['1']);
      c.t = NOW + 49 * HOUR; // both have
      expect(await ids(a)).to.deep.equal([]);
      c.t = NOW; // a test clock may go back
      expect(await ids(a)).to.deep.equal(['1', '2']);
    });

    it('every change is seen by the next list: accept, reject, handled elsewhere, expire, add', async () => {
      const a = new MemoryAdapter({
        now: () => NOW,
        sessionRequests: ['1', '2', '3', '4', '5'].map((id) => session(id)),
        messageRequests: [],
      });
      expect(await ids(a)).to.deep.equal(['1', '2', '3', '4', '5']);
      await a.acceptSessionRequest('1');
      expect(await ids(a)).to.deep.equal(['2', '3', '4', '5']);
      await a.rejectSessionRequest('2');
      expect(await ids(a)).to.deep.equal(['3', '4', '5']);
      a.handleElsewhere('session', '3', 'accepted');
      expect(await ids(a)).to.deep.equal(['4', '5']);
      a.expire('4');
      expect(await ids(a)).to.deep.equal(['5']);
      a.add(session('0'));
      expect(await ids(a)).to.deep.equal(['0', '5']);
      expect(
        (await a.listSessionRequests({ ...ALL, status: ['accepted'] })).items.map((r) => r.id),
      ).to.deep.equal(['1', '3']);
    });
  });

  describe('session actions', () => {
    it('getSessionRequest returns the request, or not-found', async () => {
      const a = adapter();
      expect((await a.getSessionRequest('1003')).id).to.equal('1003');
      await failsWith(a.getSessionRequest('nope'), 'not-found');
    });

    it('accept creates a session, says so, and a second accept is a conflict', async () => {
      const a = adapter();
      const id = pick(a, 'session', 'received');
      const result = await a.acceptSessionRequest(id);
      expect(result.item.status).to.equal('accepted');
      expect(result.item.sessionId).to.equal(`session-${id}`);
      expect(result.message).to.equal(
        `You have accepted this session. ${result.item.person.name} has been added to your connections.`,
      );
      expect((await a.getSessionRequest(id)).sessionId).to.equal(`session-${id}`);
      await failsWith(a.acceptSessionRequest(id), 'conflict');
      await failsWith(a.rejectSessionRequest(id), 'conflict');
    });

    it('only the receiver may accept or reject; unknown ids are not-found', async () => {
      const a = adapter();
      const sent = pick(a, 'session', 'sent');
      await failsWith(a.acceptSessionRequest(sent), 'forbidden');
      await failsWith(a.rejectSessionRequest(sent), 'forbidden');
      await failsWith(a.acceptSessionRequest('nope'), 'not-found');
      await failsWith(a.rejectSessionRequest('nope'), 'not-found');
      expect((await a.getSessionRequest(sent)).status).to.equal('requested');
    });

    it('a request stored as expired cannot be accepted', async () => {
      const a = adapter();
      await failsWith(a.acceptSessionRequest(pick(a, 'session', 'received', 'expired')), 'conflict');
    });

    it('reject keeps the reason and says so', async () => {
      const a = adapter();
      const id = pick(a, 'session', 'received');
      const result = await a.rejectSessionRequest(id, '  Not available that day.  ');
      expect(result.item.status).to.equal('rejected');
      expect(result.item.rejectReason).to.equal('Not available that day.');
      expect(result.message).to.equal('You have rejected the session request.');
      await failsWith(a.acceptSessionRequest(id), 'conflict');
    });

    it('reject without a reason, and with exactly 50 words, is fine', async () => {
      const a = adapter({ sessionRequests: [session('1'), session('2')] });
      expect((await a.rejectSessionRequest('1')).item.rejectReason).to.equal(undefined);
      expect((await a.rejectSessionRequest('2', words(50))).item.rejectReason).to.equal(words(50));
    });

    it('a reason over 50 words is a validation error on `reason`, and nothing changes', async () => {
      const a = adapter({ sessionRequests: [session('1')] });
      const e = await failsWith(a.rejectSessionRequest('1', words(51)), 'validation');
      expect(e.fieldErrors?.reason).to.equal('reasonTooManyWords');
      expect((await a.getSessionRequest('1')).status).to.equal('requested');
    });

    // MentorEd's column holds 255 characters (database/models/requestSessions.js, VARCHAR(255)): the
    // MemoryAdapter mirrors it, counts code points, and tells the elements both limits.
    it('a reason over 255 characters is a validation error too; 255 emoji fit', async () => {
      const a = adapter({ sessionRequests: [session('1'), session('2')] });
      expect(a.capabilities).to.deep.include({ reasonMaxWords: 50, reasonMaxChars: 255 });
      const e = await failsWith(a.rejectSessionRequest('1', 'x'.repeat(256)), 'validation');
      expect(e.fieldErrors?.reason).to.equal('reasonTooLong');
      expect((await a.rejectSessionRequest('2', '🙂'.repeat(255))).item.rejectReason).to.equal(
        '🙂'.repeat(255),
      );
    });
  });

  describe('setMeetingLink', () => {
    it('needs an accepted request (else conflict)', async () => {
      const a = adapter({ sessionRequests: [session('1')] });
      await failsWith(a.setMeetingLink('1', GMEET), 'conflict');
      await a.rejectSessionRequest('1');
      await failsWith(a.setMeetingLink('1', GMEET), 'conflict');
      await failsWith(a.setMeetingLink('nope', GMEET), 'not-found');
    });

    it('saves a valid link, normalized, and reads it back', async () => {
      const a = adapter({ sessionRequests: [session('1')] });
      await a.acceptSessionRequest('1');
      const zoom = {
        platform: 'zoom',
        url: ' https://us02web.zoom.us/j/12345678901 ',
        meetingId: '123 4567 8901',
        passcode: 'abc',
      };
      const result = await a.setMeetingLink('1', zoom as never);
      expect(result.message).to.equal('Your session details have been updated.');
      const expected = {
        platform: 'zoom',
        url: 'https://us02web.zoom.us/j/12345678901',
        meetingId: '12345678901',
        passcode: 'abc',
      };
      expect(result.item.meetingLink).to.deep.equal(expected);
      expect((await a.getSessionRequest('1')).meetingLink).to.deep.equal(expected);
      await a.setMeetingLink('1', GMEET);
      expect((await a.getSessionRequest('1')).meetingLink).to.deep.equal(GMEET);
    });

    it('rejects an invalid link as validation, with field -> message key, before any lookup', async () => {
      const a = adapter({ sessionRequests: [session('1')] });
      await a.acceptSessionRequest('1');
      const e = await failsWith(
        a.setMeetingLink('1', { platform: 'google-meet', url: 'https://meet.google.com.evil.example/abc' }),
        'validation',
      );
      expect(e.fieldErrors).to.deep.equal({ url: 'wrongHost' });
      const z = await failsWith(
        a.setMeetingLink('1', { platform: 'zoom', url: 'https://zoom.us/j/123456789' }),
        'validation',
      );
      expect(z.fieldErrors).to.deep.equal({ meetingId: 'required', passcode: 'required' });
      await failsWith(
        a.setMeetingLink('nope', { platform: 'zoom', url: 'javascript:alert(1)' }),
        'validation',
      );
      expect((await a.getSessionRequest('1')).meetingLink).to.equal(undefined);
    });

    it('is forbidden on a request the viewer sent', async () => {
      const a = adapter({
        sessionRequests: [session('1', { direction: 'sent', status: 'accepted', sessionId: 's1' })],
      });
      await failsWith(a.setMeetingLink('1', GMEET), 'forbidden');
    });
  });
});
