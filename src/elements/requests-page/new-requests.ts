import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest } from '../../model/request.js';
import type { RequestList } from '../../store/request-list.js';

/**
 * "3 new requests": what a poll, a push or another tab found on the shown list's first page that the list
 * does not show (`list.newItems`). New requests never jump into the list under the user's pointer; this
 * control shows them on demand. The page's status region says it (views.ts, `statusText`), once per count.
 */
export function newRequestsView(o: {
  localize: LocalizeController;
  list: RequestList<AnyRequest> | undefined;
  onShow: () => void;
}): TemplateResult {
  const count = o.list?.newItems.length ?? 0;
  return html`<div class="new-requests">
    ${
      count > 0
        ? html`<button
            type="button"
            class="button new-requests-button"
            part="button new-requests"
            @click=${o.onShow}
          >
            ${o.localize.term('newRequests', count)}
          </button>`
        : nothing
    }
  </div>`;
}
