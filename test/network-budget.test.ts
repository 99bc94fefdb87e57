/**
 * The network budget of <requests-page> with the MentorEd adapter, counted where it matters: the
 * requests the MSW emulation of the MentorEd API receives (`server.db.calls`). A scripted session, step by
 * step, each with the exact requests it may cost. Why each action costs what it does:
 * docs/performance.md ("Network").
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './support/define-all.js';
import { MentorEdAdapter } from '../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdEmulation } from './support/mentored-emulation.js';
import { cards, confirmReject, detailOf, inDetail, root, tabsOf, typeInto } from './support/page-helpers.js';

// A fresh emulated MentorEd server (seed 7) before each test.
const server = useMentorEdEmulation({ seed: 7, sessionRequests: 30, messageRequests: 8 });

const adapter = () =>
  new MentorEdAdapter({ baseUrl, token: 'budget-token', timeZone: 'Asia/Kolkata', language: 'en' });

/** What the server received since the last call, as `{ 'METHOD endpoint?query': count }` (ids left out). */
let seen = 0;
function received(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const call of server.db.calls.slice(seen)) {
    const url = new URL(call.url);
    const query = ['pageNo', 'pageSize', 'status', 'page', 'limit']
      .filter((key) => url.searchParams.has(key))
      .map((key) => `${key}=${url.searchParams.get(key)}`)
      .join('&');
    const key = `${call.method} ${call.endpoint}${query ? `?${query}` : ''}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  seen = server.db.calls.length;
  return out;
}

/**
 * Waits for the opened request's schedule-conflict read: its code arrives in two lazy chunks first (the
 * check, then the adapter's booked-slots module), which on a busy machine outlasts `quiet()`'s pause.
 */
async function bookedRead(): Promise<void> {
  await waitUntil(
    () => server.db.calls.slice(seen).some((call) => call.endpoint === 'requestSessions/userAvailability'),
    'no read of the booked sessions',
    { timeout: 5000 },
  );
}

/** Lets every request the page might still send arrive (none may be in flight when counting). */
async function quiet(ms = 150): Promise<void> {
  let last = -1;
  while (last !== server.db.calls.length) {
    last = server.db.calls.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/**
 * A list's page 1: the whole list of its filter, cut into pages by the adapter (docs/mentored-api.md, "How
 * the MentorEd adapter pages a filtered list"); later pages cost no call within 30 s of that read. The
 * session tab's queue (pending, received) reads the REQUESTED list unpaged, the message tab the pending
 * connections in pages of 100: the very calls of the pending counts (one call when both are in flight).
 */
const SESSION_PAGE_1 = 'GET requestSessions/list?status=REQUESTED';
const MESSAGE_PAGE_1 = 'GET connections/pending?page=1&limit=100';
/**
 * The pending counts: sessions in one unpaged requestSessions/list call at any size (upstream pages only
 * when both pageNo and pageSize are given), messages in one call per 100 (docs/mentored-api.md §4.1, §4.9).
 */
/**
 * The schedule-conflict check of an opened pending received request: its booked sessions, once per request
 * (services/requestSessions.js `userAvailability`; the window's dates left out of the key).
 */
const BOOKED = 'GET requestSessions/userAvailability?pageNo=1&pageSize=100&status=PUBLISHED,LIVE';
const COUNTS = {
  [SESSION_PAGE_1]: 1,
  [MESSAGE_PAGE_1]: 1,
};

async function selectTab(el: RequestsPage, tab: 'session' | 'message'): Promise<void> {
  tabsOf(el).shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await waitUntil(() => el.tab === tab && cards(el).length > 0 && !root(el).querySelector('.skeleton'));
}

async function open(el: RequestsPage, id: string): Promise<void> {
  cards(el)
    .find((card) => card.dataset.id === id)!
    .querySelector('button')!
    .click();
  await waitUntil(() => detailOf(el) && inDetail(el, '[part~="accept-button"]'), 'no Accept in the detail');
}

async function back(el: RequestsPage): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.back')!.click();
  await el.updateComplete;
}

describe('network budget: <requests-page> + MentorEdAdapter, counted at the MSW emulation', () => {
  beforeEach(() => {
    seen = 0;
  });

  it('a scripted session costs exactly the requests it needs', async () => {
    // 1. Open the inbox: the first page of the shown tab and the pending counts, one call (the same
    // request, in flight together). Nothing for the other tab.
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter()} page-size="10" time-zone="Asia/Kolkata"></requests-page>`,
    );
    await waitUntil(() => cards(el).length === 10, 'the list did not load');
    await quiet();
    expect(received(), 'open').to.deep.equal(COUNTS);

    // 2. The other tab, the first time: its first page only.
    await selectTab(el, 'message');
    await quiet();
    expect(received(), 'first visit of the message tab').to.deep.equal({ [MESSAGE_PAGE_1]: 1 });

    // 3. Back and forth within the freshness window: nothing.
    await selectTab(el, 'session');
    await selectTab(el, 'message');
    await selectTab(el, 'session');
    await quiet();
    expect(received(), 'revisits within the freshness window').to.deep.equal({});

    // 4. Load more, clicked twice: page 2, cut from page 1's read (within 30 s, no action since): no call.
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    const queue = server.db.pendingReceivedCounts().session;
    await waitUntil(() => cards(el).length === Math.min(20, queue), 'page 2 did not load');
    await quiet();
    expect(received(), 'load more').to.deep.equal({});

    // 5. Open a request from the list: the detail shows the listed object, no read of it; its schedule-conflict
    // check reads the viewer's booked sessions around its slot, once (src/adapters/mentored/booked-slots.ts).
    const [first, second] = server.db
      .pendingReceivedSessionIds()
      .filter((id) => cards(el).some((c) => c.dataset.id === id));
    await open(el, first!);
    await bookedRead();
    await quiet();
    expect(received(), 'open a request').to.deep.equal({ [BOOKED]: 1 });

    // 6. Accept, clicked three times: one accept, the details read that carries the new session id, and
    // the counts refreshed.
    const accepted = oneEvent(el, 'request-accepted');
    for (let i = 0; i < 3; i++) inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await accepted;
    await quiet();
    expect(received(), 'accept a session request').to.deep.equal({
      'POST requestSessions/accept': 1,
      'GET requestSessions/getDetails': 1,
      ...COUNTS,
    });

    // 7. Save a meeting link: the session id is known, so one write.
    await waitUntil(() => inDetail(el, '[part~="link-button"]'), 'no Add link after accepting');
    inDetail<HTMLButtonElement>(el, '[part~="link-button"]')!.click();
    await waitUntil(() => inDetail(el, 'form'));
    const select = inDetail<HTMLSelectElement>(el, '#link-platform')!;
    select.value = 'google-meet';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await detailOf(el)!.updateComplete;
    typeInto(inDetail<HTMLInputElement>(el, '#link-url')!, 'https://meet.google.com/abc-defg-hij');
    await detailOf(el)!.updateComplete;
    const linked = oneEvent(el, 'session-linked');
    inDetail<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await linked;
    await quiet();
    expect(received(), 'save a meeting link').to.deep.equal({ 'POST sessions/update': 1 });

    // 8. Back, open another, reject it: its booked sessions, and one reject (the listed request is the
    // answer). The counts follow it in the store (one pending fewer), without a read
    // (src/store/inbox-store.ts `#afterAction`).
    await back(el);
    await open(el, second!);
    await bookedRead();
    const rejected = oneEvent(el, 'request-rejected');
    await confirmReject(el);
    await rejected;
    await back(el);
    await quiet();
    expect(received(), 'reject a session request').to.deep.equal({
      [BOOKED]: 1,
      'POST requestSessions/reject': 1,
    });

    // 9. The message tab: its list is read again once (the session accept of step 6 connected the two
    // people, which consumes a pending message request between them upstream); then accept one and reject
    // another, one call each, the counts following in the store.
    await selectTab(el, 'message');
    const [a, b] = server.db.pendingReceivedMessageIds();
    await open(el, a!);
    const chat = oneEvent(el, 'chat-open');
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await chat;
    await back(el);
    await quiet();
    expect(received(), 'accept a message request').to.deep.equal({
      [MESSAGE_PAGE_1]: 1,
      'POST connections/accept': 1,
    });
    await open(el, b!);
    const rejectedMessage = oneEvent(el, 'request-rejected');
    await confirmReject(el);
    await rejectedMessage;
    await back(el);
    await quiet();
    expect(received(), 'reject a message request').to.deep.equal({ 'POST connections/reject': 1 });

    // 10. Past the freshness window, a revisit refetches the first page and the counts, once each: the
    // queue's page 1 and the session count are one request.
    el.freshness = 0;
    await selectTab(el, 'session');
    await quiet();
    expect(received(), 'revisit after the freshness window').to.deep.equal(COUNTS);

    expect(server.db.calls, 'the whole session').to.have.length(2 + 1 + 0 + 0 + 1 + 4 + 1 + 2 + 3 + 2);
  });

  it('deduplicates identical reads in flight: two inboxes sharing one adapter cost one inbox', async () => {
    const shared = adapter();
    await fixture(
      html`<div>
        <requests-page .adapter=${shared} page-size="10"></requests-page>
        <requests-page .adapter=${shared} page-size="10"></requests-page>
      </div>`,
    );
    const pages = Array.from(document.querySelectorAll<RequestsPage>('requests-page'));
    // At least the first page: the next one costs no call (cut from the same read), so a page that
    // scrolls on may show it at once.
    await waitUntil(() => pages.every((el) => cards(el).length >= 10), 'the lists did not load');
    await quiet();
    expect(received()).to.deep.equal(COUNTS);
  });

  it('shares the message list’s first page with the count that reads the same rows', async () => {
    // With 100 per page, the list's first page and the message count are the same request.
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter()} tab="message" page-size="100"></requests-page>`,
    );
    await waitUntil(() => cards(el).length > 0, 'the list did not load');
    await quiet();
    expect(received()).to.deep.equal(COUNTS);
  });

  it('deduplicates concurrent identical reads in the adapter; one caller’s abort leaves the others', async () => {
    const api = adapter();
    const id = server.db.pendingReceivedSessionIds()[0]!;
    const [x, y] = await Promise.all([api.getSessionRequest(id), api.getSessionRequest(id)]);
    expect(x.id).to.equal(id);
    expect(y).to.deep.equal(x);
    expect(x).not.to.equal(y); // each caller gets its own copy
    expect(received()).to.deep.equal({ 'GET requestSessions/getDetails': 1 });

    server.db.latencyMs = 100;
    const leaving = new AbortController();
    const first = api.getSessionRequest(id, { signal: leaving.signal });
    const second = api.getSessionRequest(id);
    setTimeout(() => leaving.abort(), 20);
    const [a, b] = await Promise.allSettled([first, second]);
    expect(a.status === 'rejected' && (a.reason as { kind?: string }).kind).to.equal('aborted');
    expect(b.status === 'fulfilled' && b.value.id).to.equal(id);
    expect(received()).to.deep.equal({ 'GET requestSessions/getDetails': 1 });

    // Sequential reads are not cached: each asks the server.
    server.db.latencyMs = 0;
    await api.getSessionRequest(id);
    await api.getSessionRequest(id);
    expect(received()).to.deep.equal({ 'GET requestSessions/getDetails': 2 });
  });

  it('an action on a request the adapter never saw costs one read more', async () => {
    const api = adapter();
    const [s1, s2] = server.db.pendingReceivedSessionIds();
    const [m1, m2] = server.db.pendingReceivedMessageIds();
    await api.rejectSessionRequest(s1!);
    expect(received(), 'session reject').to.deep.equal({
      'POST requestSessions/reject': 1,
      'GET requestSessions/getDetails': 1,
    });
    await api.acceptSessionRequest(s2!);
    expect(received(), 'session accept').to.deep.equal({
      'POST requestSessions/accept': 1,
      'GET requestSessions/getDetails': 1,
    });
    await api.setMeetingLink(s2!, { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' });
    expect(received(), 'link after the accept').to.deep.equal({ 'POST sessions/update': 1 });
    await new MentorEdAdapter({ baseUrl, token: 'budget-token' }).setMeetingLink(s2!, {
      platform: 'google-meet',
      url: 'https://meet.google.com/xyz-defg-hij',
    });
    expect(received(), 'link from a new adapter').to.deep.equal({
      'GET requestSessions/getDetails': 1,
      'POST sessions/update': 1,
    });
    await api.acceptMessageRequest(m1!);
    expect(received(), 'message accept').to.deep.equal({
      'POST connections/accept': 1,
      'POST connections/getInfo': 1,
    });
    await api.rejectMessageRequest(m2!);
    expect(received(), 'message reject').to.deep.equal({
      'POST connections/getInfo': 1,
      'POST connections/reject': 1,
    });
  });
});
