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
import type { RequestsError } from '../model/errors.js';
import type { ActionResult, AnyRequest, PendingCounts, RequestKind } from '../model/request.js';
import type { ListFilter } from './filters.js';
import { PendingCountsState, type CountsState } from './counts.js';
import type { RequestList } from './request-list.js';
import { StoreChangeEvent, StoreErrorEvent, type StoreAction } from './store-events.js';

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
  /** A simulated clock given to the store (live.ts uses the platform's timers without one). */
  readonly clock?: Clock;
  /** The lists of `kind` the store has made. */
  lists(kind: RequestKind): Iterable<RequestList<AnyRequest>>;
  /** The lists by key (store-lists.ts makes them and keeps them here). */
  readonly listMap: Map<string, RequestList<AnyRequest>>;
  /** Set while other tabs listen (live.ts): an action's result, for them to show without a request. */
  published?: (request: AnyRequest) => void;
  /**
   * Makes the request the record; every list of its kind follows. `previous`: the request before the change
   * (default: the record), which tells a list that does not hold it whether it left the list's filter.
   */
  setRecord(request: AnyRequest, previous?: AnyRequest): void;
  /**
   * A received pending request left the queue here: the counts, one fewer (see PendingCountsState.derive).
   * `before`: the counts when the action began.
   */
  deriveCount(kind: RequestKind, id: string, before: PendingCounts | undefined): void;
  notify(): void;
  fail(kind: RequestKind | 'all', action: StoreAction, error: RequestsError, id?: string): void;
}

/** @internal How a store makes a list: store-lists.ts fills it in when it loads. */
export const listMaker: { make?: (store: InboxStore, spec: ListSpec) => RequestList<AnyRequest> } = {};

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
  /** The lists, by kind, filter and page size (store-lists.ts makes them). */
  readonly #lists = new Map<string, RequestList<AnyRequest>>();
  readonly #counts: PendingCountsState;
  #changeQueued = false;
  readonly #now: () => number;

  constructor(
    readonly adapter: RequestsAdapter,
    options: InboxStoreOptions = {},
  ) {
    super();
    const clock = options.clock;
    this.#now = options.now ?? (clock ? () => clock.now() : Date.now);
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
      clock,
      lists: (kind) => this.#listsOf(kind),
      listMap: this.#lists,
      published: undefined,
      setRecord: (request, previous) => this.#setRecord(request, previous),
      deriveCount: (kind, id, before) => this.#counts.derive(kind, id, before),
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

  // ---- Lists -------------------------------------------------------------------------------------

  /**
   * The list of `spec` (made on first use; nothing is loaded until asked). Lists are made by
   * store-lists.ts, which `<requests-page>` and the package's entry points import: a badge alone carries no
   * list code.
   */
  list(spec: ListSpec): RequestList<AnyRequest> {
    return listMaker.make!(this, spec);
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
