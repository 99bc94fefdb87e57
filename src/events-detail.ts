/**
 * The events of the detail views, the dialog and `<requests-page>`'s detail-time parts (the filter
 * control): they come with the details' chunk. Hosts import them
 * from `src/events.ts` (the package's entry points).
 */
import type {
  AnyRequest,
  ListSort,
  MeetingLink,
  MessageRequest,
  Person,
  RequestKind,
  SessionRequest,
} from './model/request.js';
import type { DirectionFilter, StatusFilter } from './store/filters.js';
import { RequestsEvent, type RequestsTab } from './events-list.js';

export interface RequestDetail {
  kind: RequestKind;
  request: AnyRequest;
}

/** The user opens a request from a list. Cancel it to route yourself. */

export class RequestOpenEvent extends RequestsEvent<RequestDetail> {
  static readonly eventName = 'request-open';
  constructor(detail: RequestDetail) {
    super(RequestOpenEvent.eventName, detail, true);
  }
}

/** The user confirmed Accept; fired before the adapter call. Cancel it to accept yourself. */

export class RequestAcceptEvent extends RequestsEvent<RequestDetail> {
  static readonly eventName = 'request-accept';
  constructor(detail: RequestDetail) {
    super(RequestAcceptEvent.eventName, detail, true);
  }
}

export interface RequestAcceptedDetail extends RequestDetail {
  message?: string;
}

/** The adapter accepted the request; `request` is the updated one. */

export class RequestAcceptedEvent extends RequestsEvent<RequestAcceptedDetail> {
  static readonly eventName = 'request-accepted';
  constructor(detail: RequestAcceptedDetail) {
    super(RequestAcceptedEvent.eventName, detail, false);
  }
}

export interface RequestRejectDetail extends RequestDetail {
  reason?: string;
}

/** The user confirmed Reject; fired before the adapter call. Cancel it to reject yourself. */

export class RequestRejectEvent extends RequestsEvent<RequestRejectDetail> {
  static readonly eventName = 'request-reject';
  constructor(detail: RequestRejectDetail) {
    super(RequestRejectEvent.eventName, detail, true);
  }
}

export interface RequestRejectedDetail extends RequestRejectDetail {
  message?: string;
}

/** The adapter rejected the request. */

export class RequestRejectedEvent extends RequestsEvent<RequestRejectedDetail> {
  static readonly eventName = 'request-rejected';
  constructor(detail: RequestRejectedDetail) {
    super(RequestRejectedEvent.eventName, detail, false);
  }
}

export interface SessionLinkDetail {
  request: SessionRequest;
  link: MeetingLink;
}

/** The user saves a valid meeting link; fired before the adapter call. Cancel it to save it yourself. */

export class SessionLinkEvent extends RequestsEvent<SessionLinkDetail> {
  static readonly eventName = 'session-link';
  constructor(detail: SessionLinkDetail) {
    super(SessionLinkEvent.eventName, detail, true);
  }
}

export interface SessionLinkedDetail extends SessionLinkDetail {
  message?: string;
}

/** The adapter saved the meeting link. */

export class SessionLinkedEvent extends RequestsEvent<SessionLinkedDetail> {
  static readonly eventName = 'session-linked';
  constructor(detail: SessionLinkedDetail) {
    super(SessionLinkedEvent.eventName, detail, false);
  }
}

export interface ChatOpenDetail {
  request: MessageRequest;
  roomId?: string;
}

/** A message request was accepted: the host may open its chat. */

export class ChatOpenEvent extends RequestsEvent<ChatOpenDetail> {
  static readonly eventName = 'chat-open';
  constructor(detail: ChatOpenDetail) {
    super(ChatOpenEvent.eventName, detail, false);
  }
}

export interface ProfileOpenDetail {
  person: Person;
}

/** The user activates a name or avatar. Cancel it when the host shows the profile itself. */

export class ProfileOpenEvent extends RequestsEvent<ProfileOpenDetail> {
  static readonly eventName = 'profile-open';
  constructor(detail: ProfileOpenDetail) {
    super(ProfileOpenEvent.eventName, detail, true);
  }
}

/** An adapter call the element made failed (loads included). `error.kind` says what failed. */

/** The user selects a tab. Cancel it to keep the current tab. */

/** The user changes a list's filter. Cancel it to keep the current one (e.g. to route through the URL). */

export interface ConfirmDialogCloseDetail {
  confirmed: boolean;
  reason?: string;
}

/** The confirm dialog closed. */

export class ConfirmDialogCloseEvent extends RequestsEvent<ConfirmDialogCloseDetail> {
  static readonly eventName = 'confirm-dialog-close';
  constructor(detail: ConfirmDialogCloseDetail) {
    super(ConfirmDialogCloseEvent.eventName, detail, false);
  }
}

export interface FilterChangeDetail {
  tab: RequestsTab;
  direction: DirectionFilter;
  /** Always `'pending'` on the message tab (upstream keeps no history of message requests). */
  status: StatusFilter;
  /** The order: `'newest'` or `'soonest'`; always `'newest'` on the message tab (no slot). */
  sort: ListSort;
}

export class FilterChangeEvent extends RequestsEvent<FilterChangeDetail> {
  static readonly eventName = 'filter-change';
  constructor(detail: FilterChangeDetail) {
    super(FilterChangeEvent.eventName, detail, true);
  }
}

/** Where "Add to calendar" adds the session: the `.ics` download, Google Calendar or Outlook on the web. */
export type CalendarTarget = 'ics' | 'google' | 'outlook';

export interface CalendarAddDetail {
  request: SessionRequest;
  target: CalendarTarget;
}

/**
 * The user picks an "Add to calendar" option of an accepted session; fired before the download or the
 * navigation. Cancel it to add the session your own way (then nothing is downloaded or opened).
 */
export class CalendarAddEvent extends RequestsEvent<CalendarAddDetail> {
  static readonly eventName = 'calendar-add';
  constructor(detail: CalendarAddDetail) {
    super(CalendarAddEvent.eventName, detail, true);
  }
}
