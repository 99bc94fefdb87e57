/** <requests-page>: Opening a request: the detail, focus, Back, tabs and what the detail changes in the list. */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/define-all.js';
import { InboxStore } from '../../src/store/inbox-store.js';
import { rejectRequest } from '../../src/store/store-actions.js';
import type { RequestErrorEvent, RequestOpenEvent } from '../../src/events.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequest } from '../../src/model/request.js';
import {
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
} from '../requests-page-fixtures.js';
import { pageHooks } from './support.js';

describe('<requests-page>', () => {
  pageHooks();

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
    await waitUntil(
      () => detail.shadowRoot?.activeElement?.id === 'heading',
      'focus did not reach the heading',
    );
    expect(callsOf(adapter, 'getSessionRequest')).to.have.length(0);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => root(el).activeElement === openButton(el, 'Person 6'), 'focus did not return');
    expect(detailOf(el) === null, 'no detail').to.equal(true);
    expect(el.hasAttribute('open-id')).to.equal(false);
    expect(Math.abs(cards(el)[6]!.getBoundingClientRect().top - top)).to.be.below(2);
  });

  it('accepting in the detail drops the count and the request leaves the list', async () => {
    const adapter = memory();
    // Pending requests of both directions: an accepted one leaves (s3, expired, is not in this list).
    const el = await pageWith(adapter, {}, { direction: 'all', status: 'pending' });
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
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 9 of 23');
    // Focus lands on the neighbour that took the card's place.
    await waitUntil(() => root(el).activeElement === cards(el)[0]!.querySelector('button'));
    // The server's pages moved up by one: loading more skips nothing and repeats nothing.
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length === 20);
    const ids = cards(el).map((c) => c.dataset.id);
    expect(ids).to.deep.equal(Array.from({ length: 21 }, (_, i) => `s${i + 1}`).filter((id) => id !== 's3'));
  });

  it('a message request rejected through the same store leaves the message list', async () => {
    const adapter = memory();
    const el = await pageWith(adapter, { tab: 'message' });
    // The message tab has its own filter: received (m2 is sent).
    await waitUntil(() => cards(el).length === 2);
    openButton(el, 'Writer 0').click();
    await el.updateComplete;
    // Another element on the same adapter (a standalone detail, a host's own button) rejects it: the
    // page hears it from the store, not from an event.
    await rejectRequest(InboxStore.for(adapter), 'message', 'm0');
    await waitUntil(() => tabsOf(el).messageCount === 1);
    await waitUntil(() => detailOf(el)!.shadowRoot!.querySelector('[part~="reject-button"]') === null);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(cards(el).map((c) => c.dataset.id)).to.deep.equal(['m1']);
    expect(callsOf(adapter, 'listMessageRequests')).to.have.length(1);
  });

  it('deep-links with open-id: the detail loads the request by id', async () => {
    const adapter = memory();
    const el = await fixture<RequestsPage>(
      html`<requests-page
        .adapter=${adapter}
        direction="all"
        status="all"
        tab="message"
        open-id="m1"
      ></requests-page>`,
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
    await waitUntil(() => cards(el).length === 3); // direction="all": m2 (sent) too
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
    await waitUntil(
      () => root(el).activeElement === cards(el)[10]?.querySelector('button'),
      'focus did not move',
    );
  });

  it('a tab switch closes the detail and leaves focus on the tab', async () => {
    const el = await pageWith(memory());
    openButton(el, 'Asha Rao').click();
    await el.updateComplete;
    await waitUntil(() => detailOf(el)!.shadowRoot?.activeElement?.id === 'heading');
    const tab = tabsOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#tab-message')!;
    tab.focus();
    tab.click();
    await waitUntil(() => cards(el).length === 2); // the message tab's own filter: received
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
    // No pushes: the page must learn that s0 was handled only from the accept's refusal (with pushes, or at
    // the next poll, it shows it handled at once: test/live/page-live.test.ts).
    Object.assign(adapter, { subscribe: undefined });
    const el = await pageWith(adapter, {}, { direction: 'all', status: 'pending' });
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
});
