/** The Google Calendar and Outlook on the web links of an accepted session (src/calendar/links.ts). */
import { expect } from '@open-wc/testing';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/calendar/links.js';
import { session } from '../detail-helpers.js';
import { entryOf } from './support.js';

const MEET = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' } as const;
const accepted = (overrides = {}) => session('s1', { status: 'accepted', sessionId: 'x', ...overrides });
const DESCRIPTION =
  'Planning lessons for mixed-ability groups.\n\nSession with Asha Rao\nMeeting link: https://meet.google.com/abc-defg-hij';

describe('calendar: the Google Calendar and Outlook links', () => {
  it('Google Calendar: the event template on its fixed origin, every value encoded', () => {
    const url = new URL(googleCalendarUrl(entryOf(accepted({ meetingLink: MEET, title: 'A & B = C?#' }))));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'A & B = C?#',
      dates: '20371204T103000Z/20371204T113000Z',
      details: DESCRIPTION,
      location: MEET.url,
    });
    expect(url.hash).to.equal('');
  });

  it('Outlook on the web: the compose form of outlook.live.com (or .office.com), spaces as %20', () => {
    const entry = entryOf(accepted({ meetingLink: MEET }));
    const href = outlookCalendarUrl(entry);
    const url = new URL(href);
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      rru: 'addevent',
      subject: 'Lesson planning with low resources',
      startdt: '2037-12-04T10:30:00Z',
      enddt: '2037-12-04T11:30:00Z',
      body: DESCRIPTION,
      location: MEET.url,
    });
    expect(href).not.to.contain('+');
    expect(href).to.contain('subject=Lesson%20planning%20with%20low%20resources');
    const office = new URL(outlookCalendarUrl(entry, 'office'));
    expect(office.origin).to.equal('https://outlook.office.com');
    expect(office.search).to.equal(url.search);
  });

  it('Hindi and Arabic decode back exactly; a long agenda is cut with "…" (the file keeps it whole)', () => {
    const agenda = 'मिश्रित क्षमता वाले समूह، تخطيط الدروس '.repeat(60);
    const entry = entryOf(accepted({ title: 'पाठ योजना / تخطيط', agenda }));
    for (const href of [googleCalendarUrl(entry), outlookCalendarUrl(entry)]) {
      const params = new URL(href).searchParams;
      expect(params.get('text') ?? params.get('subject')).to.equal('पाठ योजना / تخطيط');
      const details = params.get('details') ?? params.get('body')!;
      const [cut] = details.split('\n\n');
      expect(Array.from(cut!)).to.have.length(601);
      expect(cut!.endsWith('…')).to.equal(true);
      expect(agenda.startsWith(cut!.slice(0, -1))).to.equal(true);
      expect(href.length).to.be.below(8000);
    }
  });

  it('no link or an unsafe one: no location, and the link is nowhere in the URL', () => {
    for (const request of [
      accepted(),
      accepted({ meetingLink: { platform: 'zoom', url: 'http://zoom.us/j/12345678901' } }),
    ]) {
      const entry = entryOf(request);
      for (const href of [googleCalendarUrl(entry), outlookCalendarUrl(entry)]) {
        const url = new URL(href);
        expect(url.searchParams.has('location')).to.equal(false);
        expect(decodeURIComponent(url.search)).not.to.contain('zoom.us');
      }
    }
  });
});
