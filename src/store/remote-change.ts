/**
 * The store's `remote-change` event: what live updates took in (live.ts dispatches it). In a module of
 * its own, loaded with live.ts, so the first paint does not carry it.
 */
import type { RequestKind } from '../model/request.js';

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
