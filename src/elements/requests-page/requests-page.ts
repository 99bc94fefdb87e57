import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { RequestsAdapter } from '../../adapters/types.js';
import { RequestErrorEvent, type RequestsTab, type TabChangeEvent } from '../../events-list.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { ListSort, RequestKind } from '../../model/request.js';
import type { DirectionFilter, StatusFilter } from '../../store/filters.js';
import { InboxStore, checkPageSize, type ListSpec } from '../../store/inbox-store.js';
// The page's store makes lists (a badge's alone does not): registers how.
import '../../store/store-lists.js';
import type { StoreErrorEvent } from '../../store/store-events.js';
import { tokens, base } from '../../styles/tokens.js';
import { formatSlot } from '../shared/format.js';
import { intlWarmUp } from '../../i18n/intl.js';
import { avatarStyles } from '../shared/person.js';
import { StoreSubscription, storeContext } from '../shared/store-context.js';
import type { DetailNavigation } from './navigation.js';
import { PageFilters } from './page-filters.js';
import type { PageActions } from './page-actions.js';
import { PageLoads } from './page-loads.js';
import type { PageParts } from './page-parts.js';
import { styles } from './requests-page.styles.js';
import { listView, skeletonList, statusText, TABS_PARTS } from './views.js';
import type { VirtualSwitch } from './virtual-switch.js';

// The element is the public face: its properties, events and parts (documented below for the
// custom-elements manifest), its lifecycle and its template. The data is the store's (InboxStore, one
// per adapter, src/store/): the page provides it to its descendants and renders from it. The rest is in
// controllers of their own:
// - PageLoads (page-loads.ts): when the shown list and the counts are asked of the store; PageActions
//   (page-actions.ts, with the parts): Refresh, Retry, Load more and infinite scroll;
// - DetailNavigation (navigation.ts): opening a request, Back, and where focus and scroll go; it comes,
//   with the filter control and the opened request's view, in the details' chunk (page-parts.ts);
// - VirtualSwitch (virtual-switch.ts): loading the virtualizer and switching a long list to it (with the
//   detail-time parts too: a list is long only after its first page);
// - views.ts / filters-view.ts / request-card.ts: the templates.

/**
 * Default of `virtualize-threshold`, chosen by measurement (`npm run bench`, docs/performance.md): the
 * virtualized list's first render costs about one frame whatever its length; a plain list grows with
 * its length and costs as much at about 75 cards (2-vCPU machine: 16 ms for both), less below (12 ms at
 * 50), more above (20 ms at 100, 41 ms at 200). Below it, a plain list also keeps find-in-page and exact
 * scroll sizes.
 */
const VIRTUALIZE_THRESHOLD = 75;

/**
 * The page's detail-time parts, from the details' chunk (define-details.ts, which define.ts loads at once):
 * one load shared by every page. A failed load is tried again by the next page that asks.
 */
let partsLoad: Promise<PageParts> | undefined;
function pageParts(): Promise<PageParts> {
  partsLoad ??= import('../../define-details.js').then(
    (module) => module.PAGE_PARTS,
    (error: unknown) => {
      partsLoad = undefined;
      console.warn('mentoring-requests: the page parts did not load.', error);
      throw error;
    },
  );
  return partsLoad;
}

/**
 * The Requests inbox: tabs with pending counts, the active tab's list with its filters and paging, the
 * opened request's detail with a Back control. Gets the store of its adapter (`InboxStore.for(adapter)`)
 * and provides it to its descendants (@lit/context, `storeContext`).
 *
 * The session tab shows the mentor's queue by default (received, pending: exactly what its count
 * counts); `direction` and `status` reach sent requests and the history, and `sort` puts the soonest slots
 * first. Each tab remembers its own filter and order; the attributes reflect the shown tab's. A pending
 * session request's card says how soon its slot starts (it can be accepted until its slot ends):
 * "Starts in 45 minutes", "Starts tomorrow".
 *
 * @summary The whole Requests inbox: tabs, lists with paging, details, back navigation, counts.
 *
 * @fires request-open - The user opens a request from a list, or a clashing pending request from the
 *   opened session detail's schedule-conflict warning (cancelable: `preventDefault()` to route yourself;
 *   nothing else happens; otherwise the page opens it, and Back returns to the list). Detail: `{ kind, request }`.
 * @fires request-error - A list, or the pending counts, failed to load. Detail:
 *   `{ kind, action: 'load' | 'count', error }` (`kind` is `all` for the counts); `error.kind` says what
 *   failed (`unauthorized`: sign in again).
 * @fires filter-change - The user changes a list's filter or order (cancelable: `preventDefault()` keeps
 *   the current one, e.g. to route through the URL and set `direction` / `status` / `sort` yourself).
 *   Detail: `{ tab, direction, status, sort }`.
 * @fires requests-changed - Polling, a push or another tab brought changes (never this page's own actions):
 *   one per change the store takes in. Detail: `{ kind, added, updated, removed }` (ids).
 * @fires tab-change - Bubbles from the inner `<request-tabs>` when the user selects a tab (cancelable).
 * @fires request-accept - Bubbles from the opened detail (cancelable).
 * @fires request-accepted - Bubbles from the opened detail (a notification: the store has already updated
 *   the lists and the counts).
 * @fires request-reject - Bubbles from the opened detail (cancelable).
 * @fires request-rejected - Bubbles from the opened detail (a notification, like `request-accepted`).
 * @fires session-link - Bubbles from the session detail (cancelable).
 * @fires session-linked - Bubbles from the session detail.
 * @fires calendar-add - Bubbles from the session detail's "Add to calendar" menu (cancelable).
 * @fires chat-open - Bubbles from the message detail.
 * @fires profile-open - Bubbles from the details (cancelable).
 *
 * @csspart list - The list of request cards.
 * @csspart card - One request (also `card-expired` on expired ones, `skeleton` on placeholders).
 * @csspart avatar - A card's avatar.
 * @csspart name - A card's person name.
 * @csspart badge - A card's tag (also `badge-direction` for Sent / Received, `badge-status`, `badge-expired`).
 * @csspart badge-direction - A card's Sent / Received tag (when both directions are listed).
 * @csspart badge-status - A card's Accepted or Rejected tag.
 * @csspart badge-expired - A card's Expired tag.
 * @csspart card-expired - An expired request's card (also `card`).
 * @csspart skeleton - A placeholder card while the list loads (also `card`).
 * @csspart meta - A card's designation and experience line.
 * @csspart slot - A session card's date and time range.
 * @csspart urgency - A pending session card's "In 3 hours", "Tomorrow", "Ends in 20 minutes" (also
 *   `urgency-soon` when less than a day is left), on the card's top line; kept up to date as time passes.
 * @csspart urgency-soon - The urgency of a card whose slot starts (or, once started, ends) within a day.
 * @csspart preview - A message card's first message (clamped).
 * @csspart button - Every button of the page itself: open, Refresh, Load more, Retry, Back.
 * @csspart open-button - The button that opens a request (also `button`).
 * @csspart toolbar - The line above a list: "Showing N of M" and Refresh.
 * @csspart filters - The group of the list's filters.
 * @csspart filter-select - Each filter's `<select>`.
 * @csspart history-note - The message tab's line saying no history of message requests is kept.
 * @csspart new-requests - The "N new requests" button live updates offer (also `button`).
 * @csspart refresh-button - The Refresh button (also `button`).
 * @csspart load-more - The Load more button (also `button`).
 * @csspart empty - The empty state.
 * @csspart error - An error message with its Retry button.
 * @csspart retry-button - The Retry button (also `button`).
 * @csspart not-configured - The "not configured" message of a page without an adapter (also `error`); the
 *   console says how to fix it (set `adapter` as a property, not an attribute).
 * @csspart offline - The offline banner.
 * @csspart detail-view - The opened request, with the Back button.
 * @csspart back-button - The Back button (also `button`).
 * @csspart shortcuts-button - With `shortcuts`: the "Keyboard shortcuts" button, first in the page and
 *   visually hidden until it has focus (also `button`).
 * @csspart shortcuts-dialog - With `shortcuts`: the dialog listing them (a native `<dialog>`).
 * @csspart shortcuts-close-button - With `shortcuts`: the dialog's Close button (also `button`).
 * @csspart tabs - The inner `<request-tabs>`.
 * @exportparts request-tabs ./views.js#TABS_PARTS - Exported from `<request-tabs>`
 * @exportparts session-request-detail,message-request-detail ./detail-view.js#DETAIL_PARTS - Exported from the opened detail
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
  // `static properties` rather than decorators: the helper tsc writes for decorators into each module
  // would weigh on the first paint (docs/performance.md). `direction`, `status` and `sort` have accessors of
  // their own (below).
  static override properties = {
    adapter: { attribute: false },
    tab: { reflect: true },
    direction: { reflect: true, noAccessor: true },
    status: { reflect: true, noAccessor: true },
    sort: { reflect: true, noAccessor: true },
    pageSize: { type: Number, attribute: 'page-size' },
    openId: { attribute: 'open-id', reflect: true },
    timeZone: { attribute: 'time-zone' },
    freshness: { type: Number },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    virtualizeThreshold: { type: Number, attribute: 'virtualize-threshold' },
    shortcuts: { type: Boolean },
    store: { state: true },
  };

  /** The backend. Its store is provided to every descendant; a `.adapter` set on a descendant wins there. */
  adapter?: RequestsAdapter;

  /** The active tab. */
  tab: RequestsTab = 'session';

  /** The shown tab's direction filter: `received` (default), `sent` or `all`. */
  declare direction: DirectionFilter;

  /**
   * The session tab's status filter: `pending` (default: requested and not ended), `accepted`,
   * `rejected`, `expired` or `all`. Always `pending` on the message tab (no history is kept upstream).
   */
  declare status: StatusFilter;

  /**
   * The session tab's order: `newest` (default: when each request was made) or `soonest` (the slot's start,
   * earliest first). Always `newest` on the message tab (a message request has no slot).
   */
  declare sort: ListSort;

  // The three are the shown tab's filter (PageFilters, which checks the values at the next update): one
  // accessor pair made three times, rather than three written out, for the first paint's bytes (-18 B gzip).
  static {
    for (const key of ['direction', 'status', 'sort'] as const)
      Object.defineProperty(this.prototype, key, {
        get(this: RequestsPage) {
          return this.#filters.shown(key);
        },
        set(this: RequestsPage, value: string) {
          this.#filters.set(key, value);
        },
      });
  }

  /** Requests per page. */
  pageSize = 20;

  /** The id of the opened request (of the kind given by `tab`): set it to deep-link to one request. */
  openId?: string;

  /** IANA time zone of the slots (default: the viewer's). */
  timeZone?: string;

  /**
   * The reasons the session detail's reject confirmation offers to pick from (short sentences; unset: the
   * localized defaults; `[]`: none). Property only. The detail reads it when the confirmation opens, so
   * setting it at any time applies to the next one; a plain field, not a reactive property: nothing renders
   * from it, and the first paint carries no byte of it (the reasons come in their own chunk).
   */
  rejectReasons?: string[];

  /** How long (ms) a loaded list and the counts stay fresh: within it, showing a list again does not refetch. */
  freshness = 60_000;

  /**
   * How often (ms) the pending counts are read to find requests that arrived or were handled elsewhere
   * (`0`: never). Only while the page is visible and online; tabs of one `adapter.identity` poll once for
   * all, and an adapter that pushes is not polled (docs/live.md).
   */
  pollInterval = 60_000;

  /**
   * A list with more requests loaded than this is virtualized: only the cards near the viewport are in
   * the DOM (each with `aria-setsize` / `aria-posinset`). The virtualizer is loaded on first need.
   * `Infinity` turns virtualization off; `0` virtualizes every list.
   */
  virtualizeThreshold = VIRTUALIZE_THRESHOLD;

  /**
   * Keyboard shortcuts (off by default; README "Keyboard shortcuts"): J / K move between the cards, Enter
   * opens, A moves focus to Accept (it never accepts), R asks to reject, Escape goes back, `?` lists them in
   * a dialog. Never while typing in a field or with Ctrl, Alt or Meta held. Their code loads when turned on.
   * @default false
   */
  declare shortcuts: boolean;

  /** The store of `adapter`, provided to the descendants. */
  private store?: InboxStore;
  /** Provides `store` to the descendants (storeContext). */
  readonly #provider = new ContextProvider(this, { context: storeContext });

  readonly #filters = new PageFilters(this);
  private readonly localize = new LocalizeController(this);
  readonly #subscription = new StoreSubscription(this, (event) => this.#onStoreError(event));
  readonly #loads = new PageLoads(this, {
    store: () => this.store,
    spec: () => this.#spec,
    detailOpen: () => this.#detailOpen,
    freshness: () => this.freshness,
  });
  /** Refresh, Retry, Load more, infinite scroll: with the parts (page-actions.ts). */
  #actions?: PageActions;
  /** The detail-time parts, once their chunk has arrived (see page-parts.ts). */
  #parts?: PageParts;
  #nav?: DetailNavigation;
  #virtual?: VirtualSwitch;

  /** Takes in the detail-time parts: their styles, their words, the navigation. */
  async #loadParts(): Promise<PageParts | undefined> {
    if (this.#parts) return this.#parts;
    const parts = await pageParts().catch(() => undefined);
    if (!parts || this.#parts) return this.#parts;
    this.#parts = parts;
    adoptStyles(this.renderRoot as ShadowRoot, [...RequestsPage.elementStyles, parts.partStyles]);
    this.localize.addEnglish(parts.english);
    this.#nav = new parts.DetailNavigation(this, {
      kind: () => this.#kind,
      detailOpen: () => this.#detailOpen,
      items: () => this.#loads.active?.items ?? [],
      localize: this.localize,
      virtualList: () => this.#virtual?.controller,
    });
    this.#virtual = new parts.VirtualSwitch(this, () => this.#loads.active?.items ?? []);
    this.#actions = new parts.PageActions(this.#loads, (index, id) => this.#nav!.focusCard(index, id));
    // Polls (or takes pushes) while the page is in the document, and says `requests-changed`. With the
    // parts: a poll is due one interval after the first read at the earliest, the parts come at once.
    new parts.LiveWatch(this, {
      store: () => this.store,
      pollInterval: () => this.pollInterval,
      watch: () => parts.watchStore,
    });
    this.requestUpdate();
    return parts;
  }

  /** Refetches the shown list's first page and the pending counts; the other lists refetch when shown. */
  async refresh(): Promise<void> {
    await this.#act((actions) => actions.refresh());
  }

  /**
   * Runs `action` with the list actions and the navigation: at once (in the same task as the click) when the
   * parts are here, else once they have come.
   */
  async #act(action: (actions: PageActions, nav: DetailNavigation) => unknown): Promise<void> {
    if (!this.#actions) await this.#loadParts();
    if (this.#actions) await action(this.#actions, this.#nav!);
  }

  /**
   * The first render waits for a task of its own. It would otherwise run in the task that evaluated the
   * elements' modules and defined them (on a low-end phone, 190 ms of one task, a long one: no tap or key is
   * handled until it ends); split in two, neither half is as long (docs/performance.md, "The first load on
   * a low-end phone"). The first requests leave with this render, a timer later: no round trip is added.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadParts();
  }

  get #kind(): RequestKind {
    return this.tab === 'message' ? 'message' : 'session';
  }

  /** The shown list: the tab's kind, its filter and the page size. */
  get #spec(): ListSpec {
    const kind = this.#kind;
    return { kind, filter: this.#filters.of(kind), pageSize: checkPageSize(this.pageSize) };
  }

  get #detailOpen(): boolean {
    return typeof this.openId === 'string' && this.openId !== '';
  }

  get #threshold(): number {
    const n = Number(this.virtualizeThreshold);
    return Number.isNaN(n) || n < 0 ? VIRTUALIZE_THRESHOLD : n;
  }

  /** Whether the active list renders through the virtualizer (once it is loaded). */
  get #virtualized(): boolean {
    return (this.#loads.active?.items.length ?? 0) > this.#threshold;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      // An object only: a string (an `adapter` attribute copied onto the property by a template) is none.
      this.store =
        typeof this.adapter === 'object' && this.adapter ? InboxStore.for(this.adapter) : undefined;
      this.#provider.setValue(this.store);
      // The cards' date formats, built in a task of their own while the first page is on the network: the
      // first `Intl` object of a document costs about 35 ms of CPU (the engine starts ICU and loads its
      // locale data), four times that on a low-end phone, which would otherwise sit in the first render's
      // task or between the answer and the first card painted (docs/performance.md, "The first load on a
      // low-end phone"; the tabs format no count before there is one). Later, the formats are cached.
      // Not after a host's `warmIntl()`: its worker loads that data off the main thread (warm-intl.ts).
      if (this.store)
        setTimeout(() => intlWarmUp.done || formatSlot(this.localize, new Date(), new Date(), this.timeZone));
    }
    this.#subscription.store = this.store;
    if (this.store) this.store.freshness = this.freshness;
    this.#filters.sync(this.#kind, !this.hasUpdated);
    this.#nav?.willUpdate(changed);
    // The detail was closed (Back, or a host that cleared open-id): the list shows again.
    if (changed.has('openId') && !this.#detailOpen && changed.get('openId')) this.#loads.ensure(false);
    const keys = ['tab', 'adapter', 'pageSize', 'direction', 'status', 'sort'] as const;
    if (keys.some((key) => changed.has(key))) this.#loads.ensure(true);
    const list = this.#loads.active;
    if (list && Math.max(list.items.length, list.total) > this.#threshold) this.#virtual?.load();
    this.#virtual?.willUpdate(this.#virtualized, this.hasUpdated && !this.#detailOpen);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // lit/lit#5298: what cards that left the plain list left behind (leftover-markers.ts).
    this.#parts?.dropLeftoverMarkers(this.renderRoot.querySelector('.list:not(.virtual)'));
    this.#nav?.updated(changed);
    this.#virtual?.updated();
  }

  // ---- Events from the user, the store and the window --------------------------------------------

  #onTabChange(event: TabChangeEvent): void {
    const tab = event.detail?.tab;
    // After the whole dispatch, so a host that cancels the event (it listens later) keeps the tab.
    queueMicrotask(() => {
      if (event.defaultPrevented || (tab !== 'session' && tab !== 'message')) return;
      this.openId = undefined;
      this.tab = tab;
    });
  }

  /** A list or the counts failed to load: the host hears it from this page (a detail reports its own reads). */
  #onStoreError({ kind, action, error }: StoreErrorEvent): void {
    if (action !== 'open') this.dispatchEvent(new RequestErrorEvent({ kind, action, error }));
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const kind = this.#kind;
    const list = this.#loads.active;
    const counts = this.store?.counts;
    const parts = this.#parts;
    // Offline: the banner (with the parts, page-parts.ts).
    return html`${this.#loads.online ? nothing : parts?.offlineBanner(this.localize)}
      <request-tabs
        part="tabs"
        exportparts=${TABS_PARTS}
        .selected=${kind}
        .sessionCount=${counts?.value?.session ?? 0}
        .messageCount=${counts?.value?.message ?? 0}
        @tab-change=${this.#onTabChange}
      >
        ${
          this.#detailOpen
            ? (parts?.detailView({
                localize: this.localize,
                kind,
                openId: this.openId,
                timeZone: this.timeZone,
                onBack: () => this.#nav?.back(),
              }) ?? html`<div class="detail-view" part="detail-view"></div>`)
            : nothing
        }
        <div class="list-view" ?hidden=${this.#detailOpen}>
          ${parts?.filtersView(this.localize, kind, this) ?? html`<div class="filters-pending"></div>`}
          ${parts?.newRequestsView({
            localize: this.localize,
            list,
            rendered: () => this.updateComplete,
            focusCard: async (index, id) => this.#nav?.focusCard(index, id),
          })}
          ${
            list
              ? listView({
                  localize: this.localize,
                  kind,
                  list,
                  timeZone: this.timeZone,
                  countsError: counts?.error,
                  onOpen: (request, index) => void this.#act((_, nav) => nav.open(request, index)),
                  onRefresh: () => void this.refresh(),
                  onRetry: () => void this.#act((actions) => actions.retry()),
                  onLoadMore: () => void this.#act((actions) => actions.loadMore(true)),
                  virtualize: this.#virtualized ? this.#virtual?.controller?.cards : undefined,
                })
              : // No adapter: "not configured" after a grace (not-configured.ts, with the parts).
                (!this.store && parts?.notConfiguredView(this, this.localize)) || skeletonList()
          }
        </div>
      </request-tabs>
      <div class="visually-hidden" role="status">
        ${statusText(this.localize, kind, list, this.#detailOpen)}
      </div>`;
  }
}
