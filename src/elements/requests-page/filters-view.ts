import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestKind } from '../../model/request.js';
import {
  DIRECTION_FILTERS,
  STATUS_FILTERS,
  type DirectionFilter,
  type ListFilter,
  type StatusFilter,
} from '../../store/filters.js';

const DIRECTION_TERMS = { received: 'received', sent: 'sent', all: 'filterAll' } as const;
const STATUS_TERMS = {
  pending: 'statusRequested',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  expired: 'statusExpired',
  all: 'filterAll',
} as const;

export interface FiltersViewOptions {
  localize: LocalizeController;
  kind: RequestKind;
  filter: ListFilter;
  /** The user picked another value of one filter (not yet applied: the page fires `filter-change` first). */
  onChange: (change: Partial<ListFilter>) => void;
}

/**
 * The list's filters as native, labelled `<select>`s in a labelled group: keyboard-complete and announced
 * by every screen reader, and two short controls that fit side by side at 320 px. The session tab has
 * direction and status; the message tab direction only, with a line saying no history is kept upstream.
 * `live()` puts a select back on the shown value when a host cancels `filter-change`.
 */
export function filtersView(o: FiltersViewOptions): TemplateResult {
  const { localize: t, kind, filter } = o;
  const select = <V extends string>(
    id: string,
    label: 'filterDirection' | 'filterStatus',
    values: readonly V[],
    current: V,
    term: (value: V) => Parameters<LocalizeController['term']>[0],
    apply: (value: V) => Partial<ListFilter>,
  ) =>
    html`<span class="filter">
      <label for=${id}>${t.term(label)}</label>
      <select
        id=${id}
        part="filter-select"
        .value=${live(current)}
        @change=${(event: Event) => o.onChange(apply((event.target as HTMLSelectElement).value as V))}
      >
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${t.term(term(value))}</option>`)}
      </select>
    </span>`;
  return html`<div class="filters" part="filters" role="group" aria-label=${t.term('filtersLabel')}>
      ${select(
        `filter-direction`,
        'filterDirection',
        DIRECTION_FILTERS,
        filter.direction,
        (value: DirectionFilter) => DIRECTION_TERMS[value],
        (direction) => ({ direction }),
      )}
      ${
        kind === 'session'
          ? select(
              `filter-status`,
              'filterStatus',
              STATUS_FILTERS,
              filter.status,
              (value: StatusFilter) => STATUS_TERMS[value],
              (status) => ({ status }),
            )
          : nothing
      }
    </div>
    ${kind === 'message' ? html`<p class="history-note" part="history-note">${t.term('messageHistoryNote')}</p>` : nothing}`;
}
