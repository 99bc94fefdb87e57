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
import { StoreRemoteChangeEvent, type RemoteChangeDetail } from '../../src/store/store-events.js';
import { cards, detailOf } from '../support/page-helpers.js';
import { countsAdapter, shown, type RequestsBadge } from './support.js';

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
    const adapter = countsAdapter({ session: 1, message: 0 });
    const other = countsAdapter({ session: 2, message: 0 });
    const log: string[] = [];
    for (const [name, a] of [
      ['first', adapter],
      ['other', other],
    ] as const) {
      const store = InboxStore.for(a);
      store.watch = () => {
        log.push(`watch ${name}`);
        return () => log.push(`release ${name}`);
      };
    }
    const badge = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    await waitUntil(() => shown(badge) === '1');
    expect(log).to.deep.equal(['watch first']);
    const parent = badge.parentElement!;
    badge.remove();
    expect(log).to.deep.equal(['watch first', 'release first']);
    parent.append(badge);
    await badge.updateComplete;
    badge.adapter = other;
    await badge.updateComplete;
    expect(log).to.deep.equal([
      'watch first',
      'release first',
      'watch first',
      'release first',
      'watch other',
    ]);
  });
});
