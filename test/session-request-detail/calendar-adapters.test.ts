/**
 * "Add to calendar" with both adapters, as a user goes: accept a request, download its .ics, add the
 * meeting link, download again, change the link, download again. MemoryAdapter, and MentorEdAdapter
 * against the MSW emulation (the link is saved by `sessions/update` and read back by `sessions/details`,
 * services/sessions.js `update` / `details`). Each file is parsed with ical.js: the UID stays, SEQUENCE
 * grows, the link follows. The menu itself calls no adapter and sends no request.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { parseIcs, type ParsedIcs } from '../calendar/support.js';
import { $, TZ, button, loaded } from '../detail-helpers.js';
import { MENTORED_BASE_URL, useMentorEdWorker } from '../support/mentored-emulation.js';
import { catchDownloads, openCalendar } from './calendar-support.js';
import { memory } from './support.js';

const MEET = 'https://meet.google.com/abc-defg-hij';
const ZOOM = 'https://zoom.us/j/12345678901';

async function type(el: Element, name: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, `[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input'));
  await (el as SessionRequestDetail).updateComplete;
}

/** Opens the link form with `label` (Add link / Edit link), saves `url`, waits for the saved link. */
async function saveLink(el: SessionRequestDetail, label: string, url: string, zoom = false): Promise<void> {
  button(el, label)!.click();
  await waitUntil(() => $(el, 'form'));
  if (zoom) {
    await type(el, 'platform', 'zoom');
    await type(el, 'url', url);
    await type(el, 'meetingId', '12345678901');
    await type(el, 'passcode', 'pw123');
  } else await type(el, 'url', url);
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitUntil(() => $<HTMLAnchorElement>(el, 'a[part="link"]')?.href === url, 'the link was not saved', {
    timeout: 4000,
  });
}

/** Downloads the .ics through the menu and parses it. */
async function download(el: SessionRequestDetail): Promise<ParsedIcs> {
  const [ics] = await openCalendar(el);
  const caught = catchDownloads();
  try {
    ics.click();
    expect(caught.downloads).to.have.length(1);
    return parseIcs(await caught.downloads[0]!.bytes);
  } finally {
    caught.restore();
  }
}

/**
 * The user's path on the detail of pending request `id`; `sent()` counts what reached the backend. SEQUENCE
 * counts seconds (src/calendar/ics.ts), so a second passes before each new file, as it would for a person.
 */
async function acceptLinkAndDownload(
  adapter: RequestsAdapter,
  id: string,
  sent: () => number,
): Promise<void> {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id=${id}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
  await loaded(el);
  button(el, 'Accept')!.click();
  await waitUntil(() => button(el, 'Add link'), 'not accepted', { timeout: 4000 });

  const before = sent();
  const first = await download(el);
  const [, google] = await openCalendar(el);
  expect(sent(), 'the menu calls no adapter').to.equal(before);
  expect(first.value('location')).to.equal(null);
  expect(new URL(google.href).searchParams.has('location')).to.equal(false);
  const request = el.request!;
  expect(first.event.summary).to.equal(request.title);
  expect(first.event.startDate.toJSDate().getTime()).to.equal(request.start.getTime());
  expect(first.event.description).to.contain(`Session with ${request.person.name}`);

  await saveLink(el, 'Add link', MEET);
  await aTimeout(1100);
  const second = await download(el);
  expect(second.event.uid).to.equal(first.event.uid);
  expect(second.event.sequence).to.be.greaterThan(first.event.sequence);
  expect([second.event.location, second.value('url')]).to.deep.equal([MEET, MEET]);
  const [, google2, outlook2] = await openCalendar(el);
  expect(new URL(google2.href).searchParams.get('location')).to.equal(MEET);
  expect(new URL(outlook2.href).searchParams.get('body')).to.contain(MEET);

  await saveLink(el, 'Edit link', ZOOM, true);
  await aTimeout(1100);
  const third = await download(el);
  expect(third.event.uid).to.equal(first.event.uid);
  expect(third.event.sequence).to.be.greaterThan(second.event.sequence);
  expect(third.event.location).to.equal(ZOOM);
  expect(third.event.description).to.contain(ZOOM).and.not.contain(MEET);
}

describe('<session-request-detail>: Add to calendar with both adapters', () => {
  const { serve } = useMentorEdWorker();

  it('MemoryAdapter: accept, add the link, change it: one UID, a growing SEQUENCE, the current link', async () => {
    const adapter = memory();
    await acceptLinkAndDownload(adapter, 's1', () => adapter.calls.length);
  });

  it('MentorEdAdapter + emulation: the same, with the link the server saved', async () => {
    const db = serve({ seed: 5, sessionRequests: 1, messageRequests: 0, history: 0 });
    const row = db.receiveSessionRequest({ title: 'Lesson planning', agenda: 'Rubrics; grading, and notes' });
    const adapter = new MentorEdAdapter({
      baseUrl: MENTORED_BASE_URL,
      token: 't',
      timeZone: TZ,
      language: 'en',
    });
    await acceptLinkAndDownload(adapter, row.id, () => db.calls.length);
    const session = db.sessions.find((s) => s.id === db.sessionRequest(row.id)!.session_id)!;
    expect(session.meeting_info.link).to.equal(ZOOM);
  });
});
