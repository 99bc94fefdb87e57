/**
 * What a pending session request clashes with: the viewer's booked sessions (the adapter's optional
 * `listBookedSlots`, read once per request and kept per store) and the other session requests the store
 * already holds (its records, which the caller passes in: no copy of them is kept here). DOM-free; only the
 * session detail's conflict check imports it, in a chunk of its own (session-request-detail/conflicts.ts).
 *
 * The rule is model/overlap.ts `slotsOverlap` (back-to-back is no clash, containment is); what only
 * touches the slot is counted apart (`touchingOnly`), because MentorEd refuses an accept that touches one of
 * the mentor's sessions (inclusive bounds) and the detail then says why.
 *
 * It imports nothing but model/overlap.ts at run time: a module this chunk shared with the first paint would
 * split define.js's shared code into one more chunk (docs/store.md, "Size").
 */
import { isTimeRange, slotsOverlap, slotsTouch, type BookedSlot, type TimeRange } from '../model/overlap.js';
import type { CallOptions, RequestStatus, SessionRequest } from '../model/request.js';
import type { InboxStore } from './inbox-store.js';

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
  if (!Array.isArray(answer)) throw new TypeError('listBookedSlots answered no array');
  return answer
    .filter((slot: BookedSlot) => isTimeRange(slot))
    .map((slot: BookedSlot) => ({
      start: new Date(slot.start.getTime()),
      end: new Date(slot.end.getTime()),
      title: typeof slot.title === 'string' ? slot.title : '',
    }));
}

const cancelled = (signal: AbortSignal): unknown =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The read was cancelled.', 'AbortError');

/**
 * The viewer's booked sessions that overlap or touch `request`'s slot, through the adapter's
 * `listBookedSlots` (one call per request and slot, then kept: see MAX_READS); undefined when the adapter
 * has no such method (then nothing is asked). A caller's abort leaves the read to the others waiting for
 * it; when nobody waits any more, the call is aborted and forgotten (the next opening asks again). A failed
 * read is forgotten too, and rejects with the adapter's error.
 */
export function readBookedSlots(
  store: InboxStore,
  request: Pick<SessionRequest, 'id' | 'start' | 'end'>,
  o?: CallOptions,
): Promise<BookedSlot[]> | undefined {
  const adapter = store.adapter;
  if (typeof adapter?.listBookedSlots !== 'function' || !isTimeRange(request)) return undefined;
  const map = reads.get(store) ?? new Map<string, Read>();
  reads.set(store, map);
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
          throw error;
        },
      );
    made.promise.catch(() => {}); // a read nobody waits for any more must not be an unhandled rejection
    map.set(key, (read = made));
    if (map.size > MAX_READS) map.delete(map.keys().next().value!);
  }
  const shared = read;
  const forget = () => {
    if (map.get(key) === shared) map.delete(key);
  };
  return waitFor(shared, forget, o?.signal);
}

/** `read`'s answer for one caller, who may leave early with its own `signal`. */
function waitFor(read: Read, forget: () => void, signal?: AbortSignal): Promise<BookedSlot[]> {
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  read.waiting++;
  return new Promise<BookedSlot[]>((resolve, reject) => {
    const leave = () => {
      read.waiting--;
      if (read.waiting === 0 && !read.settled) {
        forget();
        read.controller.abort(signal?.reason);
      }
      reject(cancelled(signal!));
    };
    signal?.addEventListener('abort', leave, { once: true });
    read.promise.then(resolve, reject).finally(() => {
      signal?.removeEventListener('abort', leave);
      if (!signal?.aborted) read.waiting--;
    });
  });
}

/** A session request the store holds, with the status it is shown with (an ended pending one is expired). */
export interface HeldRequest {
  request: SessionRequest;
  status: RequestStatus;
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
 * What `request`'s slot clashes with: `booked` (the adapter's answer; none when there is none, or not yet)
 * and `held`, the session requests the store holds (its records), other than `request`: accepted ones count
 * as booked sessions (once, when the adapter's answer already has the same session), pending ones as
 * requests.
 */
export function scheduleConflicts(
  request: SessionRequest,
  held: Iterable<HeldRequest>,
  booked: readonly BookedSlot[] = [],
): ScheduleConflicts {
  const sessions: (BookedSlot & { request?: SessionRequest })[] = [...booked];
  const seen = new Set(booked.map(slotKey));
  const pending: SessionRequest[] = [];
  for (const { request: other, status } of held) {
    if (other.id === request.id || !isTimeRange(other)) continue;
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
