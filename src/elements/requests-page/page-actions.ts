import type { PageLoads } from './page-loads.js';
import { SentinelController } from './scroll.js';

/**
 * What `<requests-page>` asks of its store when the user acts on the list, or the world changes under it:
 * Refresh, Retry, Load more (focus on the first new request), infinite scroll (the next page when the end
 * of the list comes near, at most one at a time) and back online (a failed load is tried again). With the
 * page's detail-time parts (page-parts.ts): the first paint only loads (page-loads.ts); a click that comes
 * before the parts waits for them.
 */
export class PageActions {
  readonly #loads: PageLoads;
  readonly #sentinel: SentinelController;
  /** Focuses the first request a "Load more" brought: request `id`, at `index` in the list. */
  readonly #focusItem: (index: number, id: string) => Promise<void>;

  constructor(loads: PageLoads, focusItem: (index: number, id: string) => Promise<void>) {
    this.#loads = loads;
    this.#focusItem = focusItem;
    this.#sentinel = new SentinelController(loads.host, () => this.#onSentinel());
    loads.onBackOnline = () => this.#backOnline();
  }

  /** Refetches the shown list's first page and the counts; every other list reloads when shown. */
  async refresh(): Promise<void> {
    const store = this.#loads.options.store();
    if (!store) return;
    // With a detail open the list is not shown: it is only marked for a reload when it is.
    if (this.#loads.options.detailOpen()) {
      store.invalidate();
      await store.loadCounts();
    } else {
      await store.refresh(this.#loads.options.spec());
    }
  }

  /** Retry: the list's failed load (first page or next page) and the failed counts. */
  retry(): void {
    const store = this.#loads.options.store();
    if (this.#loads.active?.error) void this.#retryList(true);
    if (store?.counts.error) void store.loadCounts();
  }

  /** `fromButton`: the user asked with Load more / Retry, so focus moves to the first new request. */
  async loadMore(fromButton = false): Promise<void> {
    const list = this.#loads.active;
    if (!list) return;
    const before = list.items.length;
    await list.loadMore();
    await this.#loads.host.updateComplete;
    // A keyboard user who asked for more lands on the first new request.
    if (fromButton && list.items.length > before) await this.#focusItem(before, list.items[before]!.id);
    this.#sentinel.recheck();
  }

  /** Back online: a failed load is retried, a stale list and stale counts are refreshed. */
  #backOnline(): void {
    const list = this.#loads.active;
    if (list?.error && !list.loading && !this.#loads.options.detailOpen()) void this.#retryList(false);
    else this.#loads.ensure(true);
    void this.#loads.options.store()?.ensureCounts(this.#loads.options.freshness());
  }

  /** The active list's failed load again: the next page when that failed, else the first. */
  #retryList(fromButton: boolean): Promise<void> {
    const list = this.#loads.active!;
    return list.errorOn === 'more' ? this.loadMore(fromButton) : list.reload();
  }

  /** Infinite scroll: the end of the list came near. */
  #onSentinel(): void {
    const list = this.#loads.active;
    if (!list || this.#loads.options.detailOpen() || !this.#loads.online) return;
    if (!list.hasMore || list.loading || list.error) return;
    void this.loadMore();
  }
}
