import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestKind } from '../../model/request.js';
import { FilterChangeEvent } from '../../events-detail.js';
import { normalizeFilter, type ListFilter } from '../../store/filters.js';

type Filter = Required<ListFilter>;
type Term = Parameters<LocalizeController['term']>[0];

/** Each control's label and the term of each value, in the order shown (the default first). */
const FILTERS = {
  direction: ['filterDirection', { received: 'received', sent: 'sent', all: 'filterAll' }],
  status: [
    'filterStatus',
    {
      pending: 'statusRequested',
      accepted: 'statusAccepted',
      rejected: 'statusRejected',
      expired: 'statusExpired',
      all: 'filterAll',
    },
  ],
  sort: ['sortLabel', { newest: 'sortNewest', soonest: 'sortSoonest' }],
} as const satisfies {
  // Every value of every filter has a term (the compiler says which one lacks it).
  [K in keyof Filter]: readonly [Term, Record<Filter[K], Term>];
};

/** The page: its `direction`, `status` and `sort` (the shown tab's, as set now), `filter-change`, updates. */
type FilteredPage = HTMLElement & Filter & { requestUpdate(): void };

/** The user picked a value: the cancelable `filter-change` first (a host may keep it in its URL), then it applies. */
function pick(page: FilteredPage, kind: RequestKind, change: Partial<ListFilter>): void {
  const { direction, status, sort } = page;
  const next = normalizeFilter(kind, { direction, status, sort, ...change });
  // The setters of `direction`, `status` and `sort`.
  if (page.dispatchEvent(new FilterChangeEvent({ tab: kind, ...next }))) Object.assign(page, next);
  else page.requestUpdate(); // the select goes back to the shown filter
}

/**
 * The list's filters as native, labelled `<select>`s in a labelled group: keyboard-complete and announced
 * by every screen reader, short controls that fit two side by side at 320 px. The session tab has
 * direction, status and the order (`sort`); the message tab direction only, with a line saying no history
 * is kept upstream.
 * `live()` puts a select back on the shown value when a host cancels `filter-change`.
 */
export function filtersView(t: LocalizeController, kind: RequestKind, page: FilteredPage): TemplateResult {
  const select = (key: keyof typeof FILTERS) => {
    const [label, terms] = FILTERS[key];
    const current = page[key];
    return html`<span class="filter">
      <label for="filter-${key}">${t.term(label)}</label>
      <select
        id="filter-${key}"
        part="filter-select"
        .value=${live(current)}
        @change=${(event: Event) => pick(page, kind, { [key]: (event.target as HTMLSelectElement).value })}
      >
        ${Object.entries(terms).map(
          ([value, term]) =>
            html`<option value=${value} ?selected=${value === current}>${t.term(term)}</option>`,
        )}
      </select>
    </span>`;
  };
  // The order: a session tab's only (a message request has no slot to sort by).
  return html`<div class="filters" part="filters" role="group" aria-label=${t.term('filtersLabel')}>
      ${select('direction')} ${kind === 'session' ? [select('status'), select('sort')] : nothing}
    </div>
    ${kind === 'message' ? html`<p class="history-note" part="history-note">${t.term('messageHistoryNote')}</p>` : nothing}`;
}
