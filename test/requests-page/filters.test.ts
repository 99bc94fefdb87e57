/** <requests-page>: the filters (direction, status), per tab, and the history views they reach. */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/define-all.js';
import type { FilterChangeEvent } from '../../src/events.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import {
  DEFAULT_VIEW,
  callsOf,
  cards,
  detailOf,
  message,
  pageWith,
  root,
  selectTab,
  session,
  settle,
  tabsOf,
  text,
} from '../requests-page-fixtures.js';
import { pageHooks } from './support.js';

const HOUR = 3_600_000;

/** The queue (s0, s2 received pending), s1 sent, s3 expired, s4 accepted with a link, s5 rejected with a reason. */
function history(): MemoryAdapter {
  const past = new Date(Date.now() - 3 * HOUR);
  return new MemoryAdapter({
    sessionRequests: [
      session(0),
      session(1),
      session(2),
      session(3, { start: past, end: new Date(past.getTime() + HOUR) }),
      session(4, {
        status: 'accepted',
        sessionId: 'x4',
        meetingLink: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' },
      }),
      session(5, { status: 'rejected', rejectReason: 'Travelling that week' }),
      session(6, { status: 'accepted', sessionId: 'x6' }),
    ],
    messageRequests: [message(0), message(1), message(2)],
  });
}

const ids = (el: RequestsPage) => cards(el).map((c) => c.dataset.id);
const select = (el: RequestsPage, which: 'direction' | 'status') =>
  root(el).querySelector<HTMLSelectElement>(`#filter-${which}`);

/** Picks `value` in a filter's select as a user would (the change event the browser fires). */
function pick(el: RequestsPage, which: 'direction' | 'status', value: string): void {
  const control = select(el, which)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

async function shows(el: RequestsPage, expected: string[]): Promise<void> {
  await waitUntil(() => ids(el).join() === expected.join(), `does not show ${expected.join()}`);
  await settle(el);
}

describe('<requests-page> filters', () => {
  pageHooks();

  it('shows the mentor’s queue by default: received and pending, exactly what the tab counts', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    expect(el.getAttribute('direction')).to.equal('received');
    expect(el.getAttribute('status')).to.equal('pending');
    expect(ids(el)).to.deep.equal(['s0', 's2']);
    expect(tabsOf(el).sessionCount).to.equal(2);
    expect(callsOf(adapter, 'listSessionRequests')[0]!.args[0]).to.deep.include({
      status: ['requested'],
      direction: 'received',
    });
    // One direction listed: no Sent / Received tag; pending: no status tag.
    expect(cards(el)[0]!.querySelector('[part~="badge"]')).to.equal(null);
    const group = root(el).querySelector('[part~="filters"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Filter requests');
    expect(text(root(el).querySelector('label[for="filter-status"]'))).to.equal('Status');
    expect([...select(el, 'status')!.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Pending',
      'Accepted',
      'Rejected',
      'Expired',
      'All',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a user’s change fires filter-change, loads that list once, and switching back costs nothing', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    const change = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    pick(el, 'status', 'accepted');
    const event = await change;
    expect(event.detail).to.deep.equal({
      tab: 'session',
      direction: 'received',
      status: 'accepted',
      sort: 'newest',
    });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    await shows(el, ['s4', 's6']);
    expect(el.getAttribute('status')).to.equal('accepted');
    expect(text(cards(el)[0]!.querySelector('[part~="badge-status"]'))).to.equal('Accepted');
    pick(el, 'status', 'pending');
    await shows(el, ['s0', 's2']);
    pick(el, 'status', 'accepted');
    await shows(el, ['s4', 's6']);
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(2);
  });

  it('a host that cancels filter-change keeps the filter (e.g. to route through the URL)', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    el.addEventListener('filter-change', (e) => e.preventDefault(), { once: true });
    pick(el, 'direction', 'sent');
    await aTimeout(10);
    await el.updateComplete;
    expect(select(el, 'direction')!.value).to.equal('received');
    expect(el.direction).to.equal('received');
    expect(callsOf(adapter, 'listSessionRequests')).to.have.length(1);
    // The routing host sets the attribute itself: the list follows, and no event fires for it.
    let fired = 0;
    el.addEventListener('filter-change', () => fired++);
    el.setAttribute('direction', 'sent');
    await shows(el, ['s1']);
    expect(select(el, 'direction')!.value).to.equal('sent');
    expect(fired).to.equal(0);
  });

  it('each tab remembers its own filter; the attributes show the shown tab’s; messages have no status', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    pick(el, 'direction', 'all');
    pick(el, 'status', 'all');
    await shows(el, ['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
    await selectTab(el, 'message');
    expect([el.direction, el.status]).to.deep.equal(['received', 'pending']);
    await shows(el, ['m0', 'm1']);
    expect(select(el, 'status')).to.equal(null);
    expect(text(root(el).querySelector('[part~="history-note"]'))).to.contain('history is not kept');
    const change = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    pick(el, 'direction', 'sent');
    expect((await change).detail).to.deep.equal({
      tab: 'message',
      direction: 'sent',
      status: 'pending',
      sort: 'newest',
    });
    await shows(el, ['m2']);
    await selectTab(el, 'session');
    expect([el.getAttribute('direction'), el.getAttribute('status')]).to.deep.equal(['all', 'all']);
    await shows(el, ['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('a routing host that sets the tab and a filter together gets its filter, even one the old tab had', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    pick(el, 'status', 'accepted');
    await shows(el, ['s4', 's6']);
    await selectTab(el, 'message');
    await shows(el, ['m0', 'm1']);
    // Back to a URL of the queue: `direction` and `status` are set to the values the attributes hold now.
    Object.assign(el, { tab: 'session', direction: 'received', status: 'pending' });
    await shows(el, ['s0', 's2']);
    expect([el.getAttribute('direction'), el.getAttribute('status')]).to.deep.equal(['received', 'pending']);
  });

  it('the history: tags on the cards, and each request opens in its own view', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, { direction: 'all', status: 'all' });
    const tag = (id: string) =>
      text(
        cards(el)
          .find((c) => c.dataset.id === id)!
          .querySelector('[part~="badge-status"], [part~="badge-expired"]'),
      );
    expect([tag('s3'), tag('s4'), tag('s5')]).to.deep.equal(['Expired', 'Accepted', 'Rejected']);
    expect(text(cards(el)[1]!.querySelector('[part~="badge-direction"]'))).to.equal('Sent');
    const open = async (id: string) => {
      cards(el)
        .find((c) => c.dataset.id === id)!
        .querySelector('button')!
        .click();
      await waitUntil(() => detailOf(el)?.shadowRoot?.querySelector('.person'));
      return detailOf(el)!.shadowRoot!;
    };
    const back = async () => {
      root(el).querySelector<HTMLButtonElement>('.back')!.click();
      await el.updateComplete;
    };
    // Accepted, with a link: Edit link, to change it later.
    let detail = await open('s4');
    await waitUntil(() => detail.querySelector('[part~="link-button"]'));
    expect(text(detail.querySelector('[part~="link-button"]'))).to.equal('Edit link');
    expect(detail.querySelector('[part~="accept-button"]')).to.equal(null);
    await back();
    // Accepted without a link: Add link.
    detail = await open('s6');
    await waitUntil(() => detail.querySelector('[part~="link-button"]'));
    expect(text(detail.querySelector('[part~="link-button"]'))).to.equal('Add link');
    await back();
    // Rejected: the reason.
    detail = await open('s5');
    expect(text(detail.querySelector('[part~="notice"]'))).to.contain('Travelling that week');
    await back();
    // Expired: says so, no actions.
    detail = await open('s3');
    expect(text(detail.querySelector('[part~="notice"]'))).to.contain('This request has expired.');
    expect(detail.querySelector('[part~="accept-button"]')).to.equal(null);
  });

  it('an accept moves the request from the queue to the accepted list', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    pick(el, 'status', 'accepted');
    await shows(el, ['s4', 's6']);
    pick(el, 'status', 'pending');
    await shows(el, ['s0', 's2']);
    cards(el)[0]!.querySelector('button')!.click();
    await waitUntil(() => detailOf(el)?.shadowRoot?.querySelector('[part~="accept-button"]'));
    detailOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await waitUntil(() => tabsOf(el).sessionCount === 1);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await shows(el, ['s2']);
    pick(el, 'status', 'accepted');
    await shows(el, ['s0', 's4', 's6']);
  });

  it('values that are not filters fall back to the defaults, without throwing', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, { direction: 'upwards', status: 'maybe' });
    expect([el.direction, el.status]).to.deep.equal(['received', 'pending']);
    expect(ids(el)).to.deep.equal(['s0', 's2']);
  });

  it('is keyboard-complete: Tab reaches both selects, and a key changes the value', async () => {
    const adapter = history();
    const el = await pageWith(adapter, {}, DEFAULT_VIEW);
    select(el, 'direction')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(select(el, 'status'));
    const change = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    await sendKeys({ press: 'ArrowDown' });
    expect((await change).detail.status).to.equal('accepted');
    await shows(el, ['s4', 's6']);
  });
});
