import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RequestsAdapter } from '../../adapters/types.js';
import { toRequestsError, type RequestsError } from '../../model/errors.js';
import type { PendingCounts } from '../../model/request.js';

/**
 * The pending counts of the tabs: one `countPending()` at a time (a newer load aborts the older one),
 * when it last succeeded, and the error of the last load.
 */
export class PendingCountsController implements ReactiveController {
  counts?: PendingCounts;
  error?: RequestsError;
  loadedAt = -Infinity;
  #abortController?: AbortController;
  readonly #host: ReactiveControllerHost;
  readonly #adapter: () => RequestsAdapter | undefined;
  readonly #onError: (error: RequestsError) => void;

  constructor(
    host: ReactiveControllerHost,
    adapter: () => RequestsAdapter | undefined,
    onError: (error: RequestsError) => void,
  ) {
    this.#host = host;
    this.#adapter = adapter;
    this.#onError = onError;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abortController?.abort();
    this.#abortController = undefined;
  }

  isFresh(freshness: number): boolean {
    return !this.error && Date.now() - this.loadedAt < freshness;
  }

  /** Forgets the counts (e.g. the adapter changed) and aborts a running load. */
  reset(): void {
    this.hostDisconnected();
    this.counts = undefined;
    this.error = undefined;
    this.loadedAt = -Infinity;
    this.#host.requestUpdate();
  }

  async load(): Promise<void> {
    const adapter = this.#adapter();
    this.#abortController?.abort();
    if (!adapter) return;
    const controller = new AbortController();
    this.#abortController = controller;
    try {
      const counts = await adapter.countPending({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.counts = counts;
      this.error = undefined;
      this.loadedAt = Date.now();
    } catch (thrown) {
      if (controller.signal.aborted) return;
      this.error = toRequestsError(thrown);
      this.#onError(this.error);
    } finally {
      if (this.#abortController === controller) this.#abortController = undefined;
      this.#host.requestUpdate();
    }
  }
}
