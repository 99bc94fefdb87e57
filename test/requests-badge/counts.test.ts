/** `<requests-badge>`: what it counts, when it shows, and where its numbers come from. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { RequestsError } from '../../src/model/errors.js';
import { InboxStore } from '../../src/store/inbox-store.js';
import { badgeIn, countsAdapter, linkName, shown, visible, type RequestsBadge } from './support.js';

const countReads = (adapter: MemoryAdapter) =>
  adapter.calls.filter((c) => c.method === 'countPending').length;

describe('<requests-badge>: counts', () => {
  it('shows the received pending requests of its adapter: both kinds, sessions, messages', async () => {
    const adapter = new MemoryAdapter({ seed: 3 });
    // The same data in another adapter: what the badges must show.
    const { session, message } = await new MemoryAdapter({ seed: 3 }).countPending();
    expect(session, 'the seed has pending sessions').to.be.above(0);
    expect(message, 'the seed has pending messages').to.be.above(0);
    const { wrapper } = await badgeIn(html`
      <requests-badge .adapter=${adapter}></requests-badge>
      <requests-badge .adapter=${adapter} kind="session"></requests-badge>
      <requests-badge .adapter=${adapter} kind="message"></requests-badge>
    `);
    const badges = [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')];
    await waitUntil(() => badges.every((b) => shown(b) !== ''), 'every badge shows a count');
    expect(badges.map(shown)).to.deep.equal([String(session + message), String(session), String(message)]);
    // One store for the three: one read.
    expect(countReads(adapter)).to.equal(1);
  });

  it('a kind that is not session or message counts all; kind can change afterwards', async () => {
    const adapter = countsAdapter({ session: 2, message: 5 });
    const { el } = await badgeIn(html`<requests-badge .adapter=${adapter} kind="bogus"></requests-badge>`);
    expect(el.kind).to.equal('all');
    expect(shown(el)).to.equal('7');
    el.kind = 'message';
    await el.updateComplete;
    expect(shown(el)).to.equal('5');
    el.setAttribute('kind', 'session');
    await el.updateComplete;
    expect(shown(el)).to.equal('2');
    el.kind = 42 as unknown as 'all';
    await el.updateComplete;
    expect([el.kind, shown(el)]).to.deep.equal(['all', '7']);
  });

  it('at zero it shows 0; with hide-zero it takes no room, and comes back when a request arrives', async () => {
    const adapter = countsAdapter({ session: 0, message: 0 });
    const { el: plain } = await badgeIn(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    expect(shown(plain)).to.equal('0');
    expect(visible(plain)).to.equal(true);

    const hidden = await fixture<RequestsBadge>(
      html`<requests-badge .adapter=${adapter} hide-zero></requests-badge>`,
    );
    await waitUntil(() => InboxStore.for(adapter).counts.value !== undefined);
    await hidden.updateComplete;
    expect(visible(hidden)).to.equal(false);
    expect(hidden.getBoundingClientRect().width).to.equal(0);

    adapter.counts = { session: 1, message: 0 };
    await InboxStore.for(adapter).loadCounts();
    await waitUntil(() => shown(hidden) === '1', 'the badge did not come back');
    expect(visible(hidden)).to.equal(true);
    hidden.hideZero = false;
    adapter.counts = { session: 0, message: 0 };
    await InboxStore.for(adapter).loadCounts();
    await waitUntil(() => shown(hidden) === '0');
  });

  it('shows nothing until the first count arrives (no 0, no placeholder)', async () => {
    const adapter = countsAdapter({ session: 4, message: 0 }, 100);
    const el = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    expect(InboxStore.for(adapter).counts.value, 'still reading').to.equal(undefined);
    expect(visible(el)).to.equal(false);
    await waitUntil(() => shown(el) === '4');
    expect(visible(el)).to.equal(true);
  });

  it('the same count whether the adapter is set before or after the badge is connected', async () => {
    const adapter = countsAdapter({ session: 3, message: 1 });
    const before = document.createElement('requests-badge');
    before.adapter = adapter;
    before.kind = 'session';
    before.hideZero = true;
    const after = document.createElement('requests-badge');
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // Connected without an adapter for a moment: its one not-configured warning is expected, not logged.
    const warn = console.warn;
    console.warn = () => {};
    try {
      wrapper.append(before, after);
      await after.updateComplete;
    } finally {
      console.warn = warn;
    }
    after.adapter = adapter;
    after.kind = 'session';
    after.hideZero = true;
    await waitUntil(() => shown(before) !== '' && shown(after) !== '');
    expect([shown(before), shown(after)]).to.deep.equal(['3', '3']);
    expect(adapter.reads).to.equal(1);
  });

  it('a new adapter shows its own counts; removed and put back, the badge reads stale counts again', async () => {
    const first = countsAdapter({ session: 1, message: 1 });
    const second = countsAdapter({ session: 9, message: 0 });
    const { el, wrapper } = await badgeIn(html`<requests-badge .adapter=${first}></requests-badge>`);
    expect(shown(el)).to.equal('2');
    el.adapter = second;
    await waitUntil(() => shown(el) === '9');

    InboxStore.for(second).freshness = 0;
    second.counts = { session: 5, message: 0 };
    el.remove();
    wrapper.append(el);
    await waitUntil(() => shown(el) === '5', 'the stale count was not read again on reconnect');
  });

  it('setting properties fires no event', async () => {
    const adapter = countsAdapter({ session: 1, message: 0 });
    const el = document.createElement('requests-badge');
    const heard: string[] = [];
    for (const type of ['request-error', 'requests-changed'])
      document.addEventListener(type, () => heard.push(type));
    el.adapter = adapter;
    el.kind = 'message';
    el.hideZero = true;
    await fixture(html`<div>${el}</div>`);
    el.kind = 'session';
    el.adapter = countsAdapter({ session: 2, message: 0 });
    await waitUntil(() => shown(el) === '2');
    expect(heard).to.deep.equal([]);
  });

  it('a failed read fires request-error (all, count) and keeps the last count; no Retry', async () => {
    const adapter = countsAdapter({ session: 2, message: 1 });
    const { el } = await badgeIn(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    adapter.failWith = new RequestsError('server', 'The server failed.');
    const failed = oneEvent(el, 'request-error');
    void InboxStore.for(adapter).loadCounts();
    const { detail } = await failed;
    expect([detail.kind, detail.action, detail.error.kind]).to.deep.equal(['all', 'count', 'server']);
    await el.updateComplete;
    expect(shown(el)).to.equal('3');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('a first read that fails: request-error, nothing shown, and no retry on every render', async () => {
    const adapter = countsAdapter({ session: 2, message: 1 });
    adapter.failWith = new RequestsError('unauthorized', 'Sign in again.');
    const errors: string[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div @request-error=${(e: CustomEvent) => errors.push(e.detail.error.kind)}>
        <requests-badge .adapter=${adapter}></requests-badge>
      </div>`,
    );
    const el = wrapper.querySelector('requests-badge')!;
    await waitUntil(() => errors.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The badge's read, and at most the store's first poll (it polls at once when no read has succeeded):
    // each render after a failure does not read again.
    expect(adapter.reads).to.be.within(1, 2);
    expect(errors).to.have.length(adapter.reads);
    expect(new Set(errors)).to.deep.equal(new Set(['unauthorized']));
    expect(visible(el)).to.equal(false);
  });

  it('its name says what it counts, inside the link a host puts it in', async () => {
    const adapter = countsAdapter({ session: 3, message: 1 });
    const { wrapper } = await badgeIn(
      html`<a href="#inbox">Inbox <requests-badge .adapter=${adapter}></requests-badge></a>
        <a href="#sessions">Sessions <requests-badge .adapter=${adapter} kind="session"></requests-badge></a>
        <a href="#messages"
          >Messages <requests-badge .adapter=${adapter} kind="message"></requests-badge
        ></a>`,
    );
    await waitUntil(() =>
      [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')].every((b) => shown(b)),
    );
    expect([...wrapper.querySelectorAll('a')].map(linkName)).to.deep.equal([
      'Inbox 4 pending requests',
      'Sessions 3 pending session requests',
      'Messages 1 pending message request',
    ]);
  });
});
