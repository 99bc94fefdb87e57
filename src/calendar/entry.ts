/**
 * What an accepted session request puts into a calendar: one entry that the `.ics` file (ics.ts) and the
 * Google Calendar and Outlook links (links.ts) are built from, so the three never disagree. DOM-free.
 */
import { isSafeMeetingUrl } from '../adapters/meeting-link.js';
import type { SessionRequest } from '../model/request.js';

/** The words of an entry in the viewer's language (the element localizes them). */
export interface CalendarWords {
  /** "Session with Asha Rao": the description's line about the other person, and the title of an untitled request. */
  withPerson: string;
  /** "Meeting link: https://…", given the link. */
  link: (url: string) => string;
}

export interface CalendarEntry {
  /** Stable per request: see {@link calendarEntry}. */
  uid: string;
  title: string;
  /** The agenda as the server sent it (trimmed). */
  agenda: string;
  /** The description's other lines: the person, then the meeting link when there is one. */
  about: string[];
  /** The meeting link, only one that passes the link rules (https, a known platform). */
  link?: string;
  start: Date;
  end: Date;
}

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * The entry of `request`, or undefined when its slot cannot be one (missing or invalid dates, or an end
 * not after its start: RFC 5545 §3.6.1 wants DTEND later than DTSTART). Never throws.
 *
 * The UID is `session-request-<id>@mentoring-requests`: the request id, because it is what every
 * request has, from the first list read to any later re-read, and it never changes (MentorEd's session id
 * only exists after the accept and is not in a list row); the right-hand side names this library as RFC
 * 5545 §3.8.4.7 suggests, so an entry of ours never takes the place of another program's event. The same
 * request gives the same UID on every download, so a calendar that imports the file again updates its
 * event instead of adding a second one.
 *
 * Only a link that passes the link rules (`isSafeMeetingUrl`: https, Google Meet, Zoom or WhatsApp)
 * goes in, normalized; a stored http link, or anything else, is left out entirely.
 */
export function calendarEntry(request: SessionRequest, words: CalendarWords): CalendarEntry | undefined {
  const { start, end } = request;
  if (!validDate(start) || !validDate(end) || end <= start) return undefined;
  const url = request.meetingLink?.url;
  const link = isSafeMeetingUrl(url) ? new URL(url.trim()).href : undefined;
  const title = typeof request.title === 'string' ? request.title.trim() : '';
  return {
    uid: `session-request-${request.id}@mentoring-requests`,
    title: title || words.withPerson,
    agenda: typeof request.agenda === 'string' ? request.agenda.trim() : '',
    about: link ? [words.withPerson, words.link(link)] : [words.withPerson],
    link,
    start,
    end,
  };
}

/**
 * The description: the agenda (cut to `max` code points with "…", for the links), a blank line, the
 * person and the link.
 */
export function describe(entry: CalendarEntry, max = Infinity): string {
  const chars = Array.from(entry.agenda);
  const agenda = chars.length > max ? `${chars.slice(0, max).join('')}…` : entry.agenda;
  return [agenda, entry.about.join('\n')].filter(Boolean).join('\n\n');
}

/** 2037-12-04T10:30:00.000Z → `20371204T103000Z`: the UTC form of RFC 5545 DATE-TIME and of Google's `dates`. */
export const utc = (date: Date): string => date.toISOString().replace(/[-:]|\.\d+/g, '');
