import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { provide } from '@lit/context';
import { DEFAULT_MESSAGE_STATUSES, DEFAULT_SESSION_STATUSES, type RequestsAdapter } from '../../adapters/types.js';
import {
  RequestErrorEvent,
  RequestOpenEvent,
  type RequestAcceptedEvent,
  type RequestRejectedEvent,
  type RequestsTab,
  type TabChangeEvent,
} from '../../events.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest, MessageRequest, RequestKind, SessionRequest } from '../../model/request.js';
import { tokens, base } from '../../styles/tokens.js';
import { adapterContext } from '../shared/adapter-context.js';
import { avatarStyles } from '../shared/person.js';
import { PendingCountsController } from './counts.js';
import { RequestListState, type PageFetcher } from './list-state.js';
import { styles } from './requests-page.styles.js';
import { scrollParent, SentinelController } from './scroll.js';
import { backButton, DETAIL_PARTS, listView, TABS_PARTS } from './views.js';

/** The lazily loaded virtualized list (see virtual-list.ts). */
type VirtualList = typeof import('./virtual-list.js');
type VirtualListController = InstanceType<VirtualList['VirtualListController']>;

/**
 * Default of `virtualize-threshold`, chosen by measurement (`npm run bench`, docs/performance.md): the
 * virtualized list's first render costs about one frame whatever its length; a plain list grows with
 * its length and costs as much at about 75 cards (2-vCPU machine: 16 ms for both), less below (12 ms at
 * 50), more above (20 ms at 100, 41 ms at 200). Below it, a plain list also keeps find-in-page and exact
 * scroll sizes.
 */
const VIRTUALIZE_THRESHOLD = 75;

const DETAIL_TAGS = 'session-request-detail, message-request-detail';
type Lists = { session: RequestListState<SessionRequest>; message: RequestListState<MessageRequest> };

/** Where a Back should land: the card that was opened, and where it was on screen. */
interface ReturnPoint {
  kind: RequestKind;
  id: string;
  index: number;
  top?: number;
}

/**
 * The Requests inbox: tabs with pending counts, the active tab's list with paging, the opened request's
 * detail with a Back control. Provides `adapter` to its descendants (@lit/context).
 *
 * @summary The whole Requests inbox: tabs, lists with paging, details, back navigation, counts.
 *
 * @fires request-open - The user opens a request from a list (cancelable: `preventDefault()` to route
 *   yourself; nothing else happens). Detail: `{ kind, request }`.
 * @fires request-error - A list, or the pending counts, failed to load. Detail:
 *   `{ kind, action: 'load' | 'count', error }`; `error.kind` says what failed (`unauthorized`: sign in again).
 * @fires tab-change - Bubbles from the inner `<request-tabs>` when the user selects a tab (cancelable).
 * @fires request-accept - Bubbles from the opened detail (cancelable).
 * @fires request-accepted - Bubbles from the opened detail; the list and the counts update.
 * @fires request-reject - Bubbles from the opened detail (cancelable).
 * @fires request-rejected - Bubbles from the opened detail; the list and the counts update.
 * @fires session-link - Bubbles from the session detail (cancelable).
 * @fires session-linked - Bubbles from the session detail.
 * @fires chat-open - Bubbles from the message detail.
 * @fires profile-open - Bubbles from the details (cancelable).
 *
 * @csspart list - The list of request cards.
 * @csspart card - One request (also `card-expired` on expired ones, `skeleton` on placeholders).
 * @csspart avatar - A card's avatar.
 * @csspart name - A card's person name.
 * @csspart badge - A card's tag (also `badge-direction` for Sent / Received, `badge-expired`).
 * @csspart badge-direction - A card's Sent / Received tag.
 * @csspart badge-expired - A card's Expired tag.
 * @csspart card-expired - An expired request's card (also `card`).
 * @csspart skeleton - A placeholder card while the list loads (also `card`).
 * @csspart meta - A card's designation and experience line.
 * @csspart slot - A session card's date and time range.
 * @csspart preview - A message card's first message (clamped).
 * @csspart button - Every button of the page itself: open, Refresh, Load more, Retry, Back.
 * @csspart open-button - The button that opens a request (also `button`).
 * @csspart toolbar - The line above a list: "Showing N of M" and Refresh.
 * @csspart refresh-button - The Refresh button (also `button`).
 * @csspart load-more - The Load more button (also `button`).
 * @csspart empty - The empty state.
 * @csspart error - An error message with its Retry button.
 * @csspart retry-button - The Retry button (also `button`).
 * @csspart offline - The offline banner.
 * @csspart detail-view - The opened request, with the Back button.
 * @csspart back-button - The Back button (also `button`).
 * @csspart tabs - The inner `<request-tabs>`.
 * @csspart tablist - Exported from `<request-tabs>`: the row of tabs.
 * @csspart tab - Exported from `<request-tabs>`: each tab (`tab-selected` on the selected one).
 * @csspart tab-selected - Exported from `<request-tabs>`: the selected tab.
 * @csspart tab-badge - Exported from `<request-tabs>` (its `badge`): a tab's pending count.
 * @csspart panel - Exported from `<request-tabs>`: the tab panel.
 * @csspart detail-base - Exported from the opened detail (its `base`): the detail's box.
 * @csspart detail-heading - Exported from the opened detail (its `heading`): its heading (focused when the request opens).
 * @csspart detail-avatar - Exported from the opened detail (its `avatar`): the person's avatar.
 * @csspart detail-name - Exported from the opened detail (its `name`): the person's name (a button that opens the profile).
 * @csspart detail-status - Exported from the opened detail (its `status`): the status tag.
 * @csspart detail-agenda - Exported from the opened detail (its `agenda`): a session's agenda.
 * @csspart detail-bubble - Exported from the opened detail (its `bubble`): a message request's first message.
 * @csspart detail-notice - Exported from the opened detail (its `notice`): info, success and error messages.
 * @csspart detail-error - Exported from the opened detail (its `error`): the error message of a failed action.
 * @csspart detail-actions - Exported from the opened detail (its `actions`): the group of Accept and Reject.
 * @csspart detail-button - Exported from the opened detail (its `button`): every button of the detail.
 * @csspart detail-accept-button - Exported from the opened detail (its `accept-button`): Accept.
 * @csspart detail-reject-button - Exported from the opened detail (its `reject-button`): Reject.
 * @csspart detail-chat-button - Exported from the opened detail (its `chat-button`): Open chat.
 * @csspart detail-retry-button - Exported from the opened detail (its `retry-button`): Retry, after the request failed to load.
 * @csspart detail-link - Exported from the opened detail (its `link`): the meeting link.
 * @csspart detail-link-button - Exported from the opened detail (its `link-button`): Add link / Edit link.
 * @csspart detail-form - Exported from the opened detail (its `form`): the meeting link form.
 * @csspart detail-input - Exported from the opened detail (its `input`): the form's text fields.
 * @csspart detail-select - Exported from the opened detail (its `select`): the platform select.
 * @csspart detail-field-error - Exported from the opened detail (its `field-error`): a field's validation message.
 * @csspart detail-save-button - Exported from the opened detail (its `save-button`): the form's Save button.
 * @csspart detail-cancel-button - Exported from the opened detail (its `cancel-button`): the form's Cancel button.
 * @csspart dialog - Exported from the opened detail's confirmation: the Reject confirmation, a native `<dialog>`.
 * @csspart dialog-heading - Exported from the opened detail's confirmation: its heading.
 * @csspart dialog-message - Exported from the opened detail's confirmation: its question.
 * @csspart dialog-label - Exported from the opened detail's confirmation: the label of its reason field.
 * @csspart dialog-textarea - Exported from the opened detail's confirmation: its reason field.
 * @csspart dialog-counter - Exported from the opened detail's confirmation: the reason's word counter.
 * @csspart dialog-error - Exported from the opened detail's confirmation: the reason's "too many words" error.
 * @csspart dialog-actions - Exported from the opened detail's confirmation: its row of buttons.
 * @csspart dialog-button - Exported from the opened detail's confirmation: its buttons.
 * @csspart dialog-confirm-button - Exported from the opened detail's confirmation: its Reject button.
 * @csspart dialog-cancel-button - Exported from the opened detail's confirmation: its Cancel button.
 *
 * @cssprop --mr-color-bg - Background of the page, cards, buttons, the detail and the dialog.
 * @cssprop --mr-color-surface - Background of the skeleton, banners, notices and the hovered tab.
 * @cssprop --mr-color-text - Text color.
 * @cssprop --mr-color-muted - Secondary text color.
 * @cssprop --mr-color-border - Borders of cards, buttons, fields and the tablist.
 * @cssprop --mr-color-primary - The emphasized open button, the selected tab, Accept and links.
 * @cssprop --mr-color-on-primary - Text on the primary color.
 * @cssprop --mr-color-danger - Error text and borders, Reject.
 * @cssprop --mr-color-on-danger - Text on the confirmation's Reject button.
 * @cssprop --mr-color-success - Success messages and the Accepted tag.
 * @cssprop --mr-color-warning - The offline banner and the Expired tag.
 * @cssprop --mr-color-focus - Focus ring.
 * @cssprop --mr-color-backdrop - The backdrop behind the Reject confirmation.
 * @cssprop --mr-radius - Corner radius.
 * @cssprop --mr-space - Base spacing.
 * @cssprop --mr-font - Font family.
 * @cssprop --mr-font-size - Base font size.
 * @cssprop --mr-focus-ring-width - Focus ring width.
 */
export class RequestsPage extends LitElement {
  static override styles = [tokens, base, avatarStyles, styles];

  /** The backend. Provided to every descendant; a `.adapter` set directly on a descendant wins. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter?: RequestsAdapter;

  /** The active tab. */
  @property({ reflect: true }) tab: RequestsTab = 'session';

  /** Requests per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The id of the opened request (of the kind given by `tab`): set it to deep-link to one request. */
  @property({ attribute: 'open-id', reflect: true }) openId?: string;

  /** IANA time zone of the slots (default: the viewer's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** How long (ms) a tab's loaded list stays fresh: within it, switching back does not refetch. */
  @property({ type: Number }) freshness = 60_000;

  /**
   * A list with more requests loaded than this is virtualized: only the cards near the viewport are in
   * the DOM (each with `aria-setsize` / `aria-posinset`). The virtualizer is loaded on first need.
   * `Infinity` turns virtualization off; `0` virtualizes every list.
   */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = VIRTUALIZE_THRESHOLD;

  @state() private online = typeof navigator === 'undefined' || navigator.onLine !== false;
  @state() private opened?: AnyRequest;

  private readonly localize = new LocalizeController(this);
  private readonly lists: Lists = {
    session: this.createList('session', (a) => (q, o) => a.listSessionRequests(q, o)),
    message: this.createList('message', (a) => (q, o) => a.listMessageRequests(q, o)),
  };
  private readonly pending = new PendingCountsController(
    this,
    () => this.adapter,
    (error) => this.dispatchEvent(new RequestErrorEvent({ kind: this.kind, action: 'count', error })),
  );
  private returnTo?: ReturnPoint;
  private focusDetailNext = false;
  private restoreFocusNext = false;
  private readonly sentinel = new SentinelController(this, () => this.onSentinel());
  /** The lazily loaded virtualized list: its directive and its focus / position controller. */
  private virtual?: { cards: VirtualList['virtualCards']; controller: VirtualListController };
  private virtualLoad?: Promise<void>;
  /** Whether the last render was virtualized. */
  private renderedVirtual = false;
  /** The list switched to the virtualizer in this update. */
  private switchedToVirtual = false;

  constructor() {
    super();
    this.addEventListener('request-accepted', this.onSettled);
    this.addEventListener('request-rejected', this.onSettled);
    this.addEventListener('request-error', this.onChildError);
  }

  /** Refetches the active tab's first page and the pending counts; the other tab refetches when shown. */
  async refresh(): Promise<void> {
    const other = this.lists[this.kind === 'session' ? 'message' : 'session'];
    other.invalidate();
    const active = this.lists[this.kind];
    const list = this.openId ? (active.invalidate(), Promise.resolve()) : active.reload();
    await Promise.all([list, this.pending.load()]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.online = navigator.onLine !== false;
    // Loads that a disconnect aborted start again.
    if (this.hasUpdated) {
      this.ensureList(true);
      if (!this.pending.counts && !this.pending.error) void this.pending.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private get kind(): RequestKind {
    return this.tab === 'message' ? 'message' : 'session';
  }

  private get detailOpen(): boolean {
    return typeof this.openId === 'string' && this.openId !== '';
  }

  private get threshold(): number {
    const n = Number(this.virtualizeThreshold);
    return Number.isNaN(n) || n < 0 ? VIRTUALIZE_THRESHOLD : n;
  }

  /** Whether the active list renders through the virtualizer (once it is loaded). */
  private get virtualized(): boolean {
    return this.lists[this.kind].items.length > this.threshold;
  }

  /** Starts loading the virtualizer (once), e.g. as soon as the server says a list will be long. */
  private loadVirtualizer(): void {
    this.virtualLoad ??= import('./virtual-list.js').then(
      (module) => {
        const controller = new module.VirtualListController({
          renderRoot: this.renderRoot,
          items: () => this.lists[this.kind].items,
          cardFor: (id) => this.cardFor(id),
        });
        this.virtual = { cards: module.virtualCards, controller };
        this.requestUpdate();
      },
      (error: unknown) => console.warn('mentoring-requests: the virtualizer did not load; lists render in full.', error),
    );
  }

  private get size(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 20;
  }

  private createList<T extends AnyRequest>(
    kind: RequestKind,
    fetch: (adapter: RequestsAdapter) => PageFetcher<T>,
  ): RequestListState<T> {
    return new RequestListState<T>(this, {
      fetcher: () => (this.adapter ? fetch(this.adapter) : undefined),
      pageSize: () => this.size,
      onError: (error) => this.dispatchEvent(new RequestErrorEvent({ kind, action: 'load', error })),
    });
  }

  /** Loads the active list when it is shown and missing, invalidated, or (with `checkAge`) stale. */
  private ensureList(checkAge: boolean): void {
    const list = this.lists[this.kind];
    if (!this.adapter || this.detailOpen || list.loading || !this.isConnected) return;
    if (checkAge ? !list.isFresh(this.freshness) : !list.valid) void list.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.lists.session.reset();
      this.lists.message.reset();
      this.pending.reset();
      if (this.isConnected) void this.pending.load();
    }
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined) {
      this.lists.session.reset();
      this.lists.message.reset();
    }
    if ((changed.has('openId') || changed.has('tab')) && this.detailOpen) {
      const { opened, openId, kind } = this;
      if (!opened || opened.id !== openId || opened.kind !== kind) {
        // A deep link: reuse the loaded request when the list has it; otherwise the detail loads it by id.
        this.opened = (this.lists[kind].items as AnyRequest[]).find((item) => item.id === openId);
      }
    }
    if (changed.has('openId') && !this.detailOpen && changed.get('openId')) {
      this.opened = undefined;
      // Focus was in the detail that goes away (Back, or a host that cleared open-id): bring it to the list
      // (not after a tab switch: the user is on the tabs, and the list is another one).
      this.restoreFocusNext ||=
        !changed.has('tab') && Boolean(this.renderRoot.querySelector('.detail-view:focus-within'));
      this.ensureList(false);
    }
    if (['tab', 'adapter', 'pageSize'].some((key) => changed.has(key as keyof RequestsPage))) {
      this.ensureList(true);
    }
    const list = this.lists[this.kind];
    if (Math.max(list.items.length, list.total) > this.threshold) this.loadVirtualizer();
    const virtual = this.virtualized && Boolean(this.virtual);
    if (virtual !== this.renderedVirtual) {
      this.renderedVirtual = virtual;
      this.switchedToVirtual = virtual && this.hasUpdated && !this.detailOpen;
      if (this.switchedToVirtual) this.virtual!.controller.beforeSwitch();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusDetailNext && this.detailOpen) {
      this.focusDetailNext = false;
      void this.focusDetail();
    }
    if (this.restoreFocusNext && !this.detailOpen) {
      this.restoreFocusNext = false;
      void this.restoreList();
    }
    if (changed.has('openId') && !this.detailOpen) this.returnTo = undefined;
    if (this.switchedToVirtual) {
      this.switchedToVirtual = false;
      void this.virtual?.controller.afterSwitch();
    }
  }

  // ---- Events from the user and the children -----------------------------------------------------

  private onTabChange(event: TabChangeEvent): void {
    const tab = event.detail?.tab;
    // After the whole dispatch, so a host that cancels the event (it listens later) keeps the tab.
    queueMicrotask(() => {
      if (event.defaultPrevented || (tab !== 'session' && tab !== 'message')) return;
      this.openId = undefined;
      this.tab = tab;
    });
  }

  private open(request: AnyRequest, index: number): void {
    const card = this.cardFor(request.id);
    this.returnTo = { kind: request.kind, id: request.id, index, top: card?.getBoundingClientRect().top };
    if (!this.dispatchEvent(new RequestOpenEvent({ kind: request.kind, request }))) return;
    this.virtual?.controller.forget();
    this.opened = request;
    this.openId = request.id;
    this.focusDetailNext = true;
  }

  private back(): void {
    this.restoreFocusNext = true;
    this.openId = undefined;
  }

  private readonly onSettled = (event: RequestAcceptedEvent | RequestRejectedEvent): void => {
    const request = event.detail?.request;
    if (!request) return;
    if (request.kind === 'session') this.lists.session.apply(request, DEFAULT_SESSION_STATUSES);
    else this.lists.message.apply(request, DEFAULT_MESSAGE_STATUSES);
    // The user may have gone back and opened the same request again (from the list, before this answer
    // came): that detail shows the outcome too, not the actions of a request that is already handled.
    const shown = this.opened;
    if (shown && shown !== request && shown.kind === request.kind && shown.id === request.id)
      this.opened = request;
    void this.pending.load();
  };

  /**
   * An accept or reject that finishes after the user left its detail (Back, another tab): the detail is
   * out of this shadow root, so its event no longer bubbles here, but the list and the counts must still
   * learn the outcome (an accept that was sent is never abandoned).
   */
  private readonly onLeftDetailSettled = (event: RequestAcceptedEvent | RequestRejectedEvent): void => {
    const detail = event.currentTarget as Node | null;
    if (detail && !this.renderRoot.contains(detail)) this.onSettled(event);
  };

  private readonly onChildError = (event: RequestErrorEvent): void => {
    // Only a detail's "already handled": the list and the counts are out of date.
    if (event.composedPath()[0] === this || event.detail?.error?.kind !== 'conflict') return;
    this.lists[event.detail.kind === 'message' ? 'message' : 'session'].invalidate();
    void this.pending.load();
  };

  private readonly onOnline = (): void => {
    this.online = true;
    const list = this.lists[this.kind];
    if (list.error && !list.loading && !this.detailOpen) {
      void (list.errorOn === 'more' ? list.loadMore() : list.reload());
    } else this.ensureList(true);
    if (!this.pending.isFresh(this.freshness)) void this.pending.load();
  };

  private readonly onOffline = (): void => {
    this.online = false;
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    this.ensureList(true);
    if (!this.pending.isFresh(this.freshness)) void this.pending.load();
  };

  private retry(): void {
    const list = this.lists[this.kind];
    if (list.error) void (list.errorOn === 'more' ? this.loadMore(true) : list.reload());
    if (this.pending.error) void this.pending.load();
  }

  /** `fromButton`: the user asked with Load more / Retry, so focus moves to the first new request. */
  private async loadMore(fromButton = false): Promise<void> {
    const list = this.lists[this.kind];
    const before = list.items.length;
    await list.loadMore();
    await this.updateComplete;
    // A keyboard user who asked for more lands on the first new request.
    if (fromButton && list.items.length > before) {
      (await this.renderedCard(before, list.items[before]!.id))?.querySelector('button')?.focus();
    }
    this.sentinel.recheck();
  }

  // ---- Focus, scroll and infinite scroll ---------------------------------------------------------

  private cardFor(id: string): HTMLElement | null {
    const cards = this.renderRoot.querySelectorAll<HTMLElement>('.list .card[data-id]');
    return Array.from(cards).find((card) => card.dataset.id === id) ?? null;
  }

  private async focusDetail(): Promise<void> {
    const detail = this.renderRoot.querySelector<LitElement>(DETAIL_TAGS);
    await detail?.updateComplete;
    if (detail?.isConnected && this.detailOpen) detail.focus();
  }

  /** The card of the item at `index` (with that `id`); a virtualized list renders it first. */
  private async renderedCard(index: number, id: string): Promise<HTMLElement | null> {
    return this.virtual ? this.virtual.controller.renderedCard(index, id) : this.cardFor(id);
  }

  /** Back in the list: the opened card (or its neighbour) where it was on screen, its button focused. */
  private async restoreList(): Promise<void> {
    const point = this.returnTo?.kind === this.kind ? this.returnTo : undefined;
    const items = this.lists[this.kind].items;
    const at = point ? Math.min(point.index, items.length - 1) : 0;
    if (this.renderRoot.querySelector('.list.virtual')) {
      // Only the cards near the viewport exist: render the one to return to first.
      const kept = point ? items.findIndex((item) => item.id === point.id) : -1;
      const index = kept >= 0 ? kept : at;
      if (index >= 0) await this.renderedCard(index, items[index]!.id);
      if (this.detailOpen || !this.isConnected) return;
    }
    const id = point && this.cardFor(point.id) ? point.id : items[at]?.id;
    const card = id === undefined ? null : this.cardFor(id);
    if (card && point?.top !== undefined) {
      const delta = card.getBoundingClientRect().top - point.top;
      if (delta !== 0) scrollParent(card).scrollBy({ top: delta, behavior: 'instant' });
    }
    const target = card?.querySelector('button') ?? this.renderRoot.querySelector<HTMLElement>('.refresh');
    target?.focus({ preventScroll: Boolean(card) });
  }

  private onSentinel(): void {
    const list = this.lists[this.kind];
    if (this.detailOpen || !this.online || !list.hasMore || list.loading || list.error) return;
    void this.loadMore();
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const kind = this.kind;
    return html`${this.online
        ? nothing
        : html`<p class="banner offline" part="offline" role="status">${this.localize.term('offline')}</p>`}
      <request-tabs
        part="tabs"
        exportparts=${TABS_PARTS}
        .selected=${kind}
        .sessionCount=${this.pending.counts?.session ?? 0}
        .messageCount=${this.pending.counts?.message ?? 0}
        @tab-change=${this.onTabChange}
      >
        ${this.detailOpen ? this.renderDetail(kind) : nothing}
        <div
          class="list-view"
          ?hidden=${this.detailOpen}
          @focusin=${this.virtual?.controller.onFocusIn}
          @focusout=${this.virtual?.controller.onFocusOut}
          @keydown=${this.virtual?.controller.onKeydown}
          @rangeChanged=${this.virtual?.controller.onRangeChanged}
          @visibilityChanged=${this.virtual?.controller.onVisibilityChanged}
        >
          ${listView({
            localize: this.localize,
            kind,
            list: this.lists[kind] as RequestListState<AnyRequest>,
            timeZone: this.timeZone,
            countsError: this.pending.error,
            onOpen: (request, index) => this.open(request, index),
            onRefresh: () => void this.refresh(),
            onRetry: () => this.retry(),
            onLoadMore: () => void this.loadMore(true),
            virtualize: this.virtualized ? this.virtual?.cards : undefined,
          })}
        </div>
      </request-tabs>
      <div class="visually-hidden" role="status">${this.statusText()}</div>`;
  }

  private statusText(): string {
    const list = this.lists[this.kind];
    if (this.detailOpen) return '';
    if (list.loading === 'first') return this.localize.term('loadingRequests');
    if (list.loading === 'more') return this.localize.term('loadingMore');
    if (!list.loaded) return '';
    if (list.items.length === 0) return this.localize.term(this.kind === 'session' ? 'emptySessions' : 'emptyMessages');
    return this.localize.term('shownOfTotal', list.items.length, list.total);
  }

  private renderDetail(kind: RequestKind): TemplateResult {
    // Set only when another request is opened: Lit re-sets object bindings on every render, which would
    // overwrite the request the detail updated itself after an action.
    const request = guard([this.opened], () => this.opened);
    return html`<div class="detail-view" part="detail-view">
      ${backButton(this.localize, () => this.back())}
      ${kind === 'session'
        ? html`<session-request-detail
            exportparts=${DETAIL_PARTS}
            .request=${request}
            .requestId=${this.openId}
            .timeZone=${this.timeZone}
            @request-accepted=${this.onLeftDetailSettled}
            @request-rejected=${this.onLeftDetailSettled}
          ></session-request-detail>`
        : html`<message-request-detail
            exportparts=${DETAIL_PARTS}
            .request=${request}
            .requestId=${this.openId}
            @request-accepted=${this.onLeftDetailSettled}
            @request-rejected=${this.onLeftDetailSettled}
          ></message-request-detail>`}
    </div>`;
  }
}
