import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { RequestsError, type RequestsErrorKind } from '../src/model/errors.js';
import type { MeetingLink, MessageRequest, SessionRequest } from '../src/model/request.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);
const ALL = { page: 1, pageSize: 100 };
const GMEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

/** A clock the tests can move. */
function clock(start = NOW) {
  const c = { t: start, now: () => c.t };
  return c;
}

function adapter(options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) {
  return new MemoryAdapter({ now: () => NOW, ...options });
}

/** Awaits a promise that must reject with a RequestsError of `kind`, and returns the error. */
async function failsWith(promise: Promise<unknown>, kind: RequestsErrorKind): Promise<RequestsError> {
  try {
    await promise;
  } catch (error) {
    expect(RequestsError.is(error), String(error)).to.equal(true);
    expect((error as RequestsError).kind).to.equal(kind);
    return error as RequestsError;
  }
  throw new Error(`expected a '${kind}' RequestsError, but the call succeeded`);
}

function session(id: string, overrides: Partial<SessionRequest> = {}): SessionRequest {
  const start = new Date(NOW + 24 * HOUR);
  return {
    kind: 'session',
    id,
    direction: 'received',
    status: 'requested',
    title: `Title ${id}`,
    agenda: 'Agenda',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - Number(id) * HOUR),
    person: { id: `p${id}`, name: `Person ${id}`, designations: ['Teacher'] },
    ...overrides,
  };
}

function message(id: string, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return {
    kind: 'message',
    id,
    direction: 'received',
    status: 'requested',
    message: 'Hi, I would like to connect with you.',
    createdAt: new Date(NOW - HOUR),
    person: { id, name: `Person ${id}`, designations: [] },
    ...overrides,
  };
}

/** Ids of the generated requests by direction and stored status. */
function pick(
  a: MemoryAdapter,
  kind: 'session' | 'message',
  direction: 'sent' | 'received',
  status = 'requested',
) {
  const { sessionRequests, messageRequests } = a.snapshot();
  const list: (SessionRequest | MessageRequest)[] = kind === 'session' ? sessionRequests : messageRequests;
  const found = list.find((r) => r.direction === direction && r.status === status);
  if (!found) throw new Error(`no ${direction} ${status} ${kind} request in the fixture`);
  return found.id;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('MemoryAdapter', () => {
  describe('data', () => {
    it('is deterministic from the seed and the clock', () => {
      expect(adapter({ seed: 7 }).snapshot()).to.deep.equal(adapter({ seed: 7 }).snapshot());
      expect(adapter({ seed: 7 }).snapshot()).not.to.deep.equal(adapter({ seed: 8 }).snapshot());
    });

    it('generates the default counts, or the counts asked for', () => {
      const d = adapter().snapshot();
      expect([d.sessionRequests.length, d.messageRequests.length]).to.deep.equal([12, 6]);
      const c = adapter({ sessionRequests: 3, messageRequests: 0 }).snapshot();
      expect([c.sessionRequests.length, c.messageRequests.length]).to.deep.equal([3, 0]);
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
      expect(page.total).to.equal(12);
      for (const r of page.items) expect(r.status === 'expired').to.equal(r.end.getTime() <= Date.now());
    });

    it('exposes the viewer as `me`', () => {
      const me = { id: 'u0', name: 'Asha Rao', designations: ['Mentor'] };
      expect(adapter({ me }).me).to.deep.equal(me);
      expect(adapter().me.id).to.be.a('string');
    });
  });

  describe('listSessionRequests', () => {
    it('lists requested and expired by default, newest first, with the total', async () => {
      const a = adapter();
      const page = await a.listSessionRequests(ALL);
      expect(page.total).to.equal(12);
      expect(page.items).to.have.length(12);
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
      expect([p2.total, p2.page, p2.pageSize]).to.deep.equal([12, 2, 5]);
    });

    it('filters by status', async () => {
      const a = adapter();
      const id = pick(a, 'session', 'received');
      await a.acceptSessionRequest(id);
      const accepted = await a.listSessionRequests({ ...ALL, status: ['accepted'] });
      expect(accepted.items.map((r) => r.id)).to.deep.equal([id]);
      expect(accepted.total).to.equal(1);
      const expired = await a.listSessionRequests({ ...ALL, status: ['expired'] });
      expect(expired.items.every((r) => r.status === 'expired')).to.equal(true);
      expect((await a.listSessionRequests(ALL)).total).to.equal(11);
    });

    it('applies the direction filter after paging; total stays the status count', async () => {
      const a = adapter();
      const page = (await a.listSessionRequests({ page: 1, pageSize: 4 })).items;
      const sent = await a.listSessionRequests({ page: 1, pageSize: 4, direction: 'sent' });
      const received = await a.listSessionRequests({ page: 1, pageSize: 4, direction: 'received' });
      expect(sent.total).to.equal(12);
      expect(sent.items.map((r) => r.id)).to.deep.equal(
        page.filter((r) => r.direction === 'sent').map((r) => r.id),
      );
      expect(received.items.length + sent.items.length).to.equal(4);
      expect(received.items.every((r) => r.direction === 'received')).to.equal(true);
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
      expect(await a.countPending()).to.deep.equal({ session: 1, message: 0 });
      c.t = NOW + 26 * HOUR;
      expect((await a.getSessionRequest('1')).status).to.equal('expired');
      expect((await a.listSessionRequests({ ...ALL, status: ['expired'] })).total).to.equal(1);
      expect((await a.listSessionRequests({ ...ALL, status: ['requested'] })).total).to.equal(0);
      expect(await a.countPending()).to.deep.equal({ session: 0, message: 0 });
      await failsWith(a.acceptSessionRequest('1'), 'conflict');
      await failsWith(a.rejectSessionRequest('1'), 'conflict');
      expect(a.snapshot().sessionRequests[0]!.status).to.equal('requested');
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
      expect(e.fieldErrors?.reason).to.be.a('string').and.not.equal('');
      expect((await a.getSessionRequest('1')).status).to.equal('requested');
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
      const received = await a.listMessageRequests({ ...ALL, direction: 'received' });
      expect(received.items.every((r) => r.direction === 'received')).to.equal(true);
      expect(received.total).to.equal(6);
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
      const expected = {
        session: sessionRequests.filter((r) => r.direction === 'received' && r.status === 'requested').length,
        message: messageRequests.filter((r) => r.direction === 'received' && r.status === 'requested').length,
      };
      expect(expected).to.deep.equal({ session: 8, message: 4 });
      expect(await a.countPending()).to.deep.equal(expected);
      await a.acceptSessionRequest(pick(a, 'session', 'received'));
      await a.rejectMessageRequest(pick(a, 'message', 'received'));
      expect(await a.countPending()).to.deep.equal({ session: 7, message: 3 });
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
      expect((await a.listSessionRequests(ALL)).total).to.equal(12);
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
