/**
 * Registers the five tags. Importing this module twice, or two copies of the package, is harmless:
 * a tag that is already defined is left alone; if it belongs to a different class, one warning says so.
 */
import { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import { RequestTabs } from './elements/request-tabs/request-tabs.js';
import { RequestsPage } from './elements/requests-page/requests-page.js';
import { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';

export const ELEMENTS = {
  'requests-page': RequestsPage,
  'request-tabs': RequestTabs,
  'session-request-detail': SessionRequestDetail,
  'message-request-detail': MessageRequestDetail,
  'confirm-dialog': ConfirmDialog,
} as const;

let warned = false;

export function defineElements(registry: CustomElementRegistry = customElements): void {
  const clashes: string[] = [];
  for (const [tag, constructor] of Object.entries(ELEMENTS)) {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, constructor);
    else if (existing !== constructor && existing.name !== constructor.name) clashes.push(tag);
  }
  if (clashes.length > 0 && !warned) {
    warned = true;
    console.warn(`mentoring-requests: ${clashes.join(', ')} already defined by another class; left as is.`);
  }
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
