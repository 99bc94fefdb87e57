/**
 * Registers the five tags. Importing this module twice, or two copies of the package, is harmless:
 * a tag that is already defined is left alone; if it belongs to a different class, one warning says so
 * (see `registry.ts`). Listed in package.json `sideEffects`, so bundlers keep `import '.../define.js'`.
 */
import { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import { RequestTabs } from './elements/request-tabs/request-tabs.js';
import { RequestsPage } from './elements/requests-page/requests-page.js';
import { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';
import { defineTags } from './registry.js';

/** Tag → class. custom-elements-manifest.config.mjs reads the tag names from this object. */
export const ELEMENTS = {
  'requests-page': RequestsPage,
  'request-tabs': RequestTabs,
  'session-request-detail': SessionRequestDetail,
  'message-request-detail': MessageRequestDetail,
  'confirm-dialog': ConfirmDialog,
} as const;

/**
 * Defines every tag that is not defined yet (already done once on import). Returns the tags that another
 * class holds; those are left as they are, with one console warning per page.
 */
export function defineElements(registry: CustomElementRegistry = customElements): string[] {
  return defineTags(ELEMENTS, registry);
}

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'requests-page': RequestsPage;
    'request-tabs': RequestTabs;
    'session-request-detail': SessionRequestDetail;
    'message-request-detail': MessageRequestDetail;
    'confirm-dialog': ConfirmDialog;
  }
}
