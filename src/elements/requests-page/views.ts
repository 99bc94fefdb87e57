import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestsError } from '../../model/errors.js';
import type { AnyRequest, RequestKind } from '../../model/request.js';
import type { ListFilter } from '../../store/filters.js';
import type { RequestList } from '../../store/request-list.js';
import { canRetry, listErrorMessage } from '../shared/format.js';
import type { VirtualListController } from './virtual-list.js';
import { requestCard, skeletonCard } from './request-card.js';

const SKELETON_CARDS = 3;

/** Parts of the inner tabs, re-exported so `requests-page::part(...)` reaches them. */
export const TABS_PARTS = 'tablist, tab, tab-selected, badge: tab-badge, panel';

/** The empty state's title and hint: the queue's own words, or "no request matches this filter". */
function emptyTerms(kind: RequestKind, filtered: boolean) {
  if (filtered) return ['emptyFiltered', 'emptyFilteredHint'] as const;
  return kind === 'session'
    ? (['emptySessions', 'emptySessionsHint'] as const)
    : (['emptyMessages', 'emptyMessagesHint'] as const);
}

/** "No session requests" / "No message requests" (or, under a filter, "No requests match") with a hint. */
export function emptyState(
  localize: LocalizeController,
  kind: RequestKind,
  filtered = false,
): TemplateResult {
  const [title, hint] = emptyTerms(kind, filtered);
  return html`<div class="empty" part="empty">
    <p class="empty-title">${localize.term(title)}</p>
    <p class="empty-hint">${localize.term(hint)}</p>
  </div>`;
}

/** Whether `filter` is other than the queue (received, pending). */
export const isFiltered = (filter: ListFilter) =>
  filter.direction !== 'received' || filter.status !== 'pending';

/**
 * A readable error of a list or count read (with a title when the whole list failed) and its Retry
 * button, offered only when retrying can help (not when signed out or not allowed: `canRetry`).
 */
export function errorBox(
  localize: LocalizeController,
  error: RequestsError,
  whole: boolean,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <div>
      ${whole ? html`<p class="error-title">${localize.term('errorLoadList')}</p>` : nothing}
      <p>${listErrorMessage(localize, error)}</p>
    </div>
    ${
      canRetry(error)
        ? html`<button type="button" class="button retry" part="button retry-button" @click=${onRetry}>
            ${localize.term('retry')}
          </button>`
        : nothing
    }
  </div>`;
}

export interface ListViewOptions {
  localize: LocalizeController;
  kind: RequestKind;
  list: RequestList<AnyRequest>;
  timeZone?: string;
  /** The pending counts failed: shown above the list when the list itself did not fail. */
  countsError?: RequestsError;
  onOpen: (request: AnyRequest, index: number) => void;
  onRefresh: () => void;
  onRetry: () => void;
  onLoadMore: () => void;
  /**
   * Set when the list is virtualized (it is longer than `virtualize-threshold` and the lazily loaded
   * virtualizer has arrived): renders only the cards near the viewport.
   */
  virtualize?: VirtualListController['cards'];
}

const cardKey = (item: AnyRequest) => `${item.kind}:${item.id}`;

/*
 * lit/lit#5298 (see leftover-markers.ts): each tab and filter gets a fresh list (`keyed` on `listKey`), so
 * switching drops the old `<ul>` whole, markers and all, rather than having `repeat` remove its cards one
 * by one (300 tab switches left 2,250 empty comments in the page: test/reliability/leaks.test.ts). The
 * leftovers of cards that leave a list that stays are swept after each render (requests-page.ts).
 */

/**
 * One list per tab and filter: a new key renders a new `<ul>`. The order is left out (first paint bytes): the
 * same requests in another order reuse the `<ul>`, `repeat` moves the cards, and the sweep drops what leaves.
 */
const listKey = (kind: RequestKind, filter: ListFilter) => `${kind} ${filter.direction} ${filter.status}`;

/**
 * A tab's list in every state: "Showing N of M" and Refresh, then the cards (keyed), the skeleton while
 * the first page loads, the empty state, or the error with Retry; below a partial list, the infinite
 * scroll sentinel and Load more (or the error of the page that failed).
 */
export function listView(o: ListViewOptions): TemplateResult {
  const { localize, kind, list } = o;
  const { items, loading, error, errorOn } = list;
  const partial = list.loaded && items.length < list.total;
  const ctx = {
    localize,
    timeZone: o.timeZone,
    // A virtualized list has only some cards in the DOM: each says where it is in the whole list.
    setSize: partial || o.virtualize ? list.total : undefined,
    now: Date.now(),
    showDirection: list.filter.direction === 'all',
    onOpen: (request: AnyRequest) => o.onOpen(request, items.indexOf(request)),
  };
  let body: TemplateResult | typeof nothing = nothing;
  if (items.length > 0) {
    const label = localize.term(kind === 'session' ? 'sessionRequests' : 'messageRequests');
    const card = (item: AnyRequest, i: number) => requestCard(item, i, ctx);
    // Two templates, so switching recreates the <ul> (the virtualizer styles its host inline). The
    // virtualized one can hold focus (tabindex -1) while the focused card is scrolled out of the window.
    // The virtualizer gets `list.view`: the same items, with a new identity only when they changed (its
    // signal to lay out again), without copying a list that may hold 100,000 requests.
    body = o.virtualize
      ? html`<ul
          class="list virtual"
          part="list"
          tabindex="-1"
          aria-label=${label}
          aria-busy=${loading ? 'true' : 'false'}
        >
          ${o.virtualize(list.view, cardKey, card)}
        </ul>`
      : html`<ul class="list" part="list" aria-label=${label} aria-busy=${loading ? 'true' : 'false'}>
          ${repeat(items, cardKey, card)}
        </ul>`;
  } else if (loading === 'first' || (!list.loaded && !error)) {
    body = skeletonList();
  } else if (list.loaded && !error) {
    body = emptyState(localize, kind, isFiltered(list.filter));
  }
  let notice: TemplateResult | typeof nothing = nothing;
  if (error && errorOn === 'first') notice = errorBox(localize, error, true, o.onRetry);
  else if (o.countsError) notice = errorBox(localize, o.countsError, false, o.onRetry);
  return html`<div class="toolbar" part="toolbar">
      <p class="shown">
        ${list.loaded && items.length > 0 ? localize.term('shownOfTotal', items.length, list.total) : nothing}
      </p>
      <button type="button" class="button refresh" part="button refresh-button" @click=${o.onRefresh}>
        ${localize.term('refresh')}
      </button>
    </div>
    ${notice} ${keyed(listKey(kind, list.filter), body)}
    ${
      partial
        ? html`<div class="more">
            <span class="sentinel" aria-hidden="true"></span>
            ${
              error && errorOn === 'more'
                ? errorBox(localize, error, false, o.onRetry)
                : html`<button
                    type="button"
                    class="button load-more"
                    part="button load-more"
                    aria-disabled=${loading === 'more' ? 'true' : 'false'}
                    @click=${o.onLoadMore}
                  >
                    ${localize.term(loading === 'more' ? 'loadingMore' : 'loadMore')}
                  </button>`
            }
          </div>`
        : nothing
    }`;
}

/** Placeholder cards with the real cards' box, while the first page loads. */
export function skeletonList(): TemplateResult {
  return html`<ul class="list" part="list" aria-hidden="true">
    ${Array.from({ length: SKELETON_CARDS }, () => skeletonCard())}
  </ul>`;
}

/** The text of the page's status region (announced by screen readers): loading, empty, "N of M". */
export function statusText(
  localize: LocalizeController,
  kind: RequestKind,
  list: RequestList<AnyRequest> | undefined,
  detailOpen: boolean,
): string {
  if (detailOpen || !list) return '';
  if (list.loading === 'first') return localize.term('loadingRequests');
  if (list.loading === 'more') return localize.term('loadingMore');
  if (!list.loaded) return '';
  if (list.items.length === 0) return localize.term(emptyTerms(kind, isFiltered(list.filter))[0]);
  // Live updates found requests the list does not show: said once, politely, until the user shows them.
  if (list.newItems.length > 0) return localize.term('newRequests', list.newItems.length);
  return localize.term('shownOfTotal', list.items.length, list.total);
}
