/**
 * MentorEdAdapter at the edges of the wire: construction, headers, shared reads and aborts, answers that
 * are 2xx but not the endpoint's, empty details, list bodies, paging checks, error texts. Cases that
 * mutation testing (docs/reliability.md, "Mutation testing") showed no test pinned. A scripted `fetch`
 * answers (no MSW): runs in the browser and in Node (test/node/adapter-suites.test.mjs).
 */
import { expect } from '@open-wc/testing';
import {
  MentorEdAdapter,
  type MentorEdAdapterOptions,
} from '../../src/adapters/mentored/mentored-adapter.js';
import { DEFAULT_MESSAGES, readableMessage } from '../../src/adapters/mentored/http.js';
import { isSlotClash } from '../../src/adapters/types.js';
import { RequestsError } from '../../src/model/errors.js';
import { captureWarnings, rejectsWith } from '../contract/support.js';

const BASE = 'https://mentored.test/mentoring/v1';
const NOW = Date.UTC(2030, 0, 1);
const ALL = { page: 1, pageSize: 100 };
const GMEET = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' } as const;

/** A session request row as upstream's list sends it (getDetails: without request_type). */
function row(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const start = NOW / 1000 + 86_400;
  return {
    id,
    status: 'REQUESTED',
    start_date: start,
    end_date: start + 3600,
    requestor_id: '42',
    requestee_id: '1',
    created_at: '2029-12-31T10:00:00.000Z',
    title: `T${id}`,
    agenda: 'A',
    user_details: { user_id: '42', name: 'Asha' },
    ...patch,
  };
}
/** A pending connection row (received: created by the other user). */
function connection(friendId: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    friend_id: friendId,
    user_id: '1',
    created_by: friendId,
    status: 'REQUESTED',
    created_at: '2029-12-31T10:00:00.000Z',
    meta: { message: 'Hi' },
    user_details: { user_id: friendId, name: 'Omar' },
    ...patch,
  };
}
const list = (data: unknown[], count: unknown = data.length) => ({ result: { data, count } });

type Reply =
  | { status?: number; body?: unknown; text?: string }
  | Error
  | ((init: RequestInit | undefined) => Promise<Response> | Response);

interface Call {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | undefined;
}

/**
 * A fake MentorEd: `replies` by `METHOD path` (path under BASE, without the query); a list of replies is
 * used in turn (the last one stays). A call nobody scripted gets a 599. Honours the request's signal.
 */
function scripted(replies: Record<string, Reply | Reply[]>) {
  const calls: Call[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.slice(new URL(BASE).pathname.length + 1);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({ method, path, url: url.href, headers, body, signal: init?.signal ?? undefined });
    const queue = replies[`${method} ${path}`];
    const reply = Array.isArray(queue) ? (queue.length > 1 ? queue.shift() : queue[0]) : queue;
    const answer = (async () => {
      if (reply === undefined) return new Response('{"message":"Nobody scripted this."}', { status: 599 });
      if (reply instanceof Error) throw reply;
      if (typeof reply === 'function') return reply(init);
      const text = reply.text ?? (reply.body === undefined ? null : JSON.stringify(reply.body));
      return new Response(text, {
        status: reply.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    })();
    const signal = init?.signal;
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject);
    });
  };
  const adapter = (options: Partial<MentorEdAdapterOptions> = {}) =>
    new MentorEdAdapter({
      baseUrl: BASE,
      token: 'tok-1234567',
      fetch: fetchImpl,
      now: () => NOW,
      ...options,
    });
  const count = (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key).length;
  return { calls, fetch: fetchImpl, adapter, count };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** Until `calls` has `n` entries (the adapter awaits its headers before it fetches). */
async function calledTimes(calls: unknown[], n: number) {
  for (let i = 0; i < 100 && calls.length < n; i++) await new Promise((r) => setTimeout(r, 0));
  expect(calls).to.have.length(n);
}

describe('MentorEdAdapter: answers and wire edges', () => {
  describe('construction and headers', () => {
    it('refuses to be made without options or a base URL', () => {
      expect(() => new MentorEdAdapter(undefined as never)).to.throw(TypeError, /options are required/);
      expect(() => new MentorEdAdapter('https://x.test' as never)).to.throw(
        TypeError,
        /options are required/,
      );
      for (const baseUrl of ['', '   ', 42, undefined])
        expect(() => new MentorEdAdapter({ baseUrl, token: 't' } as never), String(baseUrl)).to.throw(
          TypeError,
          /`baseUrl` is required/,
        );
    });

    it('reads the base URL and the token header name loosely (spaces, slashes, case)', async () => {
      const w = scripted({ 'GET requestSessions/list': { body: list([]) } });
      const adapter = w.adapter({ baseUrl: `  ${BASE}//  `, tokenHeader: ' X-Token ' });
      await adapter.listSessionRequests(ALL);
      expect(w.calls[0]!.url).to.match(new RegExp(`^${BASE}/requestSessions/list\\?`));
      expect(w.calls[0]!.headers['x-token']).to.equal('Bearer tok-1234567');
      expect(w.calls[0]!.headers).to.not.have.property('x-auth-token');
    });

    it('sends the token trimmed, prefixed by Bearer once, or bare with bearer: false; none when blank', async () => {
      const sent = async (
        token: MentorEdAdapterOptions['token'],
        options: Partial<MentorEdAdapterOptions> = {},
      ) => {
        const w = scripted({ 'GET requestSessions/list': { body: list([]) } });
        await w.adapter({ token, ...options }).listSessionRequests(ALL);
        return w.calls[0]!.headers['x-auth-token'];
      };
      expect(await sent('  abc  ')).to.equal('Bearer abc');
      expect(await sent('Bearer xyz')).to.equal('Bearer xyz');
      expect(await sent('bearer xyz')).to.equal('bearer xyz');
      expect(await sent('Bearerxyz')).to.equal('Bearer Bearerxyz');
      expect(await sent(' abc ', { bearer: false })).to.equal('abc');
      expect(await sent(() => '  ')).to.equal(undefined);
    });

    it("takes the host's headers by lower-cased trimmed name, text values only, never over the token", async () => {
      const w = scripted({ 'GET requestSessions/list': { body: list([]) } });
      const headers = {
        ' X-Org ': 'o1',
        'X-Count': 5,
        'X-AUTH-TOKEN': 'not mine',
        'Content-Type': 'text/plain',
        Timezone: 'Asia/Kolkata',
      } as unknown as Record<string, string>;
      await w.adapter({ headers, timeZone: 'UTC', language: 'hi' }).listSessionRequests(ALL);
      const sent = w.calls[0]!.headers;
      expect(sent).to.deep.include({
        'x-org': 'o1',
        'x-auth-token': 'Bearer tok-1234567',
        'content-type': 'application/json',
        timezone: 'Asia/Kolkata',
        'accept-language': 'hi',
      });
      expect(sent).to.not.have.property('x-count');
    });

    it('a headers function that throws fails the call as network, before anything is sent', async () => {
      const w = scripted({});
      const error = await rejectsWith(
        w
          .adapter({
            headers: () => {
              throw new Error('no organisation');
            },
          })
          .countPending(),
        'network',
      );
      expect(error.message).to.equal('The request headers could not be prepared.');
      expect(w.calls).to.have.length(0);
    });

    it('without a usable fetch, a network error', async () => {
      const error = await rejectsWith(
        new MentorEdAdapter({ baseUrl: BASE, token: 't', fetch: 42 as never }).listMessageRequests(ALL),
        'network',
      );
      expect(error.message).to.equal('No fetch() is available here.');
    });
  });

  describe('reads in flight', () => {
    it('identical reads in flight share one request; writes never do', async () => {
      const gate = deferred();
      const w = scripted({
        'GET requestSessions/list': async () => {
          await gate.promise;
          return json(list([row('1', { request_type: 'received' })]));
        },
        'POST requestSessions/accept': { body: { result: 'ACCEPTED' } },
        'GET requestSessions/getDetails': {
          body: { result: row('1', { status: 'ACCEPTED', session_id: '9' }) },
        },
      });
      const adapter = w.adapter();
      const both = Promise.all([adapter.listSessionRequests(ALL), adapter.listSessionRequests(ALL)]);
      gate.resolve();
      expect((await both).map((p) => p.total)).to.deep.equal([1, 1]);
      expect(w.count('GET requestSessions/list')).to.equal(1);
      await Promise.all([adapter.acceptSessionRequest('1'), adapter.acceptSessionRequest('1')]);
      expect(w.count('POST requestSessions/accept')).to.equal(2);
    });

    it('a caller that aborts leaves a shared read at once; the other still gets it, and the read goes on', async () => {
      const gate = deferred();
      const w = scripted({
        'GET requestSessions/list': async () => {
          await gate.promise;
          return json(list([row('1', { request_type: 'received' })]));
        },
      });
      const adapter = w.adapter();
      const leaving = new AbortController();
      const first = adapter.listSessionRequests(ALL, { signal: leaving.signal });
      const second = adapter.listSessionRequests(ALL);
      await calledTimes(w.calls, 1);
      leaving.abort();
      await rejectsWith(first, 'aborted');
      gate.resolve();
      expect((await second).total).to.equal(1);
      expect(w.calls).to.have.length(1);
      expect(w.calls[0]!.signal?.aborted).to.equal(false);
    });

    it('a read nobody waits for any more is cancelled, and the next caller starts a new one', async () => {
      const gate = deferred();
      const w = scripted({
        'GET requestSessions/list': async () => {
          await gate.promise;
          return json(list([]));
        },
      });
      const adapter = w.adapter();
      const leaving = new AbortController();
      const first = adapter.listSessionRequests(ALL, { signal: leaving.signal });
      await calledTimes(w.calls, 1);
      leaving.abort();
      await rejectsWith(first, 'aborted');
      expect(w.calls[0]!.signal?.aborted).to.equal(true);
      const next = adapter.listSessionRequests(ALL);
      gate.resolve();
      expect((await next).total).to.equal(0);
      expect(w.calls).to.have.length(2);
    });

    it('a read started after a write never joins a read from before it', async () => {
      const gate = deferred();
      const w = scripted({
        'GET connections/pending': [
          async () => {
            await gate.promise;
            return json(list([connection('42')]));
          },
          { body: list([]) },
        ],
        'POST connections/accept': { body: { result: { meta: { room_id: 7 } } } },
        'POST connections/getInfo': { body: { result: connection('42') } },
      });
      const adapter = w.adapter();
      const before = adapter.listMessageRequests(ALL);
      await calledTimes(w.calls, 1);
      await adapter.acceptMessageRequest('42');
      const after = adapter.listMessageRequests(ALL);
      gate.resolve();
      expect([(await before).total, (await after).total]).to.deep.equal([1, 0]);
      expect(w.count('GET connections/pending')).to.equal(2);
    });

    it('countPending: the caller aborting stops both counts; an aborted signal sends nothing', async () => {
      const w = scripted({
        'GET requestSessions/list': () => new Promise<Response>(() => {}),
        'GET connections/pending': () => new Promise<Response>(() => {}),
      });
      const adapter = w.adapter();
      const stop = new AbortController();
      const counting = adapter.countPending({ signal: stop.signal });
      await calledTimes(w.calls, 2);
      stop.abort();
      await rejectsWith(counting, 'aborted');
      expect(w.calls.map((c) => c.signal?.aborted)).to.deep.equal([true, true]);
      await rejectsWith(adapter.countPending({ signal: stop.signal }), 'aborted');
      expect(w.calls).to.have.length(2);
    });

    it('countPending: when one count fails, the fetch of the other is cancelled', async () => {
      const w = scripted({
        'GET requestSessions/list': { status: 500, body: { message: 'Database is down' } },
        'GET connections/pending': () => new Promise<Response>(() => {}),
      });
      await rejectsWith(w.adapter().countPending(), 'server');
      const pending = w.calls.find((c) => c.path === 'connections/pending');
      expect(pending?.signal?.aborted).to.equal(true);
    });
  });

  describe('2xx answers that are not the endpoint’s', () => {
    it('session accept: "ACCEPTED" in any case or a row is done; anything else only if the details say so', async () => {
      const accepted = async (result: unknown, status: string) => {
        const w = scripted({
          'POST requestSessions/accept': { body: { result } },
          'GET requestSessions/getDetails': { body: { result: row('5', { status, session_id: '9' }) } },
        });
        return w.adapter().acceptSessionRequest('5');
      };
      // A details read that still says REQUESTED (a replica behind): the accept's own answer decides.
      expect((await accepted(' accepted ', 'REQUESTED')).item.status).to.equal('accepted');
      expect((await accepted({ id: '5' }, 'REQUESTED')).item.status).to.equal('accepted');
      expect((await accepted('DONE', 'ACCEPTED')).item.status).to.equal('accepted');
      for (const result of ['DONE', 5, null, [], undefined])
        await rejectsWith(accepted(result, 'REQUESTED'), 'server');
    });

    it('session reject: a bare value is not its answer unless the request reads rejected; no body at all is not either', async () => {
      const rejected = (reply: Reply, status = 'REQUESTED') => {
        const w = scripted({
          'POST requestSessions/reject': reply,
          'GET requestSessions/getDetails': { body: { result: row('5', { status }) } },
        });
        return w.adapter().rejectSessionRequest('5');
      };
      for (const result of [[], {}, null])
        expect((await rejected({ body: { result } })).item.status).to.equal('rejected');
      expect((await rejected({ status: 204 })).item.status).to.equal('rejected');
      expect((await rejected({ body: { result: 'done' } }, 'REJECTED')).item.status).to.equal('rejected');
      await rejectsWith(rejected({ body: { result: 'done' } }), 'server');
      await rejectsWith(rejected({ body: { result: 5 } }), 'server');
      const empty = await rejectsWith(rejected({ status: 200, text: '   ' }), 'server');
      expect([empty.message, empty.status]).to.deep.equal([
        'The server sent data in an unexpected shape.',
        200,
      ]);
      const garbled = await rejectsWith(rejected({ status: 200, text: 'OK' }), 'server');
      expect([garbled.message, garbled.status]).to.deep.equal([
        'The server sent a response that could not be read.',
        200,
      ]);
    });

    it('meeting link: a bare value answering sessions/update is not its answer', async () => {
      const w = scripted({
        'POST requestSessions/accept': { body: { result: 'ACCEPTED' } },
        'GET requestSessions/getDetails': {
          body: { result: row('5', { status: 'ACCEPTED', session_id: '9' }) },
        },
        'POST sessions/update/9': [{ body: { result: 'saved' } }, { body: { result: [] } }],
      });
      const adapter = w.adapter();
      await adapter.acceptSessionRequest('5');
      await rejectsWith(adapter.setMeetingLink('5', GMEET), 'server');
      expect((await adapter.setMeetingLink('5', GMEET)).item.meetingLink).to.deep.equal(GMEET);
    });

    it('message accept: a record is its answer (with the room id), anything else only if the request reads accepted', async () => {
      const accepted = (result: unknown, status = 'REQUESTED') => {
        const w = scripted({
          'POST connections/accept': { body: { result } },
          'POST connections/getInfo': { body: { result: connection('42', { status }) } },
        });
        return w.adapter().acceptMessageRequest('42');
      };
      expect((await accepted({ meta: { room_id: 7 } })).item).to.deep.include({
        status: 'accepted',
        roomId: '7',
      });
      expect((await accepted({ meta: { room_id: 'r-8' } })).item.roomId).to.equal('r-8');
      expect((await accepted({})).item).to.not.have.property('roomId');
      expect((await accepted('done', 'ACCEPTED')).item.status).to.equal('accepted');
      await rejectsWith(accepted('done'), 'server');
      await rejectsWith(accepted([]), 'server');
    });

    it('message reject: a bare value is not its answer', async () => {
      const rejected = (result: unknown) => {
        const w = scripted({
          'POST connections/reject': { body: { result } },
          'POST connections/getInfo': { body: { result: connection('42') } },
        });
        return w.adapter().rejectMessageRequest('42');
      };
      expect((await rejected([])).item.status).to.equal('rejected');
      await rejectsWith(rejected('done'), 'server');
    });
  });

  describe('details with no request', () => {
    it('session details: nothing is not-found (with the server text), something else is server', async () => {
      const read = (body: unknown) =>
        scripted({ 'GET requestSessions/getDetails': { body } }).adapter().getSessionRequest('5');
      const gone = await rejectsWith(read({ message: 'User not found.', result: null }), 'not-found');
      expect(gone.message).to.equal('User not found.');
      await rejectsWith(read({ result: [] }), 'not-found');
      await rejectsWith(read({}), 'not-found');
      await rejectsWith(read({ result: 'x' }), 'server');
      await rejectsWith(read({ result: ['x'] }), 'server');
      const warned = await captureWarnings(() => rejectsWith(read({ result: { id: '5' } }), 'server'));
      expect(warned).to.have.length(1);
    });

    it('message details: nothing or no relation is not-found on a read, conflict on an action; a bare value is server', async () => {
      const w = (result: unknown, message?: string) =>
        scripted({ 'POST connections/getInfo': { body: { message, result } } }).adapter();
      const gone = await rejectsWith(
        w({ user_details: { user_id: '42' } }, 'Connection not found.').getMessageRequest('42'),
        'not-found',
      );
      expect(gone.message).to.equal('Connection not found.');
      await rejectsWith(w([]).getMessageRequest('42'), 'not-found');
      await rejectsWith(w(null).getMessageRequest('42'), 'not-found');
      await rejectsWith(w(5).getMessageRequest('42'), 'server');
      const warned = await captureWarnings(() =>
        rejectsWith(w({ status: 'LOST', friend_id: '42' }).getMessageRequest('42'), 'server'),
      );
      expect(warned).to.have.length(1);
      await rejectsWith(w([]).rejectMessageRequest('42'), 'conflict');
      await rejectsWith(w(connection('42', { status: 'ACCEPTED' })).rejectMessageRequest('42'), 'conflict');
    });

    it('an accept the server did, whose details read then fails, answers with the request listed before', async () => {
      const replies = () => ({
        'GET requestSessions/list': { body: list([row('5', { request_type: 'received' })]) },
        'POST requestSessions/accept': { body: { result: 'ACCEPTED' } },
        'GET requestSessions/getDetails': new TypeError('Failed to fetch'),
      });
      const listed = scripted(replies()).adapter();
      await listed.listSessionRequests(ALL);
      const { item } = await listed.acceptSessionRequest('5');
      expect([item.id, item.status, item.title]).to.deep.equal(['5', 'accepted', 'T5']);
      // Nothing remembered, or an answer that does not confirm the accept: the read's failure stands.
      await rejectsWith(scripted(replies()).adapter().acceptSessionRequest('5'), 'network');
      const unconfirmed = scripted({
        ...replies(),
        'POST requestSessions/accept': { body: { result: 'DONE' } },
      });
      const adapter = unconfirmed.adapter();
      await adapter.listSessionRequests(ALL);
      await rejectsWith(adapter.acceptSessionRequest('5'), 'network');
    });
  });

  describe('session requests around their actions', () => {
    it('an abort during the details read after an accept is aborted: the remembered request does not stand in', async () => {
      const w = scripted({
        'GET requestSessions/list': { body: list([row('5', { request_type: 'received' })]) },
        'POST requestSessions/accept': { body: { result: 'ACCEPTED' } },
        'GET requestSessions/getDetails': () => new Promise<Response>(() => {}),
      });
      const adapter = w.adapter();
      await adapter.listSessionRequests(ALL);
      const stop = new AbortController();
      const accepting = adapter.acceptSessionRequest('5', { signal: stop.signal });
      await calledTimes(w.calls, 3);
      stop.abort();
      await rejectsWith(accepting, 'aborted');
    });

    it('the meeting link: a refusal of sessions/details leaves it out; an expired token or a dropped connection fails the read', async () => {
      const read = (reply: Reply) =>
        scripted({
          'GET requestSessions/getDetails': {
            body: { result: row('5', { status: 'ACCEPTED', session_id: '9' }) },
          },
          'GET sessions/details/9': reply,
        })
          .adapter()
          .getSessionRequest('5');
      for (const status of [403, 404, 500]) {
        const item = await read({ status, body: { message: 'Not the mentor of this session.' } });
        expect([item.status, item.sessionId], String(status)).to.deep.equal(['accepted', '9']);
        expect(item, String(status)).to.not.have.property('meetingLink');
      }
      await rejectsWith(read({ status: 401, body: { message: 'ACCESS_TOKEN_EXPIRED' } }), 'unauthorized');
      await rejectsWith(read(new TypeError('Failed to fetch')), 'network');
      const linked = await read({ body: { result: { meeting_info: { value: 'Gmeet', link: GMEET.url } } } });
      expect(linked.meetingLink).to.deep.equal(GMEET);
    });

    it('a request that is not accepted gets no meeting link read, even with a session id', async () => {
      const w = scripted({
        'GET requestSessions/getDetails': {
          body: { result: row('5', { status: 'REJECTED', session_id: '9' }) },
        },
      });
      expect((await w.adapter().getSessionRequest('5')).status).to.equal('rejected');
      expect(w.calls.map((c) => c.path)).to.deep.equal(['requestSessions/getDetails']);
    });

    it('saving a link uses the session id it knows; else it reads the details; no accepted session is a conflict', async () => {
      const accepted = row('5', { status: 'ACCEPTED', session_id: '9', request_type: 'received' });
      const known = scripted({
        'GET requestSessions/list': { body: list([accepted]) },
        'POST sessions/update/9': { body: { result: [] } },
      });
      const adapter = known.adapter();
      await adapter.listSessionRequests({ ...ALL, status: ['accepted'] });
      expect((await adapter.setMeetingLink('5', GMEET)).item.meetingLink).to.deep.equal(GMEET);
      expect(known.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal([
        'GET requestSessions/list',
        'POST sessions/update/9',
      ]);
      const save = (details: Record<string, unknown>) => {
        const w = scripted({
          'GET requestSessions/getDetails': { body: { result: details } },
          'POST sessions/update/9': { body: { result: [] } },
        });
        return { w, saving: w.adapter().setMeetingLink('5', GMEET) };
      };
      const unknown = save(row('5', { status: 'ACCEPTED', session_id: '9' }));
      expect((await unknown.saving).item.sessionId).to.equal('9');
      expect(unknown.w.count('GET requestSessions/getDetails')).to.equal(1);
      for (const details of [row('5', { status: 'ACCEPTED' }), row('5', { session_id: '9' })]) {
        const refused = save(details);
        await rejectsWith(refused.saving, 'conflict');
        expect(refused.w.count('POST sessions/update/9')).to.equal(0);
      }
    });

    it("a slot clash is a 400 with MentorEd's text only", async () => {
      const accept = (status: number, message: string) =>
        scripted({ 'POST requestSessions/accept': { status, body: { message } } })
          .adapter()
          .acceptSessionRequest('5');
      const clash = await rejectsWith(
        accept(400, 'You already have a session scheduled at this time.'),
        'validation',
      );
      expect([clash.fieldErrors, clash.status]).to.deep.equal([{ slot: 'slotClash' }, 400]);
      expect(isSlotClash(clash)).to.equal(true);
      for (const [status, message] of [
        [422, 'You already have a session scheduled at this time.'],
        [400, 'The session could not be created.'],
      ] as const)
        expect(isSlotClash(await rejectsWith(accept(status, message), 'validation')), message).to.equal(
          false,
        );
      await rejectsWith(accept(409, 'You already have a session scheduled at this time.'), 'conflict');
    });

    it('a list of statuses the server does not know asks nothing and is empty', async () => {
      const w = scripted({});
      const page = await w.adapter().listSessionRequests({ ...ALL, status: ['lost' as never] });
      expect([page.items, page.total]).to.deep.equal([[], 0]);
      expect(w.calls).to.have.length(0);
    });

    it('a list read in flight during an action is not kept: the next page reads again', async () => {
      const gate = deferred();
      const w = scripted({
        'GET requestSessions/list': [
          async () => {
            await gate.promise;
            return json(list([1, 2, 3].map((n) => row(String(n), { request_type: 'received' }))));
          },
          { body: list([1, 3].map((n) => row(String(n), { request_type: 'received' }))) },
        ],
        'POST requestSessions/reject': { body: { result: [] } },
        'GET requestSessions/getDetails': { body: { result: row('2') } },
      });
      const adapter = w.adapter();
      const first = adapter.listSessionRequests({ page: 1, pageSize: 2 });
      await calledTimes(w.calls, 1);
      await adapter.rejectSessionRequest('2');
      gate.resolve();
      expect((await first).items.map((r) => r.id)).to.deep.equal(['1', '2']);
      const second = await adapter.listSessionRequests({ page: 2, pageSize: 2 });
      expect([second.items, second.total]).to.deep.equal([[], 2]);
      expect(w.count('GET requestSessions/list')).to.equal(2);
      // Without an action in between, the next page is cut from the same read: no call.
      expect(
        (await adapter.listSessionRequests({ page: 1, pageSize: 1 })).items.map((r) => r.id),
      ).to.deep.equal(['1']);
      expect(
        (await adapter.listSessionRequests({ page: 2, pageSize: 1 })).items.map((r) => r.id),
      ).to.deep.equal(['3']);
      expect(w.count('GET requestSessions/list')).to.equal(3);
    });
  });

  describe('lists', () => {
    it('a count sent as text is read; a missing, negative or unreadable one, or data that is not a list, is server', async () => {
      const listed = (body: unknown) =>
        scripted({ 'GET requestSessions/list': { body } }).adapter().listSessionRequests(ALL);
      expect((await listed(list([row('1', { request_type: 'received' })], '1'))).total).to.equal(1);
      for (const body of [
        { result: { data: [] } },
        list([], -1),
        list([], 'many'),
        list([], Number.POSITIVE_INFINITY),
        { result: { data: {}, count: 0 } },
        { result: [] },
        {},
      ]) {
        await rejectsWith(listed(body), 'server');
      }
    });

    it('refuses a page or page size that is not a whole number of at least 1, before any call', async () => {
      const w = scripted({});
      const adapter = w.adapter();
      for (const call of [
        adapter.listSessionRequests.bind(adapter),
        adapter.listMessageRequests.bind(adapter),
      ]) {
        const size = await rejectsWith(call({ page: 1, pageSize: 0 }), 'validation');
        expect(Object.keys(size.fieldErrors ?? {})).to.deep.equal(['pageSize']);
        expect((await rejectsWith(call({ page: 1, pageSize: 2.5 }), 'validation')).fieldErrors).to.have.keys(
          'pageSize',
        );
        expect((await rejectsWith(call({ page: 1.5, pageSize: 10 }), 'validation')).fieldErrors).to.have.keys(
          'page',
        );
        expect((await rejectsWith(call({ page: 0, pageSize: -1 }), 'validation')).fieldErrors).to.have.keys(
          'page',
          'pageSize',
        );
      }
      expect(w.calls).to.have.length(0);
    });
  });

  describe('error texts', () => {
    it("keeps the server's readable text apart (serverMessage), with the status", async () => {
      const failed = async (body: unknown, status = 500) => {
        const w = scripted({ 'GET connections/pending': { status, body } });
        return rejectsWith(w.adapter().listMessageRequests(ALL), status === 500 ? 'server' : 'validation');
      };
      const text = await failed({ message: '  Database is down  ' });
      expect([text.message, text.serverMessage, text.status]).to.deep.equal([
        'Database is down',
        'Database is down',
        500,
      ]);
      for (const body of [{ message: 'SOME_KEY' }, {}, { message: 5 }]) {
        const none = await failed(body);
        expect(none.serverMessage, JSON.stringify(body)).to.equal(undefined);
        expect(none.message, JSON.stringify(body)).to.equal(DEFAULT_MESSAGES.server);
      }
      const garbled = await rejectsWith(
        scripted({ 'GET connections/pending': { status: 500, text: '<html>' } })
          .adapter()
          .listMessageRequests(ALL),
        'server',
      );
      expect(garbled.serverMessage).to.equal(undefined);
    });

    it('field errors: by `param` or `path`, the first readable message per field, trimmed', async () => {
      const w = scripted({
        'POST requestSessions/reject': {
          status: 422,
          body: {
            message: 'VALIDATION_FAILED',
            error: [
              null,
              5,
              { path: 5, param: 6, msg: 'not a field name' },
              { path: 'reason', msg: '  Too long  ' },
              { param: 'reason', msg: 'second message' },
              { param: 'title', msg: '   ' },
              { param: 'agenda' },
              { msg: 'no field' },
            ],
          },
        },
        'GET requestSessions/getDetails': { body: { result: row('5') } },
      });
      const error = await rejectsWith(w.adapter().rejectSessionRequest('5', 'x'), 'validation');
      expect(error.fieldErrors).to.deep.equal({ reason: 'Too long' });
      expect(error.message).to.equal('Too long');
    });

    it('a 401 is forbidden only for PERMISSION_DENIED as a whole key, or its English text', async () => {
      const kind = async (message: string, status = 401) => {
        const w = scripted({ 'GET connections/pending': { status, body: { message } } });
        try {
          await w.adapter().listMessageRequests(ALL);
        } catch (error) {
          return RequestsError.is(error) ? error.kind : 'not a RequestsError';
        }
        return 'no error';
      };
      expect(await kind('PERMISSION_DENIED')).to.equal('forbidden');
      expect(await kind('  PERMISSION_DENIED  ')).to.equal('forbidden');
      expect(await kind('You do not have the required permissions to access this resource.')).to.equal(
        'forbidden',
      );
      expect(await kind('PERMISSION_DENIED_SOON')).to.equal('unauthorized');
      expect(await kind('NO_PERMISSION_DENIED')).to.equal('unauthorized');
      expect(await kind('ACCESS_TOKEN_EXPIRED')).to.equal('unauthorized');
      expect(await kind('PERMISSION_DENIED', 500)).to.equal('server');
    });

    it('readable server text: trimmed, with a letter, at most 500 characters', () => {
      expect(readableMessage('  Saved.  ')).to.equal('Saved.');
      expect(readableMessage('é'.repeat(500))).to.equal('é'.repeat(500));
      for (const unreadable of ['é'.repeat(501), '12:30 - 13:30', '-', 'SESSION_NOT_FOUND'])
        expect(readableMessage(unreadable), unreadable).to.equal(undefined);
    });

    it('a reason past a limit is refused before sending, saying which limit (message and key)', async () => {
      const w = scripted({});
      const adapter = w.adapter();
      const words = await rejectsWith(adapter.rejectSessionRequest('5', 'w '.repeat(51)), 'validation');
      expect([words.message, words.fieldErrors]).to.deep.equal([
        'The reason must be 50 words or fewer.',
        { reason: 'reasonTooManyWords' },
      ]);
      const chars = await rejectsWith(adapter.rejectSessionRequest('5', 'x'.repeat(256)), 'validation');
      expect([chars.message, chars.fieldErrors]).to.deep.equal([
        'The reason must be 255 characters or fewer.',
        { reason: 'reasonTooLong' },
      ]);
      expect(w.calls).to.have.length(0);
    });

    it('isSlotClash: a validation error with the slot key only', () => {
      const slot = { slot: 'slotClash' };
      expect(isSlotClash(new RequestsError('validation', 'x', { fieldErrors: slot }))).to.equal(true);
      expect(isSlotClash(new RequestsError('validation', 'x'))).to.equal(false);
      expect(isSlotClash(new RequestsError('validation', 'x', { fieldErrors: { slot: 'other' } }))).to.equal(
        false,
      );
      expect(isSlotClash(new RequestsError('conflict', 'x', { fieldErrors: slot }))).to.equal(false);
      expect(isSlotClash(Object.assign(new Error('x'), { kind: 'validation', fieldErrors: slot }))).to.equal(
        false,
      );
      expect(isSlotClash(undefined)).to.equal(false);
    });

    it('a token of 8 characters echoed by the server is redacted from what reaches the error', async () => {
      const w = scripted({
        'GET connections/pending': { status: 500, body: { message: 'Token abcd1234 is bad' } },
      });
      const error = await rejectsWith(w.adapter({ token: 'abcd1234' }).listMessageRequests(ALL), 'server');
      expect(error.message).to.equal('Token [redacted] is bad');
    });
  });
});
