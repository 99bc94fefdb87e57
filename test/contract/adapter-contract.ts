/**
 * The adapter contract, written once and run against every adapter (memory-adapter.test.ts and
 * mentored.test.ts). A harness gives the adapter plus the few "server side" moves a test needs.
 */
import { expect } from '@open-wc/testing';
import { RequestsError, type RequestsErrorKind } from '../../src/model/errors.js';
import type { MeetingLink, MessageRequest, SessionRequest } from '../../src/model/request.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';

/** Error kinds a harness can inject on the next call of a method (`aborted` comes from a signal). */
export type InjectableKind = Exclude<RequestsErrorKind, 'aborted'>;
export type AdapterMethod = keyof RequestsAdapter;

export interface ContractHarness {
  adapter: RequestsAdapter;
  /** Which backend stands behind the adapter: see UNKNOWN_ID below, the one place they differ. */
  backend: 'memory' | 'mentored';
  /** The server marks a session request expired (its slot has passed). */
  expire(kind: 'session', id: string): void;
  /** Another device of the same user accepts or rejects the request on the server. */
  handleElsewhere(kind: 'session' | 'message', id: string, status: 'accepted' | 'rejected'): void;
  /** The next call of `method` fails in a way the adapter must report as `kind`. */
  fail(method: AdapterMethod, kind: InjectableKind): void;
  /** Every call takes `ms` (0 to stop). */
  setLatency(ms: number): void;
  /** Only adapters with a wire (HTTP): bad data from the server. */
  wire?: {
    /** Merges `patch` into the JSON row of a request wherever the server sends it. */
    corrupt(kind: 'session' | 'message', id: string, patch: Record<string, unknown>): void;
    /** The next call of `method` gets a 200 whose body is not JSON, or not the promised shape. */
    failBody(method: AdapterMethod, fault: 'malformed-json' | 'wrong-shape'): void;
  };
  dispose?(): void | Promise<void>;
}

export interface HarnessOptions {
  seed: number;
  sessionRequests: number;
  messageRequests: number;
}

export type MakeHarness = (options: HarnessOptions) => ContractHarness | Promise<ContractHarness>;

const ALL = { page: 1, pageSize: 100 } as const;
const GMEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };
const ZOOM: MeetingLink = {
  platform: 'zoom',
  url: 'https://us02web.zoom.us/j/12345678901',
  meetingId: '123 4567 8901',
  passcode: 'x7Yz',
};

/** Awaits a promise that must reject with a RequestsError of `kind`, and returns the error. */
export async function rejectsWith(
  promise: Promise<unknown>,
  kind: RequestsErrorKind,
): Promise<RequestsError> {
  try {
    await promise;
  } catch (error) {
    expect(RequestsError.is(error), `not a RequestsError: ${String(error)}`).to.equal(true);
    expect((error as RequestsError).kind, (error as Error).message).to.equal(kind);
    expect((error as RequestsError).message)
      .to.be.a('string')
      .and.not.equal('');
    return error as RequestsError;
  }
  throw new Error(`expected a '${kind}' RequestsError, but the call succeeded`);
}

/** Runs `fn` with console.warn captured; returns what was warned. */
export async function captureWarnings(fn: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warned;
}

function expectSession(item: SessionRequest): void {
  expect(item.kind).to.equal('session');
  expect(item.id).to.be.a('string').and.not.equal('');
  expect(['sent', 'received']).to.include(item.direction);
  expect(['requested', 'accepted', 'rejected', 'expired']).to.include(item.status);
  for (const date of [item.start, item.end, item.createdAt]) {
    expect(date).to.be.instanceOf(Date);
    expect(Number.isNaN(date.getTime())).to.equal(false);
  }
  expect(item.end.getTime()).to.be.greaterThan(item.start.getTime());
  expect(item.person.id).to.be.a('string').and.not.equal('');
  expect(item.person.name).to.be.a('string').and.not.equal('');
  expect(item.person.designations).to.be.an('array');
  // A requested request whose slot has ended is reported as expired, by every adapter.
  if (item.end.getTime() <= Date.now()) expect(item.status).to.not.equal('requested');
}

function expectMessage(item: MessageRequest): void {
  expect(item.kind).to.equal('message');
  expect(item.id).to.be.a('string').and.not.equal('');
  expect(['sent', 'received']).to.include(item.direction);
  expect(item.message).to.be.a('string');
  expect(item.createdAt).to.be.instanceOf(Date);
  expect(item.person.id).to.equal(item.id);
}

export function runAdapterContract(name: string, makeHarness: MakeHarness): void {
  describe(`RequestsAdapter contract: ${name}`, function () {
    this.timeout(8000);
    let h: ContractHarness;
    let adapter: RequestsAdapter;

    beforeEach(async () => {
      h = await makeHarness({ seed: 11, sessionRequests: 23, messageRequests: 9 });
      adapter = h.adapter;
    });
    afterEach(async () => {
      await h.dispose?.();
    });

    /**
     * THE one place where the backends legitimately differ. MentorEd answers an unknown session
     * request id with a 500 (an upstream bug), and any 404 on an action means "handled elsewhere"
     * (conflict), because the server cannot tell an unknown id from a processed one. The memory
     * adapter knows the id simply does not exist.
     */
    const unknownId = () =>
      h.backend === 'mentored'
        ? {
            getSession: 'server',
            sessionAction: 'conflict',
            getMessage: 'not-found',
            messageAction: 'conflict',
          }
        : {
            getSession: 'not-found',
            sessionAction: 'not-found',
            getMessage: 'not-found',
            messageAction: 'not-found',
          };

    async function pendingReceivedSessions(): Promise<SessionRequest[]> {
      const page = await adapter.listSessionRequests(ALL);
      return page.items.filter((r) => r.direction === 'received' && r.status === 'requested');
    }
    async function pendingReceivedMessages(): Promise<MessageRequest[]> {
      const page = await adapter.listMessageRequests(ALL);
      return page.items.filter((r) => r.direction === 'received' && r.status === 'requested');
    }

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
        await rejectsWith(
          adapter.acceptSessionRequest('424242'),
          expected.sessionAction as RequestsErrorKind,
        );
        await rejectsWith(adapter.getMessageRequest('424242'), expected.getMessage as RequestsErrorKind);
        await rejectsWith(
          adapter.rejectMessageRequest('424242'),
          expected.messageAction as RequestsErrorKind,
        );
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

    describe('message requests', () => {
      it('pages with totals and filters by direction', async () => {
        const p1 = await adapter.listMessageRequests({ page: 1, pageSize: 4 });
        const p2 = await adapter.listMessageRequests({ page: 2, pageSize: 4 });
        const p3 = await adapter.listMessageRequests({ page: 3, pageSize: 4 });
        expect([p1.total, p2.total, p3.total]).to.deep.equal([9, 9, 9]);
        expect([p1.items.length, p2.items.length, p3.items.length]).to.deep.equal([4, 4, 1]);
        const ids = [...p1.items, ...p2.items, ...p3.items].map((r) => r.id);
        expect(new Set(ids).size).to.equal(9);
        [...p1.items, ...p2.items].forEach(expectMessage);
        const sent = await adapter.listMessageRequests({ ...ALL, direction: 'sent' });
        const received = await adapter.listMessageRequests({ ...ALL, direction: 'received' });
        expect(sent.items.length).to.be.greaterThan(0);
        expect(sent.items.length + received.items.length).to.equal(9);
        expect(sent.items.every((r) => r.direction === 'sent' && r.status === 'requested')).to.equal(true);
      });

      it('reads, accepts (a second accept is a conflict) and rejects', async () => {
        const [a, b] = await pendingReceivedMessages();
        const read = await adapter.getMessageRequest(a!.id);
        expect([read.id, read.status, read.message]).to.deep.equal([a!.id, 'requested', a!.message]);
        const accepted = await adapter.acceptMessageRequest(a!.id);
        expect([accepted.item.id, accepted.item.status]).to.deep.equal([a!.id, 'accepted']);
        expect(accepted.item.person.name).to.equal(a!.person.name);
        if (accepted.item.roomId !== undefined) expect(accepted.item.roomId).to.be.a('string');
        await rejectsWith(adapter.acceptMessageRequest(a!.id), 'conflict');
        const rejected = await adapter.rejectMessageRequest(b!.id);
        expect([rejected.item.id, rejected.item.status]).to.deep.equal([b!.id, 'rejected']);
        await rejectsWith(adapter.rejectMessageRequest(b!.id), 'conflict');
        const left = await adapter.listMessageRequests(ALL);
        expect(left.total).to.equal(7);
        expect(left.items.map((r) => r.id)).to.not.include.members([a!.id, b!.id]);
      });

      it('reports a message request handled elsewhere as a conflict', async () => {
        const [a, b] = await pendingReceivedMessages();
        h.handleElsewhere('message', a!.id, 'accepted');
        h.handleElsewhere('message', b!.id, 'rejected');
        await rejectsWith(adapter.acceptMessageRequest(a!.id), 'conflict');
        await rejectsWith(adapter.rejectMessageRequest(b!.id), 'conflict');
      });
    });

    describe('pending counts', () => {
      it('counts received pending requests only, and follows transitions', async () => {
        const sessions = await pendingReceivedSessions();
        const messages = await pendingReceivedMessages();
        const allSessions = (await adapter.listSessionRequests(ALL)).items;
        expect(allSessions.some((r) => r.direction === 'sent' && r.status === 'requested')).to.equal(true);
        expect(await adapter.countPending()).to.deep.equal({
          session: sessions.length,
          message: messages.length,
        });
        await adapter.acceptSessionRequest(sessions[0]!.id);
        await adapter.rejectMessageRequest(messages[0]!.id);
        expect(await adapter.countPending()).to.deep.equal({
          session: sessions.length - 1,
          message: messages.length - 1,
        });
      });
    });

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
          expect((await adapter.listSessionRequests(ALL)).total).to.equal(23);
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
        h.wire!.corrupt('session', odd!.id, {
          request_type: 7,
          user_details: { user_id: 5, name: 'Odd', experience: 'ten', designation: 'x' },
        });
        let listed: SessionRequest[] = [];
        const warned = await captureWarnings(async () => {
          listed = (await adapter.listSessionRequests(ALL)).items;
          await adapter.listSessionRequests(ALL);
        });
        expect(listed.map((r) => r.id)).to.not.include(broken!.id);
        const mapped = listed.find((r) => r.id === odd!.id)!;
        expect(mapped.direction).to.equal('sent');
        expect(mapped.person).to.deep.equal({ id: '5', name: 'Odd', designations: [] });
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
  });
}
