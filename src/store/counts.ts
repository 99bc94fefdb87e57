/** The pending counts of the store: the last read, its freshness, and one read at a time. */
import { toRequestsError, type RequestsError } from '../model/errors.js';
import type { CallOptions, PendingCounts } from '../model/request.js';

/** The pending counts and the state of their last read. */
export interface CountsState {
  /** Received requests still pending, per kind: the last read, minus what was handled here since. */
  value?: PendingCounts;
  error?: RequestsError;
  /** When the last read arrived (ms); `-Infinity` before any. */
  loadedAt: number;
  loading: boolean;
}

export interface PendingCountsOptions {
  read: (options: CallOptions) => Promise<PendingCounts>;
  now: () => number;
  onChange: () => void;
  onError: (error: RequestsError) => void;
}

/** The store's counts: a newer read aborts an older one; a failed read keeps the last counts. */
export class PendingCountsState {
  readonly state: CountsState = { loadedAt: -Infinity, loading: false };
  #abort?: AbortController;
  /** The read during which an action here changed the counts: its answer may predate the action. */
  #derivedDuring?: AbortController;
  readonly #options: PendingCountsOptions;

  constructor(options: PendingCountsOptions) {
    this.#options = options;
  }

  async load(): Promise<void> {
    this.#abort?.abort();
    const controller = new AbortController();
    this.#abort = controller;
    const state = this.state;
    state.loading = true;
    this.#options.onChange();
    let again = false;
    try {
      const counts = await this.#options.read({ signal: controller.signal });
      if (controller.signal.aborted) return;
      // An action changed the counts while this read ran: the server may have answered before or after
      // it, and the answer cannot tell. The derived counts stay, and the counts are read again.
      again = this.#derivedDuring === controller;
      if (!again) {
        state.value = normalizeCounts(counts);
        state.error = undefined;
        state.loadedAt = this.#options.now();
      }
    } catch (thrown) {
      const error = toRequestsError(thrown);
      if (controller.signal.aborted || error.kind === 'aborted') return;
      state.error = error;
      this.#options.onError(error);
    } finally {
      if (this.#abort === controller) {
        this.#abort = undefined;
        state.loading = false;
        this.#options.onChange();
      }
    }
    if (again) await this.load();
  }

  /**
   * A received pending request `id` of `kind` left the queue here (an action, another tab's action): one
   * fewer, at once. `before`: the counts when the action began. A read running meanwhile is read again when
   * it lands (its answer may predate the action); a read that landed while the action ran may already leave
   * the request out: its ids tell, and without ids the counts are read again.
   */
  derive(kind: 'session' | 'message', id: string, before: PendingCounts | undefined): void {
    if (this.#abort) this.#derivedDuring = this.#abort;
    const value = this.state.value;
    if (!value) return;
    const ids = value.ids?.[kind];
    if (Array.isArray(ids) ? !ids.includes(id) : value !== before) {
      if (!ids && !this.#abort) void this.load();
      return;
    }
    value[kind] = Math.max(0, value[kind] - 1);
    // The next poll compares ids: this one left here, not elsewhere.
    if (ids) value.ids = { ...value.ids!, [kind]: ids.filter((other) => other !== id) };
  }

  /** Reads when there are no counts yet, the last read failed, or they are older than `maxAge` (ms). */
  ensure(maxAge: number): Promise<void> {
    const s = this.state;
    if (s.loading || (s.value && !s.error && this.#options.now() - s.loadedAt < maxAge))
      return Promise.resolve();
    return this.load();
  }

  /** Aborts a running read (its answer is ignored). */
  abort(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.state.loading = false;
    this.#options.onChange();
  }
}

/**
 * Counts as the store keeps them: whole numbers, and the pending ids as the adapter gave them (live.ts,
 * which compares them, checks their shape).
 */
export function normalizeCounts(read: PendingCounts | undefined): PendingCounts {
  const value: PendingCounts = { session: count(read?.session), message: count(read?.message) };
  if (read?.ids) value.ids = read.ids;
  return value;
}

/** A count as the tabs show it: a whole number, 0 for anything else. */
function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
