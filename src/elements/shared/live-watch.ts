import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RequestsChangedEvent } from '../../events-live.js';
import type { InboxStore } from '../../store/inbox-store.js';
import type { StoreRemoteChangeEvent } from '../../store/remote-change.js';

/** `watchStore` of store/live.ts, or a function that loads it first (the badge's). */
export type WatchStore = (store: InboxStore, options: { pollInterval?: number }) => () => void;

export interface LiveWatchOptions {
  store: () => InboxStore | undefined;
  pollInterval: () => number | undefined;
  /** The function that watches a store, once the live code is there (until then, nothing is watched). */
  watch: () => WatchStore | undefined;
}

/**
 * Keeps an element's store live while the element is in the document (`watchStore`: the store polls, or
 * takes pushes, and shares with other tabs), and tells the host what the store took in from outside: one
 * `requests-changed` per change, from this element. Used by `<requests-page>` (from its parts) and
 * `<requests-badge>`; however many of them share a store, it polls once.
 */
export class LiveWatch implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LiveWatchOptions;
  #watched?: { store: InboxStore; interval: number | undefined; watch: WatchStore; release: () => void };
  readonly #onRemote = (event: Event): void => {
    this.#host.dispatchEvent(new RequestsChangedEvent((event as StoreRemoteChangeEvent).detail));
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: LiveWatchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  /** A new store or interval: the old watch ends and a new one starts. */
  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #sync(): void {
    if (!this.#host.isConnected) return;
    const store = this.#options.store();
    const interval = this.#options.pollInterval();
    const watch = this.#options.watch();
    const watched = this.#watched;
    if (watched && watched.store === store && watched.interval === interval && watched.watch === watch)
      return;
    this.#stop();
    if (!store || !watch) return;
    store.addEventListener('remote-change', this.#onRemote);
    this.#watched = { store, interval, watch, release: watch(store, { pollInterval: interval }) };
  }

  #stop(): void {
    const watched = this.#watched;
    if (!watched) return;
    watched.store.removeEventListener('remote-change', this.#onRemote);
    watched.release();
    this.#watched = undefined;
  }
}
