import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestKind } from '../../model/request.js';
import { FilterChangeEvent } from '../../events-detail.js';
import {
  DIRECTION_FILTERS,
  normalizeFilter,
  STATUS_FILTERS,
  type DirectionFilter,
  type ListFilter,
  type StatusFilter,
} from '../../store/filters.js';
import type { ListSort } from '../../model/request.js';

const DIRECTION_TERMS = { received: 'received', sent: 'sent', all: 'filterAll' } as const;
const STATUS_TERMS = {
  pending: 'statusRequested',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  expired: 'statusExpired',
  all: 'filterAll',
} as const;
const SORT_TERMS = { newest: 'sortNewest', soonest: 'sortSoonest' } as const;
/** The orders of the session list (`ListSort`), default first. */
const SORTS = Object.keys(SORT_TERMS) as ListSort[];

export interface FiltersViewOptions {
  localize: LocalizeController;
  kind: RequestKind;
  /** The filter shown (the tab's). */
  filter: Required<ListFilter>;
  /** The page, which fires `filter-change` and renders again when a host cancels it. */
  host: HTMLElement & { requestUpdate(): void };
  /** The values of now (a change just made may not have rendered yet). */
  current: () => Required<ListFilter>;
  /** Shows `filter` (the user's change, not cancelled). */
  apply: (filter: Required<ListFilter>) => void;
}

/** The user picked a value: the cancelable `filter-change` first (a host may keep it in its URL), then it applies. */
function pick(o: FiltersViewOptions, change: Partial<ListFilter>): void {
  const next = normalizeFilter(o.kind, { ...o.current(), ...change });
  if (o.host.dispatchEvent(new FilterChangeEvent({ tab: o.kind, ...next }))) o.apply(next);
  else o.host.requestUpdate(); // the select goes back to the shown filter
}

/**
 * The list's filters as native, labelled `<select>`s in a labelled group: keyboard-complete and announced
 * by every screen reader, short controls that fit two side by side at 320 px. The session tab has
 * direction, status and the order (`sort`); the message tab direction only, with a line saying no history
 * is kept upstream.
 * `live()` puts a select back on the shown value when a host cancels `filter-change`.
 */
export function filtersView(o: FiltersViewOptions): TemplateResult {
  const { localize: t, kind, filter } = o;
  const select = <V extends string>(
    id: string,
    label: 'filterDirection' | 'filterStatus' | 'sortLabel',
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
        @change=${(event: Event) => pick(o, apply((event.target as HTMLSelectElement).value as V))}
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
      ${
        // The order: a session tab's only (a message request has no slot to sort by).
        kind === 'session'
          ? select(
              `filter-sort`,
              'sortLabel',
              SORTS,
              filter.sort,
              (value: ListSort) => SORT_TERMS[value],
              (sort) => ({ sort }),
            )
          : nothing
      }
    </div>
    ${kind === 'message' ? html`<p class="history-note" part="history-note">${t.term('messageHistoryNote')}</p>` : nothing}`;
}
