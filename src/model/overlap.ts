/**
 * When two slots clash: the one rule of the schedule-conflict warning (the session detail's), DOM-free.
 *
 * Slots are half-open intervals of instants, `[start, end)`: they clash when each starts before the other
 * ends (`start < other.end && end > other.start`). So back-to-back slots (one ends as the other starts) do
 * not clash, and a slot that contains another, or lies inside it, does. Instants, not wall-clock times: a
 * `Date` is the same moment in every time zone, so two slots written in different zones, or across a
 * daylight-saving change, compare by the time that actually passes.
 *
 * MentorEd's own check on accept is stricter at the edges: upstream services/sessions.js `isTimeSlotAvailable`
 * asks database/queries/sessions.js `getSessionByUserIdAndTime` for the mentor's hosted sessions with
 * `start_date <= t <= end_date` for the new start and for the new end (inclusive bounds: back-to-back sessions
 * clash; a new session that contains an old one is missed). Our emulation follows it (src/mocks/schedule.ts
 * `clashesWithHosted`). {@link slotsTouch} tells the back-to-back case apart, so a refusal of it can say why.
 */

/** A span of time: from `start` (included) to `end` (excluded). */
export interface TimeRange {
  start: Date;
  end: Date;
}

/** A session the viewer already has (`RequestsAdapter.listBookedSlots`). `title` may be empty. */
export interface BookedSlot extends TimeRange {
  title: string;
}

/** The instants of a range, or undefined when it is not one (a missing or invalid date, an end not after its start). */
function instants(range: TimeRange | null | undefined): [number, number] | undefined {
  const start = range?.start instanceof Date ? range.start.getTime() : NaN;
  const end = range?.end instanceof Date ? range.end.getTime() : NaN;
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? [start, end] : undefined;
}

/** Whether `range` is a usable slot: two valid dates, the end after the start. */
export function isTimeRange(range: unknown): range is TimeRange {
  return instants(range as TimeRange) !== undefined;
}

/**
 * Whether `a` and `b` clash: `a.start < b.end && a.end > b.start`. Back-to-back is no clash; containment
 * (either way) is. A slot that is not one (invalid dates, an end not after its start) clashes with nothing.
 */
export function slotsOverlap(a: TimeRange, b: TimeRange): boolean {
  const x = instants(a);
  const y = instants(b);
  return !!x && !!y && x[0] < y[1] && x[1] > y[0];
}

/** Whether `a` and `b` are back to back: one ends exactly when the other starts (so they do not overlap). */
export function slotsTouch(a: TimeRange, b: TimeRange): boolean {
  const x = instants(a);
  const y = instants(b);
  return !!x && !!y && (x[0] === y[1] || x[1] === y[0]);
}
