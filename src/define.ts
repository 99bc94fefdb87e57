/**
 * Registers the six tags. `<requests-page>` and `<request-tabs>`, which draw the list, are defined at
 * once; the three that show only after the user opens a request (`<session-request-detail>`,
 * `<message-request-detail>`, `<confirm-dialog>`) and `<requests-badge>` come in a chunk that this module
 * starts loading at once (`define-details.ts`), and are defined when it arrives: `ready` resolves then.
 * Hosts that use only `<requests-page>` (or the badge) need not wait (an element already in the page
 * upgrades when its class arrives); hosts that use a detail or the dialog on its own should `await ready`
 * before calling its methods, and before a framework's first render of it (React and Vue set a prop as a
 * property only once the element is defined). A page with only the badge imports `badge.js` instead.
 * Why the split: the first paint of the inbox ships 14.5 KB of our code instead of 23.4 KB (min+gzip;
 * docs/performance.md, issue 6).
 *
 * `define-elements.js` has the same `defineElements` without this module's global registration (a scoped
 * registry: README "Several copies on one page").
 *
 * Importing this module twice, or two copies of the package, is harmless: a tag that is already defined
 * is left alone; if it belongs to a different class, one warning says so (see `registry.ts`). Listed in
 * package.json `sideEffects`, so bundlers keep `import '.../define.js'`.
 */
import type { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import type { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import type { RequestTabs } from './elements/request-tabs/request-tabs.js';
import type { RequestsBadge } from './elements/requests-badge/requests-badge.js';
import type { RequestsPage } from './elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';
import { defineElements } from './define-elements.js';

export { ELEMENTS, defineElements } from './define-elements.js';

/** Resolves once all six tags are defined (the detail chunk has loaded); rejects if it failed to load. */
export const ready: Promise<void> = defineElements().then(() => undefined);

// A chunk that fails to load (offline, a deploy that replaced it) must not become an unhandled rejection
// on every page that never awaits `ready`: one warning says what happened; `ready` still rejects for
// those who await it, and `defineElements()` tries again.
ready.catch((error: unknown) => console.warn('mentoring-requests: the details did not load.', error));

declare global {
  interface HTMLElementTagNameMap {
    'requests-page': RequestsPage;
    'request-tabs': RequestTabs;
    'session-request-detail': SessionRequestDetail;
    'message-request-detail': MessageRequestDetail;
    'confirm-dialog': ConfirmDialog;
    'requests-badge': RequestsBadge;
  }
}
