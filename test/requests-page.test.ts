import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { RequestRejectedEvent, type RequestErrorEvent, type RequestOpenEvent } from '../src/events.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { SessionRequest } from '../src/model/request.js';
import {
  message,
  memory,
  root,
  tabsOf,
  cards,
  openButton,
  detailOf,
  text,
  callsOf,
  settle,
  pageWith,
  selectTab,
} from './requests-page-fixtures.js';

describe('<requests-page>', () => {
  // The list is taller than the viewport: from the top, the infinite scroll sentinel stays out of view.
  beforeEach(() => window.scrollTo(0, 0));
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('renders the session list: cards, labels, tags, paging and pending counts', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    expect(el.tab).to.equal('session');
    expect(el.getAttribute('tab')).to.equal('session');
    const list = cards(el);
    expect(list).to.have.length(10);
    const first = list[0]!;
    expect(text(first.querySelector('[part~="name"]'))).to.equal('Asha Rao');
    expect(text(first.querySelector('.designation'))).to.equal('Teacher +2');
    expect(text(first.querySelector('.experience'))).to.equal('5 years of experience');
    expect(text(first.querySelector('.slot'))).to.match(/\d{4}, \d{1,2}:\d{2}\s?[AP]M - \d{1,2}:\d{2}\s?[AP]M$/);
    expect(text(first.querySelector('[part~="badge-direction"]'))).to.equal('Received');
    expect(text(list[1]!.querySelector('[part~="badge-direction"]'))).to.equal('Sent');
    expect(text(list[3]!.querySelector('[part~="badge-expired"]'))).to.equal('Expired');
    expect(list[3]!.querySelector('.open')!.classList.contains('primary')).to.equal(false);
    expect(first.querySelector('.open')!.classList.contains('primary')).to.equal(true);
    // One control per card, named with the person.
    expect(first.querySelectorAll('button')).to.have.length(1);
    expect(openButton(el, 'Asha Rao') === first.querySelector('button')).to.equal(true);
    // Partial list: positions in the full set.
    expect(first.getAttribute('aria-setsize')).to.equal('25');
    expect(list[9]!.getAttribute('aria-posinset')).to.equal('10');
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 10 of 25');
    // 25 sessions: 19 received, of which s3 is expired: 18 pending.
    const counts = await adapter.countPending();
    expect(tabsOf(el).sessionCount).to.equal(counts.session);
    expect(counts.session).to.equal(18);
    expect(tabsOf(el).messageCount).to.equal(2);
    expect(callsOf(adapter, 'listSessionRequests')[0]!.args[0]).to.deep.equal({ page: 1, pageSize: 10 });
  });

  it('renders the message list with previews after a tab switch', async () => {
    const el = await pageWith(memory());
    await selectTab(el, 'message');
    await waitUntil(() => cards(el).length === 3);
    expect(el.getAttribute('tab')).to.equal('message');
    const [m0, , m2] = cards(el);
    expect(text(m0!.querySelector('.preview'))).to.equal('Hello number 0, I would like to connect with you.');
    expect(text(m2!.querySelector('[part~="badge-direction"]'))).to.equal('Sent');
    expect(m0!.hasAttribute('aria-setsize')).to.equal(false);
    expect(root(el).querySelector('.load-more') === null, 'no Load more').to.equal(true);
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 3 of 3');
  });

  it('keeps each tab’s data within the freshness window; refresh() refetches', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    await selectTab(el, 'message');
    await waitUntil(() => cards(el).length === 3);
    await selectTab(el, 'session');
    expect(cards(el)).to.have.length(10);
    await selectTab(el, 'message');
    await selectTab(el, 'session');
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(1);
    expect(callsOf(adapter, 'listMessageRequests')).to.have.length(1);
    const counts = callsOf(adapter, 'countPending').length;
    await el.refresh();
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(2);
    expect(callsOf(adapter, 'countPending')).to.have.length(counts + 1);
    // The other tab refetches when it is shown again.
    await selectTab(el, 'message');
    await waitUntil(() => callsOf(adapter, 'listMessageRequests').length === 2);
  });

  it('refetches a stale tab on switch, on `online` and when the window becomes visible', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    el.freshness = 0;
    await selectTab(el, 'message');
    await settle(el);
    await selectTab(el, 'session');
    await waitUntil(() => callsOf(adapter, 'listSessionRequests').length === 2);
    await settle(el);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => callsOf(adapter, 'listSessionRequests').length === 3);
    await settle(el);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => callsOf(adapter, 'listSessionRequests').length === 4);
    await settle(el);
    el.freshness = 60_000;
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(20);
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(4);
  });

  it('loads more with the visible button: page 2 exactly once, even on a double click', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    const button = root(el).querySelector<HTMLButtonElement>('.load-more')!;
    expect(text(button)).to.equal('Load more');
    button.click();
    button.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.load-more')?.click();
    await waitUntil(() => cards(el).length === 20);
    await settle(el);
    const pages = callsOf(adapter, 'listSessionRequests').map((c) => (c.args[0] as { page: number }).page);
    expect(pages).to.deep.equal([1, 2]);
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 20 of 25');
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length === 25);
    await settle(el);
    expect(root(el).querySelector('.load-more') === null, 'no Load more').to.equal(true);
    expect(cards(el)[24]!.hasAttribute('aria-setsize')).to.equal(false);
  });

  it('loads the next page when the sentinel scrolls into view', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(1);
    root(el).querySelector('.sentinel')!.scrollIntoView();
    await waitUntil(() => cards(el).length >= 20, 'the sentinel did not load page 2');
    const pages = callsOf(adapter, 'listSessionRequests').map((c) => (c.args[0] as { page: number }).page);
    expect(pages.slice(0, 2)).to.deep.equal([1, 2]);
    expect(new Set(pages).size).to.equal(pages.length);
  });

  it('fires a cancelable request-open; preventDefault keeps the list', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    el.addEventListener('request-open', (e) => e.preventDefault(), { once: true });
    setTimeout(() => openButton(el, 'Asha Rao').click());
    const event = (await oneEvent(el, 'request-open')) as RequestOpenEvent;
    expect(event.type).to.equal('request-open');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail.kind).to.equal('session');
    expect(event.detail.request.id).to.equal('s0');
    await el.updateComplete;
    expect(event.defaultPrevented).to.equal(true);
    expect(detailOf(el) === null, 'no detail').to.equal(true);
    expect(el.openId).to.equal(undefined);
    expect(root(el).querySelector('.list-view')!.hasAttribute('hidden')).to.equal(false);
  });

  it('opens a request: the detail gets the object, focus lands on its heading; Back restores scroll and focus', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    const card = cards(el)[6]!;
    card.scrollIntoView({ block: 'center' });
    const top = card.getBoundingClientRect().top;
    openButton(el, 'Person 6').click();
    await el.updateComplete;
    const detail = detailOf(el)!;
    expect(detail.localName).to.equal('session-request-detail');
    expect(el.openId).to.equal('s6');
    expect(el.getAttribute('open-id')).to.equal('s6');
    expect((detail.request as SessionRequest).id).to.equal('s6');
    expect(root(el).querySelector('.list-view')!.hasAttribute('hidden')).to.equal(true);
    await waitUntil(() => detail.shadowRoot?.activeElement?.id === 'heading', 'focus did not reach the heading');
    expect(callsOf(adapter, 'getSessionRequest')).to.have.length(0);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => root(el).activeElement === openButton(el, 'Person 6'), 'focus did not return');
    expect(detailOf(el) === null, 'no detail').to.equal(true);
    expect(el.hasAttribute('open-id')).to.equal(false);
    expect(Math.abs(cards(el)[6]!.getBoundingClientRect().top - top)).to.be.below(2);
  });

  it('accepting in the detail drops the count and the request leaves the list', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    const before = tabsOf(el).sessionCount;
    openButton(el, 'Asha Rao').click();
    await el.updateComplete;
    const detail = detailOf(el)!;
    await detail.updateComplete;
    const accepted = oneEvent(el, 'request-accepted');
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await accepted;
    await waitUntil(() => tabsOf(el).sessionCount === before - 1, 'the count did not drop');
    // The detail keeps the accepted request it now shows (the page does not overwrite it).
    await waitUntil(() => detail.shadowRoot!.querySelector('[part~="link-button"]'), 'no Add link');
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(cards(el).map((c) => c.dataset.id)).not.to.include('s0');
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 9 of 24');
    // Focus lands on the neighbour that took the card's place.
    await waitUntil(() => root(el).activeElement === cards(el)[0]!.querySelector('button'));
    // The server's pages moved up by one: loading more skips nothing and repeats nothing.
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length === 20);
    const ids = cards(el).map((c) => c.dataset.id);
    expect(ids).to.deep.equal(Array.from({ length: 20 }, (_, i) => `s${i + 1}`));
  });

  it('a rejected message request leaves the message list', async () => {
    const adapter = memory();
    const el = await pageWith(adapter, { tab: 'message' });
    await waitUntil(() => cards(el).length === 3);
    openButton(el, 'Writer 0').click();
    await el.updateComplete;
    const rejected = { ...message(0), status: 'rejected' as const };
    await adapter.rejectMessageRequest('m0');
    detailOf(el)!.dispatchEvent(new RequestRejectedEvent({ kind: 'message', request: rejected }));
    await waitUntil(() => tabsOf(el).messageCount === 1);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(cards(el).map((c) => c.dataset.id)).to.deep.equal(['m1', 'm2']);
  });

  it('shows a readable error with Retry and fires request-error (load)', async () => {
    const adapter = memory();
    adapter.failNext('listSessionRequests', 'server');
    const errors: RequestErrorEvent[] = [];
    const el = document.createElement('requests-page');
    el.addEventListener('request-error', (e) => errors.push(e));
    el.adapter = adapter;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await waitUntil(() => root(el).querySelector('.error'));
    const box = root(el).querySelector('.error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box)).to.contain('The requests could not be loaded.');
    expect(text(box)).to.contain('Something went wrong on the server. Try again.');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.action).to.equal('load');
    expect(errors[0]!.detail.kind).to.equal('session');
    expect(errors[0]!.detail.error.kind).to.equal('server');
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    await expect(el).to.be.accessible();
    box.querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => cards(el).length === 20);
    expect(root(el).querySelector('.error') === null, 'no error').to.equal(true);
  });

  it('says so when the sign-in expired, and reports failed counts (count)', async () => {
    const adapter = memory();
    adapter.failNext('listSessionRequests', 'unauthorized');
    adapter.failNext('countPending', 'network');
    const errors: RequestErrorEvent[] = [];
    const el = document.createElement('requests-page');
    el.addEventListener('request-error', (e) => errors.push(e));
    el.adapter = adapter;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => errors.length === 2);
    await el.updateComplete;
    expect(text(root(el).querySelector('.error'))).to.contain('Your sign-in has expired. Sign in again to continue.');
    expect(errors.map((e) => `${e.detail.action}:${e.detail.error.kind}`).sort()).to.deep.equal([
      'count:network',
      'load:unauthorized',
    ]);
    root(el).querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => cards(el).length === 20 && tabsOf(el).sessionCount === 18);
    expect(root(el).querySelector('.error') === null, 'no error').to.equal(true);
  });

  it('keeps the loaded page when loading more fails, and retries that page', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    adapter.failNext('listSessionRequests', 'network');
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => root(el).querySelector('.more .error'));
    expect(cards(el)).to.have.length(10);
    root(el).querySelector<HTMLButtonElement>('.more .retry')!.click();
    await waitUntil(() => cards(el).length === 20);
  });

  it('renders the empty states with a hint', async () => {
    const el = await pageWith(memory({ sessions: 0, messages: 0 }));
    expect(text(root(el).querySelector('.empty'))).to.equal(
      'No session requests When someone asks you for a session, it will show up here.',
    );
    await expect(el).to.be.accessible();
    await selectTab(el, 'message');
    await waitUntil(() => text(root(el).querySelector('.empty-title')) === 'No message requests');
    expect(text(root(el).querySelector('.empty-hint'))).to.contain('wants to connect');
  });

  it('shows a skeleton while the first page loads, announced once', async () => {
    const adapter = memory({ latencyMs: 80 });
    const el = await fixture<RequestsPage>(html`<requests-page .adapter=${adapter}></requests-page>`);
    expect(root(el).querySelectorAll('.skeleton')).to.have.length(3);
    expect(root(el).querySelector('.list')!.getAttribute('aria-hidden')).to.equal('true');
    const live = root(el).querySelectorAll('[role="status"]');
    expect(live).to.have.length(1);
    expect(text(live[0])).to.equal('Loading requests…');
    await waitUntil(() => cards(el).length === 20);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Showing 20 of 25');
  });

  it('says when it is offline and keeps what is shown', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="offline"]'))).to.contain('You are offline.');
    expect(cards(el)).to.have.length(10);
    await expect(el).to.be.accessible();
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(root(el).querySelector('[part="offline"]') === null, 'no banner').to.equal(true);
  });

  it('deep-links with open-id: the detail loads the request by id', async () => {
    const adapter = memory();
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter} tab="message" open-id="m1"></requests-page>`,
    );
    const detail = detailOf(el)!;
    expect(detail.localName).to.equal('message-request-detail');
    expect(detail.requestId).to.equal('m1');
    await waitUntil(() => callsOf(adapter, 'getMessageRequest').length === 1);
    expect(callsOf(adapter, 'getMessageRequest')[0]!.args).to.deep.equal(['m1']);
    expect(callsOf(adapter, 'listMessageRequests')).to.have.length(0);
    await waitUntil(() => detail.shadowRoot?.querySelector('[part~="bubble"]'));
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => cards(el).length === 3);
  });

  it('a new adapter replaces the lists; a refresh aborts a stale load', async () => {
    const slow = memory({ latencyMs: 60 });
    const errors: Event[] = [];
    const el = await fixture<RequestsPage>(html`<requests-page .adapter=${slow}></requests-page>`);
    el.addEventListener('request-error', (e) => errors.push(e));
    void el.refresh();
    await waitUntil(() => cards(el).length === 20);
    expect(callsOf(slow, 'listSessionRequests')).to.have.length(2);
    expect(errors).to.have.length(0);
    const other = memory({ sessions: 2 });
    el.adapter = other;
    await waitUntil(() => cards(el).length === 2);
    expect(callsOf(other, 'listSessionRequests')).to.have.length(1);
  });

  it('is accessible in the list and detail states', async () => {
    const el = await pageWith(memory());
    await expect(el).to.be.accessible();
    openButton(el, 'Asha Rao').click();
    await el.updateComplete;
    await detailOf(el)!.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('does not throw when removed before the first update', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('requests-page');
    el.adapter = memory();
    host.append(el);
    el.remove();
    await aTimeout(10);
    host.append(el);
    await waitUntil(() => cards(el).length === 20);
  });

  it('works from the keyboard: Enter opens, Back returns, Load more focuses the first new request', async () => {
    const el = await pageWith(memory());
    openButton(el, 'Asha Rao').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = detailOf(el)!;
    await waitUntil(() => detail.shadowRoot?.activeElement?.id === 'heading');
    root(el).querySelector<HTMLButtonElement>('.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement === openButton(el, 'Asha Rao'));
    root(el).querySelector<HTMLButtonElement>('.load-more')!.focus({ preventScroll: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement === cards(el)[10]?.querySelector('button'), 'focus did not move');
  });

  it('a tab switch closes the detail and leaves focus on the tab', async () => {
    const el = await pageWith(memory());
    openButton(el, 'Asha Rao').click();
    await el.updateComplete;
    await waitUntil(() => detailOf(el)!.shadowRoot?.activeElement?.id === 'heading');
    const tab = tabsOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#tab-message')!;
    tab.focus();
    tab.click();
    await waitUntil(() => cards(el).length === 3);
    expect(detailOf(el) === null, 'no detail').to.equal(true);
    expect(el.openId).to.equal(undefined);
    expect(tabsOf(el).shadowRoot!.activeElement === tab, 'focus stays on the tab').to.equal(true);
  });

  it('a host that clears open-id while focus is in the detail brings focus back to the card', async () => {
    const el = await pageWith(memory());
    openButton(el, 'Person 2').click();
    await el.updateComplete;
    await waitUntil(() => detailOf(el)!.shadowRoot?.activeElement?.id === 'heading');
    el.removeAttribute('open-id');
    await waitUntil(() => root(el).activeElement === openButton(el, 'Person 2'), 'focus did not return');
  });

  it('a host that cancels tab-change keeps the tab', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    el.addEventListener('tab-change', (e) => e.preventDefault(), { once: true });
    tabsOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#tab-message')!.click();
    await aTimeout(10);
    expect(el.tab).to.equal('session');
    expect(callsOf(adapter, 'listMessageRequests')).to.have.length(0);
  });

  it('an "already handled" error in the detail refreshes the counts and, on Back, the list', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    adapter.handleElsewhere('session', 's0', 'accepted');
    openButton(el, 'Asha Rao').click();
    await el.updateComplete;
    const detail = detailOf(el)!;
    await detail.updateComplete;
    const counts = callsOf(adapter, 'countPending').length;
    const error = oneEvent(el, 'request-error') as Promise<RequestErrorEvent>;
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    expect((await error).detail.error.kind).to.equal('conflict');
    await waitUntil(() => callsOf(adapter, 'countPending').length === counts + 1);
    await waitUntil(() => tabsOf(el).sessionCount === 17);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => callsOf(adapter, 'listSessionRequests').length === 2);
    await settle(el);
    expect(cards(el).map((c) => c.dataset.id)).not.to.include('s0');
  });

  it('retries a failed list when the connection comes back; a new page size reloads', async () => {
    const adapter = memory();
    adapter.failNext('listSessionRequests', 'network');
    const el = await fixture<RequestsPage>(html`<requests-page .adapter=${adapter}></requests-page>`);
    await waitUntil(() => root(el).querySelector('.error'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => cards(el).length === 20);
    el.pageSize = 5;
    await waitUntil(() => cards(el).length >= 5 && cards(el).length % 5 === 0 && !root(el).querySelector('.skeleton'));
    const sizes = callsOf(adapter, 'listSessionRequests').map((c) => c.args[0]);
    expect(sizes).to.deep.include({ page: 1, pageSize: 5 });
  });

  it('exposes its parts and the inner elements’ exported parts to the host page', async () => {
    const style = document.createElement('style');
    style.textContent = `requests-page::part(card) { border-top-color: rgb(1, 2, 3); }
      requests-page::part(tab-selected) { color: rgb(4, 5, 6); }
      requests-page::part(detail-heading) { color: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const el = await pageWith(memory());
      expect(getComputedStyle(cards(el)[0]!).borderTopColor).to.equal('rgb(1, 2, 3)');
      const tab = tabsOf(el).shadowRoot!.querySelector('#tab-session')!;
      expect(getComputedStyle(tab).color).to.equal('rgb(4, 5, 6)');
      openButton(el, 'Asha Rao').click();
      await el.updateComplete;
      const detail = detailOf(el)!;
      await detail.updateComplete;
      expect(getComputedStyle(detail.shadowRoot!.querySelector('#heading')!).color).to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });
});
