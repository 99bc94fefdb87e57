/**
 * Message requests over MentorEd's `connections/*` endpoints. One of the two halves of `MentorEdAdapter`
 * (mentored-adapter.ts, which documents the calls per action), split from session requests because the
 * two share no endpoint, id or paging scheme: here the id is the other user's id, and the pending list
 * pages by `page`/`limit` with a server cap on `limit`.
 */
import { RequestsError } from '../../model/errors.js';
import type { ActionResult, CallOptions, ListQuery, MessageRequest, Page } from '../../model/request.js';
import { DEFAULT_MESSAGE_STATUSES } from '../types.js';
import { isEmptyResult, withMessage, type MentorEdCore } from './core.js';
import { DEFAULT_MESSAGES, isRecord, wrongShape, type CallMode, type Envelope } from './http.js';
import { mapConnectionRow } from './map-rows.js';
import {
  COUNT_PAGE,
  byDirection,
  checkPaging,
  countPages,
  isPendingReceived,
  listOf,
  statusesOf,
} from './paging.js';

/**
 * `connections/pending` caps `limit` at this, silently (middlewares/pagination.js: a `limit` over 100
 * becomes 100): bigger pages are fetched in chunks.
 */
const MAX_LIMIT = 100;

export class MessageRequests {
  constructor(private readonly core: MentorEdCore) {}

  /** `connections/pending`, which only ever holds pending requests (sent and received mixed). */
  async list(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>> {
    const { page, pageSize } = checkPaging(q);
    const statuses = statusesOf(q, DEFAULT_MESSAGE_STATUSES);
    // connections/pending only ever holds pending requests.
    if (!statuses.includes('requested')) return { items: [], total: 0, page, pageSize };
    const map = (rows: unknown[]) => this.core.mapList(rows, mapConnectionRow, statuses);

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
      // A short page is not the end: upstream drops profile-less users after LIMIT (paging.ts countPages).
      if (data.length === 0 || reached >= end || reached >= count) break;
    }
    const offset = start - (first - 1) * MAX_LIMIT;
    return { items: byDirection(map(rows.slice(offset, offset + pageSize)), q), total, page, pageSize };
  }

  get(id: string, o?: CallOptions): Promise<MessageRequest> {
    return this.fetch(id, 'read', o);
  }

  async accept(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    const env = await this.byUser('accept', id, 'action', o);
    const accepted = isRecord(env.result) ? env.result : {};
    const meta = isRecord(accepted.meta) ? accepted.meta : {};
    // The answer has the room id but not the person: a remembered request saves reading it again.
    const item = this.core.recall('message', id) ?? (await this.fetch(id, 'read', o));
    if (!isRecord(env.result) && item.status !== 'accepted') throw wrongShape('accept result');
    item.status = 'accepted';
    const roomId =
      typeof meta.room_id === 'string' || typeof meta.room_id === 'number' ? String(meta.room_id) : '';
    if (roomId) item.roomId = roomId;
    this.core.remember(item);
    return withMessage(item, env);
  }

  async reject(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>> {
    // After a reject the server forgets the request, so read it first (for the person shown), unless
    // this adapter listed or read it already.
    const item = this.core.recall('message', id) ?? (await this.fetch(id, 'action', o));
    if (item.status !== 'requested') throw new RequestsError('conflict', DEFAULT_MESSAGES.conflict);
    const env = await this.byUser('reject', id, 'action', o);
    if (!isEmptyResult(env.result)) throw wrongShape('reject result');
    item.status = 'rejected';
    this.core.remember(item);
    return withMessage(item, env);
  }

  /** Received message requests still pending: the received rows of `connections/pending`. */
  async countPending(o?: CallOptions): Promise<number> {
    const ctx = this.core.context();
    return countPages(
      (page) => this.pending(page, COUNT_PAGE, o),
      (row) => isPendingReceived(mapConnectionRow(row, ctx)),
    );
  }

  /** `connections/getInfo` → MessageRequest. "Connection not found." (only user_details) → not-found. */
  private async fetch(id: string, mode: CallMode, o?: CallOptions): Promise<MessageRequest> {
    const env = await this.byUser('getInfo', id, mode, o);
    const row = env.result;
    // An unknown or blocked user: 200 "User not found." with the default `result: []`
    // (services/connections.js `getInfo`); no relation: `{ user_details }` only, "Connection not found.".
    const empty = row === undefined || row === null || (Array.isArray(row) && row.length === 0);
    if (!empty && !isRecord(row)) throw wrongShape('connection row');
    if (!isRecord(row) || (row.status === undefined && row.friend_id === undefined)) {
      // On an action, a request that is gone was handled elsewhere.
      const kind = mode === 'action' ? 'conflict' : 'not-found';
      throw new RequestsError(
        kind,
        mode === 'action' ? DEFAULT_MESSAGES.conflict : (env.message ?? DEFAULT_MESSAGES['not-found']),
      );
    }
    const item = mapConnectionRow(row, this.core.context());
    if (!item) throw wrongShape('connection row');
    this.core.remember(item);
    return item;
  }

  /** `connections/<path>` for one request: every such call names it by the other user's id. */
  private byUser(path: string, id: string, mode: CallMode, o?: CallOptions): Promise<Envelope> {
    return this.core.http.send({
      method: 'POST',
      path: `connections/${path}`,
      body: { user_id: id },
      mode,
      signal: o?.signal,
    });
  }

  /** One page of `connections/pending`. */
  private async pending(
    page: number,
    limit: number,
    o?: CallOptions,
  ): Promise<{ data: unknown[]; count: number }> {
    const env = await this.core.http.send({
      method: 'GET',
      path: 'connections/pending',
      query: { page, limit },
      mode: 'list',
      signal: o?.signal,
    });
    return listOf(env);
  }
}
