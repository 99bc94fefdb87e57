import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RequestsAdapter } from '../../adapters/types.js';
import { RequestErrorEvent } from '../../events-list.js';
import enBadge from '../../i18n/en-badge.js';
import { BaseLocalizeController } from '../../i18n/localize-base.js';
import { InboxStore } from '../../store/inbox-store.js';
import type { StoreErrorEvent } from '../../store/store-events.js';
import { tokens } from '../../styles/tokens.js';
import { LiveWatch, type WatchStore } from '../shared/live-watch.js';
import { StoreSubscription } from '../shared/store-context.js';
import { requestsBadgeStyles } from './requests-badge.styles.js';

/** What the badge counts: received requests still pending, of both kinds or of one. */
export type RequestsBadgeKind = 'all' | 'session' | 'message';

const TERMS = {
  all: 'pendingRequests',
  session: 'pendingSessionRequests',
  message: 'pendingMessageRequests',
} as const;

/** Once per page, however many badges lack an adapter (a header on every page of a site would flood it). */
let warnedNoAdapter = false;
/**
 * How long (ms) a badge may lack an adapter before the warning: a host often makes its adapter after the
 * header renders (after a sign-in, or once a mock worker has started) and sets it a moment later.
 */
const NO_ADAPTER_GRACE = 300;

/** An adapter the store can use; anything else (an attribute's string, null) counts as none. */
function isAdapter(value: unknown): value is RequestsAdapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<RequestsAdapter>).countPending === 'function'
  );
}

/**
 * The number of pending requests, for a host's header or menu: received requests still pending, of both
 * kinds (`kind="all"`, the default) or of one. It reads the counts of its adapter's store
 * (`InboxStore.for(adapter)`), so a badge and a `<requests-page>` on the same adapter object show the same
 * numbers, share one read and one poll, and an accept in the page lowers the badge at once. While
 * connected, it keeps the store current (`watchStore()`: polling at the default interval, the adapter's
 * pushes, other tabs); a page on the same adapter with a shorter `poll-interval` makes the store poll faster.
 *
 * The visible pill shows the number only; the accessible name says what it counts ("3 pending requests",
 * "3 pending session requests"), in the nearest `lang` with its plural rules. It is text (visually hidden),
 * so a link or button around the badge reads "Requests 3 pending requests".
 *
 * Nothing shows until the first count arrives, without an adapter (one console warning per page says how to
 * set it), or at zero with `hide-zero`. A failed read keeps the last count and fires `request-error`; the badge
 * has no Retry of its own (the next poll, or the page, reads again). Setting a property fires nothing.
 *
 * @summary The pending-request count for a host's header or menu, live.
 *
 * @fires request-error - `RequestErrorEvent`, `{ kind: 'all', action: 'count', error }`: reading the pending
 *   counts failed (the badge's own read or a poll of its store); the last count stays shown.
 * @fires requests-changed - `RequestsChangedEvent`, `{ kind, added, updated, removed }`: polling, a push or
 *   another tab brought changes; once per change the store takes in.
 *
 * @csspart badge - The pill with the number.
 *
 * @cssprop --mr-color-primary - The pill's background.
 * @cssprop --mr-color-on-primary - The number.
 * @cssprop --mr-font - Font family.
 * @cssprop --mr-font-size - Base font size (the pill is 0.8125 of it).
 */
export class RequestsBadge extends LitElement {
  static override styles = [tokens, requestsBadgeStyles];

  // `static properties` rather than the decorators the other elements use: the decorators' helper, which
  // tsc writes into each module that has them, would be a tenth of `badge.js`'s budget. Lit wraps the
  // `kind` accessor below as it wraps a decorated one.
  /**
   * How the badge keeps its store live: set by the module that defines it (`define.js`'s lazily loaded
   * chunk, which has the live code already; `badge.js`, which loads it when a badge connects). A class
   * registered by hand without it shows the counts its store reads, without polling.
   * @internal
   */
  static watchStore?: WatchStore;

  static override properties = {
    adapter: { attribute: false },
    kind: {},
    hideZero: { type: Boolean, attribute: 'hide-zero' },
  };

  // Lit makes the accessors of `static properties` when a class is defined, and define.js defines this one
  // in its lazily loaded chunk: made now, so that what looks for `adapter` on the prototype before then
  // (the `RequestsBadge` wrapper of mentoring-requests/react) sets it as a property, not as an attribute.
  static {
    this.finalize();
  }

  /** The backend (a property: an object cannot be an attribute). The same object as the page's shares its store. */
  declare adapter?: RequestsAdapter;

  /** Hide the badge while the count is 0 (by default it shows "0"). */
  declare hideZero: boolean;

  #kind: RequestsBadgeKind = 'all';

  /** What to count: `all` (default; both kinds), `session` or `message`. Any other value counts `all`. */
  get kind(): RequestsBadgeKind {
    return this.#kind;
  }
  set kind(value: RequestsBadgeKind) {
    this.#kind = value === 'session' || value === 'message' ? value : 'all';
  }

  readonly #localize = new BaseLocalizeController(this, enBadge);
  readonly #subscription = new StoreSubscription(this, (event) => this.#onStoreError(event));
  readonly #internals = this.attachInternals();
  /** The counts are to be read (if missing or stale) at the next update: on connect, or for a new adapter. */
  #checkCounts = true;

  constructor() {
    super();
    this.hideZero = false;
    // Polls (or takes pushes) while connected, at the store's default interval, and says `requests-changed`.
    new LiveWatch(this, {
      store: () => this.#subscription.store,
      pollInterval: () => undefined,
      watch: () => RequestsBadge.watchStore,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#checkCounts = true;
    // An update runs on connect anyway (StoreSubscription asks for one): the check happens there.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('adapter')) {
      this.#subscription.store = isAdapter(this.adapter) ? InboxStore.for(this.adapter) : undefined;
      this.#checkCounts = true;
    }
    const count = this.#count;
    this.#setEmpty(count === undefined || (count === 0 && this.hideZero));
    if (!this.isConnected || !this.#checkCounts) return;
    this.#checkCounts = false;
    const store = this.#subscription.store;
    // Only here, never on every `change`: after a failed read the store keeps the error, and reading again
    // on each render would retry without end. Polling (the watch) reads again.
    if (store) void store.ensureCounts();
    else if (!warnedNoAdapter) {
      setTimeout(() => {
        if (warnedNoAdapter || !this.isConnected || this.#subscription.store) return;
        warnedNoAdapter = true;
        console.warn(
          'mentoring-requests: <requests-badge> has no adapter, so it shows nothing. Set it as a property ' +
            "(badge.adapter = adapter, the same object as the page's); an attribute cannot carry it.",
        );
      }, NO_ADAPTER_GRACE);
    }
  }

  /** The count to show, or undefined while there is none (no adapter, not read yet). */
  get #count(): number | undefined {
    const value = this.#subscription.store?.counts.value;
    if (!value) return undefined;
    return this.kind === 'all' ? value.session + value.message : value[this.kind];
  }

  #onStoreError({ kind, action, error }: StoreErrorEvent): void {
    // List loads are the page's to report; the badge reports the counts it shows.
    if (action === 'count') this.dispatchEvent(new RequestErrorEvent({ kind, action, error }));
  }

  /** The `empty` custom state (`:state(empty)`: display none), where the browser has custom states. */
  #setEmpty(empty: boolean): void {
    try {
      if (empty) this.#internals.states.add('empty');
      else this.#internals.states.delete('empty');
    } catch {
      // Older engines accept only `--`-prefixed states; the empty badge then just renders nothing.
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const count = this.#count;
    if (count === undefined || (count === 0 && this.hideZero)) return nothing;
    const shown = this.#localize.number(count);
    return html`<span part="badge" aria-hidden="true">${shown}</span
      ><span class="label">${this.#localize.term(TERMS[this.kind], count, shown)}</span>`;
  }
}
