/**
 * MemoryAdapter, live (issue 14): `subscribe` and its pushes, the "a new request arrives" and "handled
 * elsewhere" controls, the pending ids of `countPending`, the `identity` option.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsChange } from '../../src/adapters/types.js';
import { ALL, GMEET, HOUR, NOW, adapter, clock, failsWith, message, pick, session } from './support.js';

/** A subscription that records every push. */
function listen(a: MemoryAdapter, o?: { signal?: AbortSignal }) {
  const seen: RequestsChange[] = [];
  const stop = a.subscribe((change) => void seen.push(change), o);
  return { seen, stop };
}

describe('MemoryAdapter: live', () => {
  describe('subscribe', () => {
    it('declares push, and pushes each change at once, with the kind and the ids', async () => {
      const a = adapter({ sessionRequests: [session('1'), session('2')], messageRequests: [message('m1')] });
      expect(a.capabilities.push).to.equal(true);
      expect(a.capabilities).to.deep.include({ reasonMaxWords: 50, reasonMaxChars: 255 });
      const { seen } = listen(a);
      a.handleElsewhere('session', '1', 'accepted');
      // Synchronous: a test can assert right after a control.
      expect(seen).to.deep.equal([{ kind: 'session', ids: ['1'] }]);
      a.expire('2');
      a.handleElsewhere('message', 'm1', 'rejected');
      a.add(session('3'));
      expect(seen.slice(1)).to.deep.equal([
        { kind: 'session', ids: ['2'] },
        { kind: 'message', ids: ['m1'] },
        { kind: 'session', ids: ['3'] },
      ]);
      // Subscribing is no adapter call: the call log stays empty.
      expect(a.calls).to.deep.equal([]);
    });

    it("pushes the adapter's own actions once each, and nothing for reads or refused actions", async () => {
      const a = adapter({
        sessionRequests: [session('1'), session('2')],
        messageRequests: [message('m1'), message('m2')],
      });
      const { seen } = listen(a);
      await a.acceptSessionRequest('1');
      await a.setMeetingLink('1', GMEET);
      await a.rejectSessionRequest('2', 'Busy');
      await a.acceptMessageRequest('m1');
      await a.rejectMessageRequest('m2');
      await a.listSessionRequests(ALL);
      await a.getSessionRequest('1');
      await a.countPending();
      await failsWith(a.acceptSessionRequest('1'), 'conflict');
      a.failNext('rejectMessageRequest', 'server');
      await failsWith(a.rejectMessageRequest('m1'), 'server');
      expect(seen).to.deep.equal([
        { kind: 'session', ids: ['1'] },
        { kind: 'session', ids: ['1'] },
        { kind: 'session', ids: ['2'] },
        { kind: 'message', ids: ['m1'] },
        { kind: 'message', ids: ['m2'] },
      ]);
    });

    it('stops on the returned function or an aborted signal; each subscription alone', () => {
      const a = adapter({ sessionRequests: [session('1'), session('2'), session('3')] });
      const controller = new AbortController();
      const byStop = listen(a);
      const bySignal = listen(a, { signal: controller.signal });
      const never = listen(a, { signal: AbortSignal.abort() });
      const kept = listen(a);
      a.expire('1');
      byStop.stop();
      controller.abort();
      a.expire('2');
      bySignal.stop(); // after the abort: harmless
      a.expire('3');
      expect(byStop.seen.map((c) => c.ids[0])).to.deep.equal(['1']);
      expect(bySignal.seen.map((c) => c.ids[0])).to.deep.equal(['1']);
      expect(never.seen).to.deep.equal([]);
      expect(kept.seen.map((c) => c.ids[0])).to.deep.equal(['1', '2', '3']);
    });

    it('the same function subscribed twice is two subscriptions; a throwing listener stops no other', () => {
      const a = adapter({ sessionRequests: [session('1')] });
      const got: string[] = [];
      const listener = (change: RequestsChange) => void got.push(change.ids[0]!);
      const first = a.subscribe(listener);
      a.subscribe(listener);
      const bad = a.subscribe(() => {
        throw new Error('listener bug');
      });
      const reported: unknown[] = [];
      const g = globalThis as { reportError?: (e: unknown) => void };
      const original = g.reportError;
      g.reportError = (error) => void reported.push(error);
      try {
        first();
        a.expire('1');
      } finally {
        bad();
        if (original) g.reportError = original;
        else delete g.reportError;
      }
      expect(got).to.deep.equal(['1']);
      expect(reported.map((e) => (e as Error).message)).to.deep.equal(['listener bug']);
      // Every listener gets its own copy of the ids.
      const copies: string[][] = [];
      a.subscribe((change) => void copies.push(change.ids));
      a.subscribe((change) => void copies.push(change.ids));
      a.add(session('1'));
      expect(copies[0]).to.not.equal(copies[1]);
    });

    it('refuses a listener that is not a function', () => {
      const a = adapter();
      expect(() => a.subscribe(undefined as never)).to.throw(TypeError);
    });
  });

  describe('"a new request arrives": receiveRequest', () => {
    it('stores a received pending request created now, the newest, counted, and pushes it', async () => {
      const a = adapter({ sessionRequests: [session('1')], messageRequests: [message('m1')] });
      const { seen } = listen(a);
      const s = a.receiveRequest('session');
      const m = a.receiveRequest('message');
      expect([s.kind, s.direction, s.status, s.createdAt.getTime()]).to.deep.equal([
        'session',
        'received',
        'requested',
        NOW,
      ]);
      expect(s.start.getTime()).to.be.greaterThan(NOW);
      expect(s.end.getTime()).to.be.greaterThan(s.start.getTime());
      expect([m.kind, m.direction, m.status, m.person.id]).to.deep.equal([
        'message',
        'received',
        'requested',
        m.id,
      ]);
      expect(seen).to.deep.equal([
        { kind: 'session', ids: [s.id] },
        { kind: 'message', ids: [m.id] },
      ]);
      expect((await a.listSessionRequests(ALL)).items[0]).to.deep.equal(s);
      expect((await a.listMessageRequests(ALL)).items[0]).to.deep.equal(m);
      expect(await a.countPending()).to.deep.equal({
        session: 2,
        message: 2,
        ids: { session: [s.id, '1'], message: [m.id, 'm1'] },
      });
      // Acted on like any other.
      expect((await a.acceptSessionRequest(s.id)).item.status).to.equal('accepted');
    });

    it('gives new ids, never a stored one, and the same arrivals for the same seed', () => {
      const a = adapter({ seed: 3, sessionRequests: [session('new-1')], messageRequests: [] });
      const b = adapter({ seed: 3, sessionRequests: [], messageRequests: [] });
      const first = a.receiveRequest('session');
      expect(first.id).to.not.equal('new-1');
      expect(a.receiveRequest('session').id).to.not.equal(first.id);
      const [x, y] = [
        adapter({ seed: 9 }).receiveRequest('message'),
        adapter({ seed: 9 }).receiveRequest('message'),
      ];
      expect(x).to.deep.equal(y);
      expect(b.receiveRequest('session').person.name).to.be.a('string').and.not.equal('');
    });

    it('takes fields over the defaults (a message id moves its person along)', async () => {
      const a = adapter({ sessionRequests: [], messageRequests: [] });
      const s = a.receiveRequest('session', { id: 'asked', title: 'Exam prep', direction: 'sent' });
      expect([s.id, s.title, s.direction]).to.deep.equal(['asked', 'Exam prep', 'sent']);
      const m = a.receiveRequest('message', { id: 'u77', message: 'Hello' });
      expect([m.person.id, m.message]).to.deep.equal(['u77', 'Hello']);
      // A sent one is not counted: only received requests are.
      expect((await a.countPending()).ids).to.deep.equal({ session: [], message: ['u77'] });
    });
  });

  describe('"handled elsewhere": handleElsewhere', () => {
    it('withdrawn: gone from lists and counts, not-found to read, a conflict to act on; pushed', async () => {
      const a = adapter({ sessionRequests: [session('1'), session('2')], messageRequests: [message('m1')] });
      const { seen } = listen(a);
      a.handleElsewhere('session', '1', 'withdrawn');
      a.handleElsewhere('message', 'm1', 'withdrawn');
      expect(seen).to.deep.equal([
        { kind: 'session', ids: ['1'] },
        { kind: 'message', ids: ['m1'] },
      ]);
      expect(
        (
          await a.listSessionRequests({ ...ALL, status: ['requested', 'accepted', 'rejected', 'expired'] })
        ).items.map((r) => r.id),
      ).to.deep.equal(['2']);
      expect(await a.countPending()).to.deep.equal({
        session: 1,
        message: 0,
        ids: { session: ['2'], message: [] },
      });
      await failsWith(a.getSessionRequest('1'), 'not-found');
      await failsWith(a.getMessageRequest('m1'), 'not-found');
      await failsWith(a.acceptSessionRequest('1'), 'conflict');
      await failsWith(a.rejectSessionRequest('1'), 'conflict');
      await failsWith(a.setMeetingLink('1', GMEET), 'conflict');
      await failsWith(a.acceptMessageRequest('m1'), 'conflict');
      // An id never stored stays not-found.
      await failsWith(a.acceptSessionRequest('9'), 'not-found');
      expect(() => a.handleElsewhere('session', '1', 'withdrawn')).to.throw();
    });

    it('accepted / rejected elsewhere leave the counts, and the next action here is a conflict', async () => {
      const a = adapter();
      const s = pick(a, 'session', 'received');
      const m = pick(a, 'message', 'received');
      const before = await a.countPending();
      a.handleElsewhere('session', s, 'rejected');
      a.handleElsewhere('message', m, 'accepted');
      const after = await a.countPending();
      expect(after.ids!.session).to.deep.equal(before.ids!.session.filter((id) => id !== s));
      expect(after.ids!.message).to.deep.equal(before.ids!.message.filter((id) => id !== m));
      await failsWith(a.rejectSessionRequest(s), 'conflict');
      await failsWith(a.rejectMessageRequest(m), 'conflict');
    });
  });

  describe('countPending ids', () => {
    it('follow the clock: an ended slot leaves them (no push: nothing happened on the server)', async () => {
      const c = clock();
      const a = new MemoryAdapter({
        now: c.now,
        sessionRequests: [session('1'), session('2', { end: new Date(NOW + HOUR) })],
        messageRequests: [],
      });
      const { seen } = listen(a);
      expect((await a.countPending()).ids!.session).to.deep.equal(['1', '2']);
      c.t = NOW + HOUR;
      expect(await a.countPending()).to.deep.equal({
        session: 1,
        message: 0,
        ids: { session: ['1'], message: [] },
      });
      expect(seen).to.deep.equal([]);
    });
  });

  describe('identity', () => {
    it('is the option as given, and none by default', () => {
      expect(adapter({ identity: 'demo#mentor-1' }).identity).to.equal('demo#mentor-1');
      expect(adapter().identity).to.equal(undefined);
    });
  });
});
