/** MemoryAdapter: the data it starts from, and the copies it hands out and takes in. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { ListQuery } from '../../src/model/request.js';
import { ALL, GMEET, HOUR, NOW, adapter, message, pick, session } from './support.js';

describe('MemoryAdapter', () => {
  describe('data', () => {
    it('is deterministic from the seed and the clock', () => {
      expect(adapter({ seed: 7 }).snapshot()).to.deep.equal(adapter({ seed: 7 }).snapshot());
      expect(adapter({ seed: 7 }).snapshot()).not.to.deep.equal(adapter({ seed: 8 }).snapshot());
    });

    it('generates the default counts, or the counts asked for', () => {
      // 12 pending session requests (some ended) and a history of 8 handled ones, 6 message requests.
      const d = adapter().snapshot();
      expect([d.sessionRequests.length, d.messageRequests.length]).to.deep.equal([20, 6]);
      const c = adapter({ sessionRequests: 3, messageRequests: 0, history: 0 }).snapshot();
      expect([c.sessionRequests.length, c.messageRequests.length]).to.deep.equal([3, 0]);
      expect(adapter({ sessionRequests: 3, history: 5 }).snapshot().sessionRequests).to.have.length(8);
      // Given requests are taken as they are: no history is added to them.
      expect(adapter({ sessionRequests: [session('1')] }).snapshot().sessionRequests).to.have.length(1);
    });

    it('generates a history: accepted (with and without a link), rejected (with reasons), expired, both ways', async () => {
      const a = adapter();
      const all: ListQuery = { ...ALL, status: ['requested', 'accepted', 'rejected', 'expired'] };
      const history = (await a.listSessionRequests({ ...all, status: ['accepted', 'rejected'] })).items;
      const of = (status: string, direction: string) =>
        history.filter((r) => r.status === status && r.direction === direction);
      expect(of('accepted', 'received').map((r) => Boolean(r.meetingLink))).to.have.members([true, false]);
      expect(of('accepted', 'sent')).to.have.length(1);
      for (const r of history.filter((i) => i.status === 'accepted')) {
        expect(r.sessionId).to.be.a('string');
        expect(r.start.getTime()).to.be.greaterThan(NOW);
      }
      expect(of('rejected', 'received').map((r) => typeof r.rejectReason)).to.have.members([
        'string',
        'undefined',
      ]);
      expect(of('rejected', 'sent')[0]!.rejectReason).to.be.a('string');
      const expired = (await a.listSessionRequests({ ...all, status: ['expired'] })).items;
      expect(new Set(expired.map((r) => r.direction))).to.deep.equal(new Set(['received', 'sent']));
      // Older than every pending request: the first pages of the queue are the same with or without it.
      const pending = (await a.listSessionRequests({ ...ALL, status: ['requested'] })).items;
      const oldestPending = Math.min(...pending.map((r) => r.createdAt.getTime()));
      for (const r of history) expect(r.createdAt.getTime()).to.be.lessThan(oldestPending);
      expect((await a.listSessionRequests(all)).total).to.equal(20);
    });

    it('starts from given requests, copied', async () => {
      const given = [session('1'), session('2')];
      const a = adapter({ sessionRequests: given, messageRequests: [message('m1')] });
      given[0]!.title = 'changed';
      given[0]!.start.setTime(0);
      const got = await a.getSessionRequest('1');
      expect(got.title).to.equal('Title 1');
      expect(got.start.getTime()).to.equal(NOW + 24 * HOUR);
      expect(a.snapshot().messageRequests.map((r) => r.id)).to.deep.equal(['m1']);
    });

    it('uses the real clock by default', async () => {
      const page = await new MemoryAdapter().listSessionRequests(ALL);
      // The default view: 12 generated requests and the 2 expired ones of the generated history.
      expect(page.total).to.equal(14);
      for (const r of page.items) expect(r.status === 'expired').to.equal(r.end.getTime() <= Date.now());
    });

    it('exposes the viewer as `me`', () => {
      const me = { id: 'u0', name: 'Asha Rao', designations: ['Mentor'] };
      expect(adapter({ me }).me).to.deep.equal(me);
      expect(adapter().me.id).to.be.a('string');
    });
  });

  describe('copies', () => {
    it('callers cannot change the store through returned objects', async () => {
      const a = adapter();
      const first = (await a.listSessionRequests(ALL)).items[0]!;
      first.title = 'changed';
      first.person.name = 'changed';
      first.person.designations.push('changed');
      first.start.setTime(0);
      const again = await a.getSessionRequest(first.id);
      expect(again.title).not.to.equal('changed');
      expect(again.person.name).not.to.equal('changed');
      expect(again.person.designations).not.to.include('changed');
      expect(again.start.getTime()).not.to.equal(0);
      expect(again).not.to.equal(await a.getSessionRequest(first.id));

      const msg = await a.getMessageRequest(pick(a, 'message', 'received'));
      msg.createdAt.setTime(0);
      expect((await a.getMessageRequest(msg.id)).createdAt.getTime()).not.to.equal(0);
    });

    it('action results, links, snapshots and added requests are copies too', async () => {
      const a = adapter({ sessionRequests: [session('1')], messageRequests: [] });
      const accepted = await a.acceptSessionRequest('1');
      accepted.item.status = 'rejected';
      const link = { ...GMEET };
      const linked = await a.setMeetingLink('1', link);
      linked.item.meetingLink!.url = 'javascript:alert(1)';
      link.url = 'https://evil.example/';
      const snap = a.snapshot();
      snap.sessionRequests[0]!.status = 'expired';
      const stored = await a.getSessionRequest('1');
      expect(stored.status).to.equal('accepted');
      expect(stored.meetingLink?.url).to.equal(GMEET.url);

      const added = session('2');
      a.add(added);
      added.title = 'changed';
      expect((await a.getSessionRequest('2')).title).to.equal('Title 2');
    });
  });
});
