import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyRequest } from '../../model/request.js';
import type { InboxStore, ListSpec } from '../../store/inbox-store.js';
import type { RequestList } from '../../store/request-list.js';

/** What the loading policy asks of `<requests-page>`, at the time it needs it. */
export interface PageLoadsOptions {
  /** The page's store (of its adapter), if it has one. */
  store(): InboxStore | undefined;
  /** The shown tab's list: its kind, filter and page size. */
  spec(): ListSpec;
  /** Whether a request's detail is shown (then the list waits). */
  detailOpen(): boolean;
  /** How long (ms) loaded data stays fresh (the page's `freshness`, read when it is needed). */
  freshness(): number;
}

/**
 * When `<requests-page>` asks its store for data. The store owns the lists and the counts; this is only
 * the page's policy over them: the shown list loads when it is missing, invalidated or stale (not while
 * a detail covers it); the window visible again, or back online, refreshes what is stale. It follows the
 * window for that while the page is connected. What the user asks for (Refresh, Retry, Load more, infinite
 * scroll) is in page-actions.ts, which comes with the page's parts.
 */
export class PageLoads implements ReactiveController {
  /** Set by PageActions: back online, a failed load is tried again (until then, what is stale loads). */
  onBackOnline?: () => void;
  readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };
  readonly options: PageLoadsOptions;
  /** Whether the browser says it is online (the page shows a banner when not). */
  online = typeof navigator === 'undefined' || navigator.onLine !== false;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    options: PageLoadsOptions,
  ) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.online = navigator.onLine !== false;
    // Loads that a disconnect aborted start again.
    if (this.host.hasUpdated) this.ensure(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.active?.abort();
  }

  readonly #onOnline = (): void => {
    this.online = true;
    this.host.requestUpdate();
    if (this.onBackOnline) this.onBackOnline();
    else this.ensure(true);
  };

  readonly #onOffline = (): void => {
    this.online = false;
    this.host.requestUpdate();
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.ensure(true);
  };

  /** The shown tab's list (undefined without an adapter). */
  get active(): RequestList<AnyRequest> | undefined {
    return this.options.store()?.list(this.options.spec());
  }

  /** Loads the shown list when it is missing, invalidated, or (with `checkAge`) stale; the counts too. */
  ensure(checkAge: boolean): void {
    const store = this.options.store();
    if (!store || !this.host.isConnected) return;
    const freshness = this.options.freshness();
    void store.ensureCounts(freshness);
    const list = store.list(this.options.spec());
    if (this.options.detailOpen() || list.loading) return;
    if (checkAge ? !list.isFresh(freshness) : !list.valid) void list.reload();
  }
}
