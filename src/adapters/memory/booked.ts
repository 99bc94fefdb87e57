/**
 * MemoryAdapter's booked sessions (`listBookedSlots`): what a server would count as the viewer's sessions.
 * Every stored request has the viewer as a party (the mentor of a received one, the mentee of a sent one),
 * so each accepted session request is a booked session, as MentorEd's accept creates one (its title the
 * request's); plus the sessions given in the `bookedSessions` option (booked outside the requests, e.g. a
 * session the mentor published).
 */
import { RequestsError } from '../../model/errors.js';
import { isTimeRange, type BookedSlot, type TimeRange } from '../../model/overlap.js';
import type { SessionRequest } from '../../model/request.js';
import { KIND_TEXT } from './support.js';

/**
 * The booked sessions that overlap or touch `range` (`start <= range.end && end >= range.start`), as
 * copies, in order of start. A range that is not one (invalid dates, an end not after its start) is a
 * `validation` error, as the MentorEd adapter answers it.
 */
export function bookedIn(
  range: TimeRange,
  sessions: readonly SessionRequest[],
  extra: readonly BookedSlot[],
): BookedSlot[] {
  if (!isTimeRange(range))
    throw new RequestsError('validation', KIND_TEXT.validation, {
      fieldErrors: { range: 'A start and a later end are required.' },
    });
  const from = range.start.getTime();
  const to = range.end.getTime();
  const accepted = sessions
    .filter((s) => s.status === 'accepted')
    .map(({ start, end, title }) => ({ start, end, title }));
  return [...accepted, ...extra]
    .filter((s) => isTimeRange(s) && s.start.getTime() <= to && s.end.getTime() >= from)
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end), title: s.title ?? '' }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
