/** The events of the store (DOM-free `Event`s: they run in Node too). */
import type { RequestsError } from '../model/errors.js';
import type { RequestKind } from '../model/request.js';

/** What a store call was doing when it failed. */
export type StoreAction = 'load' | 'count' | 'open';

/** Something the store holds changed (records, lists, counts, actions in flight): render again. */
export class StoreChangeEvent extends Event {
  static readonly eventName = 'change';
  constructor() {
    super(StoreChangeEvent.eventName);
  }
}

/**
 * A read the store made failed: a list page (`load`), the counts (`count`, kind `all`) or a request read
 * again after it was handled elsewhere (`open`). An element on the store reports it to its host. The
 * failures of actions reject the action's promise instead (the element that asked reports them).
 */
export class StoreErrorEvent extends Event {
  static readonly eventName = 'error';
  constructor(
    readonly kind: RequestKind | 'all',
    readonly action: StoreAction,
    readonly error: RequestsError,
    /** The request the failed read was about (`open`). */
    readonly id?: string,
  ) {
    super(StoreErrorEvent.eventName);
  }
}
