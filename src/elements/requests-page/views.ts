import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestsError } from '../../model/errors.js';
import type { AnyRequest, RequestKind } from '../../model/request.js';
import { errorMessage } from '../shared/format.js';
import type { RequestListState } from './list-state.js';
import { requestCard, skeletonCard } from './request-card.js';

const SKELETON_CARDS = 3;

/** Parts of the inner elements, re-exported so `requests-page::part(...)` reaches them. */
export const TABS_PARTS = 'tablist, tab, tab-selected, badge: tab-badge, panel';
export const DETAIL_PARTS = [
  ...['base', 'heading', 'avatar', 'name', 'status', 'agenda', 'bubble', 'notice', 'actions', 'button'],
  ...['accept-button', 'reject-button', 'chat-button', 'link', 'form', 'input', 'select', 'field-error'],
]
  .map((part) => `${part}: detail-${part}`)
  .join(', ');

/** "No session requests" / "No message requests" with a short hint. */
export function emptyState(localize: LocalizeController, kind: RequestKind): TemplateResult {
  const session = kind === 'session';
  return html`<div class="empty" part="empty">
    <p class="empty-title">${localize.term(session ? 'emptySessions' : 'emptyMessages')}</p>
    <p class="empty-hint">${localize.term(session ? 'emptySessionsHint' : 'emptyMessagesHint')}</p>
  </div>`;
}

/** A readable error (with a title when the whole list failed) and its Retry button. */
export function errorBox(
  localize: LocalizeController,
  error: RequestsError,
  whole: boolean,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <div>
      ${whole ? html`<p class="error-title">${localize.term('errorLoadList')}</p>` : nothing}
      <p>${errorMessage(localize, error)}</p>
    </div>
    <button type="button" class="button retry" part="retry-button" @click=${onRetry}>${localize.term('retry')}</button>
  </div>`;
}

/** The Back control of the detail view (its chevron mirrors in right-to-left text). */
export function backButton(localize: LocalizeController, onBack: () => void): TemplateResult {
  return html`<button type="button" class="button link back" part="back-button" @click=${onBack}>
    <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
    ${localize.term('back')}
  </button>`;
}

export interface ListViewOptions {
  localize: LocalizeController;
  kind: RequestKind;
  list: RequestListState<AnyRequest>;
  timeZone?: string;
  /** The pending counts failed: shown above the list when the list itself did not fail. */
  countsError?: RequestsError;
  onOpen: (request: AnyRequest, index: number) => void;
  onRefresh: () => void;
  onRetry: () => void;
  onLoadMore: () => void;
}

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
    setSize: partial ? list.total : undefined,
    now: Date.now(),
    onOpen: (request: AnyRequest) => o.onOpen(request, items.indexOf(request)),
  };
  let body: TemplateResult | typeof nothing = nothing;
  if (items.length > 0) {
    const label = localize.term(kind === 'session' ? 'sessionRequests' : 'messageRequests');
    body = html`<ul class="list" part="list" aria-label=${label} aria-busy=${loading ? 'true' : 'false'}>
      ${repeat(items, (item) => `${item.kind}:${item.id}`, (item, i) => requestCard(item, i, ctx))}
    </ul>`;
  } else if (loading === 'first' || (!list.loaded && !error)) {
    body = html`<ul class="list" part="list" aria-hidden="true">
      ${Array.from({ length: SKELETON_CARDS }, () => skeletonCard())}
    </ul>`;
  } else if (list.loaded && !error) {
    body = emptyState(localize, kind);
  }
  let notice: TemplateResult | typeof nothing = nothing;
  if (error && errorOn === 'first') notice = errorBox(localize, error, true, o.onRetry);
  else if (o.countsError) notice = errorBox(localize, o.countsError, false, o.onRetry);
  return html`<div class="toolbar" part="toolbar">
      <p class="shown">${list.loaded && items.length > 0 ? localize.term('shownOfTotal', items.length, list.total) : nothing}</p>
      <button type="button" class="button refresh" part="refresh-button" @click=${o.onRefresh}>
        ${localize.term('refresh')}
      </button>
    </div>
    ${notice} ${body}
    ${partial
      ? html`<div class="more">
          <span class="sentinel" aria-hidden="true"></span>
          ${error && errorOn === 'more'
            ? errorBox(localize, error, false, o.onRetry)
            : html`<button
                type="button"
                class="button load-more"
                part="load-more"
                aria-disabled=${loading === 'more' ? 'true' : 'false'}
                @click=${o.onLoadMore}
              >
                ${localize.term(loading === 'more' ? 'loadingMore' : 'loadMore')}
              </button>`}
        </div>`
      : nothing}`;
}
