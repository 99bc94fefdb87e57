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

export interface ListQuery {
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Defaults: sessions `['requested','expired']`, messages `['requested']`. */
  status?: RequestStatus[];
  /** Default `'all'`. Applied after fetching: `total` stays the server's count for the status filter. */
  direction?: Direction | 'all';
}

export interface Page<T> {
  items: T[];
  /** The server's count for the status filter. */
  total: number;
  page: number;
  pageSize: number;
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
}

/** True when a session request's slot has ended (so it can no longer be accepted). */
export function hasEnded(request: Pick<SessionRequest, 'end'>, now: number = Date.now()): boolean {
  const end = request.end instanceof Date ? request.end.getTime() : NaN;
  return Number.isFinite(end) && end <= now;
}
