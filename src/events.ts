/**
 * The typed events the elements fire. All bubble and cross shadow roots (`composed`).
 * A cancelable "before" event lets a host take over (`preventDefault()` skips the built-in adapter call
 * or navigation); an "after" event reports the result. No event fires because a property was set.
 */
import {
  ConfirmDialogCloseEvent,
  ChatOpenEvent,
  ProfileOpenEvent,
  RequestAcceptEvent,
  RequestAcceptedEvent,
  RequestOpenEvent,
  RequestRejectEvent,
  RequestRejectedEvent,
  SessionLinkEvent,
  SessionLinkedEvent,
  FilterChangeEvent,
  CalendarAddEvent,
} from './events-detail.js';
import { RequestErrorEvent, TabChangeEvent } from './events-list.js';
import { RequestsChangedEvent } from './events-live.js';

export * from './events-list.js';
export * from './events-live.js';
export * from './events-detail.js';

/** The name of every event the elements fire: for a host that logs or forwards them all. */
export const EVENT_NAMES = [
  RequestOpenEvent.eventName,
  RequestAcceptEvent.eventName,
  RequestAcceptedEvent.eventName,
  RequestRejectEvent.eventName,
  RequestRejectedEvent.eventName,
  SessionLinkEvent.eventName,
  SessionLinkedEvent.eventName,
  ChatOpenEvent.eventName,
  ProfileOpenEvent.eventName,
  RequestErrorEvent.eventName,
  TabChangeEvent.eventName,
  ConfirmDialogCloseEvent.eventName,
  FilterChangeEvent.eventName,
  RequestsChangedEvent.eventName,
  CalendarAddEvent.eventName,
] as const satisfies readonly (keyof HTMLElementEventMap)[];

declare global {
  interface HTMLElementEventMap {
    'request-open': RequestOpenEvent;
    'request-accept': RequestAcceptEvent;
    'request-accepted': RequestAcceptedEvent;
    'request-reject': RequestRejectEvent;
    'request-rejected': RequestRejectedEvent;
    'session-link': SessionLinkEvent;
    'session-linked': SessionLinkedEvent;
    'chat-open': ChatOpenEvent;
    'profile-open': ProfileOpenEvent;
    'request-error': RequestErrorEvent;
    'tab-change': TabChangeEvent;
    'confirm-dialog-close': ConfirmDialogCloseEvent;
    'filter-change': FilterChangeEvent;
    'requests-changed': RequestsChangedEvent;
    'calendar-add': CalendarAddEvent;
  }
}
