/** <requests-page>: Lists, paging and freshness. */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import {
  memory,
  root,
  tabsOf,
  cards,
  openButton,
  text,
  callsOf,
  settle,
  pageWith,
  selectTab,
} from '../requests-page-fixtures.js';
import { pageHooks } from './support.js';

describe('<requests-page>', () => {
  pageHooks();

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
    expect(text(first.querySelector('.slot'))).to.match(
      /\d{4}, \d{1,2}:\d{2}\s?[AP]M - \d{1,2}:\d{2}\s?[AP]M$/,
    );
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
    expect(callsOf(adapter, 'listSessionRequests')[0]!.args[0]).to.deep.equal({
      page: 1,
      pageSize: 10,
      status: ['requested', 'accepted', 'rejected', 'expired'],
      direction: 'all',
      sort: 'newest',
    });
  });

  it('renders the message list with previews after a tab switch', async () => {
    const el = await pageWith(memory());
    await selectTab(el, 'message');
    // The message tab has its own filter: received, as by default (m2 is sent).
    await waitUntil(() => cards(el).length === 2);
    expect(el.getAttribute('tab')).to.equal('message');
    expect(el.getAttribute('direction')).to.equal('received');
    expect(cards(el)[0]!.querySelector('[part~="badge-direction"]')).to.equal(null);
    const change = oneEvent(el, 'filter-change');
    const select = root(el).querySelector<HTMLSelectElement>('#filter-direction')!;
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    expect((await change).detail).to.deep.equal({
      tab: 'message',
      direction: 'all',
      status: 'pending',
      sort: 'newest',
    });
    await waitUntil(() => cards(el).length === 3);
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
    await waitUntil(() => cards(el).length === 2);
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

  it('a new adapter replaces the lists; a refresh aborts a stale load', async () => {
    const slow = memory({ latencyMs: 60 });
    const errors: Event[] = [];
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${slow} direction="all" status="all"></requests-page>`,
    );
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

  it('retries a failed list when the connection comes back; a new page size reloads', async () => {
    const adapter = memory();
    adapter.failNext('listSessionRequests', 'network');
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter} direction="all" status="all"></requests-page>`,
    );
    await waitUntil(() => root(el).querySelector('.error'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => cards(el).length === 20);
    el.pageSize = 5;
    await waitUntil(
      () => cards(el).length >= 5 && cards(el).length % 5 === 0 && !root(el).querySelector('.skeleton'),
    );
    const sizes = callsOf(adapter, 'listSessionRequests').map((c) => c.args[0]);
    expect(sizes).to.deep.include({
      page: 1,
      pageSize: 5,
      status: ['requested', 'accepted', 'rejected', 'expired'],
      direction: 'all',
      sort: 'newest',
    });
  });
});
