/**
 * Session requests over MentorEd's `requestSessions/*` endpoints, plus the meeting link, which lives on
 * the session an accept creates (`sessions/update` and `sessions/details`). One of the two halves of
 * `MentorEdAdapter` (mentored-adapter.ts, which documents the calls per action), split from message
 * requests because the two share no endpoint, id or paging scheme.
 */
import { RequestsError } from '../../model/errors.js';
import {
  pageOf,
  soonestFirst,
  type ActionResult,
  type CallOptions,
  type ListQuery,
  type MeetingLink,
  type Page,
  type SessionRequest,
} from '../../model/request.js';
import { validateMeetingLink } from '../meeting-link.js';
import { DEFAULT_SESSION_STATUSES, SLOT_CLASH_ERRORS } from '../types.js';
import { isEmptyResult, withMessage, type MentorEdCore } from './core.js';
import { DEFAULT_MESSAGES, isRecord, wrongShape } from './http.js';
import { mapMeetingInfo, mapSessionRow, toMeetingInfo, type MeetingInfoModel } from './map-rows.js';
import {
  byDirection,
  checkPaging,
  listOf,
  pendingIdsOf,
  readWholeList,
  serverStatuses,
  statusesOf,
  type WholeListState,
} from './paging.js';
import { checkRejectReason } from '../reason.js';

/** MentorEd's text for an accept refused because the slot clashes (docs/mentored-api.md). */
const SLOT_CLASH_TEXT = /already have a session scheduled at this time/i;

export class SessionRequests {
  /** What the whole-list reads (lists and count) learnt about this server (paging.ts `readWholeList`). */
  readonly #whole: WholeListState = {};

  constructor(private readonly core: MentorEdCore) {}

  /**
   * One exact page of the session requests of any statuses and direction (model/request.ts `ListQuery`),
   * cut from the whole `requestSessions/list` of the statuses it needs (paging.ts `serverStatuses`).
   * Upstream cannot do it for us: its list has no direction parameter (services/requestSessions.js
   * `list` merges sent and received rows, tagging them with `request_type`), its pages ≥ 2 answer every
   * row after the offset (`offset + pageSize` concatenates a query string), its `count` includes rows it
   * then drops (users without a profile), and it cannot tell an ended REQUESTED slot from a pending one.
   * So the list is read whole, unpaged (paging.ts `readWholeList`), mapped (an ended REQUESTED row is
   * `expired`), filtered by reported status and direction, and the page cut; `total` is what the filters
   * leave.
   *
   * Calls: page 1, one `requestSessions/list` (a few more once on a server whose unpaged answer falls
   * short of its count); page 2 and later, none when the same status set was read less than 30 s ago
   * and no action came since (paging.ts `ListSnapshots`), else one.
   *
   * Sort: MentorEd has no order parameter (controllers/v1/requestSessions.js `list` passes only `pageNo`,
   * `pageSize` and `status`): its rows come newest first (database/queries/requestSessions.js
   * `getAllRequests` and `getSessionMappingDetails`, `order: [['created_at', 'DESC']]`, then
   * services/requestSessions.js `list` sorts the merged rows by `created_at` descending). Since the
   * list is read whole anyway, `sort: 'soonest'` orders what the filters leave by slot start here
   * (model/request.ts `soonestFirst`) before the page is cut: pages stay exact, and it costs the same
   * calls as newest first (both orders share the snapshot of the same status set).
   */
  async list(q: ListQuery, o?: CallOptions): Promise<Page<SessionRequest>> {
    const { page, pageSize } = checkPaging(q);
    const statuses = statusesOf(q, DEFAULT_SESSION_STATUSES);
    const wire = serverStatuses(statuses);
    if (wire.length === 0) return pageOf([], page, pageSize);
    const rows = await this.core.lists.rows(`session:${wire.join(',')}`, page, () =>
      readWholeList((paging) => this.read(wire, paging, o), this.#whole),
    );
    const items = byDirection(this.core.mapList(rows, mapSessionRow, statuses), q);
    // byDirection or mapList made a new array: sorting it leaves the snapshot's rows as they are.
    if (q.sort === 'soonest') items.sort(soonestFirst);
    return pageOf(items, page, pageSize);
  }

  /** The details, plus the meeting link of an accepted request. */
  async get(id: string, o?: CallOptions): Promise<SessionRequest> {
    const item = await this.fetch(id, o);
    if (item.status === 'accepted' && item.sessionId)
      Object.assign(item, await this.readMeetingLink(item.sessionId, o));
    return item;
  }

  async accept(id: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    const env = await this.core.http
      .send({
        method: 'POST',
        path: 'requestSessions/accept',
        body: { request_session_id: id },
        mode: 'action',
        signal: o?.signal,
      })
      .catch((error: unknown) => {
        throw asSlotClash(error);
      });
    // The result is just the string "ACCEPTED": the new session id is only in the details. The accept is
    // done: if that read fails, the remembered request stands in (reporting a failure would make the user
    // retry something that happened); the session id is read when the link needs it.
    const item = await this.fetch(id, o).catch((error: unknown) => {
      const known = this.core.recall('session', id);
      if (!known || !isAcceptedResult(env.result) || (RequestsError.is(error) && error.kind === 'aborted'))
        throw error;
      return known;
    });
    // Any other 2xx body is not this endpoint's answer: a success only when the details confirm it.
    if (!isAcceptedResult(env.result) && item.status !== 'accepted') throw wrongShape('accept result');
    item.status = 'accepted';
    this.core.remember(item);
    return withMessage(item, env);
  }

  async reject(id: string, reason?: string, o?: CallOptions): Promise<ActionResult<SessionRequest>> {
    // Refused here, before anything is sent, past either of the server's limits (reason.ts).
    const text = checkRejectReason(reason);
    const body: Record<string, string> = { request_session_id: id };
    if (text) body.reason = text;
    const env = await this.core.http.send({
      method: 'POST',
      path: 'requestSessions/reject',
      body,
      mode: 'action',
      signal: o?.signal,
    });
    // The answer holds nothing of the request: a remembered one saves reading it again.
    const item = this.core.recall('session', id) ?? (await this.fetch(id, o));
    if (!isEmptyResult(env.result) && item.status !== 'rejected') throw wrongShape('reject result');
    item.status = 'rejected';
    if (text && !item.rejectReason) item.rejectReason = text;
    this.core.remember(item);
    return withMessage(item, env);
  }

  /** `sessions/update/<session_id>`, after checking the link (the server stores any URL). */
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
    const known = this.core.recall('session', id);
    const item = known?.status === 'accepted' && known.sessionId ? known : await this.fetch(id, o);
    if (item.status !== 'accepted' || !item.sessionId) {
      throw new RequestsError('conflict', 'Only an accepted session request can get a meeting link.');
    }
    const env = await this.core.http.send({
      method: 'POST',
      path: `sessions/update/${encodeURIComponent(item.sessionId)}`,
      body: { meeting_info: toMeetingInfo(verdict.link) },
      mode: 'action',
      signal: o?.signal,
    });
    if (!isEmptyResult(env.result)) throw wrongShape('update result');
    delete item.storedLink;
    delete item.meetingHost;
    item.meetingLink = verdict.link;
    this.core.remember(item);
    return withMessage(item, env);
  }

  /**
   * The ids of the received session requests still pending: REQUESTED rows, received, whose slot has
   * not ended, in the server's order (newest first). One unpaged call whatever their number (paging.ts
   * `readWholeList`; a few more, once, on a server whose answer falls short of its count).
   */
  async pendingIds(o?: CallOptions): Promise<string[]> {
    const ctx = this.core.context();
    const rows = await readWholeList((paging) => this.read(['REQUESTED'], paging, o), this.#whole);
    // A REQUESTED row whose end has passed maps to 'expired': not pending any more.
    return pendingIdsOf(rows.map((row) => mapSessionRow(row, ctx)));
  }

  /**
   * One `requestSessions/list` call. `status` is always sent: without it upstream loses every received
   * row (database/queries/requestSessions.js `getSessionMappingDetails`). Without `paging`, upstream
   * answers the whole list (services/requestSessions.js `list` pages only when both values are given).
   */
  private async read(
    statuses: readonly string[],
    paging: { pageNo: number; pageSize: number } | undefined,
    o?: CallOptions,
  ): Promise<{ data: unknown[]; count: number }> {
    const env = await this.core.http.send({
      method: 'GET',
      path: 'requestSessions/list',
      query: { ...paging, status: [...new Set(statuses)].join(',') },
      mode: 'list',
      signal: o?.signal,
    });
    return listOf(env);
  }

  /** `requestSessions/getDetails` → SessionRequest (no meeting link). */
  private async fetch(id: string, o?: CallOptions): Promise<SessionRequest> {
    const env = await this.core.http.send({
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
    // getDetails never has request_type: the ids tell the direction, else what a list said before.
    const item = mapSessionRow(env.result, {
      ...this.core.context(),
      knownDirection: (known) => this.core.recall('session', known)?.direction,
    });
    if (!item) throw wrongShape('session request row');
    this.core.remember(item);
    return item;
  }

  /**
   * The link saved on the session, read from `sessions/details`. Optional information: when the
   * server refuses it (not the mentor, no session, a server error) the request is shown without a
   * link; a dropped connection, a timeout, an abort or an expired token still fail the call.
   */
  private async readMeetingLink(sessionId: string, o?: CallOptions): Promise<MeetingInfoModel> {
    try {
      const env = await this.core.http.send({
        method: 'GET',
        path: `sessions/details/${encodeURIComponent(sessionId)}`,
        query: { get_mentees: 'true' },
        mode: 'read',
        signal: o?.signal,
      });
      return isRecord(env.result) ? mapMeetingInfo(env.result.meeting_info) : {};
    } catch (error) {
      if (RequestsError.is(error) && ['aborted', 'timeout', 'network', 'unauthorized'].includes(error.kind))
        throw error;
      return {};
    }
  }
}

/** `requestSessions/accept` answers `result: "ACCEPTED"` (a newer build may send the row). */
function isAcceptedResult(result: unknown): boolean {
  return typeof result === 'string' ? result.trim().toUpperCase() === 'ACCEPTED' : isRecord(result);
}

/**
 * MentorEd answers an accept whose slot overlaps another session of the mentor with a 400, "You already
 * have a session scheduled at this time." (docs/mentored-api.md). The error stays `validation`, the error
 * table's kind for a 400, and gets `fieldErrors.slot` (a key, see SLOT_CLASH_ERRORS) so that the UI can
 * say what happened rather than "some details are not valid": there is nothing the user could fix.
 * Recognised by that text only: MentorEd sends other 400s on an accept too (session-creation failures),
 * and a text we cannot read (a translation we don't know, an untranslated key) is left a plain
 * `validation` error rather than called a clash it may not be.
 */
function asSlotClash(error: unknown): unknown {
  if (!RequestsError.is(error) || error.kind !== 'validation' || error.status !== 400) return error;
  if (!SLOT_CLASH_TEXT.test(error.message)) return error;
  return new RequestsError('validation', error.message, {
    status: 400,
    fieldErrors: { ...error.fieldErrors, ...SLOT_CLASH_ERRORS },
  });
}
