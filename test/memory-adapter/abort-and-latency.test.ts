/** MemoryAdapter: abort signals, timeouts and the simulated latency. */
import { expect } from '@open-wc/testing';
import { ALL, adapter, failsWith, pick } from './support.js';

describe('MemoryAdapter', () => {
  describe('abort and latency', () => {
    it('an already aborted signal rejects at once with aborted, and changes nothing', async () => {
      const a = adapter({ latencyMs: 5000 });
      const id = pick(a, 'session', 'received');
      const controller = new AbortController();
      controller.abort();
      const started = performance.now();
      await failsWith(a.acceptSessionRequest(id, { signal: controller.signal }), 'aborted');
      await failsWith(a.listMessageRequests(ALL, { signal: controller.signal }), 'aborted');
      await failsWith(a.rejectSessionRequest(id, 'x', { signal: controller.signal }), 'aborted');
      await failsWith(a.countPending({ signal: controller.signal }), 'aborted');
      expect(performance.now() - started).to.be.below(1000);
      expect(a.snapshot().sessionRequests.find((r) => r.id === id)!.status).to.equal('requested');
    });

    it('aborting during the latency rejects with aborted and changes nothing', async () => {
      const a = adapter({ latencyMs: 200 });
      const id = pick(a, 'session', 'received');
      const controller = new AbortController();
      const pending = a.acceptSessionRequest(id, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const started = performance.now();
      await failsWith(pending, 'aborted');
      expect(performance.now() - started).to.be.below(150);
      expect(a.snapshot().sessionRequests.find((r) => r.id === id)!.status).to.equal('requested');
    });

    it('a timeout signal reads as timeout', async () => {
      const a = adapter({ latencyMs: 200 });
      await failsWith(a.countPending({ signal: AbortSignal.timeout(10) }), 'timeout');
    });

    it('waits latencyMs, a number or a function asked per call', async () => {
      const started = performance.now();
      await adapter({ latencyMs: 60 }).countPending();
      expect(performance.now() - started).to.be.at.least(55);
      let asked = 0;
      const a = adapter({ latencyMs: () => (asked++, 1) });
      await a.countPending();
      await a.getMessageRequest(pick(a, 'message', 'received'));
      expect(asked).to.equal(2);
    });
  });
});
