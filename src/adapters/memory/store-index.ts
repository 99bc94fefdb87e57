/**
 * What MemoryAdapter keeps between calls so that lists of 100,000 requests page cheaply: each store
 * sorted newest first, and per filter (statuses, direction and order) the matching requests (stored
 * objects, not copies).
 * A page is then a slice, instead of a pass over every request (and its garbage) per page.
 *
 * The matches hold while nothing changed (`changed()` after every change of a status or a store) and
 * no requested session has reached its end since they were taken (it would read as expired then).
 */
import {
  hasEnded,
  soonestFirst,
  type Direction,
  type ListSort,
  type MessageRequest,
  type RequestStatus,
  type SessionRequest,
} from '../../model/request.js';

type Stored = SessionRequest | MessageRequest;

interface Matches {
  version: number;
  /** The time the matches were taken at, and until when they hold. */
  from: number;
  validUntil: number;
  matches: Stored[];
}

/** The status the server would report at `now`: a pending session whose slot has ended is expired. */
export function statusAt(request: Stored, now: number): RequestStatus {
  return request.kind === 'session' && request.status === 'requested' && hasEnded(request, now)
    ? 'expired'
    : request.status;
}

export class StoreIndex {
  private readonly sortedStores = new Map<Stored[], Stored[]>();
  private readonly matchesBySorted = new WeakMap<Stored[], Map<string, Matches>>();
  private version = 0;

  /** After a status changed; with `stores`, after a store gained or replaced a request. */
  changed(o: { stores?: boolean } = {}): void {
    this.version++;
    if (o.stores) this.sortedStores.clear();
  }

  /** The store sorted newest first (the id breaks ties so the order, and so paging, is stable). */
  sorted<T extends Stored>(stored: T[]): T[] {
    let sorted = this.sortedStores.get(stored);
    if (!sorted) {
      sorted = [...stored].sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
      );
      this.sortedStores.set(stored, sorted);
    }
    return sorted as T[];
  }

  /**
   * The stored requests whose read-time status is one of `statuses`, of `direction`, newest first, or with
   * `sort` `'soonest'`, session requests by slot start (model/request.ts `soonestFirst`); message
   * requests have no slot and stay newest first.
   */
  matching<T extends Stored>(
    stored: T[],
    statuses: readonly RequestStatus[],
    direction: Direction | 'all',
    now: number,
    sort: ListSort = 'newest',
  ): T[] {
    const sorted = this.sorted(stored);
    let byFilter = this.matchesBySorted.get(sorted);
    if (!byFilter) this.matchesBySorted.set(sorted, (byFilter = new Map()));
    const key = `${direction}:${statuses.join(',')}:${sort}`;
    const hit = byFilter.get(key);
    if (hit && hit.version === this.version && now >= hit.from && now < hit.validUntil)
      return hit.matches as T[];
    const matches: T[] = [];
    // The next moment a read-time status changes: a requested session reaching its end (→ expired).
    let validUntil = Number.POSITIVE_INFINITY;
    for (const request of sorted) {
      if (request.kind === 'session' && request.status === 'requested') {
        const end = request.end instanceof Date ? request.end.getTime() : Number.NaN;
        if (end > now && end < validUntil) validUntil = end;
      }
      if (direction !== 'all' && request.direction !== direction) continue;
      if (statuses.includes(statusAt(request, now))) matches.push(request);
    }
    if (sort === 'soonest' && matches.every((request) => request.kind === 'session'))
      (matches as SessionRequest[]).sort(soonestFirst);
    byFilter.set(key, { version: this.version, from: now, validUntil, matches });
    return matches;
  }
}
