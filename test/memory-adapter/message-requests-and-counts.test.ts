/** MemoryAdapter: message requests, and the pending counts. */
import { expect } from '@open-wc/testing';
import { ALL, adapter, failsWith, pick } from './support.js';

describe('MemoryAdapter', () => {
  describe('message requests', () => {
    it('lists pending ones by default, newest first, and pages', async () => {
      const a = adapter();
      const all = await a.listMessageRequests(ALL);
      expect(all.total).to.equal(6);
      expect(all.items.every((r) => r.status === 'requested')).to.equal(true);
      const times = all.items.map((r) => r.createdAt.getTime());
      expect(times).to.deep.equal([...times].sort((x, y) => y - x));
      const p2 = await a.listMessageRequests({ page: 2, pageSize: 4 });
      expect(p2.items.map((r) => r.id)).to.deep.equal(all.items.slice(4).map((r) => r.id));
      // The direction filter comes before the page, and the total counts what it leaves (4 of 6).
      const received = await a.listMessageRequests({ ...ALL, direction: 'received' });
      expect(received.items.every((r) => r.direction === 'received')).to.equal(true);
      expect(received.total).to.equal(4);
      expect(received.items).to.have.length(4);
      const sent = await a.listMessageRequests({ page: 1, pageSize: 1, direction: 'sent' });
      expect([sent.items.length, sent.total]).to.deep.equal([1, 2]);
    });

    it('get returns the request, or not-found', async () => {
      const a = adapter();
      const id = pick(a, 'message', 'received');
      expect((await a.getMessageRequest(id)).id).to.equal(id);
      await failsWith(a.getMessageRequest('nope'), 'not-found');
    });

    it('accept opens a room and says so; a second accept is a conflict', async () => {
      const a = adapter();
      const id = pick(a, 'message', 'received');
      const result = await a.acceptMessageRequest(id);
      expect(result.item.status).to.equal('accepted');
      expect(result.item.roomId).to.equal(`room-${id}`);
      expect(result.message).to.equal(
        `You have accepted this message request, and ${result.item.person.name} is added to your connections.`,
      );
      await failsWith(a.acceptMessageRequest(id), 'conflict');
      await failsWith(a.rejectMessageRequest(id), 'conflict');
      expect((await a.listMessageRequests(ALL)).total).to.equal(5);
      expect(
        (await a.listMessageRequests({ ...ALL, status: ['accepted'] })).items.map((r) => r.id),
      ).to.deep.equal([id]);
    });

    it('reject moves it to rejected', async () => {
      const a = adapter();
      const id = pick(a, 'message', 'received');
      const result = await a.rejectMessageRequest(id);
      expect(result.item.status).to.equal('rejected');
      expect(result.message).to.be.a('string').and.not.equal('');
      await failsWith(a.acceptMessageRequest(id), 'conflict');
    });

    it('only the receiver may accept or reject; unknown ids are not-found', async () => {
      const a = adapter();
      const sent = pick(a, 'message', 'sent');
      await failsWith(a.acceptMessageRequest(sent), 'forbidden');
      await failsWith(a.rejectMessageRequest(sent), 'forbidden');
      await failsWith(a.acceptMessageRequest('nope'), 'not-found');
      await failsWith(a.rejectMessageRequest('nope'), 'not-found');
    });
  });

  describe('countPending', () => {
    it('counts received, requested, not ended requests only', async () => {
      const a = adapter();
      const { sessionRequests, messageRequests } = a.snapshot();
      const pending = (r: { direction: string; status: string }) =>
        r.direction === 'received' && r.status === 'requested';
      // Newest first, as the lists (the generated data is stored newest first).
      const ids = {
        session: sessionRequests.filter(pending).map((r) => r.id),
        message: messageRequests.filter(pending).map((r) => r.id),
      };
      expect([ids.session.length, ids.message.length]).to.deep.equal([8, 4]);
      expect(await a.countPending()).to.deep.equal({ session: 8, message: 4, ids });
      const [s, m] = [pick(a, 'session', 'received'), pick(a, 'message', 'received')];
      await a.acceptSessionRequest(s);
      await a.rejectMessageRequest(m);
      expect(await a.countPending()).to.deep.equal({
        session: 7,
        message: 3,
        ids: { session: ids.session.filter((id) => id !== s), message: ids.message.filter((id) => id !== m) },
      });
    });
  });
});
