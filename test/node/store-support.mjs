// Helpers of the InboxStore tests (test/node/store*.test.mjs): a scripted adapter whose every call is
// logged and answered by the test (now, later, or with an error), and request builders.
import { RequestsError } from '../../dist/model/errors.js';

export const HOUR = 3_600_000;
export const NOW = Date.UTC(2026, 11, 4, 9);

export function session(i, overrides = {}) {
  const start = new Date(NOW + (24 + i) * HOUR);
  return {
    kind: 'session',
    id: `s${i}`,
    direction: 'received',
    status: 'requested',
    title: `Title ${i}`,
    agenda: '',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - i * HOUR),
    person: { id: `p${i}`, name: `Person ${i}`, designations: [] },
    ...overrides,
  };
}

export function message(i, overrides = {}) {
  return {
    kind: 'message',
    id: `m${i}`,
    direction: 'received',
    status: 'requested',
    message: `Hello ${i}`,
    createdAt: new Date(NOW - i * HOUR),
    person: { id: `q${i}`, name: `Writer ${i}`, designations: [] },
    ...overrides,
  };
}

/** A promise with its resolve / reject outside. */
export function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const STATUS_OF = (r, now) =>
  r.kind === 'session' && r.status === 'requested' && r.end.getTime() <= now ? 'expired' : r.status;

/**
 * An adapter over in-memory arrays that behaves like a real one (exact pages, totals, transitions), logs
 * every call in `calls`, and lets a test hold a call (`hold(method)` → a deferred the next call waits on)
 * or fail it (`failNext(method, kind)`).
 */
export class ScriptedAdapter {
  calls = [];
  #holds = new Map();
  #fails = new Map();

  /**
   * `withIds`: countPending also gives the pending ids (as the MentorEd adapter does); `identity`: the
   * adapter's identity (tabs of one identity share polls and actions).
   */
  constructor({ sessions = [], messages = [], now = () => NOW, withIds = false, identity } = {}) {
    this.sessions = sessions.map((r) => ({ ...r }));
    this.messages = messages.map((r) => ({ ...r }));
    this.now = now;
    this.withIds = withIds;
    if (identity !== undefined) this.identity = identity;
  }

  /** The next call of `method` waits for the returned gate to open (`gate.resolve()`). */
  hold(method) {
    const gate = deferred();
    this.#holds.set(method, [...(this.#holds.get(method) ?? []), gate]);
    return gate;
  }

  failNext(method, kind) {
    this.#fails.set(method, kind);
  }

  callsOf(method) {
    return this.calls.filter((c) => c.method === method);
  }

  async #enter(method, args, signal) {
    const call = { method, args, signal };
    this.calls.push(call);
    const gates = this.#holds.get(method);
    const gate = gates?.shift();
    if (gate) await gate.promise;
    if (signal?.aborted) throw new RequestsError('aborted', 'aborted');
    const kind = this.#fails.get(method);
    if (kind) {
      this.#fails.delete(method);
      throw new RequestsError(kind, `failed: ${kind}`);
    }
    return call;
  }

  #page(all, q) {
    const now = this.now();
    const statuses = q.status ?? ['requested'];
    const items = all.filter(
      (r) =>
        statuses.includes(STATUS_OF(r, now)) &&
        (!q.direction || q.direction === 'all' || r.direction === q.direction),
    );
    const from = (q.page - 1) * q.pageSize;
    return {
      items: items.slice(from, from + q.pageSize).map((r) => ({ ...r })),
      total: items.length,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  #find(all, id) {
    const found = all.find((r) => r.id === id);
    if (!found) throw new RequestsError('not-found', 'gone');
    return found;
  }

  #act(all, id, status, extra = {}) {
    const found = this.#find(all, id);
    if (found.status !== 'requested') throw new RequestsError('conflict', 'already handled');
    Object.assign(found, { status, ...extra });
    return { item: { ...found }, message: `${status}!` };
  }

  async listSessionRequests(q, o) {
    await this.#enter('listSessionRequests', [q], o?.signal);
    return this.#page(this.sessions, q);
  }
  async listMessageRequests(q, o) {
    await this.#enter('listMessageRequests', [q], o?.signal);
    return this.#page(this.messages, q);
  }
  async getSessionRequest(id, o) {
    await this.#enter('getSessionRequest', [id], o?.signal);
    return { ...this.#find(this.sessions, id) };
  }
  async getMessageRequest(id, o) {
    await this.#enter('getMessageRequest', [id], o?.signal);
    return { ...this.#find(this.messages, id) };
  }
  async acceptSessionRequest(id) {
    await this.#enter('acceptSessionRequest', [id]);
    return this.#act(this.sessions, id, 'accepted', { sessionId: `x${id}` });
  }
  async rejectSessionRequest(id, reason) {
    await this.#enter('rejectSessionRequest', [id, reason]);
    return this.#act(this.sessions, id, 'rejected', reason ? { rejectReason: reason } : {});
  }
  async acceptMessageRequest(id) {
    await this.#enter('acceptMessageRequest', [id]);
    return this.#act(this.messages, id, 'accepted');
  }
  async rejectMessageRequest(id) {
    await this.#enter('rejectMessageRequest', [id]);
    return this.#act(this.messages, id, 'rejected');
  }
  async setMeetingLink(id, link) {
    await this.#enter('setMeetingLink', [id, link]);
    const found = this.#find(this.sessions, id);
    if (found.status !== 'accepted') throw new RequestsError('conflict', 'not accepted');
    found.meetingLink = link;
    return { item: { ...found } };
  }
  async countPending(o) {
    await this.#enter('countPending', [], o?.signal);
    const now = this.now();
    const pending = (all) =>
      all.filter((r) => r.direction === 'received' && STATUS_OF(r, now) === 'requested').map((r) => r.id);
    const session = pending(this.sessions);
    const message = pending(this.messages);
    const counts = { session: session.length, message: message.length };
    return this.withIds ? { ...counts, ids: { session, message } } : counts;
  }
}

/** Counts the store's `change` events from now on. */
export function changes(store) {
  const seen = { count: 0 };
  store.addEventListener('change', () => seen.count++);
  return seen;
}

/** Lets queued microtasks (the store's coalesced `change`) and settled promises run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export { FakeClock } from '../support/fake-clock.mjs';
