import { html, nothing, type TemplateResult } from 'lit';
import type { TermKey, Translation } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Person, RequestStatus } from '../../model/request.js';
import { STATUS_TERMS } from './format.js';
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
      ${designations.length ? html`<p class="designations wrap" dir="auto">${list.format(designations)}</p>` : nothing}
      ${
        // dir="auto": a number and its unit keep their order whatever the page's direction ("11 years of
        // experience" in a right-to-left page would otherwise read "years of experience 11").
        typeof years === 'number' && Number.isFinite(years)
          ? html`<p class="experience" dir="auto">${localize.term('experienceYears', years)}</p>`
          : nothing
      }
    </div>
  </div>`;
}

/** The status tag (Pending / Accepted / Rejected / Expired). */
export function statusTag(localize: LocalizeController, status: RequestStatus): TemplateResult {
  const term = STATUS_TERMS[status];
  return html`<span class="status ${status}" part="status">${term ? localize.term(term) : status}</span>`;
}

/** The terms whose arguments are all strings: the sentences that quote names, times, dates, reasons. */
type TextTerm = {
  [K in TermKey]: Translation[K] extends (...args: infer A) => string
    ? A extends string[]
      ? K
      : never
    : never;
}[TermKey];

/** Private-use characters that stand for the values while the translation builds the sentence. */
const MARK = 0xe000;
const MARKS = /([\ue000-\ue00f])/;

/**
 * A localized sentence with each value it quotes (a name, a time range, a date, a reason) in a `<bdi>`, so
 * that a value keeps its own direction and cannot reorder the sentence around it: a Latin name in Arabic
 * text, or a hostile name with right-to-left override characters ("\u202Eevil") that would otherwise
 * reverse the rest of "… is requesting a slot at 4:00 PM". The translation (any locale, a host's too) is
 * called with placeholders, and the sentence is split on them; the text is unchanged (no invisible marks).
 */
export function isolated<K extends TextTerm>(
  localize: LocalizeController,
  key: K,
  ...values: string[]
): (string | TemplateResult)[] {
  const term = localize.term as (key: TermKey, ...args: string[]) => string;
  const text = term.call(localize, key, ...values.map((_, i) => String.fromCharCode(MARK + i)));
  return text
    .split(MARKS)
    .map((piece, i) => (i % 2 ? html`<bdi>${values[piece.charCodeAt(0) - MARK]}</bdi>` : piece));
}

/** How long an action runs before its button says so ("Accepting…"): quicker ones change nothing. */
export const SLOW_AFTER_MS = 400;

/**
 * Calls `onSlow` if `work` is still running after {@link SLOW_AFTER_MS}, so that a busy button's label
 * ("Accepting…", "Saving…") appears only for a slow action and a quick one does not flicker. Used by the
 * detail's actions (request-detail-base.ts) and reusable by any form whose save takes time.
 */
export function whenSlow(work: Promise<unknown>, onSlow: () => void): void {
  const timer = setTimeout(onSlow, SLOW_AFTER_MS);
  const stop = () => clearTimeout(timer);
  work.then(stop, stop);
}
