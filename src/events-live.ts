/**
 * The event of live updates, in a module of its own: only the code that watches a store (live-watch.ts,
 * which comes with the page's lazily loaded parts, and the badge) fires it, so the first paint does not
 * carry it. Hosts import it from `src/events.ts` (the package's entry points) like every other event.
 */
import { RequestsEvent } from './events-list.js';
import type { RemoteChangeDetail } from './store/remote-change.js';

/** `{ kind, added, updated, removed }`: ids of requests that became pending, changed, or left the queue. */
export type RequestsChangedDetail = RemoteChangeDetail;

/**
 * Polling, a push or another tab brought changes (never the element's own actions): fired once per change
 * by each `<requests-page>` and `<requests-badge>` on the store.
 */
export class RequestsChangedEvent extends RequestsEvent<RequestsChangedDetail> {
  static readonly eventName = 'requests-changed';
  constructor(detail: RequestsChangedDetail) {
    super(RequestsChangedEvent.eventName, detail, false);
  }
}
