/**
 * <session-request-detail>: the schedule-conflict warning with the MentorEdAdapter, over the MSW emulation
 * of `requestSessions/userAvailability` (ELEVATE-Project/mentoring aa52d89e, paths under src/:
 * services/requestSessions.js `userAvailability`, which merges services/mentors.js `createdSessions`,
 * hosted sessions lying wholly inside the window, and database/queries/sessions.js
 * `getEnrolledSessions`, attended sessions starting inside it; emulated in src/mocks/schedule.ts
 * `bookedSlots`), and the server's refusal of a clashing accept (services/requestSessions.js `accept` →
 * services/sessions.js `create` → `isTimeSlotAvailable`, inclusive bounds, 400
 * INVALID_TIME_SELECTION_FOR_GIVEN_MENTOR; emulated in schedule.ts `clashesWithHosted`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, loaded } from '../detail-helpers.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdEmulation } from '../support/mentored-emulation.js';
import { expectAccessible } from '../a11y/helpers.js';
import { checkSettled, warningLines, warningOf } from './conflicts-support.js';

const server = useMentorEdEmulation({ seed: 7, sessionRequests: 0, messageRequests: 0, history: 0 });

/** The request's slot: 4:30 PM - 5:30 PM on Friday, Dec 4, 2037 in Asia/Kolkata (11:00-12:00 UTC). */
const T0 = Date.UTC(2037, 11, 4, 11, 0) / 1000;
const HOUR = 3600;

const availability = () => server.db.calls.filter((c) => c.endpoint === 'requestSessions/userAvailability');

function pending(): string {
  return server.db.receiveSessionRequest({ start_date: T0, end_date: T0 + HOUR, title: 'Lesson planning' })
    .id;
}

async function detail(
  id: string,
  lang = 'en',
  adapter = new MentorEdAdapter({ baseUrl, token: 't', language: lang }),
) {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id=${id}
      time-zone="Asia/Kolkata"
      lang=${lang}
    ></session-request-detail>`,
  );
  await loaded(el);
  return el;
}

describe('<session-request-detail> schedule conflicts (MentorEdAdapter + emulation)', () => {
  it('reads userAvailability once per opened request, a day wider than the slot each side; none on re-open', async () => {
    const id = pending();
    server.db.bookSession({ start: T0 + HOUR / 2, end: T0 + HOUR + HOUR / 2, title: 'Team meeting' });
    const adapter = new MentorEdAdapter({ baseUrl, token: 't', language: 'en' });
    expect(await warningOf(await detail(id, 'en', adapter))).to.deep.equal([
      'Schedule conflict',
      "You already have 'Team meeting', 5:00 – 6:00 PM",
    ]);
    // Upstream answers only the hosted sessions wholly inside the window (createdSessions) and none lasts
    // over 1,440 minutes (services/sessions.js `create`): 24 h either side catches every one that overlaps.
    expect(availability().map((c) => Object.fromEntries(new URL(c.url).searchParams))).to.deep.equal([
      {
        start_date: String(T0 - 24 * HOUR),
        end_date: String(T0 + HOUR + 24 * HOUR),
        status: 'PUBLISHED,LIVE',
        pageNo: '1',
        pageSize: '100',
      },
    ]);
    const again = await detail(id, 'en', adapter);
    await warningOf(again);
    await checkSettled(again);
    expect(availability()).to.have.length(1);
  });

  it('catches a long session that starts the day before, and one attended that ends the day after', async () => {
    const id = pending();
    server.db.bookSession({ start: T0 - 22 * HOUR, end: T0 + HOUR / 2, title: 'Retreat' });
    server.db.bookSession({ start: T0 + HOUR / 2, end: T0 + 20 * HOUR, title: 'Conference', enrolled: true });
    server.db.bookSession({ start: T0 + HOUR, end: T0 + 2 * HOUR, title: 'Right after' });
    server.db.bookSession({ start: T0 - 26 * HOUR, end: T0 - 25 * HOUR, title: 'The day before' });
    const el = await detail(id);
    expect(await warningOf(el)).to.deep.equal([
      'Schedule conflict',
      "You already have 'Retreat', Dec 3, 6:30 PM – Dec 4, 5:00 PM",
      "You already have 'Conference', Dec 4, 5:00 PM – Dec 5, 12:30 PM",
    ]);
    await expectAccessible(el);
  });

  for (const [lang, overlap, backToBack] of [
    [
      'hi',
      'इस समय आपका एक सत्र पहले से निर्धारित है, इसलिए यह अनुरोध स्वीकार नहीं किया जा सकता।',
      'आपका एक सत्र ठीक इस सत्र के शुरू होने पर खत्म होता है या इसके खत्म होने पर शुरू होता है, और यहाँ लगातार (बैक-टू-बैक) सत्रों को भी टकराव माना जाता है, इसलिए यह अनुरोध स्वीकार नहीं किया जा सकता।',
    ],
    [
      'ar',
      'لديك جلسة مجدولة بالفعل في هذا الوقت، لذا لا يمكن قبول هذا الطلب.',
      'لديك جلسة تنتهي عند بدء هذه الجلسة أو تبدأ عند انتهائها، والجلسات المتتالية تُعدّ متعارضة هنا، لذا لا يمكن قبول هذا الطلب.',
    ],
  ]) {
    it(`shows the server's refusal of a clash in the user's language (${lang}); back to back, says such sessions count`, async () => {
      // The server answers in English (its hi.json lacks the key): the refusal is said in the UI's words.
      const cases: [string, () => void][] = [
        [overlap, () => server.db.bookSession({ start: T0 + HOUR / 2, end: T0 + 2 * HOUR, title: 'Clash' })],
        [backToBack, () => server.db.bookSession({ start: T0 + HOUR, end: T0 + 2 * HOUR, title: 'Next' })],
      ];
      for (const [said, book] of cases) {
        server.db.sessions.length = 0;
        const id = pending();
        book();
        const el = await detail(id, lang);
        // Once the language has loaded (the Accept button says it) and the check has read the booked sessions.
        const accept = () => $<HTMLButtonElement>(el, '[part~="accept-button"]');
        await waitUntil(
          () => availability().length > 0 && accept()?.textContent!.trim() !== 'Accept',
          'not ready',
          {
            timeout: 4000,
          },
        );
        await checkSettled(el);
        accept()!.click();
        await waitUntil(() => $(el, '[part~="error"]')!.textContent, 'no refusal shown', { timeout: 4000 });
        expect($(el, '[part~="error"]')!.textContent).to.equal(said);
        // Our own warning names the overlapping session only: back to back is no clash for it.
        expect(warningLines(el).length > 0, 'a warning').to.equal(said === overlap);
        server.db.calls.length = 0;
      }
    });
  }
});
