import { createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InboxStore } from '../../store/inbox-store.js';
import type { StoreErrorEvent } from '../../store/store-events.js';

/**
 * The inbox's store, provided by `<requests-page>` to every descendant. `Symbol.for` so that two copies
 * of the package on one page still find each other.
 */
export const storeContext = createContext<InboxStore | undefined>(Symbol.for('mentoring-requests.store'));

/**
 * Renders its element again whenever the store it is given says `change` (and hands it the store's failed
 * reads, `onError`), and stops listening when the element leaves the document or another store is given.
 * The one way an element learns of new state.
 */
export class StoreSubscription implements ReactiveController {
  #store?: InboxStore;
  #connected = false;
  readonly #host: ReactiveControllerHost;
  readonly #onChange = (): void => this.#host.requestUpdate();
  readonly #onError = (event: Event): void => this.#errors?.(event as StoreErrorEvent);
  readonly #errors?: (event: StoreErrorEvent) => void;

  constructor(host: ReactiveControllerHost, onError?: (event: StoreErrorEvent) => void) {
    this.#host = host;
    this.#errors = onError;
    host.addController(this);
  }

  get store(): InboxStore | undefined {
    return this.#store;
  }

  /** Follows `store` from now on (the same store again changes nothing). */
  set store(store: InboxStore | undefined) {
    if (store === this.#store) return;
    if (this.#connected) this.#listen(false);
    this.#store = store;
    if (this.#connected) this.#listen(true);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listen(true);
    // What changed while the element was out of the document (an aborted load, answers) was not heard.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listen(false);
  }

  #listen(on: boolean): void {
    const store = this.#store;
    if (!store) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    store[method]('change', this.#onChange);
    if (this.#errors) store[method]('error', this.#onError);
  }
}
