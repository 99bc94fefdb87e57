import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Person, RequestStatus } from '../../model/request.js';
import { avatar } from './person.js';

/** Template pieces of the two detail views (see `detail.styles.ts`). @internal */

/** A placeholder with the loaded view's shape, so nothing jumps when the request arrives. */
export function skeleton(localize: LocalizeController): TemplateResult {
  return html`<div class="skeleton" aria-busy="true">
    <span class="visually-hidden">${localize.term('loadingRequest')}</span>
    <div class="person" aria-hidden="true">
      <span class="avatar large bone"></span>
      <div class="who"><span class="bone line w40"></span><span class="bone line w60"></span></div>
    </div>
    <span class="bone pill" aria-hidden="true"></span>
    <div class="lines" aria-hidden="true">
      <span class="bone line w60"></span><span class="bone line w90"></span
      ><span class="bone line w70"></span> <span class="bone line w90"></span
      ><span class="bone line w30"></span>
    </div>
    <div class="actions" aria-hidden="true"><span class="bone btn"></span><span class="bone btn"></span></div>
  </div>`;
}

/** Avatar, name (a button that opens the profile; the avatar does too), designations and experience. */
export function personBlock(localize: LocalizeController, person: Person, open: () => void): TemplateResult {
  const designations = (Array.isArray(person.designations) ? person.designations : []).filter(Boolean);
  const list = new Intl.ListFormat(localize.lang(), { style: 'short', type: 'unit' });
  const years = person.experienceYears;
  return html`<div class="person">
    <span class="avatar-wrap" @click=${open}>${avatar(person, 'large')}</span>
    <div class="who">
      <button
        type="button"
        class="name wrap"
        part="name"
        aria-label=${localize.term('viewProfile', person.name)}
        @click=${open}
      >
        ${person.name}
      </button>
      ${designations.length ? html`<p class="designations wrap">${list.format(designations)}</p>` : nothing}
      ${
        typeof years === 'number' && Number.isFinite(years)
          ? html`<p class="experience">${localize.term('experienceYears', years)}</p>`
          : nothing
      }
    </div>
  </div>`;
}

const STATUS_TERMS = {
  requested: 'statusRequested',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  expired: 'statusExpired',
} as const;

/** The status tag (Pending / Accepted / Rejected / Expired). */
export function statusTag(localize: LocalizeController, status: RequestStatus): TemplateResult {
  const term = STATUS_TERMS[status];
  return html`<span class="status ${status}" part="status">${term ? localize.term(term) : status}</span>`;
}
