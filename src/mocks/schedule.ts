/**
 * The two schedule rules of the MentorEd emulation, as upstream computes them (ELEVATE-Project/mentoring
 * master, aa52d89e): the slot-clash check an accept runs, and `requestSessions/userAvailability`.
 * Times are epoch seconds.
 */
import type { StoredSession } from './types.js';

/**
 * Whether a new hosted session [start, end] is refused, as services/sessions.js `isTimeSlotAvailable`
 * with database/queries/sessions.js `getSessionByUserIdAndTime` decide it:
 * - only sessions the user hosts (`mentor_id`), not COMPLETED ones, are looked at (enrolled ones not);
 * - two separate queries: sessions holding the new start (`start_date <= start && end_date >= start`) and
 *   sessions holding the new end; the bounds are inclusive, so back-to-back sessions clash;
 * - a new session that contains an old one touches neither query: upstream misses it;
 * - refused when either query finds at least `limit` sessions (SESSION_CREATION_MENTOR_LIMIT: code
 *   default 1, .env.sample 5).
 */
export function clashesWithHosted(
  sessions: readonly StoredSession[],
  user: string,
  start: number,
  end: number,
  limit: number,
): boolean {
  const hosted = sessions.filter((s) => s.mentor_id === user && s.status !== 'COMPLETED');
  const holding = (t: number) => hosted.filter((s) => s.start_date <= t && s.end_date >= t).length;
  return holding(start) >= limit || holding(end) >= limit;
}

/** One day of `requestSessions/userAvailability`: times are strings of epoch seconds. */
export interface AvailabilityDay {
  date: string;
  bookedSlots: { startTime: string; endTime: string; title: string }[];
}

/**
 * `requestSessions/userAvailability` (services/requestSessions.js `userAvailability` and
 * `createMentorAvailabilityResponse`): the user's hosted sessions (mentor service `createdSessions`)
 * and enrolled ones (mentee service `getMySessions`) merged, only those lying wholly inside
 * [start, end], grouped by the UTC day of their start (`moment.unix(...).format('YYYY-MM-DD')` on a
 * server in UTC), days in order. `startTime` / `endTime` are the stored bigint columns, which reach
 * JSON as strings.
 */
export function bookedSlots(
  sessions: readonly StoredSession[],
  user: string,
  start: number,
  end: number,
  statuses: readonly string[],
): AvailabilityDay[] {
  const days = new Map<string, AvailabilityDay['bookedSlots']>();
  for (const s of sessions) {
    const mine = s.mentor_id === user || s.mentee_ids.includes(user);
    if (!mine || !statuses.includes(s.status) || s.start_date < start || s.end_date > end) continue;
    const date = new Date(s.start_date * 1000).toISOString().slice(0, 10);
    const slots = days.get(date) ?? [];
    slots.push({ startTime: String(s.start_date), endTime: String(s.end_date), title: s.title || '' });
    days.set(date, slots);
  }
  return [...days.keys()].sort().map((date) => ({ date, bookedSlots: days.get(date)! }));
}
