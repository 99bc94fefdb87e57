/**
 * `<requests-badge>` stays true over time: it follows its store (an action in a `<requests-page>` on the
 * same adapter, a read of the counts, a push), watches the store while connected, and re-fires each remote
 * change of the store once as `requests-changed`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { RequestsChangedEvent } from '../../src/events.js';
import { InboxStore } from '../../src/store/inbox-store.js';
import { StoreRemoteChangeEvent, type RemoteChangeDetail } from '../../src/store/remote-change.js';
import { cards, detailOf } from '../support/page-helpers.js';
import { countsAdapter, shown, type RequestsBadge } from './support.js';
import { FakeClock } from '../support/fake-clock.mjs';

const CHANGE: RemoteChangeDetail = { kind: 'session', added: ['s9'], updated: ['s2'], removed: ['s1'] };

describe('<requests-badge>: live', function () {
  this.timeout(10000);

  it('an accept in a <requests-page> on the same adapter lowers the badge at once, with no read of its own', async () => {
    const adapter = new MemoryAdapter({ seed: 3 });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <header><requests-badge .adapter=${adapter} kind="session"></requests-badge></header>
        <requests-page .adapter=${adapter}></requests-page>
      </div>`,
    );
    const badge = wrapper.querySelector('requests-badge')!;
    const page = wrapper.querySelector<RequestsPage>('requests-page')!;
    await waitUntil(() => cards(page).length > 0 && shown(badge) !== '', 'the page and the badge loaded');
    const before = Number(shown(badge));
    const reads = adapter.calls.filter((c) => c.method === 'countPending').length;
    expect(reads, 'the page and the badge share one read').to.equal(1);

    cards(page)[0]!.querySelector('button')!.click();
    await waitUntil(() => detailOf(page)?.shadowRoot?.querySelector('[part~="accept-button"]'), 'no Accept');
    const detail = detailOf(page)!;
    const accepted = oneEvent(page, 'request-accepted');
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await accepted;
    await waitUntil(() => shown(badge) === String(before - 1), 'the badge did not drop');
  });

  it('follows the counts of its store, whoever read them', async () => {
    const adapter = countsAdapter({ session: 1, message: 0 });
    const badge = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    await waitUntil(() => shown(badge) === '1');
    adapter.counts = { session: 4, message: 3 };
    await InboxStore.for(adapter).loadCounts();
    await waitUntil(() => shown(badge) === '7');
  });

  it('a request that arrives on the server (the adapter pushes it) raises the badge', async () => {
    const adapter = new MemoryAdapter({ seed: 5 });
    const badge = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    await waitUntil(() => shown(badge) !== '');
    const before = Number(shown(badge));
    // The watch (and its push subscription) starts once the live layer has loaded.
    await waitUntil(() => {
      adapter.receiveRequest('message');
      return Number(shown(badge)) > before;
    }, 'the pushed arrival did not reach the badge');
  });

  it('re-fires each remote change of its store once as requests-changed, with its detail; none once removed', async () => {
    const adapter = countsAdapter({ session: 2, message: 0 });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <requests-badge .adapter=${adapter}></requests-badge>
        <requests-badge .adapter=${adapter} kind="message"></requests-badge>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')];
    await waitUntil(() => shown(first!) !== '' && shown(second!) !== '');
    const heard: [EventTarget | null, RequestsChangedEvent['detail']][] = [];
    wrapper.addEventListener('requests-changed', (e) => heard.push([e.target, e.detail]));
    const store = InboxStore.for(adapter);

    store.dispatchEvent(new StoreRemoteChangeEvent(CHANGE));
    expect(heard).to.deep.equal([
      [first, CHANGE],
      [second, CHANGE],
    ]);
    store.dispatchEvent(new StoreRemoteChangeEvent({ ...CHANGE, kind: 'message' }));
    expect(heard).to.have.length(4);

    second!.remove();
    heard.length = 0;
    store.dispatchEvent(new StoreRemoteChangeEvent(CHANGE));
    expect(heard.map(([target]) => target)).to.deep.equal([first]);
    // Put back: one event again, not two.
    wrapper.append(second!);
    await second!.updateComplete;
    heard.length = 0;
    store.dispatchEvent(new StoreRemoteChangeEvent(CHANGE));
    expect(heard.map(([target]) => target)).to.deep.equal([first, second]);
  });

  it('watches its store while connected and releases the watch when removed or given another adapter', async () => {
    // Each store on a simulated clock: a watched store reads its counts once a minute, an unwatched one never.
    const adapter = countsAdapter({ session: 1, message: 0 });
    const other = countsAdapter({ session: 2, message: 0 });
    const clock = new FakeClock(Date.now());
    InboxStore.for(adapter, { clock });
    InboxStore.for(other, { clock });
    const minute = async () => {
      await import('../../src/store/live.js'); // the badge loads it when it connects
      await clock.advance(60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const badge = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    await waitUntil(() => shown(badge) === '1');
    await minute();
    expect([adapter.reads, other.reads], 'watched: one read at start, one a minute').to.deep.equal([2, 0]);
    const parent = badge.parentElement!;
    badge.remove();
    await minute();
    expect([adapter.reads, other.reads], 'removed: no more reads').to.deep.equal([2, 0]);
    parent.append(badge);
    await badge.updateComplete;
    badge.adapter = other;
    await waitUntil(() => shown(badge) === '2');
    // Back in the document with counts two minutes old, it read them again once before the switch.
    const first = adapter.reads;
    await minute();
    expect(adapter.reads, 'the first adapter is no longer watched').to.equal(first);
    expect(other.reads, 'the other is: its first read, then one a minute').to.equal(2);
    expect(clock.pending, 'one poll waiting, for the other store').to.equal(1);
    badge.remove();
  });
});
