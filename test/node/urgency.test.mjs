// What an urgency label counts (src/elements/shared/urgency.ts `urgencyOf`), as a table, in plain Node from
// dist/: the unit for each distance, the slot's start until it starts and its end after, whole minutes then
// hours rounded down, "tomorrow" by calendar day in the viewer's time zone (other zones, a DST change day).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { urgencyOf } from '../../dist/elements/shared/urgency.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Thursday 2026-12-03, 09:00 UTC. */
const NOW = Date.UTC(2026, 11, 3, 9);

const slot = (start, length = HOUR) => ({ start: new Date(start), end: new Date(start + length) });
const said = (u) => (u ? `${u.phase} ${u.value} ${u.unit}${u.soon ? ' soon' : ''}` : 'nothing');

describe('urgencyOf', () => {
  const rows = [
    // [what, slot, now, time zone, expected]
    ['20 minutes ahead', slot(NOW + 20 * MINUTE), NOW, 'UTC', 'starts 20 minute soon'],
    [
      '19 min 59.98 s ahead (just after a minute tick)',
      slot(NOW + 20 * MINUTE - 20),
      NOW,
      'UTC',
      'starts 20 minute soon',
    ],
    ['10 seconds ahead', slot(NOW + 10_000), NOW, 'UTC', 'starts 1 minute soon'],
    ['59 min 40 s ahead: an hour', slot(NOW + 59 * MINUTE + 40_000), NOW, 'UTC', 'starts 1 hour soon'],
    [
      '2 h 59 min ahead: 2 hours, never more',
      slot(NOW + 3 * HOUR - MINUTE),
      NOW,
      'UTC',
      'starts 2 hour soon',
    ],
    ['14 hours ahead the same day', slot(NOW + 14 * HOUR), NOW, 'UTC', 'starts 14 hour soon'],
    [
      '11 hours ahead, the next day (08:00 on Friday)',
      slot(NOW + 23 * HOUR),
      NOW + 12 * HOUR,
      'UTC',
      'starts 11 hour soon',
    ],
    ['20 hours ahead, the next day: tomorrow', slot(NOW + 20 * HOUR), NOW, 'UTC', 'starts 1 day soon'],
    ['30 hours ahead: tomorrow, not soon', slot(NOW + 30 * HOUR), NOW, 'UTC', 'starts 1 day'],
    ['4 calendar days', slot(Date.UTC(2026, 11, 7, 6)), NOW, 'UTC', 'starts 4 day'],
    ['13 days', slot(NOW + 13 * DAY), NOW, 'UTC', 'starts 13 day'],
    ['20 days: weeks', slot(NOW + 20 * DAY), NOW, 'UTC', 'starts 2 week'],
    ['70 days: months', slot(NOW + 70 * DAY), NOW, 'UTC', 'starts 2 month'],
    ['400 days: a year', slot(NOW + 400 * DAY), NOW, 'UTC', 'starts 1 year'],
    ['started 10 minutes ago, ends in 50', slot(NOW - 10 * MINUTE), NOW, 'UTC', 'ends 50 minute soon'],
    ['ended', slot(NOW - 2 * HOUR), NOW, 'UTC', 'nothing'],
    ['ends right now', slot(NOW - HOUR), NOW, 'UTC', 'nothing'],
    ['invalid dates', { start: new Date(NaN), end: new Date(NaN) }, NOW, 'UTC', 'nothing'],
    // Calendar days are the viewer's: 22:00 UTC Thursday, 13 hours ahead, is 03:30 Friday in Kolkata and
    // 17:00 Thursday in New York.
    [
      'Kolkata: the next day, 13 h ahead: tomorrow',
      slot(NOW + 13 * HOUR),
      NOW,
      'Asia/Kolkata',
      'starts 1 day soon',
    ],
    [
      'New York: the same day, 13 h ahead: hours',
      slot(NOW + 13 * HOUR),
      NOW,
      'America/New_York',
      'starts 13 hour soon',
    ],
    // New York's DST ended on 2026-11-01 (a 25-hour day): Saturday 22:00 to Monday 09:00 is two calendar days.
    [
      'New York across the DST change',
      slot(Date.UTC(2026, 10, 2, 14)),
      Date.UTC(2026, 10, 1, 2),
      'America/New_York',
      'starts 2 day',
    ],
    ['an unknown zone is the viewer’s (no throw)', slot(NOW + 5 * DAY), NOW, 'Mars/Olympus', 'starts 5 day'],
  ];
  for (const [what, s, now, zone, expected] of rows) {
    it(what, () => assert.equal(said(urgencyOf(s, now, zone)), expected));
  }
});
