/** <requests-page>: Errors, empty, loading and offline states; accessibility, lifecycle and exported parts. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { RequestErrorEvent } from '../../src/events.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import {
  memory,
  root,
  tabsOf,
  cards,
  openButton,
  detailOf,
  text,
  pageWith,
  selectTab,
  OLD_VIEW,
  DEFAULT_VIEW,
} from '../requests-page-fixtures.js';
import { pageHooks } from './support.js';

describe('<requests-page>', () => {
  pageHooks();

  it('shows a readable error with Retry and fires request-error (load)', async () => {
    const adapter = memory();
    adapter.failNext('listSessionRequests', 'server');
    const errors: RequestErrorEvent[] = [];
    const el = document.createElement('requests-page');
    Object.assign(el, OLD_VIEW);
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
    Object.assign(el, OLD_VIEW);
    el.addEventListener('request-error', (e) => errors.push(e));
    el.adapter = adapter;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => errors.length === 2);
    await el.updateComplete;
    expect(text(root(el).querySelector('.error'))).to.contain(
      'Your sign-in has expired. Sign in again to continue.',
    );
    expect(errors.map((e) => `${e.detail.action}:${e.detail.error.kind}`).sort()).to.deep.equal([
      'count:network',
      'load:unauthorized',
    ]);
    // Signed out: no Retry (DESIGN.md); once the host has a new sign-in, the user reloads the list.
    expect(root(el).querySelector('.error .retry')).to.equal(null);
    root(el).querySelector<HTMLButtonElement>('.refresh')!.click();
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
    const el = await pageWith(memory({ sessions: 0, messages: 0 }), {}, DEFAULT_VIEW);
    expect(text(root(el).querySelector('.empty'))).to.equal(
      'No session requests When someone asks you for a session, it will show up here.',
    );
    await expect(el).to.be.accessible();
    await selectTab(el, 'message');
    await waitUntil(() => text(root(el).querySelector('.empty-title')) === 'No message requests');
    expect(text(root(el).querySelector('.empty-hint'))).to.contain('wants to connect');
  });

  it('under a filter other than the queue, says no request matches it', async () => {
    const el = await pageWith(
      memory({ sessions: 2, messages: 0 }),
      {},
      { direction: 'sent', status: 'accepted' },
    );
    expect(text(root(el).querySelector('.empty'))).to.equal(
      'No requests match this filter Choose another filter to see more.',
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('No requests match this filter');
  });

  it('shows a skeleton while the first page loads, announced once', async () => {
    const adapter = memory({ latencyMs: 80 });
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter} direction="all" status="all"></requests-page>`,
    );
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
    Object.assign(el, OLD_VIEW);
    el.adapter = memory();
    host.append(el);
    el.remove();
    await aTimeout(10);
    host.append(el);
    await waitUntil(() => cards(el).length === 20);
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
