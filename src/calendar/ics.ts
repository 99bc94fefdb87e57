/**
 * The `.ics` file of an accepted session (RFC 5545), written here because it is small: one VCALENDAR
 * with one VEVENT, in UTC, published (METHOD:PUBLISH: a copy for the viewer's own calendar, not an
 * invitation). DOM-free; the session detail loads it lazily with its "Add to calendar" menu.
 */
import { describe, utc, type CalendarEntry } from './entry.js';

/** SEQUENCE counts seconds from here (see {@link buildIcs}); 2^31 - 1 of them last until 2092. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, CR
 * or LF) written `\n`, and the control characters TEXT may not hold (all but HTAB) dropped.
 */
const text = (value: string): string =>
  value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

/**
 * Folds a content line (RFC 5545 §3.1): at most 75 octets of UTF-8 per line, the continuation lines
 * starting with one space (which counts). It cuts between code points, measuring each one's UTF-8
 * length, so a multi-octet character (Devanagari, Arabic: 2 or 3 octets; an emoji: 4) is never split.
 */
function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const cp = char.codePointAt(0)!;
    const octets = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (size + octets > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += octets;
  }
  return out;
}

/**
 * The iCalendar text of `entry`, every line ending in CRLF. `now` is DTSTAMP (when the file is made).
 *
 * SEQUENCE is DTSTAMP in whole seconds since 2024-01-01 UTC. A session request carries no update time
 * (SessionRequest has none, and MentorEd's `sessions/update` answers with no row to read one from), so
 * the one value at hand that only grows is the clock: a file made after the link changed always has a
 * higher SEQUENCE than one made before, and a calendar that imports it again (same UID) takes it as the
 * newer version and updates the event rather than ignoring it. A file downloaded again with nothing
 * changed has a higher SEQUENCE too: harmless, its content is the same.
 */
export function buildIcs(entry: CalendarEntry, now: Date = new Date()): string {
  const { link } = entry;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mentoring-requests//Session requests//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(entry.uid)}`,
    `DTSTAMP:${utc(now)}`,
    `SEQUENCE:${Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 1000))}`,
    `DTSTART:${utc(entry.start)}`,
    `DTEND:${utc(entry.end)}`,
    `SUMMARY:${text(entry.title)}`,
    `DESCRIPTION:${text(describe(entry))}`,
    // A URI value is not TEXT: no escaping (a validated link holds no space, control character or quote).
    ...(link ? [`LOCATION:${text(link)}`, `URL:${link}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
