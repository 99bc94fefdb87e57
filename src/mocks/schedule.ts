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
 * `createMentorAvailabilityResponse`): two sources merged, grouped by the UTC day of their start
 * (`moment.unix(...).format('YYYY-MM-DD')` on a server in UTC), days in order; `startTime` / `endTime`
 * are the stored bigint columns, which reach JSON as strings.
 * - Hosted (services/mentors.js `createdSessions`): `status` filters (none given: every status); with
 *   both PUBLISHED and LIVE asked, only sessions not yet ended; with a window, only sessions lying
 *   wholly inside it (`start_date >= start`, `end_date <= end`).
 * - Enrolled (database/queries/sessions.js `getEnrolledSessions`): PUBLISHED or LIVE whatever `status`
 *   says, not yet ended (`end_date > now`), and with a window, those whose *start* lies in it (BETWEEN).
 * `window` is undefined when the query lacks either end.
 */
export function bookedSlots(
  sessions: readonly StoredSession[],
  user: string,
  window: { start: number; end: number } | undefined,
  statuses: readonly string[],
  now: number,
): AvailabilityDay[] {
  const endedFilter = statuses.includes('PUBLISHED') && statuses.includes('LIVE');
  const hosted = (s: StoredSession) =>
    s.mentor_id === user &&
    (statuses.length === 0 || statuses.includes(s.status)) &&
    (!endedFilter || s.end_date >= now) &&
    (!window || (s.start_date >= window.start && s.end_date <= window.end));
  const enrolled = (s: StoredSession) =>
    s.mentee_ids.includes(user) &&
    (s.status === 'PUBLISHED' || s.status === 'LIVE') &&
    s.end_date > now &&
    (!window || (s.start_date >= window.start && s.start_date <= window.end));
  const days = new Map<string, AvailabilityDay['bookedSlots']>();
  for (const s of [...sessions.filter(hosted), ...sessions.filter(enrolled)]) {
    const date = new Date(s.start_date * 1000).toISOString().slice(0, 10);
    const slots = days.get(date) ?? [];
    slots.push({ startTime: String(s.start_date), endTime: String(s.end_date), title: s.title || '' });
    days.set(date, slots);
  }
  return [...days.keys()].sort().map((date) => ({ date, bookedSlots: days.get(date)! }));
}
