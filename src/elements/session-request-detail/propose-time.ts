/**
 * "Propose another time", the DOM-free part: wall-clock times of a time zone ("2037-12-05T16:00": what a
 * date field and a time field hold together) to instants and back, the UTC offset, and the sentence written
 * into a reject reason. Comes with the reject reasons' chunk (reject-reasons.ts).
 */
import { cached } from '../../i18n/intl.js';
import type { LocalizeController } from '../../i18n/localize.js';

/** At most this many times in one proposal. */
export const MAX_SLOTS = 3;
const DAY = 86_400_000;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `date` in `timeZone` (the runtime's zone when undefined). */
function wallParts(date: Date, timeZone: string | undefined): Record<string, number> {
  const format = cached(
    wallFormats,
    timeZone ?? '',
    50,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = Number(value);
  return parts;
}

/** Minutes to add to UTC to get the wall clock of `timeZone` at `date` (India: 330). */
export function offsetMinutes(date: Date, timeZone?: string): number {
  const p = wallParts(date, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `date` as a wall clock of `timeZone` reads it: "2037-12-05T16:00". */
export function toWallTime(date: Date, timeZone?: string): string {
  const p = wallParts(date, timeZone);
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour! % 24)}:${pad(p.minute!)}`;
}

/**
 * The instant a wall-clock time ("2037-12-05T16:00") names in `timeZone`, or undefined for anything else.
 * A time the clocks skip (the hour a DST change jumps over) moves forward by the jump, as clocks do.
 */
export function fromWallTime(wall: string, timeZone?: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(String(wall ?? ''));
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return undefined;
  // The offset at the guess, then at the corrected instant (they differ only around a DST change).
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const second = asUtc - offsetMinutes(new Date(first), timeZone) * 60_000;
  // A skipped time names no instant: the later reading is the one the clocks moved forward to.
  return new Date(toWallTime(new Date(second), timeZone) === wall ? second : Math.max(first, second));
}

/** The same wall-clock time one day later ("2037-12-05T16:00" → "2037-12-06T16:00"). */
export function nextDay(wall: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(wall);
  if (!match) return '';
  const date = new Date(`${match[1]}T00:00:00Z`);
  return `${new Date(date.getTime() + DAY).toISOString().slice(0, 10)}T${match[2]}`;
}

/** "+05:30", "-03:00", "+00:00": the offset of `timeZone` at `date`, digits in the element's locale. */
export function formatOffset(localize: LocalizeController, date: Date, timeZone?: string): string {
  const minutes = offsetMinutes(date, timeZone);
  const two = (value: number) => localize.number(value, { minimumIntegerDigits: 2, useGrouping: false });
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** One proposed time as the requester reads it: "Tue, Dec 9, 5:00 PM (UTC+05:30)". */
export function slotText(localize: LocalizeController, date: Date, timeZone?: string): string {
  const when = localize.date(date, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
  // Intl puts a narrow no-break space before "PM": plain spaces read the same in any mail or database.
  return localize.term(
    'proposeSlot',
    when.replace(/[\u00a0\u202f]/g, ' '),
    formatOffset(localize, date, timeZone),
  );
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "Could we meet instead on A, B or C?" in the element's language ('' without times). */
export function proposalSentence(localize: LocalizeController, times: Date[], timeZone?: string): string {
  if (times.length === 0) return '';
  const lang = localize.lang();
  const list = cached(listFormats, lang, 20, () => new Intl.ListFormat(lang, { type: 'disjunction' }));
  return localize.term('proposeSentence', list.format(times.map((t) => slotText(localize, t, timeZone))));
}

/** `text` with `part` after it (one space between), or `part` alone. */
const join = (text: string, part: string) => (text.trim() ? `${text.trimEnd()} ${part}` : part);

/**
 * The reason with `sentence` in it: in place of `previous` (the sentence written there before) when the
 * text still holds it unchanged, else after the text. Without a sentence, `previous` is taken out.
 */
export function withSentence(text: string, previous: string | undefined, sentence: string): string {
  const at = previous ? text.lastIndexOf(previous) : -1;
  if (at >= 0) {
    const before = text.slice(0, at);
    const after = text.slice(at + previous!.length);
    return sentence ? `${before}${sentence}${after}` : `${before.trimEnd()}${after}`.trim();
  }
  return sentence ? join(text, sentence) : text;
}

/**
 * The reason with the picked reason `next` at its start, in place of `previous` when the text still
 * starts with it; without `next`, `previous` is taken out.
 */
export function withPicked(text: string, previous: string | undefined, next: string | undefined): string {
  const rest = previous && text.startsWith(previous) ? text.slice(previous.length).trimStart() : text;
  return next ? (rest.trim() ? `${next} ${rest}` : next) : rest;
}
