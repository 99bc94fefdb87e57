/**
 * The contract, what keeps a store live (issue 14): the pending ids of `countPending` (a poll compares
 * them), a new request arriving on the server, and `subscribe` where an adapter has it (its pushes on
 * the server's changes and on its own actions, and both ways of stopping it).
 */
import { expect } from '@open-wc/testing';
import type { RequestKind, RequestsChange } from '../../src/adapters/types.js';
import { adapter, h, pendingReceivedMessages, pendingReceivedSessions } from './harness.js';
import { GMEET } from './support.js';

const sorted = (ids: readonly string[]) => [...ids].sort();
const QUEUE = { page: 1, pageSize: 1, status: ['requested' as const], direction: 'received' as const };

/** Waits until `done()` holds (pushes may come after the change that caused them), at most 2 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (const start = Date.now(); !done();) {
    if (Date.now() - start > 2000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Long enough for a push that is coming to have come. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * Whether the adapter pushes. Its `capabilities.push` must say so either way: a store polls an adapter
 * without `subscribe` (MentorEd), whose push tests check only that (it has nothing more to check).
 */
function pushes(): boolean {
  const has = typeof adapter.subscribe === 'function';
  expect(adapter.capabilities?.push === true, 'capabilities.push says whether it pushes').to.equal(has);
  return has;
}

/** Subscribes and collects the pushes. */
function collect(signal?: AbortSignal) {
  const seen: RequestsChange[] = [];
  const stop = adapter.subscribe!((change) => void seen.push(change), signal ? { signal } : undefined);
  const has = (kind: RequestKind, id: string) =>
    seen.some((change) => change.kind === kind && change.ids.includes(id));
  return { seen, stop, has };
}

export function liveContract(): void {
  describe('live: pending ids, arrivals, pushes', () => {
    it('countPending gives the pending received ids, one per count', async () => {
      const counts = await adapter.countPending();
      const sessions = (await pendingReceivedSessions()).map((r) => r.id);
      const messages = (await pendingReceivedMessages()).map((r) => r.id);
      expect(sessions.length, 'the fixture has pending sessions').to.be.greaterThan(0);
      expect(sorted(counts.ids!.session)).to.deep.equal(sorted(sessions));
      expect(sorted(counts.ids!.message)).to.deep.equal(sorted(messages));
      expect([counts.session, counts.message]).to.deep.equal([sessions.length, messages.length]);
    });

    it('a new request arrives as the newest pending received request, in the counts and their ids', async () => {
      const before = await adapter.countPending();
      const s = h.receive('session');
      const m = h.receive('message');
      const [queue, inbox] = await Promise.all([
        adapter.listSessionRequests(QUEUE),
        adapter.listMessageRequests(QUEUE),
      ]);
      expect(queue.items.map((r) => [r.id, r.direction, r.status])).to.deep.equal([
        [s, 'received', 'requested'],
      ]);
      expect(inbox.items.map((r) => [r.id, r.direction, r.status])).to.deep.equal([
        [m, 'received', 'requested'],
      ]);
      const after = await adapter.countPending();
      expect([after.session, after.message]).to.deep.equal([before.session + 1, before.message + 1]);
      expect(sorted(after.ids!.session)).to.deep.equal(sorted([...before.ids!.session, s]));
      expect(sorted(after.ids!.message)).to.deep.equal(sorted([...before.ids!.message, m]));
    });

    it('the ids tell an arrival and a departure apart where the numbers do not', async () => {
      const before = await adapter.countPending();
      const gone = before.ids!.message[0]!;
      h.handleElsewhere('message', gone, 'rejected');
      const came = h.receive('message');
      const after = await adapter.countPending();
      expect(after.message).to.equal(before.message);
      expect(after.ids!.message).to.include(came).and.not.include(gone);
      await adapter.acceptSessionRequest(after.ids!.session[0]!);
      expect((await adapter.countPending()).ids!.session).to.not.include(after.ids!.session[0]);
    });

    it('declares push exactly when it can subscribe', () => {
      expect(Boolean(adapter.capabilities?.push)).to.equal(typeof adapter.subscribe === 'function');
    });

    describe('subscribe (adapters with push)', () => {
      it('pushes what changes on the server: arrivals, requests handled elsewhere, expiry', async () => {
        if (!pushes()) return;
        const { seen, stop, has } = collect();
        const s = h.receive('session');
        const m = h.receive('message');
        await until(() => has('session', s) && has('message', m), 'the arrivals');
        const [a, b] = await pendingReceivedSessions();
        h.handleElsewhere('session', a!.id, 'accepted');
        h.expire('session', b!.id);
        await until(() => has('session', a!.id) && has('session', b!.id), 'the handled and the expired');
        expect(seen.every((change) => Array.isArray(change.ids) && change.ids.length > 0)).to.equal(true);
        stop();
      });

      it('pushes its own actions: accept, reject, meeting link', async () => {
        if (!pushes()) return;
        const [a, b] = await pendingReceivedSessions();
        const [m] = await pendingReceivedMessages();
        const { stop, has } = collect();
        await adapter.acceptSessionRequest(a!.id);
        await adapter.setMeetingLink(a!.id, GMEET);
        await adapter.rejectSessionRequest(b!.id);
        await adapter.rejectMessageRequest(m!.id);
        await until(
          () => has('session', a!.id) && has('session', b!.id) && has('message', m!.id),
          'the actions',
        );
        stop();
      });

      it('stops with the returned function, and only that subscription', async () => {
        if (!pushes()) return;
        const stopped = collect();
        const kept = collect();
        stopped.stop();
        stopped.stop(); // twice is harmless
        const s = h.receive('session');
        await until(() => kept.has('session', s), 'the kept subscription');
        await aWhile();
        expect(stopped.seen).to.deep.equal([]);
        kept.stop();
      });

      it('stops when its signal aborts, and never starts on an aborted one', async () => {
        if (!pushes()) return;
        const controller = new AbortController();
        const aborted = collect(controller.signal);
        const never = collect(AbortSignal.abort());
        const kept = collect();
        const first = h.receive('message');
        await until(() => aborted.has('message', first) && kept.has('message', first), 'the first push');
        controller.abort();
        const second = h.receive('message');
        await until(() => kept.has('message', second), 'the second push');
        await aWhile();
        expect(aborted.has('message', second)).to.equal(false);
        expect(never.seen).to.deep.equal([]);
        kept.stop();
      });
    });
  });
}
