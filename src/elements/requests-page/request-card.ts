import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest, RequestStatus } from '../../model/request.js';
import { effectiveStatus } from '../../store/filters.js';
import { STATUS_TERMS, cardExtras, formatSlot } from '../shared/format.js';
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

/** The tag of a request that is not pending: Accepted, Rejected or Expired. */
function statusBadge(localize: LocalizeController, status: RequestStatus): TemplateResult | typeof nothing {
  if (status === 'requested') return nothing;
  const part = status === 'expired' ? 'badge badge-expired' : 'badge badge-status';
  return html`<span class="badge ${status}" part=${part}>${localize.term(STATUS_TERMS[status])}</span>`;
}

// Bidi: text from the server and each formatted value sit in an element of their own that isolates
// them (`<bdi>`, or `dir="auto"` on a paragraph), so their direction is their own: an English designation or
// message in an Arabic UI keeps its words in order with "…" at its end, a name or designation with
// right-to-left overrides (U+202E) cannot reverse what follows it, and "11 years of experience" (a
// number first) is not laid out as "years of experience 11" in a right-to-left page. They still sit on
// the card's side (requests-page.styles.ts).

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
        ? html`<bdi class="designation clamp"
            >${first}${
              more > 0
                ? html` <bdi class="more-designations">${localize.term('moreDesignations', more)}</bdi>`
                : nothing
            }</bdi
          >`
        : nothing
    }
    ${years === undefined ? nothing : html`<bdi class="experience">${localize.term('experienceYears', years)}</bdi>`}
  </p>`;
}

/**
 * A message's preview ends on a word with "…" (a line clamp alone cuts mid-word): its first 60 UTF-16 units
 * (61 read, so a word that ends at 60 stays), back to the last white space, and no half of a surrogate pair. Three lines hold it at 320 px; the clamp
 * stays for a text with no space.
 */
const preview = (text: string) =>
  text.length > 60 ? `${text.slice(0, 61).replace(/\s+\S*$|[\uD800-\uDBFF]$/u, '')}…` : text;

/**
 * The slot ("date, time range", in the locale's order) or the message preview; `id` for the open control's
 * description. The sentence takes the direction of its language (`dir="auto"`: English stays "Monday,
 * Dec 14, 7:00 AM - 8:00 AM" in a right-to-left page); the time range is an isolate that never breaks
 * inside (a line breaks between the date and it, not mid-range).
 */
function summary(request: AnyRequest, ctx: CardContext, id: string): TemplateResult {
  if (request.kind === 'message') {
    return html`<p class="preview clamp" part="preview" id=${id} dir="auto">${preview(request.message)}</p>`;
  }
  const { date, timeRange } = formatSlot(ctx.localize, request.start, request.end, ctx.timeZone);
  // The locale's sentence around a marker for the range, split so that the range gets an element.
  const [before, after] = ctx.localize.term('slotOnDate', date, '\uE000').split('\uE000');
  return html`<p class="slot" part="slot" id=${id} dir="auto">
    ${before}<bdi class="range">${timeRange}</bdi>${after}
  </p>`;
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
  const message = request.kind === 'message';
  // The open control is described by the card's tags (Sent / Received, status), its urgency (once the
  // parts have come) and its slot or preview, so a screen reader tabbing from card to card hears more than
  // the name. Ids by position: unique in the one list the page shows.
  const ids = `c${index}b c${index}u c${index}s`;
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
        <bdi class="name clamp" part="name">${name}</bdi>
        ${cardExtras.urgency?.(request, ctx, index)}
        <span class="badges" id="c${index}b">
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
      ${details(request, ctx)} ${summary(request, ctx, `c${index}s`)}
    </div>
    <button
      type="button"
      class="button open ${actionable ? 'primary' : ''}"
      part="button open-button"
      aria-label=${
        message
          ? localize.term(request.direction === 'sent' ? 'viewMessageTo' : 'viewMessageFrom', name)
          : localize.term('viewDetails', name)
      }
      aria-describedby=${ids}
      @click=${() => ctx.onOpen(request)}
    >
      ${localize.term(message ? 'viewMessage' : 'viewDetailsShort')}
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
