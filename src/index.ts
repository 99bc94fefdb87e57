/**
 * mentoring-requests: the element classes, the events, the model and the adapters.
 * No side effects: import `mentoring-requests/define.js` to register the tags.
 */
export { RequestsPage } from './elements/requests-page/requests-page.js';
export { RequestTabs } from './elements/request-tabs/request-tabs.js';
export { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';
export { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
export { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
export { RequestsBadge, type RequestsBadgeKind } from './elements/requests-badge/requests-badge.js';
export { adapterContext } from './elements/shared/adapter-context.js';
export { storeContext } from './elements/shared/store-context.js';
export * from './store/index.js';
// Not from the CDN file (cdn.ts), whose elements load the live code with their parts: a host there watches
// a store through a <requests-page> or a <requests-badge>.
export { watchStore } from './store/live.js';
export * from './events.js';
export * from './adapters/index.js';
// "Add to calendar" (issue 15): for a host that cancels `calendar-add` and adds the session its own way.
export {
  buildIcs,
  calendarEntry,
  googleCalendarUrl,
  outlookCalendarUrl,
  type CalendarEntry,
  type CalendarWords,
} from './calendar/index.js';
export { LocalizeController, registerTranslation, registerLocaleLoader } from './i18n/index.js';
export type { Translation, TermKey } from './i18n/index.js';
// The engine's `Intl` start-up in a worker, for a host's boot script (README, "A fast first load").
export { warmIntl } from './i18n/warm-intl.js';
export type { WarmIntlOptions } from './i18n/warm-intl.js';
