/**
 * The session detail says how soon a pending request's slot starts, in a sentence ("Starts in 3 hours"), in
 * en, hi and ar, kept up to date; not once the request is handled. With both adapters: the MentorEd one
 * through the MSW emulation (its slots are epoch seconds on the wire: services/requestSessions.js `create`
 * stores `start_date` / `end_date`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { SessionRequest } from '../../src/model/request.js';
import { expectAccessible } from '../a11y/helpers.js';
import { cards, detailOf, root } from '../requests-page-fixtures.js';
import { MENTORED_BASE_URL, useMentorEdWorker } from '../support/mentored-emulation.js';
import {
  HOUR,
  MINUTE,
  clock,
  labelOf,
  passMinutes,
  urgencySessions,
  useFakeUrgencyClock,
} from './support.js';

const { serve } = useMentorEdWorker();

async function detail(request: SessionRequest, lang = 'en'): Promise<SessionRequestDetail> {
  const adapter = new MemoryAdapter({ sessionRequests: [request], messageRequests: [] });
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      lang=${lang}
      .adapter=${adapter}
      .request=${request}
      time-zone="UTC"
    ></session-request-detail>`,
  );
  await el.updateComplete;
  return el;
}

const note = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="urgency"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('<session-request-detail> urgency', () => {
  useFakeUrgencyClock();

  it('says how soon the slot starts, in a sentence, and keeps it up to date', async () => {
    const [, inThreeHours] = urgencySessions(clock.now());
    const el = await detail(inThreeHours!);
    expect(note(el)).to.equal('Starts in 3 hours');
    await passMinutes(120);
    await el.updateComplete;
    expect(note(el)).to.equal('Starts in 1 hour');
    await passMinutes(45);
    await el.updateComplete;
    expect(note(el)).to.equal('Starts in 20 minutes');
    // At the clock's time now.
    const [, , tomorrow, , started] = urgencySessions(clock.now());
    expect((await detail(tomorrow!)).shadowRoot!.querySelector('.urgency')!.textContent!.trim()).to.equal(
      'Starts tomorrow',
    );
    expect(note(await detail(started!))).to.equal('Started, ends in 20 minutes');
  });

  it('says it in Hindi and Arabic', async () => {
    const [, inThreeHours, tomorrow] = urgencySessions(clock.now());
    const hindi = await detail(tomorrow!, 'hi');
    await waitUntil(() => note(hindi) === 'कल शुरू होगा', 'Hindi did not load');
    expect(note(await detail(inThreeHours!, 'hi'))).to.equal('3 घंटे में शुरू होगा');
    const arabic = await detail(tomorrow!, 'ar');
    await waitUntil(() => note(arabic) === 'يبدأ غدًا', 'Arabic did not load');
    expect(note(await detail(inThreeHours!, 'ar'))).to.equal('يبدأ خلال 3 ساعات');
  });

  it('says nothing once the request is accepted, rejected or ended', async () => {
    const [, , , , , , accepted, rejected, ended] = urgencySessions(clock.now());
    for (const request of [accepted!, rejected!, ended!]) expect(note(await detail(request))).to.equal(null);
  });

  it('is accessible', async () => {
    const [, inThreeHours] = urgencySessions(clock.now());
    const el = await detail(inThreeHours!);
    await expectAccessible(el.parentElement!);
  });

  it('with MentorEd: the card and the detail of an emulated request', async () => {
    const db = serve({ seed: 2, sessionRequests: 0, messageRequests: 0, history: 0 });
    // Epoch seconds on the wire; 3 hours and 5 minutes ahead of the labels' clock.
    const start = Math.floor((clock.now() + 3 * HOUR + 5 * MINUTE) / 1000);
    const row = db.receiveSessionRequest({ start_date: start, end_date: start + 3600 });
    const adapter = new MentorEdAdapter({ baseUrl: MENTORED_BASE_URL, token: 't', language: 'en' });
    const page = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter} time-zone="UTC"></requests-page>`,
    );
    await waitUntil(() => cards(page).length === 1 && labelOf(page, row.id), 'no card with a label');
    expect(labelOf(page, row.id)!.textContent!.trim()).to.equal('In 3 hours');
    cards(page)[0]!.querySelector('button')!.click();
    await waitUntil(() => detailOf(page) && note(detailOf(page)!) === 'Starts in 3 hours', 'no note');
    // The page forwards the detail's part.
    expect(root(page).querySelector('[exportparts*="urgency: detail-urgency"]')).to.not.equal(null);
  });
});
