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

/** What a poll, a push or another tab brought: ids of requests that became pending, changed, or left. */
export interface RemoteChangeDetail {
  kind: RequestKind;
  /** Received requests that are pending now and were not at the last look. */
  added: string[];
  /** Requests whose record the store replaced (another tab's action, a pushed change). */
  updated: string[];
  /** Received requests that were pending at the last look and are not any more. */
  removed: string[];
}

/**
 * The store took in a change it did not make itself (a poll, a push, another tab): one event per change.
 * `<requests-page>` and `<requests-badge>` tell their host with `requests-changed`.
 */
export class StoreRemoteChangeEvent extends Event {
  static readonly eventName = 'remote-change';
  constructor(readonly detail: RemoteChangeDetail) {
    super(StoreRemoteChangeEvent.eventName);
  }
}
