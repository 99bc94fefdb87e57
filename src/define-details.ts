/**
 * The elements `define.ts` defines lazily: the three that show only after the user opens a request (the two
 * detail views and the confirm dialog), and `<requests-badge>`. `define.ts` loads this module with `import()`
 * as soon as it runs (in parallel with the first paint of the list), so a host's bundler puts them in a chunk
 * of their own; the CDN build does the same.
 *
 * Why the badge is here: its own `import()` would add bytes to the first paint, which has none to spare
 * (docs/performance.md); in this chunk it costs the first paint nothing (its store, localization and tokens are
 * the list's). A badge already in the page upgrades when the chunk arrives. A page that shows only the badge
 * imports `mentoring-requests/badge.js` instead (6 KB).
 */
import { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import { RequestsBadge } from './elements/requests-badge/requests-badge.js';
import { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';
import { watchStore } from './store/live.js';

// The badge keeps its store live with the live code this chunk has anyway (the page's parts use it).
RequestsBadge.watchStore = watchStore;

/** Tag → class. custom-elements-manifest.config.mjs reads the tag names from this object. */
export const DETAIL_ELEMENTS = {
  'session-request-detail': SessionRequestDetail,
  'message-request-detail': MessageRequestDetail,
  'confirm-dialog': ConfirmDialog,
  'requests-badge': RequestsBadge,
} as const;

/** For `defineElements(registry)` in a scoped registry (define-elements.ts). */
export { scopedElements } from './elements/shared/scoped-root.js';

/** `<requests-page>`'s detail-time parts (page-parts.ts): the page loads this module for them. */
export { PAGE_PARTS } from './elements/requests-page/page-parts.js';
