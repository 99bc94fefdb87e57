/**
 * What a pending session request clashes with: the viewer's booked sessions (the adapter's optional
 * `listBookedSlots`, read once per request and kept per store) and the other session requests the store
 * already holds (its records: no new copy of them). DOM-free; only the session detail's conflict check
 * imports it, in a chunk of its own (session-request-detail/conflicts.ts).
 *
 * The rule is model/overlap.ts `slotsOverlap` (back-to-back is no clash, containment is); what only
 * touches the slot is counted apart (`touching`), because MentorEd refuses an accept that touches one of
 * the mentor's sessions (inclusive bounds) and the detail then says why.
 */
import { RequestsError, toRequestsError } from '../model/errors.js';
import { isTimeRange, slotsOverlap, slotsTouch, type BookedSlot, type TimeRange } from '../model/overlap.js';
import type { CallOptions, SessionRequest } from '../model/request.js';
import { effectiveStatus } from './filters.js';
import { storeCores, type InboxStore } from './inbox-store.js';

/** One read of the booked sessions around a request's slot, shared by everyone waiting for it. */
interface Read {
  promise: Promise<BookedSlot[]>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/**
 * Reads kept per store, by request and slot. Kept for the store's life: a second opening of the same
 * request costs no call (a session booked meanwhile elsewhere shows at the next page load; the server
 * decides on Accept anyway). The oldest go beyond this many.
 */
const MAX_READS = 200;
const reads = new WeakMap<InboxStore, Map<string, Read>>();

/** The answer, kept to what a caller can use: valid slots, a string title, copies. */
function usable(answer: unknown): BookedSlot[] {
  if (!Array.isArray(answer))
    throw new RequestsError('server', 'The server sent data in an unexpected shape.');
  return answer
    .filter((slot: BookedSlot) => isTimeRange(slot))
    .map((slot: BookedSlot) => ({
      start: new Date(slot.start.getTime()),
      end: new Date(slot.end.getTime()),
      title: typeof slot.title === 'string' ? slot.title : '',
    }));
}

/**
 * The viewer's booked sessions that overlap or touch `request`'s slot, through the adapter's
 * `listBookedSlots` (one call per request and slot, then kept: see MAX_READS); undefined when the adapter
 * has no such method (then nothing is asked). A caller's abort leaves the read to the others waiting for
 * it; when nobody waits any more, the call is aborted and forgotten (the next opening asks again). A
 * failed read is forgotten too.
 */
export function readBookedSlots(
  store: InboxStore,
  request: Pick<SessionRequest, 'id' | 'start' | 'end'>,
  o?: CallOptions,
): Promise<BookedSlot[]> | undefined {
  const adapter = store.adapter;
  if (typeof adapter?.listBookedSlots !== 'function' || !isTimeRange(request)) return undefined;
  let map = reads.get(store);
  if (!map) reads.set(store, (map = new Map()));
  const key = `${request.id}|${request.start.getTime()}|${request.end.getTime()}`;
  let read = map.get(key);
  if (!read) {
    const controller = new AbortController();
    const range = { start: new Date(request.start.getTime()), end: new Date(request.end.getTime()) };
    const made: Read = { controller, waiting: 0, settled: false, promise: Promise.resolve([]) };
    made.promise = Promise.resolve()
      .then(() => adapter.listBookedSlots!(range, { signal: controller.signal }))
      .then(usable)
      .then(
        (slots) => ((made.settled = true), slots),
        (error: unknown) => {
          made.settled = true;
          if (map.get(key) === made) map.delete(key);
          throw toRequestsError(error);
        },
      );
    made.promise.catch(() => {}); // a read nobody waits for any more must not be an unhandled rejection
    map.set(key, (read = made));
    if (map.size > MAX_READS) map.delete(map.keys().next().value!);
  }
  return waitFor(read, map, key, o?.signal);
}

/** `read`'s answer for one caller, who may leave early with its own `signal`. */
function waitFor(
  read: Read,
  map: Map<string, Read>,
  key: string,
  signal?: AbortSignal,
): Promise<BookedSlot[]> {
  if (signal?.aborted) return Promise.reject(new RequestsError('aborted', 'The request was cancelled.'));
  read.waiting++;
  return new Promise<BookedSlot[]>((resolve, reject) => {
    const leave = () => {
      read.waiting--;
      if (read.waiting === 0 && !read.settled) {
        if (map.get(key) === read) map.delete(key);
        read.controller.abort(signal?.reason);
      }
      reject(new RequestsError('aborted', 'The request was cancelled.', { cause: signal?.reason }));
    };
    signal?.addEventListener('abort', leave, { once: true });
    read.promise.then(resolve, reject).finally(() => {
      signal?.removeEventListener('abort', leave);
      if (!signal?.aborted) read.waiting--;
    });
  });
}

/** What a slot clashes with, each list in order of start. */
export interface ScheduleConflicts {
  /** Booked sessions that overlap the slot (the adapter's, then the store's accepted requests not among them). */
  booked: (BookedSlot & { request?: SessionRequest })[];
  /** Other pending (requested, not ended) session requests the store holds whose slot overlaps, both directions. */
  pending: SessionRequest[];
  /** A booked session (or accepted request) only touches the slot, back to back, and none overlaps it. */
  touchingOnly: boolean;
}

const byStart = (a: TimeRange, b: TimeRange) => a.start.getTime() - b.start.getTime();
const slotKey = (s: BookedSlot) => `${s.start.getTime()}|${s.end.getTime()}|${s.title}`;

/**
 * What `request`'s slot clashes with: `booked` (the adapter's answer; undefined when there is none, or not
 * yet) and the session requests in `store`'s records, other than `request`: accepted ones count as booked
 * sessions (once, when the adapter's answer already has the same session), pending ones as requests.
 */
export function scheduleConflicts(
  store: InboxStore,
  request: SessionRequest,
  booked: readonly BookedSlot[] = [],
): ScheduleConflicts {
  const core = storeCores.get(store);
  const now = core?.now() ?? Date.now();
  const sessions: (BookedSlot & { request?: SessionRequest })[] = [...booked];
  const seen = new Set(booked.map(slotKey));
  const pending: SessionRequest[] = [];
  for (const other of core?.records.session.values() ?? []) {
    if (other.kind !== 'session' || other.id === request.id || !isTimeRange(other)) continue;
    const status = effectiveStatus(other, now);
    if (status === 'requested' && slotsOverlap(request, other)) pending.push(other);
    const slot = { start: other.start, end: other.end, title: other.title || '', request: other };
    if (status === 'accepted' && !seen.has(slotKey(slot))) sessions.push(slot);
  }
  const clashing = sessions.filter((s) => slotsOverlap(request, s)).sort(byStart);
  return {
    booked: clashing,
    pending: pending.sort(byStart),
    touchingOnly: clashing.length === 0 && sessions.some((s) => slotsTouch(request, s)),
  };
}
