/**
 * The events `<requests-page>` and `<request-tabs>` fire themselves, and the base class of every event.
 * Apart from the details' events (events-detail.ts) so that the first paint does not carry those; hosts
 * import all of them from `src/events.ts` (the package's entry points).
 */
import type { RequestKind } from './model/request.js';
import type { RequestsError } from './model/errors.js';

export type RequestsTab = RequestKind;
export type RequestAction = 'load' | 'open' | 'accept' | 'reject' | 'link' | 'count';

/** @internal The base of the library's events: bubbling, composed, with a typed `detail`. */
export abstract class RequestsEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable: boolean) {
    super(type, { bubbles: true, composed: true, cancelable, detail });
  }
}

export interface RequestErrorDetail {
  /** `'all'` when the failed call covers both kinds (the pending counts). */
  kind: RequestKind | 'all';
  action: RequestAction;
  error: RequestsError;
}

export class RequestErrorEvent extends RequestsEvent<RequestErrorDetail> {
  static readonly eventName = 'request-error';
  constructor(detail: RequestErrorDetail) {
    super(RequestErrorEvent.eventName, detail, false);
  }
}

export interface TabChangeDetail {
  tab: RequestsTab;
}

export class TabChangeEvent extends RequestsEvent<TabChangeDetail> {
  static readonly eventName = 'tab-change';
  constructor(detail: TabChangeDetail) {
    super(TabChangeEvent.eventName, detail, true);
  }
}

