import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RequestsChangedEvent } from '../../events-list.js';
import type { InboxStore } from '../../store/inbox-store.js';
import type { StoreRemoteChangeEvent } from '../../store/store-events.js';

/**
 * Keeps an element's store live while the element is in the document (`InboxStore.watch`: the store polls,
 * or takes pushes, and shares with other tabs), and tells the host what the store took in from outside:
 * one `requests-changed` per change, from this element. Used by `<requests-page>` and `<requests-badge>`;
 * however many of them share a store, it polls once.
 */
export class LiveWatch implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: { store: () => InboxStore | undefined; pollInterval: () => number | undefined };
  #watched?: { store: InboxStore; interval: number | undefined; release: () => void };
  readonly #onRemote = (event: Event): void => {
    this.#host.dispatchEvent(new RequestsChangedEvent((event as StoreRemoteChangeEvent).detail));
  };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { store: () => InboxStore | undefined; pollInterval: () => number | undefined },
  ) {
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
    const watched = this.#watched;
    if (watched?.store === store && watched?.interval === interval) return;
    this.#stop();
    if (!store) return;
    store.addEventListener('remote-change', this.#onRemote);
    this.#watched = { store, interval, release: store.watch({ pollInterval: interval }) };
  }

  #stop(): void {
    const watched = this.#watched;
    if (!watched) return;
    watched.store.removeEventListener('remote-change', this.#onRemote);
    watched.release();
    this.#watched = undefined;
  }
}
