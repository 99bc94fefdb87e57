/**
 * The inbox's state, in one place: one record per request, the lists (per kind, filter and page size),
 * the pending counts and the actions in flight. DOM-free (an EventTarget; it runs in Node), one per
 * adapter object: `<requests-page>`, a standalone detail and a badge given the same adapter share it, so
 * an action anywhere reaches everything that shows the request.
 *
 * Every action goes the same way: the adapter call, then the record, every list that holds it and the
 * counts change together, then one `change`. Elements render from the store and keep DOM concerns only.
 */
import type { RequestsAdapter } from '../adapters/types.js';
import { RequestsError, toRequestsError } from '../model/errors.js';
import type { ActionResult, AnyRequest, CallOptions, RequestKind } from '../model/request.js';
import { normalizeFilter, statusesFor, inFilter, isPendingReceived, type ListFilter } from './filters.js';
import { PendingCountsState, normalizeCounts, type CountsState } from './counts.js';
import { isRequest, keepDetails } from './records.js';
import { RequestList } from './request-list.js';
import {
  StoreChangeEvent,
  StoreErrorEvent,
  StoreRemoteChangeEvent,
  type RemoteChangeDetail,
  type StoreAction,
} from './store-events.js';
import type { LiveSync } from './live.js';

/** What an element asks the store for: a kind's list with a filter and a page size. */
export interface ListSpec {
  kind: RequestKind;
  filter?: Partial<ListFilter>;
  pageSize?: number;
}

export type StoreActionName = 'accept' | 'reject' | 'link';

/** The time and the timers a store uses: the platform's by default; a test passes a simulated clock. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const PLATFORM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface InboxStoreOptions {
  /** The time (ms), when only the time is simulated. */
  now?: () => number;
  /** The time and the timers (polling), e.g. a simulated clock in tests. */
  clock?: Clock;
}

const DEFAULT_PAGE_SIZE = 20;

/**
 * @internal What store-actions.ts (the actions and the single reads, which only the details use and which
 * come with their chunk) may touch of a store. Not exported from the package.
 */
export interface StoreCore {
  readonly adapter: RequestsAdapter;
  readonly freshness: number;
  /** One record per request, per kind, keyed by id. */
  readonly records: Record<RequestKind, Map<string, AnyRequest>>;
  readonly detailed: WeakSet<AnyRequest>;
  readonly counts: CountsState;
  /** The action running on each request (`kind:id`). */
  readonly actions: Map<string, { action: StoreActionName; promise: Promise<ActionResult<AnyRequest>> }>;
  now(): number;
  readonly clock: Clock;
  /** The lists of `kind` the store has made. */
  lists(kind: RequestKind): Iterable<RequestList<AnyRequest>>;
  /** Says `remote-change`: the store took in a change it did not make (live.ts). */
  remote(detail: RemoteChangeDetail): void;
  /** Reads request `id` through the adapter and makes it the record (store-actions.ts, live.ts). */
  refetch(kind: RequestKind, id: string, options?: CallOptions): Promise<AnyRequest>;
  /**
   * Helpers of the first paint's modules that live.ts uses, handed over so that its lazily loaded chunk
   * imports none of those modules (a bundler would otherwise split them into one more chunk of the first paint).
   */
  readonly helpers: {
    toRequestsError: typeof toRequestsError;
    normalizeCounts: typeof normalizeCounts;
    isPendingReceived: typeof isPendingReceived;
  };
  /** Set while other tabs listen (live.ts): an action's result, for them to show without a request. */
  published?: (request: AnyRequest) => void;
  /**
   * Makes the request the record; every list of its kind follows. `previous`: the request before the change
   * (default: the record), which tells a list that does not hold it whether it left the list's filter.
   */
  setRecord(request: AnyRequest, previous?: AnyRequest): void;
  /** A received pending request left the queue here: the counts, one fewer (see PendingCountsState.derive). */
  deriveCount(kind: RequestKind, id: string): void;
  notify(): void;
  fail(kind: RequestKind | 'all', action: StoreAction, error: RequestsError, id?: string): void;
}

/** @internal Each store's core (see StoreCore). */
export const storeCores = new WeakMap<InboxStore, StoreCore>();

const stores = new WeakMap<RequestsAdapter, InboxStore>();

export class InboxStore extends EventTarget {
  /**
   * The store of `adapter` (made on first use, with `options`): the same adapter object always gives the
   * same store.
   */
  static for(adapter: RequestsAdapter, options?: InboxStoreOptions): InboxStore {
    let store = stores.get(adapter);
    if (!store) {
      // `options` take effect only for the store made here (a test makes it first with its clock).
      store = new InboxStore(adapter, options);
      stores.set(adapter, store);
    }
    return store;
  }

  /**
   * How long (ms) a list or the counts stay fresh: within it a list shown again is not refetched, and
   * counts derived after an action are not confirmed by a new read. `<requests-page freshness>` sets it.
   */
  freshness = 60_000;

  // Per kind, keyed by the id itself: a key made per request (`kind:id`) would be one more string for each of
  // 100,000 loaded requests, which the garbage collector then walks while the user scrolls.
  readonly #records = { session: new Map<string, AnyRequest>(), message: new Map<string, AnyRequest>() };
  /** Records read one by one (with the meeting link), as opposed to rows of a list. */
  readonly #detailed = new WeakSet<AnyRequest>();
  readonly #lists = new Map<string, RequestList<AnyRequest>>();
  readonly #counts: PendingCountsState;
  #changeQueued = false;
  readonly #now: () => number;

  readonly #clock: Clock;
  #live?: Promise<LiveSync>;

  constructor(
    readonly adapter: RequestsAdapter,
    options: InboxStoreOptions = {},
  ) {
    super();
    const clock = options.clock ?? PLATFORM_CLOCK;
    this.#now = options.now ?? (() => clock.now());
    this.#clock = options.now ? { ...clock, now: this.#now } : clock;
    this.#counts = new PendingCountsState({
      read: (o) => this.adapter.countPending(o),
      now: this.#now,
      onChange: () => this.#notify(),
      onError: (error) => this.#fail('all', 'count', error),
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const store = this;
    storeCores.set(this, {
      adapter: this.adapter,
      get freshness() {
        return store.freshness;
      },
      records: this.#records,
      detailed: this.#detailed,
      counts: this.#counts.state,
      actions: new Map(),
      now: this.#now,
      clock: this.#clock,
      lists: (kind) => this.#listsOf(kind),
      remote: (detail) => this.dispatchEvent(new StoreRemoteChangeEvent(detail)),
      published: undefined,
      refetch: (kind, id, options) => this.#refetch(kind, id, options),
      helpers: { toRequestsError, normalizeCounts, isPendingReceived },
      setRecord: (request, previous) => this.#setRecord(request, previous),
      deriveCount: (kind, id) => this.#counts.derive(kind, id),
      notify: () => this.#notify(),
      fail: (kind, action, error, id) => this.#fail(kind, action, error, id),
    });
  }

  // ---- Records -----------------------------------------------------------------------------------

  /** The record of request `id`, if the store has one. */
  get(kind: RequestKind, id: string): AnyRequest | undefined {
    return this.#records[kind]?.get(id);
  }

  /** Makes `request` the record and applies it to every list of its kind. */
  #setRecord(request: AnyRequest, previous = this.#records[request.kind].get(request.id)): void {
    this.#records[request.kind].set(request.id, request);
    const now = this.#now();
    for (const list of this.#listsOf(request.kind)) {
      if (list.apply(request) || list.has(request.id)) continue;
      if (!list.loaded && !list.loading) continue; // nothing shown or on its way: nothing to correct
      // A request that now belongs in a list that does not hold it (an accept puts it in "accepted"):
      // its place there is the server's to say, so that list reloads when it is shown next. One that left
      // a list's filter from beyond what it has loaded: one fewer on the server.
      if (list.belongs(request, now)) list.invalidate();
      else if (previous && list.belongs(previous, now)) list.leftUnloaded();
    }
  }

  async #refetch(kind: RequestKind, id: string, options?: CallOptions): Promise<AnyRequest> {
    const loaded =
      kind === 'session'
        ? await this.adapter.getSessionRequest(id, options)
        : await this.adapter.getMessageRequest(id, options);
    options?.signal?.throwIfAborted();
    // An answer about another request (a server that mixes up ids) is not this request.
    if (loaded?.id !== id || loaded.kind !== kind)
      throw new RequestsError('server', 'The server sent data in an unexpected shape.');
    this.#detailed.add(loaded);
    this.#setRecord(loaded);
    this.#notify();
    return loaded;
  }

  /**
   * The requests a page of `source` brought: each becomes the record (keeping what a list row lacks);
   * a request the store knew is updated in the other lists that hold it (a fresh read is the truth).
   */
  #take(source: RequestList<AnyRequest>, items: AnyRequest[]): AnyRequest[] {
    return items.map((item) => {
      if (!isRequest(item)) return item;
      const records = this.#records[item.kind];
      const known = records.get(item.id);
      const record = keepDetails(known, item, this.#detailed);
      records.set(item.id, record);
      if (known && known !== record)
        for (const list of this.#listsOf(item.kind)) if (list !== source) list.apply(record);
      return record;
    });
  }

  // ---- Lists -------------------------------------------------------------------------------------

  /** The list of `spec` (made on first use; nothing is loaded until asked). */
  list(spec: ListSpec): RequestList<AnyRequest> {
    const filter = normalizeFilter(spec.kind, spec.filter);
    const pageSize = checkPageSize(spec.pageSize);
    const key = `${spec.kind}|${filter.direction}|${filter.status}|${pageSize}`;
    let list = this.#lists.get(key);
    if (!list) {
      const query = { status: statusesFor(filter.status), direction: filter.direction };
      const { kind } = spec;
      const created: RequestList<AnyRequest> = new RequestList<AnyRequest>({
        kind,
        filter,
        pageSize,
        fetcher: (q, o) =>
          kind === 'session'
            ? this.adapter.listSessionRequests({ ...q, ...query }, o)
            : this.adapter.listMessageRequests({ ...q, ...query }, o),
        belongs: (request, now) => request.kind === kind && inFilter(request, filter, now),
        take: (items) => this.#take(created, items),
        onChange: () => this.#notify(),
        onError: (error) => this.#fail(kind, 'load', error),
        now: this.#now,
      });
      list = created;
      this.#lists.set(key, list);
    }
    return list;
  }

  /** Loads the list of `spec` when it is missing, invalidated or older than `maxAge` (ms). */
  ensure(spec: ListSpec, maxAge: number = this.freshness): Promise<void> {
    const list = this.list(spec);
    if (list.loading || list.isFresh(maxAge)) return Promise.resolve();
    return list.reload();
  }

  /** Marks every list (of `kind`, or of both kinds) for a reload the next time it is shown. */
  invalidate(kind?: RequestKind): void {
    for (const list of this.#lists.values()) if (!kind || list.kind === kind) list.invalidate();
  }

  /**
   * Refetches the first page of `spec`'s list and the counts; every other list reloads when shown next.
   */
  async refresh(spec: ListSpec): Promise<void> {
    const active = this.list(spec);
    for (const list of this.#lists.values()) if (list !== active) list.invalidate();
    // Both running reads stop before either starts again: an adapter that shares identical reads in
    // flight (MentorEd: the queue and the count read one URL) must not hand the new list the old answer.
    this.#counts.abort();
    active.abort();
    await Promise.all([active.reload(), this.loadCounts()]);
  }

  /** Aborts every running load (their answers are ignored); what is loaded stays. */
  abort(): void {
    for (const list of this.#lists.values()) list.abort();
    this.#counts.abort();
  }

  *#listsOf(kind: RequestKind): Iterable<RequestList<AnyRequest>> {
    for (const list of this.#lists.values()) if (list.kind === kind) yield list;
  }

  // ---- Counts ------------------------------------------------------------------------------------

  /** The pending counts (read-only: change them through the store's methods). */
  get counts(): Readonly<CountsState> {
    return this.#counts.state;
  }

  /** Reads the pending counts; a newer read aborts an older one. Failures are in `counts.error`. */
  loadCounts(): Promise<void> {
    return this.#counts.load();
  }

  /** Reads the counts when there are none yet, the last read failed, or they are older than `maxAge` (ms). */
  ensureCounts(maxAge: number = this.freshness): Promise<void> {
    return this.#counts.ensure(maxAge);
  }

  // ---- Live --------------------------------------------------------------------------------------

  /**
   * Keeps the store current while something shows it (a page, a badge): polls the counts every
   * `pollInterval` ms (default 60000; 0 = this watcher asks for no polling), or takes the adapter's pushes,
   * and shares polls and actions with other tabs of the same `adapter.identity`. The store polls at the
   * smallest positive interval of its watchers, only while the document is visible and online. Returns
   * the function that stops this watch.
   */
  watch(options: { pollInterval?: number } = {}): () => void {
    let release: (() => void) | undefined;
    let released = false;
    this.#live ??= import('./live.js').then((live) => new live.LiveSync(this, storeCores.get(this)!));
    void this.#live.then((sync) => {
      if (!released) release = sync.add(options.pollInterval);
    });
    return () => {
      released = true;
      release?.();
    };
  }

  // ---- Events ------------------------------------------------------------------------------------

  /** One `change` per turn of the event loop, however many parts changed together. */
  #notify(): void {
    if (this.#changeQueued) return;
    this.#changeQueued = true;
    queueMicrotask(() => {
      this.#changeQueued = false;
      this.dispatchEvent(new StoreChangeEvent());
    });
  }

  #fail(kind: RequestKind | 'all', action: StoreAction, error: RequestsError, id?: string): void {
    this.dispatchEvent(new StoreErrorEvent(kind, action, error, id));
  }
}

/** A page size as lists use it: a whole number from 1 to 100, else the default. */
export function checkPageSize(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : DEFAULT_PAGE_SIZE;
}
