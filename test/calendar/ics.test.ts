/**
 * The `.ics` file of an accepted session (src/calendar/ics.ts): every file parsed with ical.js, and held to
 * what a lenient parser lets pass (expectStrictLines: CRLF, 75 octets, whole UTF-8 characters per line).
 */
import { expect } from '@open-wc/testing';
import { buildIcs } from '../../src/calendar/ics.js';
import { calendarEntry } from '../../src/calendar/entry.js';
import type { MeetingLink } from '../../src/model/request.js';
import { START, session } from '../detail-helpers.js';
import { WORDS, entryOf, parseIcs, rawLines } from './support.js';

const MEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };
const accepted = (overrides = {}) => session('s1', { status: 'accepted', sessionId: 'x', ...overrides });
const NOW = new Date('2037-11-25T12:00:00Z');

/** Hindi, Arabic and emoji: 3, 2 and 4 octets a character, so folds fall inside characters if not careful. */
const HINDI = 'कम संसाधनों में पाठ योजना; मिश्रित क्षमता वाले समूह, और मूल्यांकन';
const ARABIC = 'تخطيط الدروس بموارد قليلة؛ مجموعات متعددة القدرات، والتقييم';

describe('calendar: the .ics file', () => {
  it('is one published VEVENT in UTC with a stable UID, the title, the description and the link', () => {
    const file = buildIcs(entryOf(accepted({ meetingLink: MEET })), NOW);
    const { event, value } = parseIcs(file);
    expect(event.uid).to.equal('session-request-s1@mentoring-requests');
    expect(event.summary).to.equal('Lesson planning with low resources');
    // DTSTART / DTEND in UTC (`…Z`): the instants of the request, whatever the viewer's zone.
    expect(event.startDate.zone?.tzid).to.equal('UTC');
    expect(event.startDate.toJSDate().getTime()).to.equal(START.getTime());
    expect(event.endDate.toJSDate().getTime()).to.equal(START.getTime() + 3_600_000);
    expect(rawLines(file)).to.include.members(['DTSTART:20371204T103000Z', 'DTEND:20371204T113000Z']);
    expect((value('dtstamp') as { toJSDate(): Date }).toJSDate().getTime()).to.equal(NOW.getTime());
    expect(event.description).to.equal(
      'Planning lessons for mixed-ability groups.\n\nSession with Asha Rao\nMeeting link: https://meet.google.com/abc-defg-hij',
    );
    expect(event.location).to.equal(MEET.url);
    expect(value('url')).to.equal(MEET.url);
  });

  it('keeps Hindi and Arabic text whole: folded at 75 octets between characters, read back exactly', () => {
    for (const [title, agenda, person] of [
      [HINDI, `${HINDI}\n${HINDI} 🙂`, 'सत्र: आशा राव'],
      [ARABIC, `${ARABIC}\n${ARABIC} 🙂`, 'جلسة مع عمر خان'],
    ] as const) {
      const entry = entryOf(accepted({ title, agenda, meetingLink: MEET }), { ...WORDS, withPerson: person });
      const file = buildIcs(entry, NOW);
      const { event } = parseIcs(file);
      expect(event.summary).to.equal(title);
      expect(event.description).to.equal(`${agenda}\n\n${person}\nMeeting link: ${MEET.url}`);
      // Folded for real: a continuation line (leading space) in the summary and in the description.
      expect(rawLines(file).filter((line) => line.startsWith(' ')).length).to.be.greaterThan(2);
    }
  });

  it('carries a 1,000-character agenda whole', () => {
    const agenda = Array.from(`${HINDI} ${ARABIC} Lesson plans, rubrics; and \\ notes. 🙂 `.repeat(20))
      .slice(0, 1000)
      .join('')
      .trim();
    const file = buildIcs(entryOf(accepted({ agenda })), NOW);
    const { event } = parseIcs(file);
    expect(event.description).to.equal(`${agenda}\n\nSession with Asha Rao`);
    expect(rawLines(file).length).to.be.greaterThan(30);
  });

  it('escapes TEXT: backslash, semicolon, comma and every kind of line break; drops control characters', () => {
    const title = 'Plans; rubrics, and C:\\notes';
    const agenda = 'One\r\ntwo\rthree\nfour\u0007\ttab';
    const file = buildIcs(entryOf(accepted({ title, agenda })), NOW);
    expect(rawLines(file)).to.include('SUMMARY:Plans\\; rubrics\\, and C:\\\\notes');
    const { event } = parseIcs(file);
    expect(event.summary).to.equal(title);
    expect(event.description).to.equal('One\ntwo\nthree\nfour\ttab\n\nSession with Asha Rao');
  });

  it('a changed link: the same UID, a higher SEQUENCE, the new link', () => {
    const before = parseIcs(buildIcs(entryOf(accepted({ meetingLink: MEET })), NOW));
    const zoom = {
      platform: 'zoom',
      url: 'https://zoom.us/j/12345678901',
      meetingId: '12345678901',
      passcode: 'pw',
    };
    const later = new Date(NOW.getTime() + 60_000);
    const after = parseIcs(buildIcs(entryOf(accepted({ meetingLink: zoom })), later));
    expect(after.event.uid).to.equal(before.event.uid);
    expect(after.event.sequence).to.be.greaterThan(before.event.sequence);
    expect(before.event.sequence).to.be.greaterThan(0);
    expect(after.event.location).to.equal(zoom.url);
    expect(after.event.description).to.contain(zoom.url).and.not.contain(MEET.url);
  });

  it('no link, a stored http link or a look-alike host: no LOCATION, no URL, nothing in DESCRIPTION', () => {
    const cases = [
      accepted(),
      accepted({ storedLink: { text: 'http://zoom.us/j/12345678901', platformLabel: 'Zoom' } }),
      accepted({ meetingLink: { platform: 'zoom', url: 'http://zoom.us/j/12345678901' } }),
      accepted({ meetingLink: { platform: 'google-meet', url: 'https://meet.google.com.evil.example/abc' } }),
    ];
    for (const request of cases) {
      const file = buildIcs(entryOf(request), NOW);
      const { event, value } = parseIcs(file);
      expect(value('location')).to.equal(null);
      expect(value('url')).to.equal(null);
      expect(event.description).to.equal(
        'Planning lessons for mixed-ability groups.\n\nSession with Asha Rao',
      );
      expect(file).not.to.match(/https?:/);
    }
  });

  it('an untitled request is titled with the person; a slot that cannot be an event gives no entry', () => {
    expect(parseIcs(buildIcs(entryOf(accepted({ title: '  ' })), NOW)).event.summary).to.equal(
      'Session with Asha Rao',
    );
    const invalid = [
      accepted({ end: START }),
      accepted({ end: new Date(START.getTime() - 1) }),
      accepted({ start: new Date(NaN) }),
      accepted({ end: 'tomorrow' as unknown as Date }),
    ];
    for (const request of invalid) expect(calendarEntry(request, WORDS)).to.equal(undefined);
  });
});
