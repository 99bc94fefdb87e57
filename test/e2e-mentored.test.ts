/**
 * End to end: <requests-page> + the real MentorEdAdapter (fetch) + the MSW emulation of the MentorEd
 * API in a service worker. Everything a user does goes through the elements; the assertions read what
 * reached the emulated server (`server.db.calls`) and its state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './support/define-all.js';
import { MentorEdAdapter } from '../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { ChatOpenEvent, RequestRejectedEvent } from '../src/events.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdEmulation } from './support/mentored-emulation.js';
import {
  cardIds,
  cards,
  confirmReject,
  detailOf,
  inDetail,
  root,
  tabsOf,
  typeInto,
  type Lit,
} from './support/page-helpers.js';

// A fresh emulated MentorEd server (seed 7) before each test.
const server = useMentorEdEmulation({ seed: 7, sessionRequests: 30, messageRequests: 8 });

const callsTo = (endpoint: string) => server.db.calls.filter((call) => call.endpoint === endpoint);
/** The query strings of the calls to `endpoint`. */
const queriesTo = (endpoint: string) => callsTo(endpoint).map((call) => new URL(call.url).search);

async function openPage(tab: 'session' | 'message' = 'session'): Promise<RequestsPage> {
  const adapter = new MentorEdAdapter({
    baseUrl,
    token: 'e2e-token',
    timeZone: 'Asia/Kolkata',
    language: 'en',
  });
  const el = await fixture<RequestsPage>(
    html`<requests-page
      .adapter=${adapter}
      tab=${tab}
      page-size="10"
      time-zone="Asia/Kolkata"
    ></requests-page>`,
  );
  await waitUntil(() => cards(el).length > 0, 'the list did not load', { timeout: 5000 });
  await waitUntil(() => callsTo('users/requestCount').length + callsTo('connections/pending').length > 0);
  return el;
}

async function selectTab(el: RequestsPage, tab: 'session' | 'message'): Promise<void> {
  tabsOf(el).shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await waitUntil(() => el.tab === tab && cards(el).length > 0 && !root(el).querySelector('.skeleton'));
}

async function open(el: RequestsPage, id: string): Promise<Lit> {
  cards(el)
    .find((card) => card.dataset.id === id)!
    .querySelector('button')!
    .click();
  await el.updateComplete;
  const detail = detailOf(el)!;
  await waitUntil(() => inDetail(el, '[part~="accept-button"]'), 'no Accept in the detail');
  return detail;
}

async function back(el: RequestsPage): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.back')!.click();
  await el.updateComplete;
}

describe('e2e: <requests-page> with the MentorEd adapter and the MSW emulation', () => {
  it('session tab: switch tabs, page, accept, add a Zoom link, go back, reject with a reason', async () => {
    const el = await openPage();
    const pending = server.db.pendingReceivedCounts();
    await waitUntil(
      () => tabsOf(el).sessionCount === pending.session && tabsOf(el).messageCount === pending.message,
    );
    expect(cards(el)).to.have.length(10);
    // The queue (pending, received) is cut from the whole REQUESTED list, read unpaged: the very request
    // of the session count, made once for both (docs/mentored-api.md, "How the MentorEd adapter pages a
    // filtered list").
    expect(queriesTo('requestSessions/list')).to.deep.equal(['?status=REQUESTED']);

    // Switch tabs and back: each tab's data stays, nothing is fetched twice. The message tab's page 1
    // reads the pending connections in pages of 100, as the count did.
    await selectTab(el, 'message');
    await selectTab(el, 'session');
    expect(queriesTo('requestSessions/list')).to.have.length(1);
    expect(queriesTo('connections/pending')).to.deep.equal(Array(2).fill('?page=1&limit=100'));

    // A second page: cut from the first page's read (within 30 s, no action since), so no call.
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length === Math.min(20, pending.session), 'page 2 did not load');
    expect(queriesTo('requestSessions/list')).to.have.length(1);

    // Open a received, pending request on page 2 and accept it.
    const [first, second] = server.db
      .pendingReceivedSessionIds()
      .filter((id) => cardIds(el).slice(10).includes(id));
    expect(first, 'a pending received request on page 2').to.be.a('string');
    const detail = await open(el, first!);
    expect(callsTo('requestSessions/getDetails')).to.have.length(0);
    const accepted = oneEvent(el, 'request-accepted');
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await accepted;
    expect(callsTo('requestSessions/accept').map((c) => c.body)).to.deep.equal([
      { request_session_id: first },
    ]);
    expect(server.db.sessionRequest(first!)!.status).to.equal('ACCEPTED');
    await waitUntil(() => tabsOf(el).sessionCount === pending.session - 1, 'the count did not drop');

    // Add a Zoom link: a look-alike host is refused first.
    await waitUntil(() => inDetail(el, '[part~="link-button"]'), 'no Add link after accepting');
    inDetail<HTMLButtonElement>(el, '[part~="link-button"]')!.click();
    await waitUntil(() => inDetail(el, 'form'));
    const select = inDetail<HTMLSelectElement>(el, '#link-platform')!;
    select.value = 'zoom';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await detail.updateComplete;
    typeInto(inDetail<HTMLInputElement>(el, '#link-url')!, 'https://zoom.us.evil.example/j/12345678901');
    typeInto(inDetail<HTMLInputElement>(el, '#link-meetingId')!, '123 4567 8901');
    typeInto(inDetail<HTMLInputElement>(el, '#link-passcode')!, 'abc123');
    await detail.updateComplete;
    expect(inDetail(el, '#link-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(inDetail(el, '#link-url-error')!.textContent).to.contain('Zoom');
    // Save stays enabled for an invalid link: the message next to the field says why (issue 16, point 6).
    expect(inDetail<HTMLButtonElement>(el, '[part~="save-button"]')!.disabled).to.equal(false);
    typeInto(inDetail<HTMLInputElement>(el, '#link-url')!, 'https://us02web.zoom.us/j/12345678901');
    await detail.updateComplete;
    expect(inDetail<HTMLButtonElement>(el, '[part~="save-button"]')!.disabled).to.equal(false);
    const linked = oneEvent(el, 'session-linked');
    inDetail<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await linked;
    const update = callsTo('sessions/update');
    expect(update).to.have.length(1);
    const info = (update[0]!.body as { meeting_info: Record<string, unknown> }).meeting_info;
    expect(info).to.deep.include({ value: 'Zoom', link: 'https://us02web.zoom.us/j/12345678901' });
    expect(info.meta).to.deep.include({ meetingId: '12345678901', password: 'abc123' });

    // Back: the request is no longer pending, and the count dropped.
    await back(el);
    expect(cardIds(el)).not.to.include(first);
    expect(tabsOf(el).sessionCount).to.equal(server.db.pendingReceivedCounts().session);

    // Reject another with a reason: the body that reached the server carries it.
    await open(el, second!);
    const rejected = oneEvent(el, 'request-rejected') as Promise<RequestRejectedEvent>;
    await confirmReject(el, 'I am travelling that week, sorry.');
    expect((await rejected).detail.reason).to.equal('I am travelling that week, sorry.');
    expect(callsTo('requestSessions/reject').map((c) => c.body)).to.deep.equal([
      { request_session_id: second, reason: 'I am travelling that week, sorry.' },
    ]);
    expect(server.db.sessionRequest(second!)!.status).to.equal('REJECTED');
    await waitUntil(() => tabsOf(el).sessionCount === pending.session - 2);
    await back(el);
    expect(cardIds(el)).not.to.include(second);
  });

  it('message tab: accept one request and reject another', async () => {
    const el = await openPage('message');
    const pending = server.db.pendingReceivedCounts();
    await waitUntil(() => tabsOf(el).messageCount === pending.message);
    const [first, second] = server.db.pendingReceivedMessageIds();

    await open(el, first!);
    const chat = oneEvent(el, 'chat-open') as Promise<ChatOpenEvent>;
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    expect((await chat).detail.request.id).to.equal(first);
    expect(callsTo('connections/accept').map((c) => c.body)).to.deep.equal([{ user_id: first }]);
    await waitUntil(() => tabsOf(el).messageCount === pending.message - 1);
    await back(el);
    expect(cardIds(el)).not.to.include(first);

    await open(el, second!);
    const rejected = oneEvent(el, 'request-rejected');
    await confirmReject(el);
    await rejected;
    expect(callsTo('connections/reject').map((c) => c.body)).to.deep.equal([{ user_id: second }]);
    await waitUntil(() => tabsOf(el).messageCount === pending.message - 2);
    await back(el);
    expect(cardIds(el)).not.to.include(second);
    expect(tabsOf(el).messageCount).to.equal(server.db.pendingReceivedCounts().message);
  });
});
