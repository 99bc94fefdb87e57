/**
 * The three elements that show only after the user opens a request: the two detail views and the
 * confirm dialog. `define.ts` loads this module with `import()` as soon as it runs (in parallel with the
 * first paint of the list), so a host's bundler puts them in a chunk of their own; the CDN build does the same.
 */
import { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';

/** Tag → class. custom-elements-manifest.config.mjs reads the tag names from this object. */
export const DETAIL_ELEMENTS = {
  'session-request-detail': SessionRequestDetail,
  'message-request-detail': MessageRequestDetail,
  'confirm-dialog': ConfirmDialog,
} as const;

/** `<requests-page>`'s detail-time parts (page-parts.ts): the page loads this module for them. */
export { PAGE_PARTS } from './elements/requests-page/page-parts.js';
