import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest, RequestStatus } from '../../model/request.js';
import { effectiveStatus } from '../../store/filters.js';
import { formatSlot } from '../shared/format.js';
import { avatar } from '../shared/person.js';

export interface CardContext {
  localize: LocalizeController;
  /** The viewer's (or the host's) IANA time zone for the slot. */
  timeZone?: string;
  /** The list's full size when not every item is loaded: sets aria-setsize / aria-posinset. */
  setSize?: number;
  /** The clock, to tag a pending session whose slot has ended as expired. */
  now: number;
  /** Both directions are listed: each card says Sent or Received. */
  showDirection: boolean;
  onOpen: (request: AnyRequest) => void;
}

const STATUS_TERMS = {
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  expired: 'statusExpired',
} as const;

/** The tag of a request that is not pending: Accepted, Rejected or Expired. */
function statusBadge(localize: LocalizeController, status: RequestStatus): TemplateResult | typeof nothing {
  if (status === 'requested') return nothing;
  const part = status === 'expired' ? 'badge badge-expired' : 'badge badge-status';
  return html`<span class="badge ${status}" part=${part}>${localize.term(STATUS_TERMS[status])}</span>`;
}

function details(request: AnyRequest, ctx: CardContext): TemplateResult {
  const { localize } = ctx;
  const { designations, experienceYears } = request.person;
  const first = Array.isArray(designations) ? designations[0] : undefined;
  const more = Array.isArray(designations) ? designations.length - 1 : 0;
  const years =
    typeof experienceYears === 'number' && Number.isFinite(experienceYears) ? experienceYears : undefined;
  if (!first && years === undefined) return html``;
  return html`<p class="meta" part="meta">
    ${
      first
        ? html`<span class="designation wrap"
            >${first}${
              more > 0
                ? html` <span class="more-designations">${localize.term('moreDesignations', more)}</span>`
                : nothing
            }</span
          >`
        : nothing
    }
    ${years === undefined ? nothing : html`<span class="experience">${localize.term('experienceYears', years)}</span>`}
  </p>`;
}

function summary(request: AnyRequest, ctx: CardContext): TemplateResult {
  if (request.kind === 'message') {
    return html`<p class="preview wrap" part="preview">${request.message}</p>`;
  }
  const { date, timeRange } = formatSlot(ctx.localize, request.start, request.end, ctx.timeZone);
  return html`<p class="slot" part="slot">${ctx.localize.term('slotOnDate', date, timeRange)}</p>`;
}

/**
 * One request in a list: avatar, name, first designation + "+N", experience, the slot or the message
 * preview, Sent / Received where both directions are listed, the status where it is not pending
 * (Accepted, Rejected, Expired), and one button that opens it. The button stretches over the
 * whole card, so a click anywhere on it opens the request. A template, not an element: a list of
 * hundreds stays cheap.
 */
export function requestCard(request: AnyRequest, index: number, ctx: CardContext): TemplateResult {
  const { localize } = ctx;
  const status = effectiveStatus(request, ctx.now);
  const expired = status === 'expired';
  // The action is emphasized only where the viewer has something to do: received, pending, not expired.
  const actionable = status === 'requested' && request.direction === 'received';
  const name = request.person.name;
  return html`<li
    class="card ${expired ? 'expired' : ''}"
    part="card${expired ? ' card-expired' : ''}"
    data-id=${request.id}
    aria-setsize=${ifDefined(ctx.setSize)}
    aria-posinset=${ifDefined(ctx.setSize === undefined ? undefined : index + 1)}
  >
    ${avatar(request.person)}
    <div class="main">
      <div class="top">
        <span class="name wrap" part="name">${name}</span>
        <span class="badges">
          ${
            ctx.showDirection
              ? html`<span class="badge" part="badge badge-direction"
                  >${localize.term(request.direction === 'sent' ? 'sent' : 'received')}</span
                >`
              : nothing
          }
          ${statusBadge(localize, status)}
        </span>
      </div>
      ${details(request, ctx)} ${summary(request, ctx)}
    </div>
    <button
      type="button"
      class="button open ${actionable ? 'primary' : ''}"
      part="button open-button"
      aria-label=${localize.term('viewDetails', name)}
      @click=${() => ctx.onOpen(request)}
    >
      ${localize.term('viewDetailsShort')}
    </button>
  </li>`;
}

/** A placeholder card with the real card's box, so nothing jumps when the data arrives. */
export function skeletonCard(): TemplateResult {
  return html`<li class="card skeleton" part="card skeleton" aria-hidden="true">
    <span class="avatar small bone"></span>
    <div class="main">
      <span class="bone line wide"></span>
      <span class="bone line"></span>
      <span class="bone line narrow"></span>
    </div>
    <span class="bone button-bone"></span>
  </li>`;
}
