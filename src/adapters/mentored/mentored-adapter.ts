/**
 * The {@link RequestsAdapter} for the MentorEd mentoring service (ELEVATE-Project/mentoring, 3.2 line).
 * It speaks the API exactly as docs/mentored-api.md describes it, quirks included, and is the only part of
 * the library that knows MentorEd's JSON. Runs in browsers and in plain Node (no DOM at module load).
 *
 * This module is the public face: the options and the class with its documented calls. The work is in
 * modules split by responsibility, so each stays small enough to read whole: `session-requests.ts`
 * (`requestSessions/*` and the meeting link), `message-requests.ts` (`connections/*`), `booked-slots.ts`
 * (`requestSessions/userAvailability`, the booked sessions), `core.ts` (what
 * the two share: the wire, warnings, remembered requests), `http.ts` (the wire and the error table),
 * `map-rows.ts` (rows → model) and `paging.ts` (list helpers).
 */
import type {
  ActionResult,
  CallOptions,
  ListQuery,
  MeetingLink,
  MessageRequest,
  Page,
  PendingCounts,
  SessionRequest,
} from '../../model/request.js';
import type { BookedSlot, TimeRange } from '../../model/overlap.js';
import type { AdapterCapabilities, RequestsAdapter } from '../types.js';
import type { BookedSlots } from './booked-slots.js';
import { MentorEdCore } from './core.js';
import { toRequestsError } from '../../model/errors.js';
import {
  defaultTimeZone,
  MentorEdHttp,
  type HeadersSource,
  type LanguageSource,
  type TokenSource,
} from './http.js';
import { MENTORED_CAPABILITIES } from '../reason.js';
import { MessageRequests } from './message-requests.js';
import { SessionRequests } from './session-requests.js';

export type { HeadersSource, LanguageSource, TokenSource } from './http.js';

export interface MentorEdAdapterOptions {
  /** The API root, e.g. `https://host/mentoring/v1` (a trailing slash is fine). */
  baseUrl: string;
  /** The user's token, or a (possibly async) function asked before every request. Never logged. */
  token: TokenSource;
  /** IANA zone sent as the `timeZone` header. Default: the runtime's zone. */
  timeZone?: string;
  /** Sent as `accept-language`; a function is asked per request. Default: `navigator.language` or `en`. */
  language?: LanguageSource;
  /**
   * Send the token as `Bearer <token>`. Default true, as MentorEd's own default (IS_AUTH_TOKEN_BEARER,
   * src/envVariables.js); false for a deployment that sets it to false and takes the bare token.
   */
  bearer?: boolean;
  /** The token header's name (MentorEd's AUTH_TOKEN_HEADER_NAME). Default `x-auth-token`. */
  tokenHeader?: string;
  /**
   * More headers for every request, e.g. `{ 'organization-id': '12' }` for a multi-organisation
   * deployment, or a (possibly async) function asked before each request. The token header and
   * `content-type` cannot be set here.
   */
  headers?: HeadersSource;
  /** Per-request timeout in ms (a `timeout` error). Default 30000; 0 turns it off. */
  timeoutMs?: number;
  /** The fetch to use. Default: the global fetch, looked up per request. */
  fetch?: typeof fetch;
  /** Clock in ms, for reading a REQUESTED request whose slot has ended as expired. Default `Date.now`. */
  now?: () => number;
  /**
   * Who and where, set by the host: e.g. `${baseUrl}#${userId}` (the deployment and the signed-in user's
   * id, which the host knows from its sign-in). Exposed as `adapter.identity`: stores in tabs whose
   * adapters give the same identity share one poller and each other's actions (over a `BroadcastChannel`
   * and a Web Lock named after it). Default none: nothing is shared, each tab polls on its own.
   *
   * Never derive it from the token, and never put the token in it: the channel and lock names are visible
   * to every script of the origin, and a token changes on refresh while the user stays the same. Two users
   * signed in on one browser must give different identities (so they never see each other's requests):
   * include the user id. An identity that contains the token (when `token` is a string) is refused.
   */
  identity?: string;
}

/**
 * MentorEd implementation of {@link RequestsAdapter}.
 *
 * - Lists (both kinds): exact pages and exact totals for any status set and direction
 *   (model/request.ts `ListQuery`, `Page`), cut from the whole server list, since MentorEd can filter by
 *   neither direction nor "ended" and pages `requestSessions/list` wrongly (docs/mentored-api.md, "How
 *   the MentorEd adapter pages a filtered list"). Page 1 of a session list: one `requestSessions/list`
 *   call, unpaged; of a message list: one `connections/pending` call per 100 pending requests. Page 2
 *   and later: no call within 30 s of a read of the same list with no action since, else as page 1.
 *   `sort: 'soonest'` (sessions): MentorEd has no order parameter, so the whole list is ordered by slot
 *   start here before the page is cut, at the same cost (session-requests.ts `list`).
 * - Session requests: `requestSessions/*`; the `"ACCEPTED"` result of an
 *   accept is followed by a `getDetails` so the item carries its `sessionId`; the meeting link is
 *   written with `sessions/update/<session_id>` and read back from `sessions/details/<session_id>`.
 * - Message requests: `connections/*`; the list is `connections/pending`, read by `page`/`limit` (≤ 100),
 *   which holds pending requests only (no history upstream). The id is the other user's id.
 * - Errors: by HTTP status only (`responseCode` lies); a 404 is `not-found` on a read and `conflict`
 *   on an action (someone handled it elsewhere). An unknown session request id is a 500 upstream,
 *   so it surfaces as `server`. A 404 or 409 on a list or a count without readable server text gets a
 *   default said of the list. A session accept refused with MentorEd's slot-clash text (400) is
 *   `validation` with `fieldErrors: { slot: 'slotClash' }` (a key: see `SLOT_CLASH_ERRORS` in types.ts).
 * - Status filters follow the reported status: `expired` finds the requests the server marked EXPIRED
 *   and the REQUESTED ones whose slot has ended (not marked yet); `requested` only those not ended.
 * - Calls per action, with the fewest the API allows (docs/performance.md): the adapter remembers the
 *   requests it listed or read, so an action on one of them answers with the updated request without
 *   reading it again. Session accept: 2 (the accept answers only `"ACCEPTED"`; the new session id is in
 *   the details). Session reject, message accept, message reject: 1. Save link: 1 once the session id
 *   is known (after the accept, or a details read), else 2. A request never seen here costs one read more.
 *   A reject reason over 50 words or 255 characters is refused before anything is sent.
 * - Direction: from `request_type` when the row has it (the list, since June 2025), else from the ids
 *   (`user_details` is the other person: received when that is the requestor). `getDetails` never has
 *   `request_type`. A row whose direction cannot be told is dropped with one warning.
 *   Identical GETs in flight at the same time share one request.
 */
export class MentorEdAdapter implements RequestsAdapter {
  /**
   * Every session status can be listed (`statuses`, all four: requestSessions/list takes them all).
   * MentorEd's limits on a reject reason: 50 words (its validator) and 255 characters (its column);
   * a reason past either is refused before sending (a `validation` error with `fieldErrors.reason`).
   */
  readonly capabilities: AdapterCapabilities = MENTORED_CAPABILITIES;
  /** The `identity` option (see {@link MentorEdAdapterOptions.identity}); undefined when not given. */
  readonly identity?: string;
  private readonly sessions: SessionRequests;
  private readonly messages: MessageRequests;
  /** booked-slots.ts, loaded on first use (only the session detail's conflict check asks for it). */
  #booked?: Promise<BookedSlots>;
  private readonly core: MentorEdCore;

  constructor(options: MentorEdAdapterOptions) {
    if (!options || typeof options !== 'object') throw new TypeError('MentorEdAdapter: options are required');
    const identity = checkIdentity(options.identity, options.token);
    if (identity !== undefined) this.identity = identity;
    const timeZone = options.timeZone ?? defaultTimeZone();
    // One core (wire, clock, warnings, remembered requests) shared by both halves of this adapter.
    const core = new MentorEdCore(
      new MentorEdHttp({ ...options, timeZone }),
      options.now ?? (() => Date.now()),
    );
    this.core = core;
    this.sessions = new SessionRequests(core);
    this.messages = new MessageRequests(core);
  }

  // ---- Session requests (session-requests.ts) ----------------------------------------------------

  /**
   * An exact page cut from the whole `requestSessions/list` of the statuses the query needs (one call
   * for page 1; none for a later page within 30 s of a read, with no action since).
   */
  listSessionRequests(q: ListQuery, o?: CallOptions): Promise<Page<SessionRequest>> {
    return this.sessions.list(q, o);
  }

  /** `requestSessions/getDetails`; for an accepted request, also its meeting link (`sessions/details`). */
  getSessionRequest(id: string, o?: CallOptions): Promise<SessionRequest> {
    return this.sessions.get(id, o);
  }

  /** `requestSessions/accept`; the item carries the new `sessionId` (read from the details). */
  acceptSessionRequest(id: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    return this.acting(this.sessions.accept(id, o));
  }

  /** `requestSessions/reject`, with the trimmed reason when there is one (the server allows 50 words). */
  rejectSessionRequest(id: string, reason?: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    return this.acting(this.sessions.reject(id, reason, o));
  }

  /** Checks the link (our rules), then writes it with `sessions/update/<session_id>`. */
  setMeetingLink(id: string, link: MeetingLink, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    return this.acting(this.sessions.setMeetingLink(id, link, o));
  }

  // ---- Message requests (message-requests.ts) ----------------------------------------------------

  /**
   * An exact page cut from the whole `connections/pending` (one call per 100 pending requests for page
   * 1; none for a later page within 30 s of a read, with no action since); pending requests only.
   */
  listMessageRequests(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>> {
    return this.messages.list(q, o);
  }

  /** `connections/getInfo`; the id is the other user's id. */
  getMessageRequest(id: string, o?: CallOptions): Promise<MessageRequest> {
    return this.messages.get(id, o);
  }

  /** `connections/accept`; the item carries the chat's `roomId` when the server sent one. */
  acceptMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    return this.acting(this.messages.accept(id, o));
  }

  /** `connections/reject` (the request is read first: the server forgets it). */
  rejectMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    return this.acting(this.messages.reject(id, o));
  }

  /**
   * An action, done or failed: the lists' snapshots are dropped (paging.ts `ListSnapshots`), since it
   * may have changed any list (a session accept also consumes a pending message request).
   */
  private acting<T>(action: Promise<T>): Promise<T> {
    return action.finally(() => this.core.lists.clear());
  }

  // ---- Booked sessions (booked-slots.ts) -------------------------------------------------------

  /**
   * The viewer's sessions (hosted and attended, published or live) that overlap or touch `range`: one
   * `requestSessions/userAvailability` call over the range widened by 24 hours on each side, since upstream
   * answers only the sessions that lie wholly inside its window and none lasts longer than 24 hours.
   */
  listBookedSlots(range: TimeRange, o?: CallOptions): Promise<BookedSlot[]> {
    // A module of its own, loaded the first time: the CDN file's first paint does not carry it. A load that
    // failed (offline) is a network error, and the next call loads it again.
    this.#booked ??= import('./booked-slots.js').then(
      ({ BookedSlots }) => new BookedSlots(this.core),
      (cause: unknown) => {
        this.#booked = undefined;
        throw toRequestsError(cause);
      },
    );
    return this.#booked.then((booked) => booked.list(range, o));
  }

  // ---- Counts ------------------------------------------------------------------------------------

  /**
   * Received requests still pending, computed from the lists (`users/requestCount` counts the
   * requests the user *sent*), with their ids (`ids`: the rows are read anyway; a poll compares them).
   *
   * HTTP requests per call, so per poll (docs/mentored-api.md §4.13), made in parallel:
   * - sessions: one `GET requestSessions/list?status=REQUESTED`, unpaged, whatever their number
   *   (services/requestSessions.js `list` pages only when both `pageNo` and `pageSize` are given). Only on
   *   a server whose unpaged answer holds fewer rows than its `count`: paged reads of 100 once more (two
   *   on upstream, whose page 2 answers every row after the offset); when they bring nothing new (the gap
   *   is rows of users without a profile) that is remembered and later polls cost one call again;
   * - messages: one `GET connections/pending?page=N&limit=100` per 100 pending message requests of both
   *   directions, `max(1, ceil(count / 100))` (`limit` is capped at 100, middlewares/pagination.js; `count`
   *   is the server's, rows of users without a profile included): 1 up to 100, 2 for 101 to 200, 5 for 420,
   *   10 for 1,000. An empty page ends the reading early.
   *
   * So a poll usually costs **2** requests (≤ 100 pending message requests): 1 + max(1, ceil(M / 100)).
   * A GET identical to one in flight (e.g. a list's read of the same page) is shared, not sent twice.
   */
  async countPending(o?: CallOptions): Promise<PendingCounts> {
    // When one count fails, the other is cancelled: its answer would be thrown away anyway.
    const inner = new AbortController();
    const outer = o?.signal;
    const forward = () => inner.abort(outer?.reason);
    if (outer?.aborted) forward();
    else outer?.addEventListener('abort', forward, { once: true });
    const stopOthers = (error: unknown): never => {
      inner.abort(new DOMException('A sibling count failed.', 'AbortError'));
      throw error;
    };
    try {
      const [session, message] = await Promise.all([
        this.sessions.pendingIds({ signal: inner.signal }).catch(stopOthers),
        this.messages.pendingIds({ signal: inner.signal }).catch(stopOthers),
      ]);
      return { session: session.length, message: message.length, ids: { session, message } };
    } finally {
      outer?.removeEventListener('abort', forward);
    }
  }
}

/**
 * The `identity` option, checked: a string (surrounding spaces dropped; empty means none), never one that
 * holds the token (a host that built it from the token would publish the token in a channel name).
 */
function checkIdentity(identity: unknown, token: unknown): string | undefined {
  if (identity === undefined || identity === null) return undefined;
  if (typeof identity !== 'string') throw new TypeError('MentorEdAdapter: `identity` must be a string');
  const trimmed = identity.trim();
  if (typeof token === 'string' && token.trim() && trimmed.includes(token.trim()))
    throw new TypeError('MentorEdAdapter: `identity` must not contain the token (use the user id)');
  return trimmed || undefined;
}
