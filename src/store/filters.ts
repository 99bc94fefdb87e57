/**
 * The filters of a list and the rules that say which requests belong in it. DOM-free: the store, the
 * page and the adapters' tests share them.
 */
import {
  hasEnded,
  type AnyRequest,
  type ListSort,
  type RequestKind,
  type RequestStatus,
} from '../model/request.js';

/** Whose requests a list shows: the ones the viewer received (default), sent, or both. */
export type DirectionFilter = 'received' | 'sent' | 'all';
/** Where a list's requests stand: `pending` (default) is `requested` and, for sessions, not ended. */
export type StatusFilter = 'pending' | 'accepted' | 'rejected' | 'expired' | 'all';

/**
 * A list's filter and order. `sort` is not a filter (every order holds the same requests) but, like one, it
 * is part of what names a list: each order is a list of its own in the store, with its own pages.
 */
export interface ListFilter {
  direction: DirectionFilter;
  status: StatusFilter;
  /**
   * `newest` (default, also when absent) or `soonest` (slot start, earliest first); always `newest` for
   * message requests. The store's lists always have it (`normalizeFilter`).
   */
  sort?: ListSort;
}

export const DIRECTION_FILTERS: readonly DirectionFilter[] = ['received', 'sent', 'all'];
export const STATUS_FILTERS: readonly StatusFilter[] = ['pending', 'accepted', 'rejected', 'expired', 'all'];

/** The mentor's queue: received and pending, exactly what a tab's count counts; newest first. */
export const DEFAULT_FILTER: Readonly<Required<ListFilter>> = Object.freeze({
  direction: 'received',
  status: 'pending',
  sort: 'newest',
});

/** `value` when it is one of `allowed`, else `fallback` (a host's typo never breaks the list). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * A filter as the store uses it: unknown values fall back to the defaults, and message requests have no
 * history upstream, so their status is always `pending`, nor a slot, so their order is always `newest`.
 */
export function normalizeFilter(kind: RequestKind, filter?: Partial<ListFilter>): Required<ListFilter> {
  return {
    direction: oneOf(filter?.direction, DIRECTION_FILTERS, DEFAULT_FILTER.direction),
    status: kind === 'message' ? 'pending' : oneOf(filter?.status, STATUS_FILTERS, DEFAULT_FILTER.status),
    sort: kind === 'session' && filter?.sort === 'soonest' ? 'soonest' : 'newest',
  };
}

/** The adapter's status set for a status filter. */
export function statusesFor(status: StatusFilter): RequestStatus[] {
  if (status === 'all') return ['requested', 'accepted', 'rejected', 'expired'];
  return [status === 'pending' ? 'requested' : status];
}

/** The status a request is shown with: a pending session whose slot has ended is expired. */
export function effectiveStatus(request: AnyRequest, now: number = Date.now()): RequestStatus {
  if (request.kind === 'session' && request.status === 'requested' && hasEnded(request, now))
    return 'expired';
  return request.status;
}

/** Whether `request` belongs in the list of `filter` (its kind already checked). */
export function inFilter(request: AnyRequest, filter: ListFilter, now: number = Date.now()): boolean {
  if (filter.direction !== 'all' && request.direction !== filter.direction) return false;
  return filter.status === 'all' || statusesFor(filter.status).includes(effectiveStatus(request, now));
}

/** What a tab's count counts: received and still pending. */
export function isPendingReceived(request: AnyRequest, now: number = Date.now()): boolean {
  return request.direction === 'received' && effectiveStatus(request, now) === 'requested';
}
