/**
 * The session detail's "Starts in 3 hours" under the slot, while the request is pending (shared/urgency.ts
 * says what it counts and how it updates). The detail comes with the details' chunk: so does this.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionRequest } from '../../model/request.js';
import { urgencyNow, urgencyOf, urgencyText, watchUrgency } from '../shared/urgency.js';

/** The note for `request` when `pending` (requested, not handled elsewhere) and its slot has not ended. */
export function urgencyNote(
  localize: LocalizeController,
  request: SessionRequest,
  timeZone: string | undefined,
  pending: boolean,
): TemplateResult | typeof nothing {
  const urgency = pending ? urgencyOf(request, urgencyNow(), timeZone) : undefined;
  if (!urgency) return nothing;
  // The detail renders again on the next minute, with the note's new words.
  watchUrgency(localize.host);
  return html`<p class="urgency ${urgency.soon ? 'soon' : ''}" part="urgency">
    ${urgencyText(localize, urgency)}
  </p>`;
}

export const urgencyNoteStyles = css`
  .urgency {
    margin-block-start: -0.25rem;
    color: var(--_muted);
    font-weight: 600;
  }
  .urgency.soon {
    color: var(--_warning);
  }
`;
