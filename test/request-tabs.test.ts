import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/define-all.js';
import { RequestTabs } from '../src/elements/request-tabs/request-tabs.js';
import { TabChangeEvent } from '../src/events.js';

const root = (el: RequestTabs) => el.shadowRoot!;
const tab = (el: RequestTabs, name: 'session' | 'message') =>
  root(el).querySelector<HTMLButtonElement>(`[role="tab"]#tab-${name}`)!;
const tabs = (el: RequestTabs) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const panel = (el: RequestTabs) => root(el).querySelector<HTMLElement>('[role="tabpanel"]')!;
const badge = (el: RequestTabs, name: 'session' | 'message') =>
  tab(el, name).querySelector<HTMLElement>('[part~="badge"]');
const focused = (el: RequestTabs) => root(el).activeElement;

/** Collects the `tab-change` events fired on `el`. */
function record(el: HTMLElement): TabChangeEvent[] {
  const events: TabChangeEvent[] = [];
  el.addEventListener('tab-change', (event) => events.push(event));
  return events;
}

async function settle(el: RequestTabs): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<request-tabs>', () => {
  it('is the registered class and renders a tablist with two tabs and one tabpanel by default', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs><p>Panel content</p></request-tabs>`);
    expect(el).to.be.instanceOf(RequestTabs);
    expect(customElements.get('request-tabs')).to.equal(RequestTabs);
    expect(el.selected).to.equal('session');
    expect(el.getAttribute('selected')).to.equal('session');
    expect(el.sessionCount).to.equal(0);
    expect(el.messageCount).to.equal(0);

    const tablist = root(el).querySelector('[role="tablist"]')!;
    expect(tablist.getAttribute('part')).to.equal('tablist');
    expect(tablist.getAttribute('aria-label')).to.equal('Requests');
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Session requests',
      'Message requests',
    ]);
    expect(tabs(el).every((t) => t.parentElement === tablist)).to.equal(true);

    expect(tab(el, 'session').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'message').getAttribute('aria-selected')).to.equal('false');
    expect(tab(el, 'session').tabIndex).to.equal(0);
    expect(tab(el, 'message').tabIndex).to.equal(-1);
    expect(tab(el, 'session').getAttribute('part')).to.equal('tab tab-selected');
    expect(tab(el, 'message').getAttribute('part')).to.equal('tab');
    // No count: the accessible name is just the visible name; no badge.
    expect(tab(el, 'session').hasAttribute('aria-label')).to.equal(false);
    expect(badge(el, 'session')).to.equal(null);

    // The ARIA id references resolve inside the shadow root.
    const p = panel(el);
    expect(p.getAttribute('part')).to.equal('panel');
    expect(p.getAttribute('aria-labelledby')).to.equal('tab-session');
    expect(root(el).getElementById(p.getAttribute('aria-labelledby')!)).to.equal(tab(el, 'session'));
    expect(tab(el, 'session').getAttribute('aria-controls')).to.equal(p.id);
    expect(root(el).getElementById(tab(el, 'session').getAttribute('aria-controls')!)).to.equal(p);
    expect(tab(el, 'message').hasAttribute('aria-controls')).to.equal(false);
    // The panel may hold nothing focusable (loading, empty): it is focusable itself (APG).
    expect(p.getAttribute('tabindex')).to.equal('0');
    const slot = p.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Panel content']);
  });

  it('renders the attributes: selected, session-count and message-count, with badges and full names', async () => {
    const el = await fixture<RequestTabs>(
      html`<request-tabs selected="message" session-count="3" message-count="12"></request-tabs>`,
    );
    expect(el.selected).to.equal('message');
    expect(el.sessionCount).to.equal(3);
    expect(el.messageCount).to.equal(12);
    expect(tab(el, 'message').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'message').getAttribute('part')).to.equal('tab tab-selected');
    expect(tab(el, 'session').getAttribute('part')).to.equal('tab');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal('tab-message');
    expect(tab(el, 'message').tabIndex).to.equal(0);
    expect(tab(el, 'session').tabIndex).to.equal(-1);

    expect(badge(el, 'session')!.textContent).to.equal('3');
    expect(badge(el, 'message')!.textContent).to.equal('12');
    expect(badge(el, 'session')!.getAttribute('aria-hidden')).to.equal('true');
    expect(badge(el, 'session')!.getAttribute('part')).to.equal('badge');
    expect(tab(el, 'session').getAttribute('aria-label')).to.equal('Session requests, 3 pending');
    expect(tab(el, 'message').getAttribute('aria-label')).to.equal('Message requests, 12 pending');
  });

  it('names each tab with the number exactly as its badge shows it (label in name), in English and Arabic', async () => {
    const el = await fixture<RequestTabs>(
      html`<request-tabs session-count="1204" message-count="1"></request-tabs>`,
    );
    expect(badge(el, 'session')!.textContent).to.equal('1,204');
    expect(tab(el, 'session').getAttribute('aria-label')).to.equal('Session requests, 1,204 pending');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar"><request-tabs session-count="2" message-count="1"></request-tabs></div>`,
    );
    const arabic = wrapper.querySelector('request-tabs')!;
    await waitUntil(
      () => tab(arabic, 'session').getAttribute('aria-label')?.startsWith('طلبات'),
      'Arabic loaded',
    );
    for (const name of ['session', 'message'] as const) {
      expect(tab(arabic, name).getAttribute('aria-label')).to.include(badge(arabic, name)!.textContent!);
    }
    await expect(arabic).to.be.accessible();
  });

  it('reflects property changes: selected to the attribute, counts live to the badges', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    el.selected = 'message';
    el.sessionCount = 1;
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('message');
    expect(tab(el, 'message').getAttribute('aria-selected')).to.equal('true');
    expect(badge(el, 'session')!.textContent).to.equal('1');
    expect(badge(el, 'message')).to.equal(null);

    el.sessionCount = 0;
    el.messageCount = 5;
    await el.updateComplete;
    expect(badge(el, 'session')).to.equal(null);
    expect(tab(el, 'session').hasAttribute('aria-label')).to.equal(false);
    expect(badge(el, 'message')!.textContent).to.equal('5');
    expect(tab(el, 'message').getAttribute('aria-label')).to.equal('Message requests, 5 pending');

    el.setAttribute('message-count', '7');
    await el.updateComplete;
    expect(el.messageCount).to.equal(7);
    expect(badge(el, 'message')!.textContent).to.equal('7');
  });

  it('falls back to "session" for invalid selected values and ignores invalid counts, without throwing', async () => {
    const el = await fixture<RequestTabs>(
      html`<request-tabs selected="bogus" session-count="abc"></request-tabs>`,
    );
    expect(el.selected).to.equal('session');
    expect(el.getAttribute('selected')).to.equal('session');
    expect(tab(el, 'session').getAttribute('aria-selected')).to.equal('true');
    expect(badge(el, 'session')).to.equal(null);

    el.selected = 'message';
    await el.updateComplete;
    (el as unknown as { selected: unknown }).selected = 42;
    el.messageCount = -4;
    await el.updateComplete;
    expect(el.selected).to.equal('session');
    expect(el.getAttribute('selected')).to.equal('session');
    expect(badge(el, 'message')).to.equal(null);

    el.removeAttribute('selected');
    await el.updateComplete;
    expect(el.selected).to.equal('session');
  });

  it('fires nothing when selected is set programmatically', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    const events = record(el);
    el.selected = 'message';
    await el.updateComplete;
    el.setAttribute('selected', 'session');
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('works the same when properties are set before connecting; removal before the first update is safe', async () => {
    const el = document.createElement('request-tabs');
    el.selected = 'message';
    el.messageCount = 2;
    document.body.append(el);
    await el.updateComplete;
    expect(tab(el, 'message').getAttribute('aria-selected')).to.equal('true');
    expect(badge(el, 'message')!.textContent).to.equal('2');
    el.remove();

    const early = document.createElement('request-tabs');
    expect(() => {
      document.body.append(early);
      early.remove();
    }).not.to.throw();
    await aTimeout(0);
  });

  it('a click fires a cancelable, bubbling, composed tab-change with { tab } and selects the tab', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><request-tabs></request-tabs></div>`);
    const el = wrapper.querySelector('request-tabs')!;
    const pending = oneEvent(wrapper, 'tab-change');
    tab(el, 'message').click();
    const event = await pending;
    expect(event).to.be.instanceOf(TabChangeEvent);
    expect(event.type).to.equal('tab-change');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ tab: 'message' });
    await el.updateComplete;
    expect(el.selected).to.equal('message');
    expect(el.getAttribute('selected')).to.equal('message');
    expect(tab(el, 'message').getAttribute('part')).to.equal('tab tab-selected');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal('tab-message');

    // Clicking the selected tab again changes nothing and fires nothing.
    const events = record(el);
    tab(el, 'message').click();
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('preventDefault() keeps the current tab: nothing changes (click and keyboard)', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    el.addEventListener('tab-change', (event) => event.preventDefault());
    const events = record(el);
    tab(el, 'message').focus(); // as a mouse click does
    tab(el, 'message').click();
    await settle(el);
    expect(events).to.have.length(1);
    expect(el.selected).to.equal('session');
    expect(focused(el), 'focus back on the selected tab').to.equal(tab(el, 'session'));
    expect(el.getAttribute('selected')).to.equal('session');
    expect(tab(el, 'session').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'message').tabIndex).to.equal(-1);

    tab(el, 'session').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(events).to.have.length(2);
    expect(el.selected).to.equal('session');
    expect(focused(el)).to.equal(tab(el, 'session'));
  });

  it('ArrowRight / ArrowLeft move and select with wrap-around; Home / End; focus follows', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    const events = record(el);
    tab(el, 'session').focus();

    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.selected).to.equal('message');
    expect(focused(el)).to.equal(tab(el, 'message'));
    expect(tab(el, 'message').tabIndex).to.equal(0);
    expect(tab(el, 'session').tabIndex).to.equal(-1);

    await sendKeys({ press: 'ArrowRight' }); // wraps to the first
    await settle(el);
    expect(el.selected).to.equal('session');
    expect(focused(el)).to.equal(tab(el, 'session'));

    await sendKeys({ press: 'ArrowLeft' }); // wraps to the last
    await settle(el);
    expect(el.selected).to.equal('message');
    expect(focused(el)).to.equal(tab(el, 'message'));

    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.selected).to.equal('session');

    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.selected).to.equal('message');
    expect(focused(el)).to.equal(tab(el, 'message'));

    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.selected).to.equal('session');
    expect(focused(el)).to.equal(tab(el, 'session'));

    // Home on the first tab: no change, no event.
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(events.map((e) => e.detail.tab)).to.deep.equal([
      'message',
      'session',
      'message',
      'session',
      'message',
      'session',
    ]);
  });

  it('arrows move from the focused tab', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    tab(el, 'message').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    // From "message", the previous tab is "session", already selected: nothing changes.
    expect(el.selected).to.equal('session');
    expect(focused(el)).to.equal(tab(el, 'session'));
  });

  it('ignores other keys and modified arrows', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    const events = record(el);
    tab(el, 'session').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    await settle(el);
    expect(events).to.have.length(0);
    expect(el.selected).to.equal('session');
  });

  it('mirrors the arrows in right-to-left text (dir="rtl" on a wrapper)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><request-tabs></request-tabs></div>`);
    const el = wrapper.querySelector('request-tabs')!;
    await el.updateComplete;
    tab(el, 'session').focus();

    await sendKeys({ press: 'ArrowLeft' }); // visually to the next tab
    await settle(el);
    expect(el.selected).to.equal('message');
    expect(focused(el)).to.equal(tab(el, 'message'));

    await sendKeys({ press: 'ArrowRight' }); // back
    await settle(el);
    expect(el.selected).to.equal('session');
    expect(focused(el)).to.equal(tab(el, 'session'));

    await sendKeys({ press: 'ArrowRight' }); // wraps
    await settle(el);
    expect(el.selected).to.equal('message');
  });

  it('Enter and Space on a tab select it', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    const events = record(el);
    tab(el, 'message').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('message');

    tab(el, 'session').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selected).to.equal('session');
    expect(events.map((e) => e.detail.tab)).to.deep.equal(['message', 'session']);
  });

  it('Tab moves from the selected tab to the panel (only one tab is in the tab sequence)', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs selected="message"></request-tabs>`);
    tab(el, 'message').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(panel(el));
  });

  it('styles: primary underline on the selected tab, themable; touch targets of at least 24px', async () => {
    const el = await fixture<RequestTabs>(
      html`<request-tabs style="--mr-color-primary: rgb(1, 2, 3)" session-count="4"></request-tabs>`,
    );
    const selected = getComputedStyle(tab(el, 'session'));
    const other = getComputedStyle(tab(el, 'message'));
    expect(selected.borderBottomColor).to.equal('rgb(1, 2, 3)');
    expect(Number.parseFloat(selected.borderBottomWidth)).to.be.greaterThan(1);
    expect(other.borderBottomColor).to.not.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(badge(el, 'session')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    for (const t of tabs(el)) {
      const box = t.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
  });

  it('shows a visible focus ring on the focused tab', async () => {
    const el = await fixture<RequestTabs>(html`<request-tabs></request-tabs>`);
    tab(el, 'session').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const style = getComputedStyle(tab(el, 'message'));
    expect(style.outlineStyle).to.equal('solid');
    expect(Number.parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('is accessible (axe): default, with counts, and with the message tab selected', async () => {
    const plain = await fixture<RequestTabs>(html`<request-tabs><p>Nothing here yet.</p></request-tabs>`);
    await expect(plain).to.be.accessible();
    const counted = await fixture<RequestTabs>(
      html`<request-tabs selected="message" session-count="3" message-count="1"
        ><button type="button">A card</button></request-tabs
      >`,
    );
    await expect(counted).to.be.accessible();
  });
});
