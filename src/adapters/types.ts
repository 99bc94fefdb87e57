import type {
  ActionResult,
  CallOptions,
  ListQuery,
  MeetingLink,
  MessageRequest,
  Page,
  PendingCounts,
  RequestKind,
  RequestStatus,
  SessionRequest,
} from '../model/request.js';
import { RequestsError } from '../model/errors.js';

export type {
  ActionResult,
  CallOptions,
  Direction,
  ListQuery,
  ListSort,
  MeetingLink,
  MeetingPlatform,
  MessageRequest,
  Page,
  PendingCounts,
  Person,
  RequestKind,
  RequestStatus,
  SessionRequest,
  AnyRequest,
  StoredLink,
  MeetingHost,
} from '../model/request.js';
export { RequestsError, type RequestsErrorKind } from '../model/errors.js';

/**
 * What an adapter tells the elements about its backend's limits. Every field is optional: an element
 * given an adapter without `capabilities` uses its defaults.
 */
export interface AdapterCapabilities {
  /**
   * The statuses `listSessionRequests` can list, alone or in any combination (default: all four). Both
   * adapters of this library can list all four.
   */
  statuses?: RequestStatus[];
  /** The most words a reject reason may have (MentorEd: 50, its validator). */
  reasonMaxWords?: number;
  /** The most characters (Unicode code points of the trimmed text) a reject reason may have (MentorEd: 255). */
  reasonMaxChars?: number;
  /** `subscribe()` delivers changes. */
  push?: boolean;
}

/**
 * What the elements need from a backend. Every call may be aborted with `signal`; every failure
 * rejects with a `RequestsError`.
 */
export interface RequestsAdapter {
  /** Optional: the backend's limits (see {@link AdapterCapabilities}). */
  readonly capabilities?: AdapterCapabilities;
  /**
   * Optional: who and where (e.g. the base URL and the user id), set by the host. Tabs of one origin whose
   * adapters give the same identity share one poller and each other's actions (docs/live.md); without
   * one, nothing is shared. Never derived from a token, and never a token: it names a lock and a channel
   * that every script of the origin can see.
   */
  readonly identity?: string;
  /**
   * Optional: pushes changes as they happen (requests of `kind` with these `ids` were added or changed);
   * returns the function that stops it. A store on an adapter with `subscribe` does not poll.
   */
  subscribe?(listener: (change: RequestsChange) => void, o?: CallOptions): () => void;
  /**
   * Optional: the viewer's booked sessions (hosted or attended) that overlap or touch `range`
   * (`start <= range.end && end >= range.start`), for the session detail's schedule-conflict warning. The
   * elements call it at most once per opened pending received request; without it they compare the slot
   * with the requests they hold only. MentorEd: `requestSessions/userAvailability`
   * (mentored/booked-slots.ts). `title` may be empty.
   */
  listBookedSlots?(
    range: { start: Date; end: Date },
    o?: CallOptions,
  ): Promise<{ start: Date; end: Date; title: string }[]>;
  /**
   * Session requests of any statuses and direction, in exact pages with the exact total (see
   * {@link ListQuery} and {@link Page}).
   */
  listSessionRequests(q: ListQuery, o?: CallOptions): Promise<Page<SessionRequest>>;
  getSessionRequest(id: string, o?: CallOptions): Promise<SessionRequest>;
  acceptSessionRequest(id: string, o?: CallOptions): Promise<ActionResult<SessionRequest>>;
  rejectSessionRequest(id: string, reason?: string, o?: CallOptions): Promise<ActionResult<SessionRequest>>;
  /** Takes the session request's id; the adapter finds the session it created. */
  setMeetingLink(id: string, link: MeetingLink, o?: CallOptions): Promise<ActionResult<SessionRequest>>;
  /**
   * Message requests, in exact pages with the exact total, like sessions. A backend without a history
   * of message requests (MentorEd) lists `requested` ones only: any other status gives an empty page.
   */
  listMessageRequests(q: ListQuery, o?: CallOptions): Promise<Page<MessageRequest>>;
  getMessageRequest(id: string, o?: CallOptions): Promise<MessageRequest>;
  acceptMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>>;
  rejectMessageRequest(id: string, o?: CallOptions): Promise<ActionResult<MessageRequest>>;
  /** Received requests still pending (never the ones the viewer sent). */
  countPending(o?: CallOptions): Promise<PendingCounts>;
}

/**
 * What an adapter's `subscribe` pushes: requests of `kind` with these ids were added or changed, or went
 * (a withdrawn request: reading it again finds nothing).
 */
export interface RequestsChange {
  kind: RequestKind;
  ids: string[];
}

/**
 * The names of the adapter's calls (its data properties such as `capabilities` left out, and `subscribe`,
 * which starts a stream rather than making a call).
 */
export type RequestsAdapterMethod = Exclude<
  {
    [K in keyof RequestsAdapter]-?: NonNullable<RequestsAdapter[K]> extends (...args: never[]) => unknown
      ? K
      : never;
  }[keyof RequestsAdapter],
  'subscribe'
>;

/** Default status filters of the two lists (a query without `status`, or with an empty one). */
export const DEFAULT_SESSION_STATUSES = ['requested', 'expired'] as const;
export const DEFAULT_MESSAGE_STATUSES = ['requested'] as const;

/**
 * The `fieldErrors` an adapter gives the `validation` error of a session accept whose slot overlaps
 * another session of the mentor (MentorEd: a 400 "You already have a session scheduled at this time.").
 * The value is a message key, not English (like the meeting-link keys): the UI says it in its own
 * language (the `errorSlotClash` term); the error's `message` keeps the server's own text.
 */
export const SLOT_CLASH_ERRORS: Readonly<{ slot: 'slotClash' }> = Object.freeze({ slot: 'slotClash' });

/** Whether `error` is the slot clash of a session accept (see {@link SLOT_CLASH_ERRORS}). */
export function isSlotClash(error: unknown): error is RequestsError {
  return (
    RequestsError.is(error) &&
    error.kind === 'validation' &&
    error.fieldErrors?.slot === SLOT_CLASH_ERRORS.slot
  );
}
