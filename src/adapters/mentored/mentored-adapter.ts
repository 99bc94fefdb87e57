/**
 * The {@link RequestsAdapter} for the MentorEd mentoring service (ELEVATE-Project/mentoring, 3.2 line).
 * It speaks the API exactly as mentored-api.md describes it, quirks included, and is the only part of
 * the library that knows MentorEd's JSON. Runs in browsers and in plain Node (no DOM at module load).
 */
import { RequestsError } from '../../model/errors.js';
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
import { validateMeetingLink } from '../meeting-link.js';
import { DEFAULT_MESSAGE_STATUSES, DEFAULT_SESSION_STATUSES, type RequestsAdapter } from '../types.js';
import {
  DEFAULT_MESSAGES,
  MentorEdHttp,
  isRecord,
  wrongShape,
  type CallMode,
  type Envelope,
  type LanguageSource,
  type TokenSource,
} from './http.js';
import {
  mapConnectionRow,
  mapMeetingInfo,
  mapSessionRow,
  toMentorEdStatus,
  toMeetingInfo,
  type MapContext,
} from './map-rows.js';
import { byDirection, checkPaging, listOf, statusesOf } from './paging.js';

export type { LanguageSource, TokenSource } from './http.js';

export interface MentorEdAdapterOptions {
  /** The API root, e.g. `https://host/mentoring/v1` (a trailing slash is fine). */
  baseUrl: string;
  /** The user's token, or a (possibly async) function asked before every request. Never logged. */
  token: TokenSource;
  /** IANA zone sent as the `timeZone` header. Default: the runtime's zone. */
  timeZone?: string;
  /** Sent as `accept-language`; a function is asked per request. Default: `navigator.language` or `en`. */
  language?: LanguageSource;
  /** Send `x-auth-token: Bearer <token>` (some deployments want it). Default false. */
  bearer?: boolean;
  /** Per-request timeout in ms (a `timeout` error). Default 30000; 0 turns it off. */
  timeoutMs?: number;
  /** The fetch to use. Default: the global fetch, looked up per request. */
  fetch?: typeof fetch;
  /** Clock in ms, for reading a REQUESTED request whose slot has ended as expired. Default `Date.now`. */
  now?: () => number;
}

/** `connections/pending` refuses a `limit` above this; bigger pages are fetched in chunks. */
const MAX_LIMIT = 100;
/** Page size of the pending-count calls. */
const COUNT_PAGE = 100;
/** Rows warned about, remembered so a list refreshed every minute does not flood the console. */
const MAX_WARNED = 1000;
/** Requests remembered per kind (the most recently seen), so an action need not read its request again. */
const MAX_SEEN = 500;

/**
 * MentorEd implementation of {@link RequestsAdapter}.
 *
 * - Session requests: `requestSessions/*`, paged by `pageNo`/`pageSize`; the `"ACCEPTED"` result of an
 *   accept is followed by a `getDetails` so the item carries its `sessionId`; the meeting link is
 *   written with `sessions/update/<session_id>` and read back from `sessions/details/<session_id>`.
 * - Message requests: `connections/*`, paged by `page`/`limit` (≤ 100). The id is the other user's id.
 * - Errors: by HTTP status only (`responseCode` lies); a 404 is `not-found` on a read and `conflict`
 *   on an action (someone handled it elsewhere). An unknown session request id is a 500 upstream,
 *   so it surfaces as `server`.
 * - A `status` filter of `['expired']` alone only finds requests the server has marked EXPIRED; the
 *   default filter (`requested` + `expired`) also shows ended requests the server has not marked yet.
 * - Calls per action, with the fewest the API allows (docs/performance.md): the adapter remembers the
 *   requests it listed or read, so an action on one of them answers with the updated request without
 *   reading it again. Session accept: 2 (the accept answers only `"ACCEPTED"`; the new session id is in
 *   the details). Session reject, message accept, message reject: 1. Save link: 1 once the session id
 *   is known (after the accept, or a details read), else 2. A request never seen here costs one read more.
 *   Identical GETs in flight at the same time share one request.
 */
export class MentorEdAdapter implements RequestsAdapter {
  private readonly http: MentorEdHttp;
  private readonly clock: () => number;
  private readonly warned = new Set<string>();
  /** Copies of the requests last listed or read, by id (see `remember`). */
  private readonly seen = {
    session: new Map<string, SessionRequest>(),
    message: new Map<string, MessageRequest>(),
  };

  constructor(options: MentorEdAdapterOptions) {
    if (!options || typeof options !== 'object') throw new TypeError('MentorEdAdapter: options are required');
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.http = new MentorEdHttp({ ...options, timeZone });
    this.clock = options.now ?? (() => Date.now());
  }

  // ---- Session requests --------------------------------------------------------------------------

  async listSessionRequests(q: ListQuery, o?: CallOptions): Promise<Page<SessionRequest>> {
    const { page, pageSize } = checkPaging(q);
    const statuses = statusesOf(q, DEFAULT_SESSION_STATUSES);
    const env = await this.http.send({
      method: 'GET',
      path: 'requestSessions/list',
      query: { pageNo: page, pageSize, status: [...new Set(statuses.map(toMentorEdStatus))].join(',') },
      mode: 'read',
      signal: o?.signal,
    });
    const { data, count } = listOf(env);
    const ctx = this.context();
    const items = data
      .map((row) => mapSessionRow(row, ctx))
      .filter((r): r is SessionRequest => r !== null && statuses.includes(r.status));
    items.forEach((item) => this.remember(item));
    return { items: byDirection(items, q), total: count, page, pageSize };
  }

  async getSessionRequest(id: string, o?: CallOptions): Promise<SessionRequest> {
    const item = await this.fetchSession(id, o);
    if (item.status === 'accepted' && item.sessionId) {
      const link = await this.readMeetingLink(item.sessionId, o);
      if (link) item.meetingLink = link;
    }
    return item;
  }

  async acceptSessionRequest(id: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    const env = await this.http.send({
      method: 'POST',
      path: 'requestSessions/accept',
      body: { request_session_id: id },
      mode: 'action',
      signal: o?.signal,
    });
    // The result is just the string "ACCEPTED": the new session id is only in the details. The accept is
    // done: if that read fails, the remembered request stands in (reporting a failure would make the user
    // retry something that happened); the session id is read when the link needs it.
    const item = await this.fetchSession(id, o).catch((error: unknown) => {
      const known = this.recall('session', id);
      if (!known || !isAcceptedResult(env.result) || (RequestsError.is(error) && error.kind === 'aborted'))
        throw error;
      return known;
    });
    // Any other 2xx body is not this endpoint's answer: a success only when the details confirm it.
    if (!isAcceptedResult(env.result) && item.status !== 'accepted') throw wrongShape('accept result');
    item.status = 'accepted';
    this.remember(item);
    return withMessage(item, env);
  }

  async rejectSessionRequest(
    id: string,
    reason?: string,
    o?: CallOptions,
  ): Promise<ActionResult<SessionRequest>> {
    const text = typeof reason === 'string' ? reason.trim() : '';
    const body: Record<string, string> = { request_session_id: id };
    // The server checks the 50-word limit (422): its message is the one to show.
    if (text) body.reason = text;
    const env = await this.http.send({
      method: 'POST',
      path: 'requestSessions/reject',
      body,
      mode: 'action',
      signal: o?.signal,
    });
    // The answer holds nothing of the request: a remembered one saves reading it again.
    const item = this.recall('session', id) ?? (await this.fetchSession(id, o));
    if (!isEmptyResult(env.result) && item.status !== 'rejected') throw wrongShape('reject result');
    item.status = 'rejected';
    if (text && !item.rejectReason) item.rejectReason = text;
    this.remember(item);
    return withMessage(item, env);
  }

  async setMeetingLink(
    id: string,
    link: MeetingLink,
    o?: CallOptions,
  ): Promise<ActionResult<SessionRequest>> {
    // The server stores any URL; the client is the only gate, so check before anything is sent.
    const verdict = validateMeetingLink(link);
    if (!verdict.ok) {
      const fieldErrors: Record<string, string> = {};
      for (const [field, key] of Object.entries(verdict.errors)) if (key) fieldErrors[field] = key;
      throw new RequestsError('validation', 'The meeting link is not valid.', { fieldErrors });
    }
    // The session id is only in the details: read them unless this adapter already knows it.
    const known = this.recall('session', id);
    const item = known?.status === 'accepted' && known.sessionId ? known : await this.fetchSession(id, o);
    if (item.status !== 'accepted' || !item.sessionId) {
      throw new RequestsError('conflict', 'Only an accepted session request can get a meeting link.');
    }
    const env = await this.http.send({
      method: 'POST',
      path: `sessions/update/${encodeURIComponent(item.sessionId)}`,
      body: { meeting_info: toMeetingInfo(verdict.link) },
      mode: 'action',
      signal: o?.signal,
    });
    if (!isEmptyResult(env.result)) throw wrongShape('update result');
    item.meetingLink = verdict.link;
    this.remember(item);
    return withMessage(item, env);
  }

  // ---- Message requests --------------------------------------------------------------------------

  async listMessageRequests(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>> {
    const { page, pageSize } = checkPaging(q);
    const statuses = statusesOf(q, DEFAULT_MESSAGE_STATUSES);
    // connections/pending only ever holds pending requests.
    if (!statuses.includes('requested')) return { items: [], total: 0, page, pageSize };
    const ctx = this.context();
    const map = (rows: unknown[]) => {
      const items = rows
        .map((row) => mapConnectionRow(row, ctx))
        .filter((r): r is MessageRequest => r !== null && statuses.includes(r.status));
      items.forEach((item) => this.remember(item));
      return items;
    };

    if (pageSize <= MAX_LIMIT) {
      const { data, count } = await this.pending(page, pageSize, o);
      return { items: byDirection(map(data), q), total: count, page, pageSize };
    }
    // A page bigger than the server allows: fetch the 100-row pages that cover it, then cut it out.
    const start = (page - 1) * pageSize;
    const end = start + pageSize;
    const first = Math.floor(start / MAX_LIMIT) + 1;
    const rows: unknown[] = [];
    let total = 0;
    for (let serverPage = first; ; serverPage++) {
      const { data, count } = await this.pending(serverPage, MAX_LIMIT, o);
      rows.push(...data);
      total = count;
      const reached = serverPage * MAX_LIMIT;
      if (data.length < MAX_LIMIT || reached >= end || reached >= count) break;
    }
    const offset = start - (first - 1) * MAX_LIMIT;
    return { items: byDirection(map(rows.slice(offset, offset + pageSize)), q), total, page, pageSize };
  }

  async getMessageRequest(id: string, o?: CallOptions): Promise<MessageRequest> {
    return this.fetchConnection(id, 'read', o);
  }

  async acceptMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    const env = await this.http.send({
      method: 'POST',
      path: 'connections/accept',
      body: { user_id: id },
      mode: 'action',
      signal: o?.signal,
    });
    const accepted = isRecord(env.result) ? env.result : {};
    const meta = isRecord(accepted.meta) ? accepted.meta : {};
    // The answer has the room id but not the person: a remembered request saves reading it again.
    const item = this.recall('message', id) ?? (await this.fetchConnection(id, 'read', o));
    if (!isRecord(env.result) && item.status !== 'accepted') throw wrongShape('accept result');
    item.status = 'accepted';
    const roomId =
      typeof meta.room_id === 'string' || typeof meta.room_id === 'number' ? String(meta.room_id) : '';
    if (roomId) item.roomId = roomId;
    this.remember(item);
    return withMessage(item, env);
  }

  async rejectMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    // After a reject the server forgets the request, so read it first (for the person shown), unless
    // this adapter listed or read it already.
    const item = this.recall('message', id) ?? (await this.fetchConnection(id, 'action', o));
    if (item.status !== 'requested') throw new RequestsError('conflict', DEFAULT_MESSAGES.conflict);
    const env = await this.http.send({
      method: 'POST',
      path: 'connections/reject',
      body: { user_id: id },
      mode: 'action',
      signal: o?.signal,
    });
    if (!isEmptyResult(env.result)) throw wrongShape('reject result');
    item.status = 'rejected';
    this.remember(item);
    return withMessage(item, env);
  }

  // ---- Counts ------------------------------------------------------------------------------------

  /**
   * Received requests still pending, computed from the lists (`users/requestCount` counts the
   * requests the user *sent*). One call each while the totals are ≤ 100.
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
        this.countSessions({ signal: inner.signal }).catch(stopOthers),
        this.countMessages({ signal: inner.signal }).catch(stopOthers),
      ]);
      return { session, message };
    } finally {
      outer?.removeEventListener('abort', forward);
    }
  }

  private async countSessions(o?: CallOptions): Promise<number> {
    const ctx = this.context();
    let counted = 0;
    for (let pageNo = 1; ; pageNo++) {
      const env = await this.http.send({
        method: 'GET',
        path: 'requestSessions/list',
        query: { pageNo, pageSize: COUNT_PAGE, status: 'REQUESTED' },
        mode: 'read',
        signal: o?.signal,
      });
      const { data, count } = listOf(env);
      for (const row of data) {
        const item = mapSessionRow(row, ctx);
        // A REQUESTED row whose end has passed maps to 'expired': not pending any more.
        if (item && item.direction === 'received' && item.status === 'requested') counted++;
      }
      if (data.length < COUNT_PAGE || pageNo * COUNT_PAGE >= count) return counted;
    }
  }

  private async countMessages(o?: CallOptions): Promise<number> {
    const ctx = this.context();
    let counted = 0;
    for (let page = 1; ; page++) {
      const { data, count } = await this.pending(page, COUNT_PAGE, o);
      for (const row of data) {
        const item = mapConnectionRow(row, ctx);
        if (item && item.direction === 'received' && item.status === 'requested') counted++;
      }
      if (data.length < COUNT_PAGE || page * COUNT_PAGE >= count) return counted;
    }
  }

  // ---- Internals ---------------------------------------------------------------------------------

  private context(): MapContext {
    return {
      now: this.clock(),
      warn: (key, text) => {
        if (this.warned.has(key)) return;
        if (this.warned.size >= MAX_WARNED) this.warned.clear();
        this.warned.add(key);
        console.warn(text);
      },
    };
  }

  /** Keeps a copy of what the server last said about a request (the oldest go beyond MAX_SEEN). */
  private remember(item: SessionRequest | MessageRequest): void {
    const map: Map<string, SessionRequest | MessageRequest> = this.seen[item.kind];
    map.delete(item.id);
    map.set(item.id, structuredClone(item));
    if (map.size > MAX_SEEN) map.delete(map.keys().next().value!);
  }

  /** A copy of the remembered request, if any. */
  private recall<K extends 'session' | 'message'>(
    kind: K,
    id: string,
  ): (K extends 'session' ? SessionRequest : MessageRequest) | undefined {
    const found = this.seen[kind].get(id);
    return found && (structuredClone(found) as K extends 'session' ? SessionRequest : MessageRequest);
  }

  /** `requestSessions/getDetails` → SessionRequest (no meeting link). */
  private async fetchSession(id: string, o?: CallOptions): Promise<SessionRequest> {
    const env = await this.http.send({
      method: 'GET',
      path: 'requestSessions/getDetails',
      query: { request_session_id: id },
      mode: 'read',
      signal: o?.signal,
    });
    // A blocked user: 200 with no result.
    if (
      env.result === undefined ||
      env.result === null ||
      (Array.isArray(env.result) && env.result.length === 0)
    ) {
      throw new RequestsError('not-found', env.message ?? DEFAULT_MESSAGES['not-found']);
    }
    if (!isRecord(env.result)) throw wrongShape('session request row');
    const item = mapSessionRow(env.result, this.context());
    if (!item) throw wrongShape('session request row');
    this.remember(item);
    return item;
  }

  /**
   * The link saved on the session, read from `sessions/details`. Optional information: when the
   * server refuses it (not the mentor, no session, a server error) the request is shown without a
   * link; a dropped connection, a timeout, an abort or an expired token still fail the call.
   */
  private async readMeetingLink(sessionId: string, o?: CallOptions): Promise<MeetingLink | undefined> {
    try {
      const env = await this.http.send({
        method: 'GET',
        path: `sessions/details/${encodeURIComponent(sessionId)}`,
        query: { get_mentees: 'true' },
        mode: 'read',
        signal: o?.signal,
      });
      return isRecord(env.result) ? mapMeetingInfo(env.result.meeting_info) : undefined;
    } catch (error) {
      if (RequestsError.is(error) && ['aborted', 'timeout', 'network', 'unauthorized'].includes(error.kind))
        throw error;
      return undefined;
    }
  }

  /** `connections/getInfo` → MessageRequest. "Connection not found." (only user_details) → not-found. */
  private async fetchConnection(id: string, mode: CallMode, o?: CallOptions): Promise<MessageRequest> {
    const env = await this.http.send({
      method: 'POST',
      path: 'connections/getInfo',
      body: { user_id: id },
      mode,
      signal: o?.signal,
    });
    const row = env.result;
    if (row !== undefined && row !== null && !isRecord(row)) throw wrongShape('connection row');
    if (!isRecord(row) || (row.status === undefined && row.friend_id === undefined)) {
      // On an action, a request that is gone was handled elsewhere.
      const kind = mode === 'action' ? 'conflict' : 'not-found';
      throw new RequestsError(
        kind,
        mode === 'action' ? DEFAULT_MESSAGES.conflict : (env.message ?? DEFAULT_MESSAGES['not-found']),
      );
    }
    const item = mapConnectionRow(row, this.context());
    if (!item) throw wrongShape('connection row');
    this.remember(item);
    return item;
  }

  private async pending(
    page: number,
    limit: number,
    o?: CallOptions,
  ): Promise<{ data: unknown[]; count: number }> {
    const env = await this.http.send({
      method: 'GET',
      path: 'connections/pending',
      query: { page, limit },
      mode: 'read',
      signal: o?.signal,
    });
    return listOf(env);
  }
}

/** `requestSessions/accept` answers `result: "ACCEPTED"` (a newer build may send the row). */
function isAcceptedResult(result: unknown): boolean {
  return typeof result === 'string' ? result.trim().toUpperCase() === 'ACCEPTED' : isRecord(result);
}

/** Reject and `sessions/update` answer `result: []`: a list, an object or nothing; a bare value is not that. */
function isEmptyResult(result: unknown): boolean {
  return result === undefined || result === null || typeof result === 'object';
}

function withMessage<T>(item: T, env: Envelope): ActionResult<T> {
  return env.message === undefined ? { item } : { item, message: env.message };
}
