/**
 * `mentoring-requests/react`: React components for the six elements, made with `@lit/react`, for React 18
 * (which sets every prop as an attribute and can't listen to custom events). Properties such as `adapter`
 * are set as properties, and each event has a camelCase handler prop (`onRequestAccepted`).
 * React 19 renders the custom elements directly (see `mentoring-requests/jsx`); these wrappers work there too.
 *
 * ```tsx
 * import { RequestsPage } from 'mentoring-requests/react';
 * <RequestsPage adapter={adapter} onRequestAccepted={(e) => console.log(e.detail.request)} />
 * ```
 * Importing this module registers the tags (it imports `mentoring-requests/define.js`). The wrappers of the
 * details, the dialog and the badge do not import those classes (that would put them in the app's first
 * chunk and lose define.js's lazily loaded one): they get stand-ins with the same property names
 * (`lazy-class.ts`). Such a wrapper may render before the chunk has defined its element: that is fine,
 * since @lit/react sets the props as properties, and the element keeps them when it upgrades.
 * scripts/generate-editor-data.mjs checks that each wrapper maps exactly the events its element documents.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
import type { ConfirmDialog as ConfirmDialogElement } from '../elements/confirm-dialog/confirm-dialog.js';
import type { MessageRequestDetail as MessageRequestDetailElement } from '../elements/message-request-detail/message-request-detail.js';
import { RequestTabs as RequestTabsElement } from '../elements/request-tabs/request-tabs.js';
import type { RequestsBadge as RequestsBadgeElement } from '../elements/requests-badge/requests-badge.js';
import { RequestsPage as RequestsPageElement } from '../elements/requests-page/requests-page.js';
import type { SessionRequestDetail as SessionRequestDetailElement } from '../elements/session-request-detail/session-request-detail.js';
import { lazyClass, withFields } from './lazy-class.js';

/** The event of type `K`, for @lit/react's typed handler props. */
const on = <K extends keyof HTMLElementEventMap>(type: K) => type as EventName<HTMLElementEventMap[K]>;

const onRequestOpen = on('request-open');
const onRequestAccept = on('request-accept');
const onRequestAccepted = on('request-accepted');
const onRequestReject = on('request-reject');
const onRequestRejected = on('request-rejected');
const onSessionLink = on('session-link');
const onSessionLinked = on('session-linked');
const onChatOpen = on('chat-open');
const onProfileOpen = on('profile-open');
const onRequestError = on('request-error');
const onTabChange = on('tab-change');
const onConfirmDialogClose = on('confirm-dialog-close');
const onFilterChange = on('filter-change');
const onRequestsChanged = on('requests-changed');
const onCalendarAdd = on('calendar-add');

/** `<requests-page>`: the whole inbox. */
export const RequestsPage = createComponent({
  react: React,
  tagName: 'requests-page',
  // `rejectReasons` is a plain field (no accessor on the prototype): named here so React sets it as a property.
  elementClass: withFields(RequestsPageElement, ['rejectReasons'] satisfies (keyof RequestsPageElement)[]),
  displayName: 'RequestsPage',
  events: {
    onRequestOpen,
    onRequestAccept,
    onRequestAccepted,
    onRequestReject,
    onRequestRejected,
    onSessionLink,
    onSessionLinked,
    onChatOpen,
    onProfileOpen,
    onRequestError,
    onTabChange,
    onFilterChange,
    onRequestsChanged,
    onCalendarAdd,
  },
});

/** `<request-tabs>`: the Session / Message tabs with pending counts; children are the panel. */
export const RequestTabs = createComponent({
  react: React,
  tagName: 'request-tabs',
  elementClass: RequestTabsElement,
  displayName: 'RequestTabs',
  events: { onTabChange },
});

/** `<session-request-detail>`: one session request with Accept, Reject and the meeting link. */
export const SessionRequestDetail = createComponent({
  react: React,
  tagName: 'session-request-detail',
  elementClass: lazyClass<typeof SessionRequestDetailElement>('session-request-detail'),
  displayName: 'SessionRequestDetail',
  events: {
    onRequestOpen,
    onRequestAccept,
    onRequestAccepted,
    onRequestReject,
    onRequestRejected,
    onSessionLink,
    onSessionLinked,
    onProfileOpen,
    onRequestError,
    onCalendarAdd,
  },
});

/** `<message-request-detail>`: one message request with Accept and Reject. */
export const MessageRequestDetail = createComponent({
  react: React,
  tagName: 'message-request-detail',
  elementClass: lazyClass<typeof MessageRequestDetailElement>('message-request-detail'),
  displayName: 'MessageRequestDetail',
  events: {
    onRequestAccept,
    onRequestAccepted,
    onRequestReject,
    onRequestRejected,
    onChatOpen,
    onProfileOpen,
    onRequestError,
  },
});

/** `<confirm-dialog>`: a modal confirmation on a native `<dialog>`. */
export const ConfirmDialog = createComponent({
  react: React,
  tagName: 'confirm-dialog',
  elementClass: lazyClass<typeof ConfirmDialogElement>('confirm-dialog'),
  displayName: 'ConfirmDialog',
  events: { onConfirmDialogClose },
});

/** `<requests-badge>`: the pending count for a header or menu; give it the same adapter object as the inbox. */
export const RequestsBadge = createComponent({
  react: React,
  tagName: 'requests-badge',
  elementClass: lazyClass<typeof RequestsBadgeElement>('requests-badge'),
  displayName: 'RequestsBadge',
  events: { onRequestError, onRequestsChanged },
});
