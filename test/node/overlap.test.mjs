// The schedule-conflict rule (src/model/overlap.ts), as a table, in plain Node against the built module
// (`npx tsc -p tsconfig.build.json` first). Slots clash when each starts before the other ends: back to back
// is no clash, containment either way is; times are instants, so zones and daylight-saving changes only
// change how a slot is written, never whether two slots clash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTimeRange, slotsOverlap, slotsTouch } from '../../dist/model/overlap.js';

const slot = (start, end) => ({ start: new Date(start), end: new Date(end) });

// [case, a, b, overlap, touch]
const TABLE = [
  [
    'overlap at the end',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T10:30Z', '2037-12-04T11:30Z'),
    true,
    false,
  ],
  [
    'overlap at the start',
    slot('2037-12-04T10:30Z', '2037-12-04T11:30Z'),
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    true,
    false,
  ],
  [
    'the same slot',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    true,
    false,
  ],
  [
    'back to back, after',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T11:00Z', '2037-12-04T12:00Z'),
    false,
    true,
  ],
  [
    'back to back, before',
    slot('2037-12-04T11:00Z', '2037-12-04T12:00Z'),
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    false,
    true,
  ],
  [
    'a minute apart',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T11:01Z', '2037-12-04T12:00Z'),
    false,
    false,
  ],
  [
    'one minute of overlap',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T10:59Z', '2037-12-04T12:00Z'),
    true,
    false,
  ],
  [
    'a contains b',
    slot('2037-12-04T09:00Z', '2037-12-04T13:00Z'),
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    true,
    false,
  ],
  [
    'a lies in b',
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    slot('2037-12-04T09:00Z', '2037-12-04T13:00Z'),
    true,
    false,
  ],
  [
    'containment sharing the start',
    slot('2037-12-04T10:00Z', '2037-12-04T12:00Z'),
    slot('2037-12-04T10:00Z', '2037-12-04T11:00Z'),
    true,
    false,
  ],
  [
    'containment sharing the end',
    slot('2037-12-04T10:00Z', '2037-12-04T12:00Z'),
    slot('2037-12-04T11:00Z', '2037-12-04T12:00Z'),
    true,
    false,
  ],
  // Other zones: 4:30-5:30 PM in Kolkata (UTC+5:30) is 6:00-7:00 AM in New York (UTC-5).
  [
    'other zones, overlapping',
    slot('2037-12-04T16:30+05:30', '2037-12-04T17:30+05:30'),
    slot('2037-12-04T06:30-05:00', '2037-12-04T07:30-05:00'),
    true,
    false,
  ],
  [
    'other zones, back to back',
    slot('2037-12-04T16:30+05:30', '2037-12-04T17:30+05:30'),
    slot('2037-12-04T05:00-05:00', '2037-12-04T06:00-05:00'),
    false,
    true,
  ],
  [
    'same wall-clock time, other zones: apart',
    slot('2037-12-04T10:00+05:30', '2037-12-04T11:00+05:30'),
    slot('2037-12-04T10:00+01:00', '2037-12-04T11:00+01:00'),
    false,
    false,
  ],
  // A DST change day in New York: on Sunday, March 8, 2037 clocks go from 2:00 to 3:00 AM (EST -05:00 to
  // EDT -04:00). 1:30-3:30 AM by the clock is one hour of real time, ending at 07:30 UTC.
  [
    'DST day: across the jump, overlapping the next hour',
    slot('2037-03-08T01:30-05:00', '2037-03-08T03:30-04:00'),
    slot('2037-03-08T03:00-04:00', '2037-03-08T04:00-04:00'),
    true,
    false,
  ],
  [
    'DST day: an hour from 1:00 AM EST ends as 3:00 AM EDT starts (back to back)',
    slot('2037-03-08T01:00-05:00', '2037-03-08T07:00Z'),
    slot('2037-03-08T03:00-04:00', '2037-03-08T04:00-04:00'),
    false,
    true,
  ],
  // The autumn change: November 1, 2037, 1:00-2:00 AM happens twice in New York.
  [
    'DST day: the repeated 1:15-1:45 AM, EDT then EST, an hour apart',
    slot('2037-11-01T01:15-04:00', '2037-11-01T01:45-04:00'),
    slot('2037-11-01T01:15-05:00', '2037-11-01T01:45-05:00'),
    false,
    false,
  ],
  [
    'DST day: 1:30 AM EDT to 1:30 AM EST (one real hour) overlaps 1:15-1:45 AM EST',
    slot('2037-11-01T01:30-04:00', '2037-11-01T01:30-05:00'),
    slot('2037-11-01T01:15-05:00', '2037-11-01T01:45-05:00'),
    true,
    false,
  ],
  [
    'not a slot: an end before the start',
    slot('2037-12-04T11:00Z', '2037-12-04T10:00Z'),
    slot('2037-12-04T09:00Z', '2037-12-04T13:00Z'),
    false,
    false,
  ],
  [
    'not a slot: an invalid date',
    slot('soon', '2037-12-04T10:00Z'),
    slot('2037-12-04T09:00Z', '2037-12-04T13:00Z'),
    false,
    false,
  ],
];

for (const [name, a, b, overlap, touch] of TABLE) {
  test(name, () => {
    assert.equal(slotsOverlap(a, b), overlap, 'overlap');
    assert.equal(slotsOverlap(b, a), overlap, 'overlap, the other way round');
    assert.equal(slotsTouch(a, b), touch, 'back to back');
    assert.equal(slotsTouch(b, a), touch, 'back to back, the other way round');
  });
}

test('isTimeRange: two valid dates, the end after the start', () => {
  assert.equal(isTimeRange(slot('2037-12-04T10:00Z', '2037-12-04T11:00Z')), true);
  assert.equal(isTimeRange(slot('2037-12-04T10:00Z', '2037-12-04T10:00Z')), false);
  assert.equal(isTimeRange({ start: '2037-12-04T10:00Z', end: new Date() }), false);
  assert.equal(isTimeRange(null), false);
});
