/**
 * What keeps a store current while something shows it (a page, a badge): a poll of the pending counts, or
 * the adapter's pushes, and other tabs of the same adapter identity (tab-link.ts). `watchStore(store)` is
 * the way in. Not in a page's first paint: it comes with the page's parts (live-watch.ts), and a badge
 * loads it when it connects (see docs/live.md).
 *
 * A poll is one `countPending` call. Its answer is compared with the last one (the pending ids when the
 * adapter gives them, else the numbers): when a kind changed, the requests that left the queue are read
 * again (the ones the store holds: an open detail shows them handled), the shown lists of that kind look at
 * their first page in the background ("N new requests", never moving what the user sees), and the store
 * says `remote-change` once per kind.
 */
import { toRequestsError, type RequestsError } from '../model/errors.js';
import type { AnyRequest, PendingCounts, RequestKind } from '../model/request.js';
import type { RequestsChange } from '../adapters/types.js';
import { normalizeCounts } from './counts.js';
import { isPendingReceived } from './filters.js';
import { storeCores, type Clock, type InboxStore, type StoreCore } from './inbox-store.js';
import { refetchRequest } from './store-actions.js';
import { StoreRemoteChangeEvent, type RemoteChangeDetail } from './remote-change.js';
import type { RequestList } from './request-list.js';
import { TabLink, type TabMessage } from './tab-link.js';

/** The interval of a watch that names none (ms). */
export const DEFAULT_POLL_INTERVAL = 60_000;
/** After failures the interval doubles, up to this many times. */
const MAX_BACKOFF_STEPS = 4;
/** Requests that left the queue are read again one by one up to this many per change; beyond, lists reload. */
const MAX_REREADS = 10;
const KINDS: readonly RequestKind[] = ['session', 'message'];

/** The platform's timers, for a store given no clock (the time is always the store's `now`). */
const PLATFORM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Watch {
  interval: number;
}

const syncs = new WeakMap<InboxStore, LiveSync>();

/**
 * Keeps `store` current while something shows it (a page, a badge): polls the counts every
 * `pollInterval` ms (default 60000; 0 = this watch asks for no polling), or takes the adapter's pushes, and
 * shares polls and actions with other tabs of the same `adapter.identity`. The store polls at the smallest
 * positive interval of its watches, only while the document is visible and online. Returns the function
 * that ends this watch.
 */
export function watchStore(store: InboxStore, options: { pollInterval?: number } = {}): () => void {
  let sync = syncs.get(store);
  if (!sync) {
    sync = new LiveSync(store, storeCores.get(store)!);
    syncs.set(store, sync);
  }
  return sync.add(options.pollInterval);
}

/** The live state of one store (see `watchStore`). */
class LiveSync {
  readonly #store: InboxStore;
  readonly #core: StoreCore;
  readonly #clock: Clock;
  readonly #watches = new Set<Watch>();
  #timer: unknown;
  #poll?: AbortController;
  #failures = 0;
  /** When the counts were last asked for, here or by the tab that polls for all (ms). */
  #lastRead = -Infinity;
  /** When the page came back online, until a read after it: the next poll is due at once. */
  #onlineAt?: number;
  /** Lists whose background look failed: the next counts taken in look at them again. */
  readonly #lookAgain = new Set<RequestList<AnyRequest>>();
  #unsubscribe?: () => void;
  #tabs?: TabLink;
  #listening = false;

  constructor(store: InboxStore, core: StoreCore) {
    this.#store = store;
    this.#core = core;
    this.#clock = core.clock ?? PLATFORM_CLOCK;
  }

  /** Says `remote-change` on the store: a change it took in from outside. */
  #remote(detail: RemoteChangeDetail): void {
    this.#store.dispatchEvent(new StoreRemoteChangeEvent(detail));
  }

  /** Adds a watch; returns the function that removes it. */
  add(pollInterval?: number): () => void {
    const watch = { interval: interval(pollInterval) };
    // The element's own first read of the counts failed (and said so): that run of failures has begun,
    // so the first poll waits and, if it fails too, says nothing more.
    if (this.#watches.size === 0 && this.#core.counts.error && this.#failures === 0) {
      this.#failures = 1;
      this.#lastRead = this.#core.now();
    }
    this.#watches.add(watch);
    this.#update();
    return () => {
      if (this.#watches.delete(watch)) this.#update();
    };
  }

  /** The smallest positive interval of the watches (0: nobody asks for polling). */
  get #interval(): number {
    let least = 0;
    for (const { interval } of this.#watches)
      if (interval > 0 && (!least || interval < least)) least = interval;
    return least;
  }

  get #canPoll(): boolean {
    return this.#interval > 0 && !this.#core.adapter.subscribe && isVisible() && isOnline();
  }

  /** Starts or stops each part (listeners, the tab link, the push, the poll) as the watches and the page say. */
  readonly #update = (): void => {
    const wanted = this.#watches.size > 0;
    this.#listen(wanted);
    this.#link(wanted);
    this.#subscribe(wanted);
    if (!this.#canPoll) {
      this.#stopPolling();
      this.#tabs?.leave();
    } else if (this.#tabs?.canLead) {
      // Tabs of one identity poll once for all: the one that holds the lock does.
      this.#tabs.lead(() => this.#schedule());
    } else this.#schedule();
  };

  readonly #onOnline = (): void => {
    // Back online: one read at once (what changed while offline), then the usual rhythm.
    this.#onlineAt = this.#core.now();
    this.#update();
  };

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    globalThis.document?.[method]('visibilitychange', this.#update);
    if (typeof globalThis.addEventListener === 'function') {
      globalThis[method]('online', this.#onOnline);
      globalThis[method]('offline', this.#update);
    }
  }

  #link(on: boolean): void {
    const identity = this.#core.adapter.identity;
    if (on && !this.#tabs && typeof identity === 'string' && identity) {
      this.#tabs = TabLink.open(identity, (message) => this.#onTab(message));
      if (this.#tabs) this.#core.published = (request) => this.#tabs?.post({ type: 'record', request });
    } else if (!on && this.#tabs) {
      this.#tabs.close();
      this.#tabs = undefined;
      this.#core.published = undefined;
    }
  }

  #subscribe(on: boolean): void {
    const adapter = this.#core.adapter;
    if (on && !this.#unsubscribe && typeof adapter.subscribe === 'function') {
      try {
        this.#unsubscribe = adapter.subscribe((change) => this.#onPush(change));
      } catch (thrown) {
        this.#fail(toRequestsError(thrown));
      }
    } else if (!on && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }

  // ---- The poll ----------------------------------------------------------------------------------

  /** The next poll: one interval after the last read (here or in another tab), longer after failures. */
  #schedule(): void {
    if (this.#poll) return;
    // Re-arming moves the one timer (a follower that heard a read, a new interval).
    const clock = this.#clock;
    const counts = this.#core.counts;
    clock.clearTimeout(this.#timer);
    // A read under way (the page's own, at start) counts as the last one.
    const now = this.#core.now();
    const last = counts.loading ? now : Math.max(this.#lastRead, counts.loadedAt);
    const delay = this.#interval * 2 ** Math.min(this.#failures, MAX_BACKOFF_STEPS);
    const wait = last < (this.#onlineAt ?? -Infinity) ? 0 : Math.max(0, Math.min(delay, last + delay - now));
    this.#timer = clock.setTimeout(() => void this.#pollNow(), wait);
  }

  #stopPolling(): void {
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#poll?.abort();
    this.#poll = undefined;
  }

  async #pollNow(): Promise<void> {
    if (!this.#canPoll) return;
    // Back online, a read of the store's since (the page's own) is this poll: the next is an interval later.
    const { loading, loadedAt } = this.#core.counts;
    if (this.#onlineAt !== undefined && (loading || loadedAt >= this.#onlineAt)) {
      this.#onlineAt = undefined;
      this.#schedule();
      return;
    }
    const controller = new AbortController();
    this.#poll = controller;
    // The next poll (or retry) is one interval (or backoff) after this one, whatever its answer.
    this.#lastRead = this.#core.now();
    this.#onlineAt = undefined;
    try {
      const counts = await this.#core.adapter.countPending({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.#failures = 0;
      this.#tabs?.post({ type: 'counts', counts });
      this.#takeCounts(counts);
    } catch (thrown) {
      if (controller.signal.aborted) return;
      const error = toRequestsError(thrown);
      if (error.kind === 'aborted') return;
      this.#failures += 1;
      // One report per run of failures, not one per retry.
      if (this.#failures === 1) this.#fail(error);
    } finally {
      if (this.#poll === controller) {
        this.#poll = undefined;
        this.#update();
      }
    }
  }

  #fail(error: RequestsError): void {
    this.#core.fail('all', 'count', error);
  }

  // ---- Changes taken in --------------------------------------------------------------------------

  #onTab(message: TabMessage): void {
    if (message.type === 'counts') {
      this.#lastRead = this.#core.now();
      this.#takeCounts(message.counts);
      // Without Web Locks every tab polls: one that just heard a read waits a whole interval again.
      // With them, only the leader has a timer (and hears nothing from itself).
      if (this.#canPoll && !this.#tabs?.canLead) this.#schedule();
    } else if (message.type === 'record') this.#takeRecord(message.request);
  }

  /** A push: the pushed requests the store holds are read again, and the counts say what else changed. */
  #onPush(change: RequestsChange): void {
    if (!change || (change.kind !== 'session' && change.kind !== 'message') || !Array.isArray(change.ids))
      return;
    const { kind, ids } = change;
    const known = ids.filter((id) => this.#core.records[kind].has(id));
    void this.#reread(kind, known).then(() => {
      if (known.length) this.#remote({ kind, added: [], updated: known, removed: [] });
    });
    void this.#core.adapter.countPending().then(
      (counts) => this.#takeCounts(counts),
      (thrown: unknown) => this.#fail(toRequestsError(thrown)),
    );
  }

  /** Another tab's action: its record, the counts derived as that tab derived them; no request from here. */
  #takeRecord(request: AnyRequest): void {
    const core = this.#core;
    if (request?.kind !== 'session' && request?.kind !== 'message') return;
    const { kind, id } = request;
    const counts = core.counts.value;
    const known = core.records[kind].get(id);
    const pendingIds = idsOf(counts, kind);
    const wasPending = pendingIds
      ? pendingIds.includes(id)
      : known !== undefined && isPendingReceived(known, this.#core.now());
    const left = wasPending && !isPendingReceived(request, this.#core.now());
    core.detailed.add(request);
    core.setRecord(request, known);
    if (left) core.deriveCount(kind, id, counts);
    // A session accept consumed a message request between the two people upstream (see store-actions.ts).
    if (left && kind === 'session' && request.status === 'accepted') this.#store.invalidate('message');
    core.notify();
    this.#remote({ kind, added: [], updated: [id], removed: left ? [id] : [] });
  }

  /** A counts read from a poll, a push or another tab: compared with the last, and taken in. */
  #takeCounts(read: PendingCounts): void {
    const core = this.#core;
    const before = core.counts.value;
    const after = normalizeCounts(read);
    core.counts.value = after;
    core.counts.error = undefined;
    core.counts.loadedAt = this.#core.now();
    core.notify();
    for (const list of this.#lookAgain) void this.#peek(list);
    if (!before) return;
    for (const kind of KINDS) {
      const change = compare(before, after, kind);
      if (!change) continue;
      void this.#reread(kind, change.removed);
      for (const list of core.lists(kind)) {
        if (!list.loaded) continue;
        if (list.filter.status === 'pending' || list.filter.status === 'all') void this.#peek(list);
        else list.invalidate();
      }
      this.#remote({ kind, added: change.added, updated: [], removed: change.removed });
    }
  }

  /**
   * Reads the list's first page again in the background, without a loading state and without changing
   * what is shown: its requests become the records, and the ones the list lacks are its `newItems`. An
   * empty list shows them at once (nothing to move). Skipped while a load runs, and dropped when one ran
   * meanwhile (that load read the server anyway). A look that fails changes nothing; the next counts taken in look again.
   */
  async #peek(list: RequestList<AnyRequest>): Promise<void> {
    this.#lookAgain.delete(list);
    if (list.loading || !list.loaded) return;
    const loadedAt = list.loadedAt;
    let items: AnyRequest[];
    try {
      items = await list.readPage(1, new AbortController().signal);
    } catch {
      // The counts that asked for this look are taken in already: the next ones will not differ.
      this.#lookAgain.add(list);
      return;
    }
    if (list.loading || list.loadedAt !== loadedAt) return;
    // A fresh read is the truth for what the list shows too (the store updated only the other lists).
    for (const item of items) if (list.has(item.id)) list.apply(item);
    list.newItems = items.filter((item) => !list.has(item.id) && list.belongs(item));
    if (list.items.length === 0 && list.newItems.length > 0) void list.reload();
    else this.#core.notify();
  }

  /** Reads again the requests of `ids` the store holds, so every view shows where they stand now. */
  async #reread(kind: RequestKind, ids: string[]): Promise<void> {
    const held = ids.filter((id) => this.#core.records[kind].has(id));
    if (held.length > MAX_REREADS) {
      this.#store.invalidate(kind);
      return;
    }
    await Promise.all(
      held.map((id) =>
        refetchRequest(this.#store, kind, id).catch((thrown: unknown) => {
          const error = toRequestsError(thrown);
          if (error.kind === 'not-found') this.#store.invalidate(kind);
          else if (error.kind !== 'aborted') this.#core.fail(kind, 'open', error, id);
        }),
      ),
    );
  }
}

/** What changed in `kind` between two counts: the ids that came and went (empty when only numbers are known). */
function compare(
  before: PendingCounts,
  after: PendingCounts,
  kind: RequestKind,
): { added: string[]; removed: string[] } | undefined {
  const was = idsOf(before, kind);
  const is = idsOf(after, kind);
  if (was && is) {
    const old = new Set(was);
    const now = new Set(is);
    const added = is.filter((id) => !old.has(id));
    const removed = was.filter((id) => !now.has(id));
    return added.length || removed.length ? { added, removed } : undefined;
  }
  return before[kind] !== after[kind] ? { added: [], removed: [] } : undefined;
}

/** The pending ids of `kind` in `counts`, when the adapter gave a list of strings (else numbers only). */
function idsOf(counts: PendingCounts | undefined, kind: RequestKind): string[] | undefined {
  const ids: unknown = counts?.ids?.[kind];
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
}

/** A watch's interval: a whole number of ms ≥ 0; anything else is the default. */
function interval(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_POLL_INTERVAL;
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_POLL_INTERVAL;
}

function isVisible(): boolean {
  return globalThis.document?.visibilityState !== 'hidden';
}

function isOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
}
