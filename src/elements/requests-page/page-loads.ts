import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyRequest } from '../../model/request.js';
import type { InboxStore, ListSpec } from '../../store/inbox-store.js';
import type { RequestList } from '../../store/request-list.js';
import type { SentinelController } from './scroll.js';

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
  /** Focuses the first request a "Load more" brought: request `id`, at `index` in the list. */
  focusItem(index: number, id: string): Promise<void>;
}

/**
 * When `<requests-page>` asks its store for data. The store owns the lists and the counts; this is only
 * the page's policy over them: the shown list loads when it is missing, invalidated or stale (not while
 * a detail covers it); the world changing (back online, the window visible again) refreshes what is
 * stale; infinite scroll asks for the next page when the end of the list comes near, at most one at a time.
 * It follows the window for that (online, offline, visible again) while the page is connected.
 */
export class PageLoads implements ReactiveController {
  #sentinel?: SentinelController;
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };
  readonly #options: PageLoadsOptions;
  /** Whether the browser says it is online (the page shows a banner when not). */
  online = typeof navigator === 'undefined' || navigator.onLine !== false;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    options: PageLoadsOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.online = navigator.onLine !== false;
    // Loads that a disconnect aborted start again.
    if (this.#host.hasUpdated) this.ensure(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.active?.abort();
  }

  readonly #onOnline = (): void => {
    this.online = true;
    this.#host.requestUpdate();
    this.#backOnline();
  };

  readonly #onOffline = (): void => {
    this.online = false;
    this.#host.requestUpdate();
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.ensure(true);
  };

  /** Infinite scroll from now on (the sentinel's controller comes with the detail-time parts). */
  watchEnd(Sentinel: typeof SentinelController): void {
    this.#sentinel ??= new Sentinel(this.#host, () => this.#onSentinel());
  }

  /** The shown tab's list (undefined without an adapter). */
  get active(): RequestList<AnyRequest> | undefined {
    return this.#options.store()?.list(this.#options.spec());
  }

  /** Loads the shown list when it is missing, invalidated, or (with `checkAge`) stale; the counts too. */
  ensure(checkAge: boolean): void {
    const store = this.#options.store();
    if (!store || !this.#host.isConnected) return;
    const freshness = this.#options.freshness();
    void store.ensureCounts(freshness);
    const list = store.list(this.#options.spec());
    if (this.#options.detailOpen() || list.loading) return;
    if (checkAge ? !list.isFresh(freshness) : !list.valid) void list.reload();
  }

  /** Refetches the shown list's first page and the counts; every other list reloads when shown. */
  async refresh(): Promise<void> {
    const store = this.#options.store();
    if (!store) return;
    // With a detail open the list is not shown: it is only marked for a reload when it is.
    if (this.#options.detailOpen()) {
      store.invalidate();
      await store.loadCounts();
    } else {
      await store.refresh(this.#options.spec());
    }
  }

  /** Retry: the list's failed load (first page or next page) and the failed counts. */
  retry(): void {
    const store = this.#options.store();
    if (this.active?.error) void this.#retryList(true);
    if (store?.counts.error) void store.loadCounts();
  }

  /** `fromButton`: the user asked with Load more / Retry, so focus moves to the first new request. */
  async loadMore(fromButton = false): Promise<void> {
    const list = this.active;
    if (!list) return;
    const before = list.items.length;
    await list.loadMore();
    await this.#host.updateComplete;
    // A keyboard user who asked for more lands on the first new request.
    if (fromButton && list.items.length > before)
      await this.#options.focusItem(before, list.items[before]!.id);
    this.#sentinel?.recheck();
  }

  /** Back online: a failed load is retried, a stale list and stale counts are refreshed. */
  #backOnline(): void {
    const list = this.active;
    if (list?.error && !list.loading && !this.#options.detailOpen()) void this.#retryList(false);
    else this.ensure(true);
    void this.#options.store()?.ensureCounts(this.#options.freshness());
  }

  /** The active list's failed load again: the next page when that failed, else the first. */
  #retryList(fromButton: boolean): Promise<void> {
    const list = this.active!;
    return list.errorOn === 'more' ? this.loadMore(fromButton) : list.reload();
  }

  /** Infinite scroll: the end of the list came near. */
  #onSentinel(): void {
    const list = this.active;
    if (!list || this.#options.detailOpen() || !this.online) return;
    if (!list.hasMore || list.loading || list.error) return;
    void this.loadMore();
  }
}
