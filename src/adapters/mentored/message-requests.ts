/**
 * Message requests over MentorEd's `connections/*` endpoints. One of the two halves of `MentorEdAdapter`
 * (mentored-adapter.ts, which documents the calls per action), split from session requests because the
 * two share no endpoint, id or paging scheme: here the id is the other user's id, and the pending list
 * pages by `page`/`limit` with a server cap on `limit` (100).
 */
import { RequestsError } from '../../model/errors.js';
import {
  pageOf,
  type ActionResult,
  type CallOptions,
  type ListQuery,
  type MessageRequest,
  type Page,
} from '../../model/request.js';
import { DEFAULT_MESSAGE_STATUSES } from '../types.js';
import { isEmptyResult, withMessage, type MentorEdCore } from './core.js';
import { DEFAULT_MESSAGES, isRecord, wrongShape, type CallMode, type Envelope } from './http.js';
import { mapConnectionRow } from './map-rows.js';
import {
  COUNT_PAGE,
  byDirection,
  checkPaging,
  listOf,
  pendingIdsOf,
  readAllPages,
  statusesOf,
} from './paging.js';

export class MessageRequests {
  constructor(private readonly core: MentorEdCore) {}

  /**
   * One exact page of the pending message requests of a direction (model/request.ts `ListQuery`), cut
   * from the whole `connections/pending` list. Upstream keeps no history of message requests: an accept
   * soft-deletes both request rows and makes connection rows, a reject marks them REJECTED and deleted
   * (database/queries/connection.js `approveRequest`, `rejectRequest`), and connections/pending lists
   * only REQUESTED rows (`getPendingRequests`). So a status filter without `requested` is an empty page
   * (no call). Nor can it filter by direction: my side's rows of requests I sent and received come mixed
   * (a row is sent when `created_by` is me, services/connections.js `pending`), and its `count` includes
   * rows it then drops (users without a profile). So the list is read whole in pages of 100 (its `limit`
   * cap, middlewares/pagination.js; paging.ts `readAllPages`), filtered by direction, and the page cut;
   * `total` is what the filter leaves.
   *
   * Calls: page 1, one `connections/pending` per 100 pending requests (sent and received; 1 up to 100,
   * the same call as the count's); page 2 and later, none when the list was read less than 30 s ago and
   * no action came since (paging.ts `ListSnapshots`), else the same as page 1.
   */
  async list(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>> {
    const { page, pageSize } = checkPaging(q);
    const statuses = statusesOf(q, DEFAULT_MESSAGE_STATUSES);
    if (!statuses.includes('requested')) return pageOf([], page, pageSize);
    const rows = await this.core.lists.rows('message', page, () => this.readAll(o));
    const items = this.core.mapList(rows, mapConnectionRow, statuses);
    return pageOf(byDirection(items, q), page, pageSize);
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

  /**
   * The ids (the other users' ids, `friend_id`) of the received message requests still pending: the
   * received rows of `connections/pending`, newest first, read whole (one call per 100 pending requests
   * of both directions, the same calls as a list's).
   */
  async pendingIds(o?: CallOptions): Promise<string[]> {
    const ctx = this.core.context();
    const rows = await this.readAll(o);
    return pendingIdsOf(rows.map((row) => mapConnectionRow(row, ctx)));
  }

  /** Every row of `connections/pending`, in pages of 100 (paging.ts `readAllPages`). */
  private readAll(o?: CallOptions): Promise<unknown[]> {
    return readAllPages((page) => this.pending(page, COUNT_PAGE, o));
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
