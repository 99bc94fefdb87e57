/**
 * Entry of the CDN build (`dist/cdn/mentoring-requests.js`, lit included): for a plain
 * `<script type="module" src=".../mentoring-requests.js">` page.
 *
 * What the first paint needs is in this file: `<requests-page>` and `<request-tabs>` (the list view),
 * the adapters, events and localization. The three elements that show only after a click (the two
 * detail views and the confirm dialog) and `<requests-badge>` are in a chunk that starts loading at once,
 * in parallel; their tags are defined when it arrives (`ready` resolves then), and any element already in
 * the page upgrades.
 * That split is `define.ts`'s, so the npm build (through a host's bundler) and this file behave the same.
 *
 * Exports: everything `mentoring-requests` exports except the four lazily loaded classes (get them with
 * `await customElements.whenDefined('session-request-detail')`) and the in-memory adapter with its
 * generator (in the second file, `memory-adapter.js`: src/cdn-memory.ts), plus `ready`; and without the helpers
 * of a host that does the details' work itself (the calendar links and `.ics` of `calendar-add`, the overlap rule
 * of the conflict check): this file's first paint has no room for them (docs/performance.md), and the elements
 * load their own copies lazily. The consumer test checks that this list stays in step with src/index.ts.
 */
// Registration is define.ts's, as in the npm build: the list's two tags at once, the rest lazily.
export { ready } from './define.js';
export { RequestsPage } from './elements/requests-page/requests-page.js';
export { RequestTabs } from './elements/request-tabs/request-tabs.js';
export { adapterContext } from './elements/shared/adapter-context.js';
export { storeContext } from './elements/shared/store-context.js';
export * from './events.js';
export * from './store/index.js';
// Used by `memory-adapter.js` (the in-memory adapter's own file), which imports it from here.
export { pageOf } from './model/request.js';
// The adapters entry without the in-memory adapter and its generator: those are in `memory-adapter.js`.
export {
  DEFAULT_MESSAGE_STATUSES,
  DEFAULT_SESSION_STATUSES,
  hasEnded,
  soonestFirst,
  RequestsError,
  toRequestsError,
  MentorEdAdapter,
  validateMeetingLink,
  isSafeMeetingUrl,
  MEETING_PLATFORMS,
  // The in-memory adapter's file takes it from here (its booked sessions' range check).
  isTimeRange,
  reasonLength,
  reasonOverLimit,
  reasonOverLimits,
  checkRejectReason,
  MENTORED_CAPABILITIES,
  REASON_ERRORS,
  REASON_MAX_CHARS,
  REASON_MAX_WORDS,
} from './adapters/index.js';
export type * from './adapters/index.js';
export { LocalizeController, registerTranslation, registerLocaleLoader } from './i18n/index.js';
export type { Translation, TermKey } from './i18n/index.js';
