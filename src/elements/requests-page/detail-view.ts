import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestKind } from '../../model/request.js';
import { DIALOG_PART_NAMES } from '../shared/dialog-parts.js';

/** Parts of the opened detail, re-exported so `requests-page::part(...)` reaches them. */
export const DETAIL_PARTS = [
  ...(
    'base heading avatar name status agenda bubble notice error actions button accept-button reject-button ' +
    'chat-button retry-button link link-button form input conflicts conflict-button select field-error ' +
    'save-button cancel-button urgency calendar-button calendar-options calendar-option'
  )
    .split(' ')
    .map((part) => `${part}: detail-${part}`),
  // The detail's confirmation dialog keeps its names (`dialog`, `dialog-textarea`, `dialog-button`…), and
  // so do the reasons and the proposal the session detail slots into it (reject-reasons.ts).
  ...DIALOG_PART_NAMES,
  ...['reasons', 'reason', 'propose-button', 'proposal', 'slot-input', 'preview'].map(
    (part) => `dialog-${part}`,
  ),
].join(', ');

export interface DetailViewOptions {
  localize: LocalizeController;
  kind: RequestKind;
  openId?: string;
  timeZone?: string;
  onBack: () => void;
}

/**
 * The opened request: the Back button (its chevron mirrors in right-to-left text) and the session or message
 * detail, given only the id: the detail shows the store's record of it (the one the list shows), read through
 * the store after a deep link.
 */
export function detailView(o: DetailViewOptions): TemplateResult {
  return html`<div class="detail-view" part="detail-view">
    <button type="button" class="button link back" part="button back-button" @click=${o.onBack}>
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      ${o.localize.term('back')}
    </button>
    ${
      o.kind === 'session'
        ? html`<session-request-detail
            exportparts=${DETAIL_PARTS}
            .requestId=${o.openId}
            .timeZone=${o.timeZone}
          ></session-request-detail>`
        : html`<message-request-detail
            exportparts=${DETAIL_PARTS}
            .requestId=${o.openId}
          ></message-request-detail>`
    }
  </div>`;
}
