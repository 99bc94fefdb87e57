/** The contract, failures: injected errors, aborts, and bad data from a wire. */
import { expect } from '@open-wc/testing';
import type { SessionRequest } from '../../src/model/request.js';
import {
  adapter,
  h,
  pendingReceivedMessages,
  pendingReceivedSessions,
  type InjectableKind,
} from './harness.js';
import { ALL, GMEET, captureWarnings, rejectsWith } from './support.js';

export function failureContract(): void {
  describe('errors', () => {
    const kinds: InjectableKind[] = [
      'network',
      'timeout',
      'unauthorized',
      'forbidden',
      'not-found',
      'conflict',
      'validation',
      'server',
    ];
    for (const kind of kinds) {
      it(`reports ${kind} on a list, once`, async () => {
        h.fail('listSessionRequests', kind);
        await rejectsWith(adapter.listSessionRequests(ALL), kind);
        // The default view (requested + expired, both directions): the 23 generated requests and the 2
        // EXPIRED ones of the seeded history (generateRequests `history`, 8 handled requests by default).
        expect((await adapter.listSessionRequests(ALL)).total).to.equal(25);
      });
    }

    it('reports failures of every method', async () => {
      const [session] = await pendingReceivedSessions();
      const [message] = await pendingReceivedMessages();
      h.fail('getSessionRequest', 'not-found');
      await rejectsWith(adapter.getSessionRequest(session!.id), 'not-found');
      h.fail('acceptSessionRequest', 'server');
      await rejectsWith(adapter.acceptSessionRequest(session!.id), 'server');
      h.fail('rejectSessionRequest', 'forbidden');
      await rejectsWith(adapter.rejectSessionRequest(session!.id), 'forbidden');
      h.fail('listMessageRequests', 'unauthorized');
      await rejectsWith(adapter.listMessageRequests(ALL), 'unauthorized');
      h.fail('getMessageRequest', 'network');
      await rejectsWith(adapter.getMessageRequest(message!.id), 'network');
      h.fail('acceptMessageRequest', 'conflict');
      await rejectsWith(adapter.acceptMessageRequest(message!.id), 'conflict');
      h.fail('rejectMessageRequest', 'validation');
      await rejectsWith(adapter.rejectMessageRequest(message!.id), 'validation');
      h.fail('countPending', 'timeout');
      await rejectsWith(adapter.countPending(), 'timeout');
      // A failed action changed nothing.
      expect((await adapter.getSessionRequest(session!.id)).status).to.equal('requested');
      expect((await adapter.getMessageRequest(message!.id)).status).to.equal('requested');
      await adapter.acceptSessionRequest(session!.id);
      h.fail('setMeetingLink', 'server');
      await rejectsWith(adapter.setMeetingLink(session!.id, GMEET), 'server');
      expect((await adapter.getSessionRequest(session!.id)).meetingLink).to.equal(undefined);
    });

    it('is aborted by the caller, before or during a call', async () => {
      const before = new AbortController();
      before.abort();
      await rejectsWith(adapter.listSessionRequests(ALL, { signal: before.signal }), 'aborted');
      h.setLatency(300);
      const during = new AbortController();
      const call = adapter.listMessageRequests(ALL, { signal: during.signal });
      setTimeout(() => during.abort(), 20);
      await rejectsWith(call, 'aborted');
      await rejectsWith(adapter.countPending({ signal: AbortSignal.timeout(20) }), 'timeout');
      h.setLatency(0);
      expect((await adapter.listMessageRequests(ALL)).total).to.equal(9);
    });
  });

  // Skipped for MemoryAdapter on purpose: it has no wire format, so there is no row to corrupt.
  describe('malformed rows (adapters with a wire)', () => {
    it('drops a row it cannot show, maps one with defaults, and warns once per row', async function () {
      if (!h.wire) this.skip();
      const { items } = await adapter.listSessionRequests(ALL);
      const [broken, odd] = items;
      h.wire!.corrupt('session', broken!.id, { start_date: 'soon' });
      // No usable request_type: the direction follows from the ids (user_details is the other person).
      h.wire!.corrupt('session', odd!.id, {
        request_type: 7,
        user_details: { user_id: odd!.person.id, name: 'Odd', experience: 'ten', designation: 'x' },
      });
      let listed: SessionRequest[] = [];
      const warned = await captureWarnings(async () => {
        listed = (await adapter.listSessionRequests(ALL)).items;
        await adapter.listSessionRequests(ALL);
      });
      expect(listed.map((r) => r.id)).to.not.include(broken!.id);
      const mapped = listed.find((r) => r.id === odd!.id)!;
      expect(mapped.direction).to.equal(odd!.direction);
      expect(mapped.person).to.deep.equal({ id: odd!.person.id, name: 'Odd', designations: [] });
      expect(warned).to.have.length(2);
      expect(warned.some((w) => w.includes(broken!.id))).to.equal(true);
      expect(warned.some((w) => w.includes(odd!.id))).to.equal(true);
    });

    it('reports a body that is not JSON, or not the promised shape, as server', async function () {
      if (!h.wire) this.skip();
      h.wire!.failBody('listSessionRequests', 'malformed-json');
      await rejectsWith(adapter.listSessionRequests(ALL), 'server');
      h.wire!.failBody('listMessageRequests', 'wrong-shape');
      await rejectsWith(adapter.listMessageRequests(ALL), 'server');
      h.wire!.failBody('getSessionRequest', 'wrong-shape');
      await rejectsWith(adapter.getSessionRequest((await pendingReceivedSessions())[0]!.id), 'server');
    });
  });
}
