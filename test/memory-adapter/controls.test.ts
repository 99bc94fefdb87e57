/** MemoryAdapter: the test controls (call log, injected failures, offline, server-side changes). */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { RequestsError } from '../../src/model/errors.js';
import { ALL, GMEET, HOUR, NOW, adapter, clock, failsWith, message, pick, session } from './support.js';

describe('MemoryAdapter', () => {
  describe('controls', () => {
    it('logs every call with its arguments, failed ones included', async () => {
      const a = adapter({ sessionRequests: [session('1')], messageRequests: [message('m1')] });
      await a.listSessionRequests({ page: 1, pageSize: 5 });
      await a.getSessionRequest('1');
      await a.rejectSessionRequest('1', 'busy', {});
      await failsWith(a.acceptSessionRequest('1'), 'conflict');
      await failsWith(a.setMeetingLink('1', GMEET), 'conflict');
      await a.listMessageRequests({ page: 1, pageSize: 5 });
      await a.getMessageRequest('m1');
      await a.acceptMessageRequest('m1');
      await failsWith(a.rejectMessageRequest('m1'), 'conflict');
      await a.countPending();
      expect(a.calls).to.deep.equal([
        { method: 'listSessionRequests', args: [{ page: 1, pageSize: 5 }] },
        { method: 'getSessionRequest', args: ['1'] },
        { method: 'rejectSessionRequest', args: ['1', 'busy'] },
        { method: 'acceptSessionRequest', args: ['1'] },
        { method: 'setMeetingLink', args: ['1', GMEET] },
        { method: 'listMessageRequests', args: [{ page: 1, pageSize: 5 }] },
        { method: 'getMessageRequest', args: ['m1'] },
        { method: 'acceptMessageRequest', args: ['m1'] },
        { method: 'rejectMessageRequest', args: ['m1'] },
        { method: 'countPending', args: [] },
      ]);
    });

    it('failNext fails the next call(s) of a method, then works again, without touching the store', async () => {
      const a = adapter();
      const id = pick(a, 'session', 'received');
      a.failNext('acceptSessionRequest', 'server', 2);
      await a.countPending();
      const e = await failsWith(a.acceptSessionRequest(id), 'server');
      expect(e.message).to.be.a('string').and.not.equal('');
      await failsWith(a.acceptSessionRequest(id), 'server');
      expect((await a.getSessionRequest(id)).status).to.equal('requested');
      expect((await a.acceptSessionRequest(id)).item.status).to.equal('accepted');
    });

    it("failNext('any') takes the next call of any method; a given error is thrown as is", async () => {
      const a = adapter();
      const custom = new RequestsError('unauthorized', 'Token expired');
      a.failNext('any', custom);
      expect(await failsWith(a.countPending(), 'unauthorized')).to.equal(custom);
      await a.countPending();
    });

    it('an aborted call does not use up an injected failure', async () => {
      const a = adapter();
      a.failNext('countPending', 'timeout');
      await failsWith(a.countPending({ signal: AbortSignal.abort() }), 'aborted');
      await failsWith(a.countPending(), 'timeout');
    });

    it('offline makes every call a network error until it is cleared', async () => {
      const a = adapter();
      a.offline = true;
      await failsWith(a.listSessionRequests(ALL), 'network');
      await failsWith(a.acceptMessageRequest(pick(a, 'message', 'received')), 'network');
      await failsWith(a.countPending(), 'network');
      a.offline = false;
      // The default view: 12 generated requests and the 2 expired ones of the generated history.
      expect((await a.listSessionRequests(ALL)).total).to.equal(14);
    });

    it('handleElsewhere changes a request on the "server": the next action is a conflict', async () => {
      const a = adapter();
      const s = pick(a, 'session', 'received');
      const m = pick(a, 'message', 'received');
      a.handleElsewhere('session', s, 'accepted');
      a.handleElsewhere('message', m, 'rejected');
      await failsWith(a.acceptSessionRequest(s), 'conflict');
      await failsWith(a.acceptMessageRequest(m), 'conflict');
      const got = await a.getSessionRequest(s);
      expect([got.status, got.sessionId]).to.deep.equal(['accepted', `session-${s}`]);
      expect((await a.getMessageRequest(m)).status).to.equal('rejected');
      const other = pick(a, 'message', 'received');
      a.handleElsewhere('message', other, 'accepted');
      expect((await a.getMessageRequest(other)).roomId).to.equal(`room-${other}`);
      expect(() => a.handleElsewhere('session', 'nope', 'accepted')).to.throw(RequestsError);
      expect(a.calls).to.have.length(5);
    });

    it('expire marks a session request expired', async () => {
      const a = adapter();
      const id = pick(a, 'session', 'received');
      a.expire(id);
      expect((await a.getSessionRequest(id)).status).to.equal('expired');
      await failsWith(a.acceptSessionRequest(id), 'conflict');
    });

    it('add stores a new request or replaces one of the same kind and id', async () => {
      const a = adapter({ sessionRequests: [], messageRequests: [] });
      a.add(session('1'));
      a.add(message('m1'));
      a.add(session('1', { title: 'Replaced' }));
      expect((await a.listSessionRequests(ALL)).items.map((r) => r.title)).to.deep.equal(['Replaced']);
      expect((await a.countPending()).message).to.equal(1);
    });

    it('snapshot returns every stored request with its stored status', async () => {
      const c = clock();
      const a = new MemoryAdapter({
        now: c.now,
        sessionRequests: [session('1')],
        messageRequests: [message('m1')],
      });
      c.t = NOW + 48 * HOUR;
      const snap = a.snapshot();
      expect(snap.sessionRequests.map((r) => [r.id, r.status])).to.deep.equal([['1', 'requested']]);
      expect(snap.messageRequests.map((r) => r.id)).to.deep.equal(['m1']);
      expect(snap.sessionRequests[0]!.start).to.be.instanceOf(Date);
    });
  });
});
