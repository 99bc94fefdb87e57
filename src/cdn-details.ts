/** The CDN build's lazily loaded chunk: the elements that only show after the user opens a request. */
import { ConfirmDialog } from './elements/confirm-dialog/confirm-dialog.js';
import { MessageRequestDetail } from './elements/message-request-detail/message-request-detail.js';
import { SessionRequestDetail } from './elements/session-request-detail/session-request-detail.js';
import { defineTags } from './registry.js';

export function defineDetails(): void {
  defineTags({
    'session-request-detail': SessionRequestDetail,
    'message-request-detail': MessageRequestDetail,
    'confirm-dialog': ConfirmDialog,
  });
}
