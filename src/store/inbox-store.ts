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
import type { ActionResult, AnyRequest, CallOptions, MeetingLink, RequestKind } from '../model/request.js';
import { isPendingReceived, normalizeFilter, statusesFor, inFilter, type ListFilter } from './filters.js';
import { PendingCountsState, type CountsState } from './counts.js';
import { keepDetails } from './records.js';
import { RequestList } from './request-list.js';
import { StoreChangeEvent, StoreErrorEvent, type StoreAction } from './store-events.js';

/** What an element asks the store for: a kind's list with a filter and a page size. */
export interface ListSpec {
  kind: RequestKind;
  filter?: Partial<ListFilter>;
  pageSize?: number;
}

export type StoreActionName = 'accept' | 'reject' | 'link';

/** An action asked of the store: on which request, and the adapter call that does it. */
interface ActionAsked {
  kind: RequestKind;
  id: string;
  action: StoreActionName;
  call: () => Promise<ActionResult<AnyRequest>>;
}

const DEFAULT_PAGE_SIZE = 20;
const recordKey = (kind: RequestKind, id: string) => `${kind}:${id}`;

const stores = new WeakMap<RequestsAdapter, InboxStore>();

export class InboxStore extends EventTarget {
  /** The store of `adapter` (made on first use): the same adapter object always gives the same store. */
  static for(adapter: RequestsAdapter): InboxStore {
    let store = stores.get(adapter);
    if (!store) {
      store = new InboxStore(adapter);
      stores.set(adapter, store);
    }
    return store;
  }

  /**
   * How long (ms) a list or the counts stay fresh: within it a list shown again is not refetched, and
   * counts derived after an action are not confirmed by a new read. `<requests-page freshness>` sets it.
   */
  freshness = 60_000;

  readonly #records = new Map<string, AnyRequest>();
  readonly #lists = new Map<string, RequestList<AnyRequest>>();
  readonly #actions = new Map<
    string,
    { action: StoreActionName; promise: Promise<ActionResult<AnyRequest>> }
  >();
  readonly #counts: PendingCountsState;
  #changeQueued = false;
  readonly #now: () => number;

  constructor(
    readonly adapter: RequestsAdapter,
    options: { now?: () => number } = {},
  ) {
    super();
    this.#now = options.now ?? Date.now;
    this.#counts = new PendingCountsState({
      read: (o) => this.adapter.countPending(o),
      now: this.#now,
      onChange: () => this.#notify(),
      onError: (error) => this.#fail('all', 'count', error),
    });
  }

  // ---- Records -----------------------------------------------------------------------------------

  /** The record of request `id`, if the store has one. */
  get(kind: RequestKind, id: string): AnyRequest | undefined {
    return this.#records.get(recordKey(kind, id));
  }

  /**
   * Takes in a request the host gives (a detail's `.request`) or one read elsewhere: it becomes the
   * record, and every list follows it.
   */
  put(request: AnyRequest): void {
    if (!isRequest(request)) return;
    if (this.get(request.kind, request.id) === request) return;
    // A whole request from the host: nothing to read in detail.
    this.#detailed.add(request);
    this.#setRecord(request);
    this.#notify();
  }

  /**
   * The record of request `id`, read through the adapter when the store has none (or, for an accepted
   * session, has it only from a list, which lacks the meeting link). Aborting only drops the answer.
   */
  async read(kind: RequestKind, id: string, options?: CallOptions): Promise<AnyRequest> {
    const known = this.get(kind, id);
    if (known && !(known.kind === 'session' && known.status === 'accepted' && !this.#detailed.has(known)))
      return known;
    return this.#fetch(kind, id, options);
  }

  /** Reads request `id` again (e.g. after it was handled elsewhere). */
  refetch(kind: RequestKind, id: string, options?: CallOptions): Promise<AnyRequest> {
    return this.#fetch(kind, id, options);
  }

  /** Records read one by one (with the meeting link), as opposed to rows of a list. */
  readonly #detailed = new WeakSet<AnyRequest>();

  async #fetch(kind: RequestKind, id: string, options?: CallOptions): Promise<AnyRequest> {
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

  /** Makes `request` the record and applies it to every list of its kind. */
  #setRecord(request: AnyRequest): void {
    this.#records.set(recordKey(request.kind, request.id), request);
    const now = this.#now();
    for (const list of this.#listsOf(request.kind)) {
      // A request that now belongs in a list that does not hold it (an accept puts it in "accepted"):
      // its place there is the server's to say, so that list reloads when it is shown next.
      if (!list.apply(request) && !list.has(request.id) && list.loaded && list.belongs(request, now))
        list.invalidate();
    }
  }

  /**
   * The requests a page of `source` brought: each becomes the record (keeping what a list row lacks);
   * a request the store knew is updated in the other lists that hold it (a fresh read is the truth).
   */
  #take(source: RequestList<AnyRequest>, items: AnyRequest[]): AnyRequest[] {
    return items.map((item) => {
      if (!isRequest(item)) return item;
      const key = recordKey(item.kind, item.id);
      const known = this.#records.get(key);
      const record = keepDetails(known, item, this.#detailed);
      this.#records.set(key, record);
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

  // ---- Actions -----------------------------------------------------------------------------------

  /** The action running on request `id`, if any (any element showing it renders busy). */
  busy(kind: RequestKind, id: string): StoreActionName | undefined {
    return this.#actions.get(recordKey(kind, id))?.action;
  }

  accept(kind: RequestKind, id: string): Promise<ActionResult<AnyRequest>> {
    const call = () =>
      kind === 'session' ? this.adapter.acceptSessionRequest(id) : this.adapter.acceptMessageRequest(id);
    return this.#act({ kind, id, action: 'accept', call });
  }

  reject(kind: RequestKind, id: string, reason?: string): Promise<ActionResult<AnyRequest>> {
    const call = () =>
      kind === 'session'
        ? this.adapter.rejectSessionRequest(id, reason)
        : this.adapter.rejectMessageRequest(id);
    return this.#act({ kind, id, action: 'reject', call });
  }

  /** Saves the meeting link of accepted session request `id`. */
  setMeetingLink(id: string, link: MeetingLink): Promise<ActionResult<AnyRequest>> {
    const call = () => this.adapter.setMeetingLink(id, link);
    return this.#act({ kind: 'session', id, action: 'link', call });
  }

  /**
   * One action on one request at a time: the same accept or reject asked again while it runs is the same
   * call; any other waits for it, and an accept or a reject behind another one finds the request handled.
   */
  #act(asked: ActionAsked): Promise<ActionResult<AnyRequest>> {
    const { kind, id, action } = asked;
    const key = recordKey(kind, id);
    const running = this.#actions.get(key);
    if (running) {
      if (running.action === action && action !== 'link') return running.promise;
      return running.promise.then(
        () => {
          if (action !== 'link') throw new RequestsError('conflict', 'This request was already handled.');
          return this.#act(asked);
        },
        () => this.#act(asked),
      );
    }
    const promise = this.#run(asked);
    this.#actions.set(key, { action, promise });
    this.#notify();
    return promise;
  }

  async #run({ kind, id, action, call }: ActionAsked): Promise<ActionResult<AnyRequest>> {
    const key = recordKey(kind, id);
    const before = this.#records.get(key);
    try {
      const result = await call();
      const item = result?.item;
      if (!isRequest(item) || item.id !== id)
        throw new RequestsError('server', 'The server sent data in an unexpected shape.');
      this.#detailed.add(item);
      this.#setRecord(item);
      this.#afterAction(kind, action, before, item);
      return result;
    } catch (thrown) {
      const error = toRequestsError(thrown);
      // Handled or gone elsewhere: the record, the lists and the counts are out of date.
      if (error.kind === 'conflict' || error.kind === 'not-found') this.#outdated(kind, id);
      throw error;
    } finally {
      this.#actions.delete(key);
      this.#notify();
    }
  }

  /**
   * The counts follow an action at once: an accept or a reject succeeds only on a pending request, so
   * one the viewer received is one fewer. They are read again only once older than `freshness`. A session
   * accept also connects the two people upstream, which consumes a pending message request between them:
   * the message lists and the counts are read again.
   */
  #afterAction(
    kind: RequestKind,
    action: StoreActionName,
    before: AnyRequest | undefined,
    after: AnyRequest,
  ): void {
    if (kind === 'session' && action === 'accept') this.invalidate('message');
    const counts = this.#counts.state.value;
    // Nobody asked for the counts yet (a detail on its own): nothing to keep true.
    if (!counts) return;
    const now = this.#now();
    const wasPending = before ? isPendingReceived(before, now) : after.direction === 'received';
    if (action !== 'link' && wasPending) counts[kind] = Math.max(0, counts[kind] - 1);
    if ((kind === 'session' && action === 'accept') || now - this.#counts.state.loadedAt >= this.freshness)
      void this.loadCounts();
  }

  /** Request `id` was handled or removed elsewhere: read it again; its kind's lists and the counts too. */
  #outdated(kind: RequestKind, id: string): void {
    this.invalidate(kind);
    if (this.#counts.state.value || this.#counts.state.error) void this.loadCounts();
    this.#fetch(kind, id).catch((thrown: unknown) => {
      const error = toRequestsError(thrown);
      if (error.kind !== 'aborted') this.#fail(kind, 'open', error, id);
    });
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

function isRequest(value: unknown): value is AnyRequest {
  const r = value as AnyRequest | null | undefined;
  return (r?.kind === 'session' || r?.kind === 'message') && typeof r.id === 'string';
}

/** A page size as lists use it: a whole number from 1 to 100, else the default. */
export function checkPageSize(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : DEFAULT_PAGE_SIZE;
}
