/**
 * The domain model of the Requests inbox. Types only: no DOM, no fetch.
 * Dates are `Date`, ids are strings, whatever the backend sends.
 */

/** Where a request stands. A `requested` request whose end has passed is reported as `expired`. */
export type RequestStatus = 'requested' | 'accepted' | 'rejected' | 'expired';

/** Whether the viewer sent the request or received it. */
export type Direction = 'sent' | 'received';

/** Which tab / kind of request. */
export type RequestKind = 'session' | 'message';

/**
 * The order of a list: `newest` (default) is creation time, newest first, as MentorEd lists them;
 * `soonest` is the slot's start, earliest first (session requests only: a message request has no slot, so
 * its lists are always newest first).
 */
export type ListSort = 'newest' | 'soonest';

/** The other person of a request (never the viewer). */
export interface Person {
  id: string;
  name: string;
  avatarUrl?: string;
  designations: string[];
  experienceYears?: number;
}

/** The platforms a meeting link may point to. */
export type MeetingPlatform = 'google-meet' | 'zoom' | 'whatsapp';

export interface MeetingLink {
  platform: MeetingPlatform;
  url: string;
  /** Zoom only. */
  meetingId?: string;
  /** Zoom only. */
  passcode?: string;
}

/**
 * A meeting link stored on the session that is not a {@link MeetingLink}: not https, or of a platform
 * these elements do not know (upstream's Zoom and WhatsApp patterns allow `http://`; platforms come from
 * a per-organisation form). Text to show with a warning and to offer for replacement, never a URL to
 * follow: it is never made an `href`.
 */
export interface StoredLink {
  /** The link as stored, as text. */
  text: string;
  /** The platform's name as the server labels it (may be empty). */
  platformLabel: string;
}

/**
 * Where the session's meeting happens when no link of ours is set: `platform` when the backend runs the
 * meeting itself (MentorEd's default `BBB`: BigBlueButton, a room made when the session starts), `none`
 * when meetings are off (MentorEd's `OFF`). Absent when unknown.
 */
export type MeetingHost = 'platform' | 'none';

export interface SessionRequest {
  kind: 'session';
  id: string;
  direction: Direction;
  status: RequestStatus;
  title: string;
  agenda: string;
  start: Date;
  end: Date;
  createdAt: Date;
  person: Person;
  /** The session created when the request was accepted. */
  sessionId?: string;
  meetingLink?: MeetingLink;
  /** A stored link that fails the link rules (see {@link StoredLink}); never set with `meetingLink`. */
  storedLink?: StoredLink;
  /** What the session's meeting is when it has neither `meetingLink` nor `storedLink`. */
  meetingHost?: MeetingHost;
  rejectReason?: string;
}

export interface MessageRequest {
  kind: 'message';
  id: string;
  direction: Direction;
  status: RequestStatus;
  /** The first message of the conversation. */
  message: string;
  createdAt: Date;
  person: Person;
  /** The chat room created on accept, when the backend has one. */
  roomId?: string;
}

export type AnyRequest = SessionRequest | MessageRequest;

/**
 * One page of a list: which requests (status and direction) and which page of them. Both adapters read
 * it the same way:
 * - the filters come first, then the order (`sort`), and the page is cut from what they leave: page N of
 *   a query holds items `(N-1)*pageSize` … `N*pageSize-1` of the filtered, ordered sequence; only the last
 *   page holds fewer, a page past the end none; no item is on two pages of the same query while the data
 *   does not change;
 * - `status` matches the status a request is *reported* with (see {@link RequestStatus}): a `requested`
 *   session request whose slot has ended is `expired`, so it matches `'expired'` and never `'requested'`
 *   (`'requested'` means pending: requested and not ended).
 */
export interface ListQuery {
  /** 1-based page number (a whole number ≥ 1, else a `validation` error). */
  page: number;
  /** Items per page (a whole number ≥ 1, else a `validation` error). */
  pageSize: number;
  /**
   * The statuses to list, any combination (an unknown value matches nothing). Empty or absent: the
   * defaults, sessions `['requested','expired']`, messages `['requested']` (`DEFAULT_SESSION_STATUSES`,
   * `DEFAULT_MESSAGE_STATUSES`). Which statuses an adapter can list: `capabilities.statuses`.
   */
  status?: RequestStatus[];
  /** `'received'`, `'sent'` or `'all'` (default). Applied with `status`, before the page is cut. */
  direction?: Direction | 'all';
  /**
   * The order, before the page is cut (see {@link ListSort}): `'newest'` (default, also for an unknown
   * value) or `'soonest'` ({@link soonestFirst}). Message lists ignore it (no slot): newest first.
   */
  sort?: ListSort;
}

/**
 * The `soonest` order of session requests: the slot's start, earliest first; a request without a valid start
 * goes last. Used with `Array.prototype.sort`, which is stable: the adapters sort their newest-first list, so
 * requests with the same start stay newest first (and in the same order each time: pages stay exact).
 */
export function soonestFirst(a: SessionRequest, b: SessionRequest): number {
  // Infinity − Infinity is NaN: two requests without a start are equal.
  return startOrLast(a) - startOrLast(b) || 0;
}

function startOrLast(request: SessionRequest): number {
  const time = request.start instanceof Date ? request.start.getTime() : NaN;
  return Number.isFinite(time) ? time : Infinity;
}

/** One page of a {@link ListQuery}'s answer. */
export interface Page<T> {
  /** The page's items, in the query's order: exactly `pageSize` of them except on the last page. */
  items: T[];
  /**
   * How many items this query delivers over all its pages: the length of the filtered sequence (status
   * and direction), without the rows an adapter drops (unreadable, or a user without a profile). Not a
   * server's raw count.
   */
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Cuts page `page` of `pageSize` out of the already filtered, ordered `items` (see {@link ListQuery}):
 * `total` is their number.
 */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const from = (page - 1) * pageSize;
  return { items: items.slice(from, from + pageSize), total: items.length, page, pageSize };
}

export interface ActionResult<T> {
  item: T;
  /** The server's user-facing text, when it sent one. */
  message?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface PendingCounts {
  session: number;
  message: number;
  /**
   * Optional: the ids of the received pending requests themselves (an adapter that reads them anyway
   * gives them). A poll compares them, so an arrival and a departure in the same interval are not missed.
   */
  ids?: { session: string[]; message: string[] };
}

/** True when a session request's slot has ended (so it can no longer be accepted). */
export function hasEnded(request: Pick<SessionRequest, 'end'>, now: number = Date.now()): boolean {
  const end = request.end instanceof Date ? request.end.getTime() : NaN;
  return Number.isFinite(end) && end <= now;
}
