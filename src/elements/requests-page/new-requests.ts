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
  /** Resolves once the page has rendered what changed. */
  rendered: () => Promise<unknown>;
  focusCard: (index: number, id: string) => Promise<void>;
}): TemplateResult {
  const count = o.list?.newItems.length ?? 0;
  return html`<div class="new-requests">
    ${
      count > 0
        ? html`<button
            type="button"
            class="button new-requests-button"
            part="button new-requests"
            @click=${() => void showNew(o)}
          >
            ${o.localize.term('newRequests', count)}
          </button>`
        : nothing
    }
  </div>`;
}

/** The user asks for the new requests: the list's first page again, and focus on the first of them. */
async function showNew(o: Parameters<typeof newRequestsView>[0]): Promise<void> {
  const list = o.list;
  if (!list) return;
  const ids = new Set(list.newItems.map((request) => request.id));
  await list.reload();
  const index = list.items.findIndex((request) => ids.has(request.id));
  // Once the list the store changed has rendered.
  await o.rendered();
  if (index >= 0) await o.focusCard(index, list.items[index]!.id);
}
