import { RequestsError, toRequestsError } from '../model/errors.js';
import type { AnyRequest, CallOptions, ListQuery, Page, RequestKind } from '../model/request.js';
import type { ListFilter } from './filters.js';
import { ItemStore } from './item-store.js';

/** Fetches one page of a list. */
export type PageFetcher<T> = (query: ListQuery, options: CallOptions) => Promise<Page<T>>;

export interface RequestListOptions<T> {
  kind: RequestKind;
  filter: Readonly<Required<ListFilter>>;
  /** Reads one page of this list's query (the filter is already in it). */
  fetcher: PageFetcher<T>;
  pageSize: number;
  /** Whether a request belongs in this list (its filter) at time `now`, asked when a request changes. */
  belongs: (request: T, now: number) => boolean;
  /** Something the list shows changed (items, total, loading, error). */
  onChange: () => void;
  /** A load failed (never called for a load that was aborted because it became stale). */
  onError: (error: RequestsError) => void;
  /**
   * Takes in the requests a page brought and gives back the objects to keep: the store's records, so a
   * request is one object in every list and in every detail that shows it.
   */
  take: (items: T[]) => T[];
  now?: () => number;
}

/**
 * The paging and cache state of one list (a kind and a filter) of the store: the loaded items, the
 * adapter's total, whether a load is running or failed, and when the list was last loaded. DOM-free.
 *
 * - Every page is fetched once: a second call while a load is in flight returns the same promise.
 * - A load that becomes stale (`reload()` while it runs, or the host disconnects) is
 *   aborted through its AbortSignal, and its late answer is ignored.
 * - Items that leave the server's filter (accepted / rejected here) are removed locally and the next
 *   page is computed from what is still on the server, so no request is skipped; items are
 *   de-duplicated by id, so none is shown twice when the server's list moved meanwhile.
 */
export class RequestList<T extends AnyRequest> {
  /** The loaded items, changed in place (see ItemStore): a page appends, it does not copy the list. */
  readonly #store = new ItemStore<T>();
  /** The server's count for the list's filter (minus what was removed here since). */
  total = 0;
  /** A first page has arrived (an empty one counts). */
  loaded = false;
  /** `'first'` while the first page loads (a reload included), `'more'` while a next page loads. */
  loading: 'first' | 'more' | false = false;
  error?: RequestsError;
  /** Whether the failure was on the first page (`'first'`) or on a next page (`'more'`). */
  errorOn?: 'first' | 'more';
  /** When the first page last arrived (ms); `-Infinity` when the list was invalidated. */
  loadedAt = -Infinity;
  /**
   * Requests a background look at the first page found that the list does not show (live updates): the
   * page offers them ("N new requests"; a reload shows them); they never move what the user sees.
   */
  newItems: readonly T[] = [];

  #lastPage = 0;
  /** Items removed here since the last page was fetched: the server's pages moved up by that much. */
  #shift = 0;
  #abortController?: AbortController;
  #inflight?: Promise<void>;
  /** The first-page load during which the list was invalidated (its answer may predate the change). */
  #invalidatedDuring?: AbortController;
  /**
   * Changes applied here while a load was in flight: its answer may have been read before them, so they
   * are applied to it again (an accepted request must not come back with its actions).
   */
  readonly #changedInFlight = new Map<string, T>();
  /** How many of those changes removed a request: the server's pages may have moved up by that much. */
  #removedInFlight = 0;
  readonly #options: RequestListOptions<T>;

  constructor(options: RequestListOptions<T>) {
    this.#options = options;
  }

  /** Aborts a running load (its answer is ignored); what is loaded stays. */
  abort(): void {
    const wasLoading = this.loading;
    this.#abort();
    // A view rendered "loading" (skeleton, a busy "Load more"): it must render again without.
    if (wasLoading) this.#options.onChange();
  }

  /** The page size of this list's query. */
  get pageSize(): number {
    return this.#options.pageSize;
  }

  get kind(): RequestKind {
    return this.#options.kind;
  }

  /** The list's filter. */
  get filter(): Readonly<Required<ListFilter>> {
    return this.#options.filter;
  }

  /** Whether `request` belongs in this list (its kind and filter) at time `now`. */
  belongs(request: T, now: number = this.#now()): boolean {
    return this.#options.belongs(request, now);
  }

  /** The loaded items, in order, without duplicates. Read it when needed; it changes in place. */
  get items(): readonly T[] {
    return this.#store.items;
  }

  /** The same items with a new identity after each change, without a copy: for the virtualizer. */
  get view(): readonly T[] {
    return this.#store.view;
  }

  /** More items are on the server than are loaded. */
  get hasMore(): boolean {
    return this.loaded && this.items.length < this.total;
  }

  /** Loaded, not invalidated, and younger than `freshness` ms. */
  isFresh(freshness: number): boolean {
    return this.loaded && this.#now() - this.loadedAt < freshness;
  }

  /** Loaded once and not invalidated since (whatever its age). */
  get valid(): boolean {
    return this.loaded && this.loadedAt !== -Infinity;
  }

  /**
   * Marks the list for a reload the next time it is shown; what is loaded stays visible until then. During
   * a load of the first page, that load's answer may predate the change: it is read again when it lands.
   */
  invalidate(): void {
    this.loadedAt = -Infinity;
    if (this.loading === 'first') this.#invalidatedDuring = this.#abortController;
  }

  /**
   * A request of this list's filter that it has not loaded (beyond its loaded pages) left the filter: the
   * server's total is one fewer. During a load, whose answer may or may not count it, the list reads again.
   */
  leftUnloaded(): void {
    if (this.#inflight) this.invalidate();
    else this.total = Math.max(this.items.length, this.total - 1);
  }

  /**
   * Fetches the first page again; the items shown stay until it arrives, then are replaced. A load in
   * flight is aborted (it would be stale).
   */
  reload(): Promise<void> {
    this.#abort();
    return this.#run([1], 'first');
  }

  /**
   * Fetches the next page, once: while a load runs, this returns that load. After items left the list
   * here, the server's pages moved up: the page holding the first unseen item is fetched too (and the
   * one after it, so a full page of new items arrives); duplicates are dropped.
   */
  loadMore(): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (!this.loaded) return this.reload();
    if (!this.hasMore) return Promise.resolve();
    return this.#run(this.#nextPages(), 'more');
  }

  /** The server pages that hold the first unseen item (and, when it is not at a page start, the next). */
  #nextPages(): number[] {
    const size = this.#options.pageSize;
    const offset = Math.max(0, this.#lastPage * size - this.#shift);
    const start = Math.floor(offset / size) + 1;
    return offset % size === 0 ? [start] : [start, start + 1];
  }

  /**
   * Reads page `page` of the list's query as the server has it now, its requests taken in as the store's
   * records, without changing the list (live.ts looks at the first page so). @internal
   */
  async readPage(page: number, signal: AbortSignal): Promise<T[]> {
    const result = await this.#options.fetcher({ page, pageSize: this.#options.pageSize }, { signal });
    return this.#options.take(Array.isArray(result?.items) ? result.items : []);
  }

  /** Whether request `id` is loaded in this list. */
  has(id: string): boolean {
    return this.#store.has(id);
  }

  /**
   * Applies a change of a request (an accept, a reject, a link, a fresh read): a request that left the
   * list's filter is removed, any other is replaced in place. Returns whether the list changed.
   */
  apply(request: T): boolean {
    const belongs = this.belongs(request);
    if (this.#inflight) {
      this.#changedInFlight.set(request.id, request);
      if (!belongs && this.#store.has(request.id)) this.#removedInFlight += 1;
    }
    if (belongs) {
      if (!this.#store.replace(request)) return false;
    } else {
      if (!this.#store.remove(request.id)) return false;
      this.total = Math.max(0, this.total - 1);
      this.#shift += 1;
    }
    return true;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  #abort(): void {
    this.#abortController?.abort();
    this.#idle();
  }

  /** No load runs (any more). */
  #idle(): void {
    this.#abortController = this.#inflight = undefined;
    this.loading = false;
  }

  #clearError(): void {
    this.error = this.errorOn = undefined;
  }

  /** Forgets the changes made during a load (it ended, or a new one reads the server after them). */
  #forgetChangesInFlight(): void {
    this.#changedInFlight.clear();
    this.#removedInFlight = 0;
  }

  #run(pages: number[], phase: 'first' | 'more'): Promise<void> {
    const { fetcher } = this.#options;
    const controller = new AbortController();
    this.#abortController = controller;
    // This load reads the server after every change made so far.
    this.#forgetChangesInFlight();
    this.loading = phase;
    this.#clearError();
    this.#options.onChange();
    const pageSize = this.#options.pageSize;
    const load = (async () => {
      try {
        let todo = pages;
        for (let attempt = 0; todo.length > 0; attempt++) {
          const removedBefore = this.#removedInFlight;
          let ambiguous = false;
          for (const [i, page] of todo.entries()) {
            const result = await fetcher({ page, pageSize }, { signal: controller.signal });
            if (controller.signal.aborted) return;
            // A request removed here while a next page was on its way: if the server read that page after
            // the removal, its pages had moved up and the page's first request would be skipped. The
            // answer cannot tell: ask again, from where the list ends now.
            if (phase === 'more' && this.#removedInFlight !== removedBefore && attempt < MAX_REFETCH) {
              ambiguous = true;
              break;
            }
            this.#receive(
              result,
              page,
              i === 0 && attempt === 0 ? phase : 'more',
              this.#removedInFlight - removedBefore,
            );
          }
          todo = ambiguous ? this.#nextPages() : [];
        }
      } catch (thrown) {
        if (controller.signal.aborted) return;
        this.error = toRequestsError(thrown);
        this.errorOn = phase;
        this.#options.onError(this.error);
      } finally {
        if (this.#abortController === controller) {
          this.#idle();
          this.#forgetChangesInFlight();
          this.#options.onChange();
          if (this.#invalidatedDuring === controller && !this.error) {
            this.#invalidatedDuring = undefined;
            void this.reload();
          }
        }
      }
    })();
    this.#inflight = load;
    return load;
  }

  /** `removed`: requests removed here while this page was on its way (the server may not reflect them). */
  #receive(result: Page<T>, page: number, phase: 'first' | 'more', removed: number): void {
    const received = Array.isArray(result?.items) ? result.items : [];
    // What changed here since this load started wins over the answer (which may predate it).
    let dropped = 0;
    const incoming: T[] = [];
    for (const item of received) {
      const change = this.#changedInFlight.get(item?.id);
      if (!change) incoming.push(item);
      else if (this.belongs(change)) incoming.push(change);
      else dropped += 1;
    }
    // The store drops duplicates (within the page, and of what is loaded) and appends in place: a page
    // costs its own size, not the list's.
    const kept = this.#options.take(incoming);
    if (phase === 'first') {
      this.newItems = [];
      this.#store.replaceAll(kept);
      this.loaded = true;
      // Invalidated while on its way: shown, but not fresh (it is read again at once).
      const stale =
        this.#invalidatedDuring !== undefined && this.#invalidatedDuring === this.#abortController;
      this.loadedAt = stale ? -Infinity : this.#now();
    } else {
      // Requests read again (the server's pages moved) are the store's new records: they replace the old.
      const known = kept.filter((item) => this.#store.has(item.id));
      this.#store.append(kept);
      for (const item of known) this.#store.replace(item);
    }
    this.#lastPage = page;
    this.#shift = removed;
    const total = Number.isFinite(result?.total) ? result.total - dropped : this.items.length;
    // An empty page ends the list, whatever the total claimed (no endless "load more").
    this.total = received.length === 0 ? this.items.length : Math.max(total, this.items.length);
  }
}

/** Next-page answers made ambiguous by removals are fetched again at most this many times per load. */
const MAX_REFETCH = 3;
