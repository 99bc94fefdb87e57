/**
 * Issue 16, point 8: offline is one message, not a banner plus the same sentence in red; the actions are
 * disabled with the reason and work again once back online. Unauthorized: no Retry that cannot help.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, $$, button, goOffline, loaded, record } from '../detail-helpers.js';
import {
  cards,
  memory as pageMemory,
  openButton,
  pageWith,
  root,
  settle,
} from '../requests-page-fixtures.js';
import { byId, memory } from '../session-request-detail/support.js';

const OFFLINE = 'You are offline.';

/** Every element of the composed tree under `node` whose own text says "You are offline", and is seen. */
function visibleOfflineTexts(node: Node, found: Element[] = []): Element[] {
  if (node instanceof Element) {
    const own = Array.from(node.childNodes).some((c) => c.nodeType === 3 && c.textContent!.includes(OFFLINE));
    const box = node.getBoundingClientRect();
    if (own && box.width > 1 && box.height > 1) found.push(node);
    if (node.shadowRoot) visibleOfflineTexts(node.shadowRoot, found);
  }
  node.childNodes.forEach((child) => visibleOfflineTexts(child, found));
  return found;
}

function online(): void {
  delete (navigator as unknown as Record<string, unknown>).onLine;
  window.dispatchEvent(new Event('online'));
}

function offline(): void {
  goOffline();
  window.dispatchEvent(new Event('offline'));
}

describe('first hour: offline and signed out (point 8)', () => {
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).onLine);

  it('a detail on its own: one notice (not an error), Accept and Reject disabled with it as the reason; back online they work', async () => {
    const adapter = memory();
    const el = await byId(adapter);
    await loaded(el);
    offline();
    await el.updateComplete;
    expect(visibleOfflineTexts(el)).to.have.length(1);
    expect($(el, '[role="alert"]')!.textContent).to.equal('');
    expect($(el, '[role="status"]')!.textContent).to.contain(OFFLINE); // announced once, politely
    for (const label of ['Accept', 'Reject']) {
      const b = button(el, label)!;
      expect(b.getAttribute('aria-disabled'), label).to.equal('true');
      const reason = $(el, `#${b.getAttribute('aria-describedby')}`);
      expect(reason?.textContent, label).to.contain(OFFLINE);
    }
    const rec = record('request-accept', 'request-reject');
    button(el, 'Accept')!.click();
    button(el, 'Reject')!.click();
    await aTimeout(20);
    rec.stop();
    expect(rec.events).to.deep.equal([]);
    // No action; the reads of the request and of the booked sessions (the conflict check) may have run.
    const reads = ['getSessionRequest', 'listBookedSlots'];
    expect(adapter.calls.filter((c) => !reads.includes(c.method))).to.deep.equal([]);
    expect($(el, 'confirm-dialog')!.shadowRoot!.querySelector('dialog')!.open).to.equal(false);

    online();
    await el.updateComplete;
    expect(visibleOfflineTexts(el)).to.have.length(0);
    expect(button(el, 'Accept')!.hasAttribute('aria-disabled')).to.equal(false);
    expect(button(el, 'Accept')!.hasAttribute('aria-describedby')).to.equal(false);
    button(el, 'Accept')!.click();
    await waitUntil(() => el.request!.status === 'accepted');
  });

  it('in a page: a list read that fails offline shows no error or Retry beside the banner; back online it loads', async () => {
    const adapter = pageMemory();
    const el = await pageWith(adapter);
    adapter.offline = true;
    offline();
    el.refresh().catch(() => undefined);
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'the failed read is in the page');
    await settle(el);
    const seen = visibleOfflineTexts(el);
    expect(seen, 'one visible offline message').to.have.length(1);
    expect(seen[0]!.getAttribute('part')).to.equal('offline');
    const error = root(el).querySelector<HTMLElement>('[part~="error"]')!;
    expect(error.getBoundingClientRect().height, 'no error box beside the banner').to.equal(0);
    const retry = root(el).querySelector<HTMLElement>('[part~="retry-button"]');
    expect(retry?.getBoundingClientRect().height ?? 0, 'no visible Retry').to.equal(0);
    adapter.offline = false;
    online();
    await waitUntil(() => !root(el).querySelector('[part~="error"]'), 'back online, the page reads again');
    expect(cards(el).length).to.be.greaterThan(0);
  });

  it('in a page: the banner is the one message; the opened detail keeps the reason for its actions only', async () => {
    const el = await pageWith(pageMemory());
    openButton(el, 'Asha Rao').click();
    await waitUntil(() => root(el).querySelector('session-request-detail'));
    const d = root(el).querySelector('session-request-detail')! as SessionRequestDetail;
    await loaded(d);
    offline();
    await el.updateComplete;
    await d.updateComplete;
    const seen = visibleOfflineTexts(el);
    expect(seen, 'one visible offline message').to.have.length(1);
    expect(seen[0]!.getAttribute('part')).to.equal('offline'); // the page's banner
    expect($(d, '[role="alert"]')!.textContent).to.equal('');
    expect($(d, '[role="status"]')!.textContent, 'the banner announces it').to.equal('');
    const accept = button(d, 'Accept')!;
    expect(accept.getAttribute('aria-disabled')).to.equal('true');
    expect($(d, `#${accept.getAttribute('aria-describedby')}`)!.textContent).to.contain(OFFLINE);
    online();
    await d.updateComplete;
    expect(button(d, 'Accept')!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('a detail that failed to load offline: no Retry and no second sentence; back online it loads', async () => {
    const adapter = memory();
    adapter.offline = true;
    goOffline();
    const el = await byId(adapter);
    await waitUntil(() => $(el, '.state'), 'no error state');
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(button(el, 'Retry') === undefined, 'no Retry').to.equal(true);
    expect(visibleOfflineTexts(el)).to.have.length(1);
    adapter.offline = false;
    online();
    await loaded(el);
  });

  it('signed out: no Retry in the detail (after a load or an action) nor in the page', async () => {
    const adapter = memory();
    adapter.failNext('getSessionRequest', 'unauthorized');
    const rec = record('request-error');
    const el = await byId(adapter);
    await waitUntil(() => rec.events.length === 1);
    rec.stop();
    expect(rec.events[0]!.detail.error.kind).to.equal('unauthorized');
    await el.updateComplete;
    expect($$(el, 'button').map((b) => b.textContent!.trim())).not.to.include('Retry');

    const page = pageMemory();
    page.failNext('listSessionRequests', 'unauthorized');
    const p = await fixture<RequestsPage>(html`<requests-page .adapter=${page}></requests-page>`);
    await waitUntil(() => root(p).querySelector('.error'));
    await settle(p);
    expect(cards(p)).to.have.length(0);
    expect(root(p).querySelector('.error')!.textContent).to.contain('Sign in again');
    expect(root(p).querySelector('[part~="retry-button"]')).to.equal(null);
  });
});
