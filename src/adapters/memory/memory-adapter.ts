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
  type RequestsAdapter,
  type RequestsAdapterMethod,
} from '../types.js';
import { checkRejectReason, MENTORED_CAPABILITIES } from '../reason.js';
import { generateRequests } from './generate.js';
import { StoreIndex, statusAt } from './store-index.js';

export interface MemoryAdapterOptions {
  /** Seed of the generated data (default 1): the same seed and clock give the same requests. */
  seed?: number;
  /**
   * A count of pending session requests to generate (default: generateRequests' default, 12), or the
   * requests to start with (then exactly those: no history is added).
   */
  sessionRequests?: number | SessionRequest[];
  /**
   * How many handled session requests (accepted, rejected, expired, both directions) to generate in
   * addition to a generated `sessionRequests` (default 8, 0 for none; see `generateRequests`).
   */
  history?: number;
  /** A count to generate (default: generateRequests' default), or the requests to start with. */
  messageRequests?: number | MessageRequest[];
  /** Delay of every call in ms, or a function asked per call (e.g. for jitter). Default 0. */
  latencyMs?: number | (() => number);
  /** The viewer. Only informative: every stored request already holds the *other* person. */
  me?: Person;
  /** The clock (ms since epoch), used to generate the data and to read ended requests as expired. */
  now?: () => number;
}

/** One entry of {@link MemoryAdapter.calls}. `args` are the call's arguments without its CallOptions. */
export interface MemoryAdapterCall {
  method: RequestsAdapterMethod;
  args: unknown[];
}

/** What {@link MemoryAdapter.snapshot} returns: copies of the store, with the stored statuses. */
export interface MemorySnapshot {
  sessionRequests: SessionRequest[];
  messageRequests: MessageRequest[];
}

type FailMethod = RequestsAdapterMethod | 'any';

/** Messages the real MentorEd server sends (docs/mentored-api.md), so the UI shows the same texts. */
const TEXT = {
  sessionAccepted: (name: string) =>
    `You have accepted this session. ${name} has been added to your connections.`,
  sessionRejected: 'You have rejected the session request.',
  linkSaved: 'Your session details have been updated.',
  messageAccepted: (name: string) =>
    `You have accepted this message request, and ${name} is added to your connections.`,
  // MentorEd sends no readable text for connections/reject; this stands in for it.
  messageRejected: 'You have rejected the message request.',
  sessionGone: 'The session request was not found or has already been processed.',
  messageGone: 'The connection request was not found or has already been processed.',
};

const KIND_TEXT: Record<RequestsErrorKind, string> = {
  network: 'The server could not be reached.',
  timeout: 'The server took too long to answer.',
  aborted: 'The request was cancelled.',
  unauthorized: 'Your session has expired. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'The request was not found.',
  conflict: 'This request was already handled.',
  validation: 'Some fields are not valid.',
  server: 'Oops! Something Went Wrong.',
};

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
 */
export class MemoryAdapter implements RequestsAdapter {
  /** The reject reason's limits, MentorEd's: 50 words and 255 characters (see `reason.ts`). */
  readonly capabilities = MENTORED_CAPABILITIES;
  /** Log of every adapter call (failed and aborted ones included), oldest first. Tests may clear it. */
  calls: MemoryAdapterCall[] = [];
  /** While true, every call fails with a `network` error (after the latency), like a dropped connection. */
  offline = false;
  /** The viewer given to the constructor. */
  readonly me: Person;

  private sessions: SessionRequest[];
  private messages: MessageRequest[];
  private failures: { method: FailMethod; error: RequestsError; times: number }[] = [];
  private readonly latency: () => number;
  private readonly now: () => number;
  /** The stores sorted, and the matches of each status filter, kept between calls (store-index.ts). */
  private readonly index = new StoreIndex();

  constructor(options: MemoryAdapterOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    const latency = options.latencyMs ?? 0;
    this.latency = typeof latency === 'function' ? latency : () => latency;
    this.me = clone(options.me ?? { id: 'me', name: 'Me', designations: [] });
    const { sessionRequests: s, messageRequests: m } = options;
    // Generated even when both lists are given: it is cheap, and keeps one code path.
    const generated = generateRequests({
      seed: options.seed ?? 1,
      now: this.now(),
      sessionRequests: typeof s === 'number' ? s : undefined,
      messageRequests: typeof m === 'number' ? m : undefined,
      history: options.history,
    });
    this.sessions = Array.isArray(s) ? s.map(clone) : [...generated.sessionRequests, ...generated.history];
    this.messages = Array.isArray(m) ? m.map(clone) : generated.messageRequests;
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
    const stored = this.actionable(this.findSession(id), TEXT.sessionGone);
    Object.assign(stored, { status: 'accepted', sessionId: `session-${stored.id}` });
    this.index.changed();
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
    const stored = this.actionable(this.findSession(id), TEXT.sessionGone);
    stored.status = 'rejected';
    this.index.changed();
    if (text) stored.rejectReason = text;
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
    const stored = this.findSession(id);
    // The session belongs to the mentor who accepted it; the mentee who asked cannot edit it.
    if (stored.direction !== 'received') throw this.error('forbidden');
    if (this.read(stored).status !== 'accepted' || !stored.sessionId) {
      throw this.error('conflict', 'Only an accepted session request can get a meeting link.');
    }
    stored.meetingLink = clone(verdict.link);
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
    const stored = this.actionable(this.findMessage(id), TEXT.messageGone);
    Object.assign(stored, { status: 'accepted', roomId: `room-${stored.id}` });
    this.index.changed();
    return { item: this.read(stored), message: TEXT.messageAccepted(stored.person.name) };
  }

  async rejectMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    await this.enter('rejectMessageRequest', [id], o);
    const stored = this.actionable(this.findMessage(id), TEXT.messageGone);
    stored.status = 'rejected';
    this.index.changed();
    return { item: this.read(stored), message: TEXT.messageRejected };
  }

  async countPending(o?: CallOptions): Promise<PendingCounts> {
    await this.enter('countPending', [], o);
    const now = this.now();
    const pending = (r: SessionRequest | MessageRequest) =>
      r.direction === 'received' && statusAt(r, now) === 'requested';
    return { session: this.sessions.filter(pending).length, message: this.messages.filter(pending).length };
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
   * Changes a request as if another device had handled it on the server (so the next action on it
   * here is a `conflict`). Accepting also creates the session / chat room, as the server would.
   */
  handleElsewhere(kind: RequestKind, id: string, status: 'accepted' | 'rejected'): void {
    const stored = kind === 'session' ? this.findSession(id) : this.findMessage(id);
    stored.status = status;
    this.index.changed();
    if (status === 'accepted' && stored.kind === 'session') stored.sessionId ??= `session-${stored.id}`;
    if (status === 'accepted' && stored.kind === 'message') stored.roomId ??= `room-${stored.id}`;
  }

  /** Marks a session request EXPIRED, as the server's job does once its slot has passed. */
  expire(id: string): void {
    this.findSession(id).status = 'expired';
    this.index.changed();
  }

  /** Stores a copy of `request`, replacing a stored one of the same kind and id. */
  add(request: SessionRequest | MessageRequest): void {
    const list: (SessionRequest | MessageRequest)[] =
      request.kind === 'session' ? this.sessions : this.messages;
    const at = list.findIndex((r) => r.id === request.id);
    if (at >= 0) list.splice(at, 1, clone(request));
    else list.push(clone(request));
    this.index.changed({ stores: true });
  }

  /** Copies of every stored request, with the stored status (no read-time expiry applied). */
  snapshot(): MemorySnapshot {
    return { sessionRequests: this.sessions.map(clone), messageRequests: this.messages.map(clone) };
  }

  // ---- Internals --------------------------------------------------------------------------------

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
   * Status (read-time) and direction filters, newest first, then one exact page of what they leave;
   * `total` is their number (model/request.ts `pageOf`).
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
    const matches = this.index.matching(stored, statuses, q.direction ?? 'all', this.now());
    const cut = pageOf(matches, page, pageSize);
    return { ...cut, items: cut.items.map((request) => this.read(request)) };
  }

  private findSession(id: string): SessionRequest {
    const found = this.sessions.find((r) => r.id === id);
    if (!found) throw this.error('not-found', 'The session request was not found.');
    return found;
  }

  private findMessage(id: string): MessageRequest {
    const found = this.messages.find((r) => r.id === id);
    if (!found) throw this.error('not-found', 'The message request was not found.');
    return found;
  }

  /** No `status`: there is no HTTP here, and faking one would invite comparing it across adapters. */
  private error(kind: RequestsErrorKind, message = KIND_TEXT[kind]): RequestsError {
    return new RequestsError(kind, message);
  }
}

/** Deep copy; structuredClone keeps Dates as Dates. */
function clone<T>(value: T): T {
  return structuredClone(value);
}

/** An AbortSignal.timeout() reason reads as `timeout`, like fetch; anything else as `aborted`. */
function abortError(signal: AbortSignal): RequestsError {
  const reason: unknown = signal.reason;
  const timedOut = reason instanceof DOMException && reason.name === 'TimeoutError';
  return new RequestsError(timedOut ? 'timeout' : 'aborted', KIND_TEXT[timedOut ? 'timeout' : 'aborted'], {
    cause: reason,
  });
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
