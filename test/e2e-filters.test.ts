/**
 * End to end, the filters and the history: <requests-page> + the real MentorEdAdapter (fetch) + the MSW
 * emulation of MentorEd (which seeds a history as upstream stores it: accepted requests with a session,
 * rejected ones with `reject_reason`, EXPIRED ones; src/mocks/store.ts `addHandled`). Every list is
 * compared with the emulated server's rows, read the way upstream's `requestSessions/list` filters them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define-all.js';
import { MentorEdAdapter } from '../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../src/mocks/index.js';
import type { StoredSessionRequest } from '../src/mocks/types.js';
import { MENTORED_BASE_URL, useMentorEdWorker } from './support/mentored-emulation.js';
import { cards, root, tabsOf } from './requests-page-fixtures.js';

const PAGE = 5;
const { serve } = useMentorEdWorker();

const ids = (el: RequestsPage) => cards(el).map((card) => card.dataset.id!);

/** The viewer's session requests in `filter`, newest first, as the server holds them. */
function serverList(db: MentorEdDb, direction: 'received' | 'sent' | 'all', status: string): string[] {
  const now = Date.now() / 1000;
  const shown = (r: StoredSessionRequest) => {
    if (r.status === 'REQUESTED') return r.end_date > now ? 'pending' : 'expired';
    return r.status.toLowerCase();
  };
  const mine = (r: StoredSessionRequest) =>
    (direction !== 'sent' && r.requestee_id === db.me) ||
    (direction !== 'received' && r.requestor_id === db.me);
  return db
    .sortNewest(db.sessionRequests.filter((r) => mine(r) && (status === 'all' || shown(r) === status)))
    .map((r) => r.id);
}

async function page(
  db: MentorEdDb,
  attrs: { direction?: string; status?: string } = {},
): Promise<RequestsPage> {
  const adapter = new MentorEdAdapter({ baseUrl: MENTORED_BASE_URL, token: 'e2e-token', language: 'en' });
  const el = await fixture<RequestsPage>(
    html`<requests-page
      .adapter=${adapter}
      page-size=${PAGE}
      direction=${attrs.direction ?? 'received'}
      status=${attrs.status ?? 'pending'}
    ></requests-page>`,
  );
  await waitUntil(() => cards(el).length > 0 || root(el).querySelector('.empty'), 'no list', {
    timeout: 5000,
  });
  expect(db.sessionRequests.length).to.be.greaterThan(0);
  return el;
}

/** Loads every page of the shown list; each page adds exactly PAGE cards but the last. */
async function loadAll(el: RequestsPage): Promise<void> {
  for (let guard = 0; root(el).querySelector('.load-more') && guard < 20; guard++) {
    const before = cards(el).length;
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length > before, 'load more did nothing');
    const added = cards(el).length - before;
    if (root(el).querySelector('.load-more')) expect(added, 'a full page').to.equal(PAGE);
  }
}

function pick(el: RequestsPage, which: 'direction' | 'status', value: string): void {
  const select = root(el).querySelector<HTMLSelectElement>(`#filter-${which}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('e2e: the filters and the history with the MentorEd adapter and the emulation', () => {
  it('the queue is the server’s received pending requests, and the tab counts exactly them', async () => {
    const db = serve({ seed: 21, sessionRequests: 14, messageRequests: 4 });
    const el = await page(db);
    await loadAll(el);
    expect(ids(el)).to.deep.equal(serverList(db, 'received', 'pending'));
    await waitUntil(() => tabsOf(el).sessionCount === db.pendingReceivedCounts().session);
    expect(ids(el).length).to.equal(tabsOf(el).sessionCount);
  });

  for (const [direction, status] of [
    ['sent', 'pending'],
    ['all', 'pending'],
    ['received', 'accepted'],
    ['all', 'rejected'],
    ['all', 'expired'],
    ['all', 'all'],
  ] as const) {
    it(`${direction} / ${status}: exactly the server’s rows, full pages, none twice`, async () => {
      const db = serve({ seed: 22, sessionRequests: 14, messageRequests: 4 });
      const el = await page(db, { direction, status });
      await loadAll(el);
      const expected = serverList(db, direction, status);
      expect(expected.length, 'the seed has such requests').to.be.greaterThan(0);
      expect(ids(el)).to.deep.equal(expected);
      expect(new Set(ids(el)).size).to.equal(ids(el).length);
      expect(root(el).querySelector('.shown')!.textContent).to.contain(`of ${expected.length}`);
    });
  }

  it('an accepted request moves from the queue to the accepted list, and opens with its meeting link controls', async () => {
    const db = serve({ seed: 23, sessionRequests: 8, messageRequests: 2 });
    const el = await page(db);
    const id = ids(el)[0]!;
    cards(el)[0]!.querySelector('button')!.click();
    await el.updateComplete;
    const detail = () => root(el).querySelector('session-request-detail')!.shadowRoot!;
    await waitUntil(() => detail().querySelector('[part~="accept-button"]'), 'no Accept');
    detail().querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await waitUntil(() => detail().querySelector('[part~="link-button"]'), 'no Add link after accept');
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => !ids(el).includes(id), 'the accepted request stays in the queue');
    pick(el, 'status', 'accepted');
    await waitUntil(() => ids(el).includes(id), 'the accepted request is not in the accepted list');
    const card = cards(el).find((c) => c.dataset.id === id)!;
    expect(card.querySelector('[part~="badge-status"]')!.textContent!.trim()).to.equal('Accepted');
    card.querySelector('button')!.click();
    await el.updateComplete;
    await waitUntil(() => detail().querySelector('[part~="link-button"]'), 'no link controls later');
    expect(detail().querySelector('[part~="accept-button"]')).to.equal(null);
  });

  it('a rejected request shows the reason the server stored', async () => {
    const db = serve({ seed: 24, sessionRequests: 8, messageRequests: 2 });
    const row = db.sessionRequests.find((r) => r.status === 'REJECTED' && r.reject_reason);
    expect(row, 'the seed has a rejection with a reason').to.not.equal(undefined);
    const el = await page(db, { direction: 'all', status: 'rejected' });
    await loadAll(el);
    cards(el)
      .find((c) => c.dataset.id === row!.id)!
      .querySelector('button')!
      .click();
    await el.updateComplete;
    const detail = () => root(el).querySelector('session-request-detail')!.shadowRoot!;
    await waitUntil(() => detail().textContent?.includes(row!.reject_reason!), 'the reason is not shown');
  });
});
