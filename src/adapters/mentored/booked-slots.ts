/**
 * The viewer's booked sessions around a time range, for the session detail's conflict warning
 * (`RequestsAdapter.listBookedSlots`), over MentorEd's `requestSessions/userAvailability`
 * (ELEVATE-Project/mentoring master aa52d89e, paths under src/):
 *
 * - controllers/v1/requestSessions.js `userAvailability` passes the query's `start_date`, `end_date`
 *   (epoch seconds), `status`, `pageNo` and `pageSize` to services/requestSessions.js `userAvailability`,
 *   which merges the sessions the viewer hosts (services/mentors.js `createdSessions`) and those they are
 *   enrolled in (services/mentees.js `getMySessions` → database/queries/sessions.js `getEnrolledSessions`),
 *   grouped by day in `createMentorAvailabilityResponse`: `[{ date, bookedSlots: [{ startTime, endTime,
 *   title }] }]`, the times being the BIGINT columns, which reach JSON as strings of epoch seconds.
 * - validators/v1/requestSessions.js `userAvailability`: `status` is a comma list of PUBLISHED, COMPLETED,
 *   LIVE (case-sensitive). We send `PUBLISHED,LIVE`: the sessions still to come or running; with both,
 *   `createdSessions` also drops the ones that have ended (`end_date >= now`).
 * - `pageNo` and `pageSize` go straight into both queries' OFFSET / LIMIT (no pagination middleware on this
 *   route: without them the SQL gets no number), so we send page 1 of 100. A window of two days and a slot
 *   holds far fewer sessions of one person than that (sessions last at least 30 minutes).
 *
 * The window. Hosted sessions come back only when they lie wholly inside it (`start_date >= start` and
 * `end_date <= end`), enrolled ones when they start inside it. A session that overlaps the slot may start
 * before the slot or end after it, so we ask for a wider window: the slot widened by 24 hours on each side.
 * MentorEd refuses a session longer than 1,440 minutes (services/sessions.js `create`,
 * EXCEEDED_MAXIMUM_SESSION_TIME; services/requestSessions.js `create` for requests), so any session that
 * overlaps or touches the slot starts at most 24 h before the slot's start and ends at most 24 h after its
 * end: inside that window, in both queries. What the wider window also brings is dropped here: the answer
 * holds the sessions that overlap or touch the range (`start <= range.end && end >= range.start`), so the
 * caller can tell a clash from a back-to-back session (which MentorEd's own accept counts as a clash).
 *
 * One GET per call; errors map as every read (http.ts / errors.ts).
 */
import { RequestsError } from '../../model/errors.js';
import { isTimeRange, type BookedSlot, type TimeRange } from '../../model/overlap.js';
import type { CallOptions } from '../../model/request.js';
import type { MentorEdCore } from './core.js';
import { isRecord, wrongShape } from './http.js';

/** How far the window reaches beyond the slot: MentorEd's longest session, 1,440 minutes, in seconds. */
export const AVAILABILITY_MARGIN_S = 1440 * 60;
/** The page size sent (both upstream queries take it as their LIMIT). */
export const AVAILABILITY_PAGE_SIZE = 100;

/** An epoch-seconds value as upstream sends it (a string of digits; a number from a newer build). */
function seconds(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export class BookedSlots {
  constructor(private readonly core: MentorEdCore) {}

  /** The viewer's sessions that overlap or touch `range` (see the module comment for the window). */
  async list(range: TimeRange, o?: CallOptions): Promise<BookedSlot[]> {
    if (!isTimeRange(range))
      throw new RequestsError('validation', 'The time range is not valid.', {
        fieldErrors: { range: 'A start and a later end are required.' },
      });
    const from = range.start.getTime();
    const to = range.end.getTime();
    const env = await this.core.http.send({
      method: 'GET',
      path: 'requestSessions/userAvailability',
      query: {
        start_date: Math.floor(from / 1000) - AVAILABILITY_MARGIN_S,
        end_date: Math.ceil(to / 1000) + AVAILABILITY_MARGIN_S,
        status: 'PUBLISHED,LIVE',
        pageNo: 1,
        pageSize: AVAILABILITY_PAGE_SIZE,
      },
      mode: 'read',
      signal: o?.signal,
    });
    if (!Array.isArray(env.result)) throw wrongShape('userAvailability result');
    const warn = this.core.context().warn;
    const out: BookedSlot[] = [];
    const seen = new Set<string>();
    for (const day of env.result) {
      const slots: unknown[] = isRecord(day) && Array.isArray(day.bookedSlots) ? day.bookedSlots : [];
      for (const slot of slots) {
        const start = isRecord(slot) ? seconds(slot.startTime) : undefined;
        const end = isRecord(slot) ? seconds(slot.endTime) : undefined;
        if (start === undefined || end === undefined || end <= start) {
          warn(`booked:${JSON.stringify(slot)}`, 'MentorEd: a booked slot without valid times was skipped.');
          continue;
        }
        if (start * 1000 > to || end * 1000 < from) continue; // brought by the wider window only
        const title = isRecord(slot) && typeof slot.title === 'string' ? slot.title : '';
        const key = `${start}|${end}|${title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ start: new Date(start * 1000), end: new Date(end * 1000), title });
      }
    }
    return out.sort((a, b) => a.start.getTime() - b.start.getTime());
  }
}
