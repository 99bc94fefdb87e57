/**
 * Shared checks of the calendar tests (not a test file itself): an `.ics` file read with a real iCalendar
 * parser (ical.js), and what such a lenient parser does not check (RFC 5545 §3.1: CRLF line ends, lines of
 * at most 75 octets, folds that never split a UTF-8 character).
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarEntry, type CalendarWords } from '../../src/calendar/entry.js';
import type { SessionRequest } from '../../src/model/request.js';

export const WORDS: CalendarWords = {
  withPerson: 'Session with Asha Rao',
  link: (url) => `Meeting link: ${url}`,
};

/** The entry of `request` in English ("Session with Asha Rao"); it must have one. */
export function entryOf(request: SessionRequest, words = WORDS) {
  const entry = calendarEntry(request, words);
  expect(entry, 'no calendar entry').to.not.equal(undefined);
  return entry!;
}

export interface ParsedIcs {
  calendar: ICAL.Component;
  event: ICAL.Event;
  vevent: ICAL.Component;
  /** A property's value as the parser reads it (unescaped, unfolded), or null. */
  value: (name: string) => unknown;
}

/**
 * Asserts the octets of a file are strict RFC 5545 lines, then parses it with ical.js: one VCALENDAR
 * (VERSION 2.0, our PRODID, METHOD:PUBLISH) with exactly one VEVENT.
 */
export function parseIcs(file: string | Uint8Array): ParsedIcs {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  expectStrictLines(bytes);
  const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(bytes)));
  expect(calendar.name).to.equal('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//mentoring-requests//Session requests//EN');
  expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  const vevent = events[0]!;
  return {
    calendar,
    vevent,
    event: new ICAL.Event(vevent),
    value: (name) => vevent.getFirstPropertyValue(name),
  };
}

/**
 * Every line ends in CRLF (no bare CR or LF anywhere, the file ends with one), no line is longer than 75
 * octets, and every line is whole UTF-8 on its own: a fold that cut a character in two would leave bytes a
 * fatal decoder refuses.
 */
export function expectStrictLines(bytes: Uint8Array): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const crlf = bytes[i] === 0x0d && bytes[i + 1] === 0x0a;
    if (!crlf && (bytes[i] === 0x0d || bytes[i] === 0x0a))
      throw new Error(`a bare ${bytes[i] === 0x0d ? 'CR' : 'LF'} at octet ${i}`);
    if (crlf) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
      i++;
    }
  }
  expect(from, 'the file must end with CRLF').to.equal(bytes.length);
  for (const [n, line] of lines.entries()) {
    expect(line.length, `line ${n + 1} is ${line.length} octets`).to.be.at.most(75);
    expect(() => decoder.decode(line), `line ${n + 1} splits a UTF-8 character`).not.to.throw();
  }
}

/** The file's physical lines (folds kept), for assertions on the raw text. */
export const rawLines = (file: string): string[] => file.split('\r\n').slice(0, -1);
