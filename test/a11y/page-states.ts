/** The states of <requests-page>, detail and dialog inside it included (not a test file itself). */
import { html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import {
  TZ,
  inboxAdapter,
  loadedDetail,
  never,
  openRejectDialog,
  partButton,
  q,
  sr,
  type Root,
  type State,
} from './state-kit.js';
import { themed, type Variant } from './variants.js';

export async function page(
  adapter: MemoryAdapter | undefined,
  v: Variant,
  pageSize = 10,
  view: { direction: string; status: string } = { direction: 'all', status: 'all' },
): Promise<{ wrapper: HTMLElement; el: RequestsPage }> {
  return themed<RequestsPage>(
    // Both directions and every status (as before the filters): the cards show Sent / Received and tags.
    html`<requests-page
      .adapter=${adapter}
      page-size=${pageSize}
      time-zone=${TZ}
      direction=${view.direction}
      status=${view.status}
    ></requests-page>`,
    v,
  );
}

export const cardsOf = (el: Element) =>
  Array.from(sr(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));

/** Waits for the list, the counts and every running load to settle. */
export async function settled(el: RequestsPage): Promise<void> {
  await waitUntil(
    () =>
      (cardsOf(el).length > 0 || q(el, '.empty, .error')) &&
      !q(el, '.list[aria-busy="true"], .skeleton, .load-more[aria-disabled="true"], .filters-pending'),
    'list did not settle',
  );
  const tabs = q<Root>(el, 'request-tabs')!;
  await tabs.updateComplete;
  await el.updateComplete;
}

/**
 * A page state: `prepare` edits the inbox adapter (`inboxAdapter(inbox)`) before the page renders, `mount`
 * renders it (by default `page()`), then `drive` brings the page into the state.
 */
function pageState(
  name: string,
  drive: (el: RequestsPage, adapter: MemoryAdapter) => Promise<unknown>,
  {
    inbox,
    prepare,
    mount = page,
  }: {
    inbox?: Parameters<typeof inboxAdapter>[0];
    prepare?: (adapter: MemoryAdapter) => void;
    mount?: (adapter: MemoryAdapter, v: Variant) => Promise<{ wrapper: HTMLElement; el: RequestsPage }>;
  } = {},
): State {
  return {
    element: 'requests-page',
    name,
    render: async (v) => {
      const adapter = inboxAdapter(inbox);
      prepare?.(adapter);
      const r = await mount(adapter, v);
      await drive(r.el, adapter);
      return r;
    },
  };
}

/** The load failed: its error shows, and the rest settles. */
async function failedToLoad(el: RequestsPage): Promise<void> {
  await waitUntil(() => q(el, '.error'));
  await settled(el);
}

/** Switches to the message tab and waits for its list. */
async function showMessages(el: RequestsPage): Promise<void> {
  el.setAttribute('tab', 'message');
  await waitUntil(() => cardsOf(el)[0]?.querySelector('.preview'));
  await settled(el);
}

/** Opens the first card and waits for its detail (`tag`) to load. */
async function openFirstCard(
  el: RequestsPage,
  tag: 'session-request-detail' | 'message-request-detail',
): Promise<Element> {
  cardsOf(el)[0]!.querySelector('button')!.click();
  await waitUntil(() => q(el, tag));
  const detailEl = q(el, tag)!;
  await loadedDetail(detailEl);
  return detailEl;
}

export const PAGE_STATES: State[] = [
  pageState('loading (skeleton)', (el) => waitUntil(() => q(el, '.skeleton')), {
    prepare: (adapter) => (adapter.listSessionRequests = never),
  }),
  pageState('session list, partial, with an expired card and Load more', async (el) => {
    await settled(el);
    await waitUntil(() => q(el, '.load-more'));
    await waitUntil(() => q(q<Root>(el, 'request-tabs')!, '[part~="badge"]'));
  }),
  pageState('loading more', async (el, adapter) => {
    await settled(el);
    adapter.listSessionRequests = never;
    q<HTMLButtonElement>(el, '.load-more')!.click();
    await waitUntil(() => q(el, '.load-more[aria-disabled="true"]'));
  }),
  pageState('load more failed', async (el, adapter) => {
    await settled(el);
    adapter.failNext('listSessionRequests', 'timeout');
    q<HTMLButtonElement>(el, '.load-more')!.click();
    await waitUntil(() => q(el, '.more .error'));
  }),
  pageState(
    'virtualized list (virtualize-threshold 0)',
    async (el) => {
      await waitUntil(() => q(el, '.list.virtual [part~="card"]'), 'the virtualized list did not render', {
        timeout: 5000,
      });
      await settled(el);
    },
    {
      mount: (adapter, v) =>
        themed<RequestsPage>(
          html`<requests-page
            .adapter=${adapter}
            page-size="10"
            time-zone=${TZ}
            .virtualizeThreshold=${0}
          ></requests-page>`,
          v,
        ),
    },
  ),
  pageState('message list', async (el) => {
    await settled(el);
    await showMessages(el);
  }),
  pageState('empty', settled, { inbox: { sessions: 0, messages: 0 } }),
  pageState('list failed with Retry', failedToLoad, {
    prepare: (adapter) => adapter.failNext('listSessionRequests', 'server'),
  }),
  pageState('counts failed', failedToLoad, {
    prepare: (adapter) => adapter.failNext('countPending', 'forbidden'),
  }),
  pageState('offline banner', async (el) => {
    await settled(el);
    window.dispatchEvent(new Event('offline'));
    await waitUntil(() => q(el, '.banner.offline'));
  }),
  pageState('session detail open', async (el) => {
    await settled(el);
    await openFirstCard(el, 'session-request-detail');
  }),
  pageState('session detail, reject dialog open', async (el) => {
    await settled(el);
    await openRejectDialog(await openFirstCard(el, 'session-request-detail'));
  }),
  pageState('session detail, meeting link form', async (el) => {
    await settled(el);
    const detailEl = await openFirstCard(el, 'session-request-detail');
    partButton(detailEl, 'accept-button').click();
    await waitUntil(() => q(detailEl, '[part~="link-button"]'));
    partButton(detailEl, 'link-button').click();
    await waitUntil(() => q(detailEl, '#link-url'));
  }),
  pageState('message detail open', async (el) => {
    await settled(el);
    await showMessages(el);
    await openFirstCard(el, 'message-request-detail');
  }),
];
