import type { ReactiveControllerHost } from 'lit';
import {
  DEFAULT_MESSAGE_STATUSES,
  DEFAULT_SESSION_STATUSES,
  type RequestsAdapter,
} from '../../adapters/types.js';
import { RequestErrorEvent } from '../../events.js';
import type { AnyRequest, MessageRequest, RequestKind, SessionRequest } from '../../model/request.js';
import { PendingCountsController } from './counts.js';
import { RequestListState, type PageFetcher } from './list-state.js';
import { SentinelController } from './scroll.js';

export type Lists = { session: RequestListState<SessionRequest>; message: RequestListState<MessageRequest> };

/** The element whose data this is: what the host set on it, and its updates. */
export type InboxElement = ReactiveControllerHost &
  HTMLElement & { adapter?: RequestsAdapter; openId?: string; freshness: number };

/** What else the data needs from `<requests-page>`, asked at the time it is needed. */
export interface InboxDataOptions {
  /** The active tab's kind. */
  kind(): RequestKind;
  /** Whether a request's detail is shown (then the list waits). */
  detailOpen(): boolean;
  online(): boolean;
  /** Requests per page (already checked). */
  pageSize(): number;
  /** Focuses the first request a "Load more" brought: request `id`, at `index` in the list. */
  focusItem(index: number, id: string): Promise<void>;
}

/**
 * What `<requests-page>` shows, and when it is (re)loaded: both tabs' lists, the pending counts, and
 * infinite scroll.
 *
 * A class of its own because it is one policy, apart from rendering and navigation: a list loads when it
 * is shown and missing, invalidated or stale; after the world changed (back online, the window visible
 * again, an accept or a reject, a detail that found its request already handled) the right list and the
 * counts refresh; and the next page loads when the end of the list comes near, at most one at a time.
 * The lists and the counts are reactive controllers of the element (they render it when they change).
 */
export class InboxData {
  readonly lists: Lists;
  readonly pending: PendingCountsController;
  readonly #sentinel: SentinelController;
  readonly #host: InboxElement;
  readonly #options: InboxDataOptions;

  constructor(host: InboxElement, options: InboxDataOptions) {
    this.#host = host;
    this.#options = options;
    this.lists = {
      session: this.#createList('session', (a, q, o) => a.listSessionRequests(q, o)),
      message: this.#createList('message', (a, q, o) => a.listMessageRequests(q, o)),
    };
    this.pending = new PendingCountsController(
      host,
      () => host.adapter,
      (error) => host.dispatchEvent(new RequestErrorEvent({ kind: options.kind(), action: 'count', error })),
    );
    this.#sentinel = new SentinelController(host, () => this.#onSentinel());
  }

  /** The active tab's list. */
  get active(): RequestListState<AnyRequest> {
    return this.lists[this.#options.kind()] as RequestListState<AnyRequest>;
  }

  /** Forgets both lists, e.g. for a new page size. */
  resetLists(): void {
    this.lists.session.reset();
    this.lists.message.reset();
  }

  /** A new adapter: forgets everything and loads the counts again (the list loads when it is shown). */
  resetAll(): void {
    this.resetLists();
    this.pending.reset();
    if (this.#host.isConnected) void this.pending.load();
  }

  /** Loads the active list when it is shown and missing, invalidated, or (with `checkAge`) stale. */
  ensureList(checkAge: boolean): void {
    const list = this.active;
    if (!this.#host.adapter || this.#options.detailOpen() || list.loading || !this.#host.isConnected) return;
    if (checkAge ? !list.isFresh(this.#host.freshness) : !list.valid) void list.reload();
  }

  /** The element is back in the document: what a disconnect aborted starts again. */
  reconnected(): void {
    this.ensureList(true);
    if (!this.pending.counts && !this.pending.error) void this.pending.load();
  }

  /** Refetches the active tab's first page and the pending counts; the other tab refetches when shown. */
  async refresh(): Promise<void> {
    const kind = this.#options.kind();
    this.lists[kind === 'session' ? 'message' : 'session'].invalidate();
    const active = this.lists[kind];
    // With `open-id` set to anything, the list is not shown: it is only marked for a reload when it is.
    const list = this.#host.openId ? (active.invalidate(), Promise.resolve()) : active.reload();
    await Promise.all([list, this.pending.load()]);
  }

  /** Retry: the list's failed load (first page or next page) and the failed counts. */
  retry(): void {
    if (this.active.error) void this.#retryList(true);
    if (this.pending.error) void this.pending.load();
  }

  /** `fromButton`: the user asked with Load more / Retry, so focus moves to the first new request. */
  async loadMore(fromButton = false): Promise<void> {
    const list = this.active;
    const before = list.items.length;
    await list.loadMore();
    await this.#host.updateComplete;
    // A keyboard user who asked for more lands on the first new request.
    if (fromButton && list.items.length > before)
      await this.#options.focusItem(before, list.items[before]!.id);
    this.#sentinel.recheck();
  }

  /** An accept or a reject was done (here or in a detail the user left): the list and the counts follow. */
  settled(request: AnyRequest): void {
    if (request.kind === 'session') this.lists.session.apply(request, DEFAULT_SESSION_STATUSES);
    else this.lists.message.apply(request, DEFAULT_MESSAGE_STATUSES);
    void this.pending.load();
  }

  /** A detail found its request already handled: the list and the counts are out of date. */
  outdated(kind: RequestKind): void {
    this.lists[kind].invalidate();
    void this.pending.load();
  }

  /** Back online: a failed load is retried, a stale list and stale counts are refreshed. */
  backOnline(): void {
    const list = this.active;
    if (list.error && !list.loading && !this.#options.detailOpen()) void this.#retryList(false);
    else this.ensureList(true);
    this.#refreshStaleCounts();
  }

  /** The window is visible again: stale data is refreshed. */
  visible(): void {
    this.ensureList(true);
    this.#refreshStaleCounts();
  }

  /** The active list's failed load again: the next page when that failed, else the first. */
  #retryList(fromButton: boolean): Promise<void> {
    const list = this.active;
    return list.errorOn === 'more' ? this.loadMore(fromButton) : list.reload();
  }

  #refreshStaleCounts(): void {
    if (!this.pending.isFresh(this.#host.freshness)) void this.pending.load();
  }

  /** A tab's list, which reads its pages with `fetch` from the adapter of the moment. */
  #createList<T extends AnyRequest>(
    kind: RequestKind,
    fetch: (adapter: RequestsAdapter, ...page: Parameters<PageFetcher<T>>) => ReturnType<PageFetcher<T>>,
  ): RequestListState<T> {
    return new RequestListState<T>(this.#host, {
      fetcher: () => {
        const adapter = this.#host.adapter;
        return adapter && ((query, options) => fetch(adapter, query, options));
      },
      pageSize: () => this.#options.pageSize(),
      onError: (error) => this.#host.dispatchEvent(new RequestErrorEvent({ kind, action: 'load', error })),
    });
  }

  /** Infinite scroll: the end of the list came near. */
  #onSentinel(): void {
    const list = this.active;
    if (this.#options.detailOpen() || !this.#options.online() || !list.hasMore || list.loading || list.error)
      return;
    void this.loadMore();
  }
}
