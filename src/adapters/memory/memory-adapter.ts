import { RequestsError, type RequestsErrorKind } from '../../model/errors.js';
import {
  pageOf,
  type ActionResult,
  type CallOptions,
  type ListQuery,
  type MeetingLink,
  type MessageRequest,
  type Page,
  type PendingCounts,
  type Person,
  type RequestKind,
  type RequestStatus,
  type SessionRequest,
} from '../../model/request.js';
import { validateMeetingLink } from '../meeting-link.js';
import {
  DEFAULT_MESSAGE_STATUSES,
  DEFAULT_SESSION_STATUSES,
  type AdapterCapabilities,
  type RequestsAdapter,
  type RequestsAdapterMethod,
  type RequestsChange,
} from '../types.js';
import { checkRejectReason, MENTORED_CAPABILITIES } from '../reason.js';
import type { BookedSlot, TimeRange } from '../../model/overlap.js';
import { bookedIn } from './booked.js';
import { generateRequests } from './generate.js';
import type { ElsewhereOutcome, MemoryAdapterCall, MemoryAdapterOptions, MemorySnapshot } from './options.js';
import { abortError, clone, delay, KIND_TEXT, TEXT } from './support.js';
import { arrival, Pushes } from './live.js';
import { StoreIndex, statusAt } from './store-index.js';

export type { ElsewhereOutcome, MemoryAdapterCall, MemoryAdapterOptions, MemorySnapshot } from './options.js';

type FailMethod = RequestsAdapterMethod | 'any';

/**
 * An in-memory {@link RequestsAdapter} for demos, stories and unit tests. Its data is generated from a
 * seed (or given), and it follows the MentorEd API's transitions and errors: a second accept is a
 * `conflict` (the API's 404 on an action), a `requested` session whose end has passed reads as
 * `expired` and cannot be accepted, only received requests can be accepted or rejected, a reason
 * over 50 words or 255 characters is a `validation` error. Where the real API answers an unknown id with a 500, this
 * adapter says `not-found`.
 *
 * Lists follow the contract of `ListQuery` and `Page`, as the MentorEd adapter does: any statuses (as
 * read now: an ended `requested` session is `expired`) and direction, newest first, 1-based exact pages
 * cut after both filters, `total` = the number of requests the query delivers. Generated data (a count,
 * not an array) includes a history of handled session requests (`history`).
 *
 * Every value returned is a copy: callers cannot change the store by mutating it.
 *
 * Live: `subscribe` pushes `{ kind, ids }` whenever requests are added, change or go, through this
 * adapter's own actions and through the test controls below (`receiveRequest`, `handleElsewhere`,
 * `expire`, `add`), so a store on it never polls (`capabilities.push`). `countPending` also gives the
 * pending ids. A slot that merely ends as the clock moves is not pushed (nothing happened on the server;
 * the next read shows it expired).
 */
export class MemoryAdapter implements RequestsAdapter {
  /**
   * The reject reason's limits, MentorEd's: 50 words and 255 characters (see `reason.ts`); and `push`:
   * `subscribe` delivers every change.
   */
  readonly capabilities: AdapterCapabilities = Object.freeze({ ...MENTORED_CAPABILITIES, push: true });
  /** The `identity` option: who and where, for sharing across tabs (see `RequestsAdapter.identity`). */
  readonly identity?: string;
  /** Log of every adapter call (failed and aborted ones included), oldest first. Tests may clear it. */
  calls: MemoryAdapterCall[] = [];
  /** While true, every call fails with a `network` error (after the latency), like a dropped connection. */
  offline = false;
  /** The viewer given to the constructor. */
  readonly me: Person;

  private sessions: SessionRequest[];
  private messages: MessageRequest[];
  private readonly booked: BookedSlot[];
  private failures: { method: FailMethod; error: RequestsError; times: number }[] = [];
  private readonly latency: () => number;
  private readonly now: () => number;
  /** The stores sorted, and the matches of each status filter, kept between calls (store-index.ts). */
  private readonly index = new StoreIndex();
  private readonly pushes = new Pushes();
  /** Ids of withdrawn requests, by kind: reading one is `not-found`, acting on one a `conflict`. */
  private readonly withdrawn = { session: new Set<string>(), message: new Set<string>() };
  private readonly seed: number;
  private arrivals = 0;

  constructor(options: MemoryAdapterOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    const latency = options.latencyMs ?? 0;
    this.latency = typeof latency === 'function' ? latency : () => latency;
    this.me = clone(options.me ?? { id: 'me', name: 'Me', designations: [] });
    if (options.identity !== undefined) this.identity = options.identity;
    this.seed = options.seed ?? 1;
    const { sessionRequests: s, messageRequests: m } = options;
    // Generated even when both lists are given: it is cheap, and keeps one code path.
    const generated = generateRequests({
      seed: this.seed,
      now: this.now(),
      sessionRequests: typeof s === 'number' ? s : undefined,
      messageRequests: typeof m === 'number' ? m : undefined,
      history: options.history,
    });
    this.sessions = Array.isArray(s) ? s.map(clone) : [...generated.sessionRequests, ...generated.history];
    this.messages = Array.isArray(m) ? m.map(clone) : generated.messageRequests;
    this.booked = Array.isArray(options.bookedSessions) ? options.bookedSessions.map(clone) : [];
  }

  // ---- RequestsAdapter ------------------------------------------------------------------------

  async listSessionRequests(q: ListQuery, o?: CallOptions): Promise<Page<SessionRequest>> {
    await this.enter('listSessionRequests', [q], o);
    return this.page(this.sessions, q, DEFAULT_SESSION_STATUSES);
  }

  async getSessionRequest(id: string, o?: CallOptions): Promise<SessionRequest> {
    await this.enter('getSessionRequest', [id], o);
    return this.read(this.findSession(id));
  }

  async acceptSessionRequest(id: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    await this.enter('acceptSessionRequest', [id], o);
    const stored = this.actionable(this.findSession(id, true), TEXT.sessionGone);
    Object.assign(stored, { status: 'accepted', sessionId: `session-${stored.id}` });
    this.changed('session', stored.id);
    return { item: this.read(stored), message: TEXT.sessionAccepted(stored.person.name) };
  }

  async rejectSessionRequest(
    id: string,
    reason?: string,
    o?: CallOptions,
  ): Promise<ActionResult<SessionRequest>> {
    await this.enter('rejectSessionRequest', [id, reason], o);
    // MentorEd's limits (50 words, 255 characters), checked before the request is looked up, as there.
    const text = checkRejectReason(reason);
    const stored = this.actionable(this.findSession(id, true), TEXT.sessionGone);
    stored.status = 'rejected';
    if (text) stored.rejectReason = text;
    this.changed('session', stored.id);
    return { item: this.read(stored), message: TEXT.sessionRejected };
  }

  async setMeetingLink(
    id: string,
    link: MeetingLink,
    o?: CallOptions,
  ): Promise<ActionResult<SessionRequest>> {
    await this.enter('setMeetingLink', [id, link ? { ...link } : link], o);
    // The server does not check URLs; adapters must, before anything is sent (so before lookups).
    const verdict = validateMeetingLink(link);
    if (!verdict.ok) {
      throw new RequestsError('validation', KIND_TEXT.validation, {
        fieldErrors: Object.fromEntries(
          Object.entries(verdict.errors).filter(([, v]) => v !== undefined),
        ) as Record<string, string>,
      });
    }
    const stored = this.findSession(id, true);
    // The session belongs to the mentor who accepted it; the mentee who asked cannot edit it.
    if (stored.direction !== 'received') throw this.error('forbidden');
    if (this.read(stored).status !== 'accepted' || !stored.sessionId) {
      throw this.error('conflict', 'Only an accepted session request can get a meeting link.');
    }
    stored.meetingLink = clone(verdict.link);
    this.changed('session', stored.id);
    return { item: this.read(stored), message: TEXT.linkSaved };
  }

  async listMessageRequests(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>> {
    await this.enter('listMessageRequests', [q], o);
    return this.page(this.messages, q, DEFAULT_MESSAGE_STATUSES);
  }

  async getMessageRequest(id: string, o?: CallOptions): Promise<MessageRequest> {
    await this.enter('getMessageRequest', [id], o);
    return this.read(this.findMessage(id));
  }

  async acceptMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    await this.enter('acceptMessageRequest', [id], o);
    const stored = this.actionable(this.findMessage(id, true), TEXT.messageGone);
    Object.assign(stored, { status: 'accepted', roomId: `room-${stored.id}` });
    this.changed('message', stored.id);
    return { item: this.read(stored), message: TEXT.messageAccepted(stored.person.name) };
  }

  async rejectMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    await this.enter('rejectMessageRequest', [id], o);
    const stored = this.actionable(this.findMessage(id, true), TEXT.messageGone);
    stored.status = 'rejected';
    this.changed('message', stored.id);
    return { item: this.read(stored), message: TEXT.messageRejected };
  }

  /** The received pending requests, their number and their ids (newest first), of both kinds. */
  async countPending(o?: CallOptions): Promise<PendingCounts> {
    await this.enter('countPending', [], o);
    const now = this.now();
    // The same matches as the queue's list (received, pending as read now), so counts and lists agree.
    const ids = (stored: (SessionRequest | MessageRequest)[]) =>
      this.index.matching(stored, ['requested'], 'received', now).map((r) => r.id);
    const session = ids(this.sessions);
    const message = ids(this.messages);
    return { session: session.length, message: message.length, ids: { session, message } };
  }

  /**
   * The viewer's booked sessions that overlap or touch `range`: the accepted session requests and the
   * `bookedSessions` option (booked.ts).
   */
  async listBookedSlots(range: TimeRange, o?: CallOptions): Promise<BookedSlot[]> {
    await this.enter('listBookedSlots', [range && { start: range.start, end: range.end }], o);
    return bookedIn(range, this.sessions, this.booked);
  }

  /**
   * Pushes `{ kind, ids }` to `listener` whenever requests are added, change or go (see the class
   * comment), until the returned function is called or `o.signal` aborts. Synchronous, inside the change.
   */
  subscribe(listener: (change: RequestsChange) => void, o?: CallOptions): () => void {
    return this.pushes.subscribe(listener, o);
  }

  // ---- Test and demo controls -----------------------------------------------------------------

  /**
   * Makes the next `times` calls of `method` (or of any method, with `'any'`) fail with `error` (a
   * kind gets a default message), after the latency and before touching the store. Failures queue
   * in the order they were registered; an aborted call does not use one up.
   */
  failNext(method: FailMethod, error: RequestsError | RequestsErrorKind, times = 1): void {
    const err = typeof error === 'string' ? new RequestsError(error, KIND_TEXT[error]) : error;
    this.failures.push({ method, error: err, times });
  }

  /**
   * "Handled elsewhere": changes a request as if another device of the viewer (or, for one the viewer
   * sent, the other person) had handled it on the server, so the next action on it here is a `conflict`.
   * `accepted` also creates the session / chat room, as the server would; `withdrawn` (the sender took
   * it back) removes it: lists and counts lose it, reading it is `not-found`, acting on it a `conflict`.
   * Pushes the change to subscribers.
   */
  handleElsewhere(kind: RequestKind, id: string, status: ElsewhereOutcome): void {
    const stored = kind === 'session' ? this.findSession(id) : this.findMessage(id);
    if (status === 'withdrawn') {
      const list: (SessionRequest | MessageRequest)[] = kind === 'session' ? this.sessions : this.messages;
      list.splice(list.indexOf(stored), 1);
      this.withdrawn[kind].add(id);
      this.index.changed({ stores: true });
      this.pushes.push(kind, [id]);
      return;
    }
    stored.status = status;
    if (status === 'accepted' && stored.kind === 'session') stored.sessionId ??= `session-${stored.id}`;
    if (status === 'accepted' && stored.kind === 'message') stored.roomId ??= `room-${stored.id}`;
    this.changed(kind, id);
  }

  /**
   * "A new request arrives": stores a received, pending request created now, from a new person (see
   * live.ts `arrival`; a session's slot is upcoming), with `fields` over it, pushes it to subscribers,
   * and returns a copy. Ids are `new-<n>` (sessions) and `new-u<n>` (messages: the person's id), never one
   * the store holds; the same seed gives the same arrivals.
   */
  receiveRequest(kind: 'session', fields?: Partial<Omit<SessionRequest, 'kind'>>): SessionRequest;
  receiveRequest(kind: 'message', fields?: Partial<Omit<MessageRequest, 'kind'>>): MessageRequest;
  receiveRequest(
    kind: RequestKind,
    fields: Partial<Omit<SessionRequest, 'kind'>> | Partial<Omit<MessageRequest, 'kind'>> = {},
  ): SessionRequest | MessageRequest {
    const list: { id: string }[] = kind === 'session' ? this.sessions : this.messages;
    const taken = (id: string) => list.some((r) => r.id === id) || this.withdrawn[kind].has(id);
    const made = arrival(kind, this.seed, ++this.arrivals, this.now(), taken);
    const request = { ...made, ...fields, kind } as SessionRequest | MessageRequest;
    // A message request's id is its person's id: a given id without a person moves the person too.
    if (request.kind === 'message' && !fields.person) request.person = { ...request.person, id: request.id };
    this.add(request);
    return clone(request);
  }

  /** Marks a session request EXPIRED, as the server's job does once its slot has passed. Pushes it. */
  expire(id: string): void {
    this.findSession(id).status = 'expired';
    this.changed('session', id);
  }

  /** Stores a copy of `request`, replacing a stored one of the same kind and id. Pushes it. */
  add(request: SessionRequest | MessageRequest): void {
    const list: (SessionRequest | MessageRequest)[] =
      request.kind === 'session' ? this.sessions : this.messages;
    const at = list.findIndex((r) => r.id === request.id);
    if (at >= 0) list.splice(at, 1, clone(request));
    else list.push(clone(request));
    this.withdrawn[request.kind].delete(request.id);
    this.index.changed({ stores: true });
    this.pushes.push(request.kind, [request.id]);
  }

  /** Copies of every stored request, with the stored status (no read-time expiry applied). */
  snapshot(): MemorySnapshot {
    return { sessionRequests: this.sessions.map(clone), messageRequests: this.messages.map(clone) };
  }

  // ---- Internals --------------------------------------------------------------------------------

  /** After a stored request changed in place: the index starts over, and subscribers hear of it. */
  private changed(kind: RequestKind, id: string): void {
    this.index.changed();
    this.pushes.push(kind, [id]);
  }

  /** What every call goes through: log, abort check, latency, offline and injected failures. */
  private async enter(method: RequestsAdapterMethod, args: unknown[], o?: CallOptions): Promise<void> {
    this.calls.push({ method, args });
    const signal = o?.signal;
    if (signal?.aborted) throw abortError(signal);
    const ms = this.latency();
    if (ms > 0) await delay(ms, signal);
    if (this.offline) throw new RequestsError('network', KIND_TEXT.network);
    const failure = this.failures.find((f) => f.method === method || f.method === 'any');
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      throw failure.error;
    }
  }

  /** A copy with the status as the server would report it now (an ended `requested` slot is expired). */
  private read<T extends SessionRequest | MessageRequest>(stored: T): T {
    const copy = clone(stored);
    copy.status = statusAt(stored, this.now());
    return copy;
  }

  /** The checks every accept / reject makes: only the receiver may act, and only while it is pending. */
  private actionable<T extends SessionRequest | MessageRequest>(stored: T, goneText: string): T {
    if (stored.direction !== 'received') throw this.error('forbidden');
    if (this.read(stored).status !== 'requested') throw this.error('conflict', goneText);
    return stored;
  }

  /**
   * Status (read-time) and direction filters, newest first (or soonest first: `q.sort`, sessions only),
   * then one exact page of what they leave; `total` is their number (model/request.ts `pageOf`).
   */
  private page<T extends SessionRequest | MessageRequest>(
    stored: T[],
    q: ListQuery,
    defaults: readonly RequestStatus[],
  ): Page<T> {
    const { page, pageSize } = q;
    const bad = [page, pageSize].map((n) => !Number.isInteger(n) || n < 1);
    if (bad[0] || bad[1]) {
      const fieldErrors = { [bad[0] ? 'page' : 'pageSize']: 'Must be a whole number of at least 1.' };
      throw new RequestsError('validation', KIND_TEXT.validation, { fieldErrors });
    }
    const statuses: readonly RequestStatus[] = q.status?.length ? q.status : defaults;
    const sort = q.sort === 'soonest' ? 'soonest' : 'newest';
    const matches = this.index.matching(stored, statuses, q.direction ?? 'all', this.now(), sort);
    const cut = pageOf(matches, page, pageSize);
    return { ...cut, items: cut.items.map((request) => this.read(request)) };
  }

  private findSession(id: string, action = false): SessionRequest {
    const found = this.sessions.find((r) => r.id === id);
    if (found) return found;
    if (action && this.withdrawn.session.has(id)) throw this.error('conflict', TEXT.sessionGone);
    throw this.error('not-found', 'The session request was not found.');
  }

  private findMessage(id: string, action = false): MessageRequest {
    const found = this.messages.find((r) => r.id === id);
    if (found) return found;
    if (action && this.withdrawn.message.has(id)) throw this.error('conflict', TEXT.messageGone);
    throw this.error('not-found', 'The message request was not found.');
  }

  /** No `status`: there is no HTTP here, and faking one would invite comparing it across adapters. */
  private error(kind: RequestsErrorKind, message = KIND_TEXT[kind]): RequestsError {
    return new RequestsError(kind, message);
  }
}
