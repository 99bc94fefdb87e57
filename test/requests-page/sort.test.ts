/**
 * <requests-page sort="newest|soonest">: the session list by slot start, in exact pages, with both
 * adapters (MentorEd through the MSW emulation: upstream has no order parameter, so its adapter orders the
 * whole list it reads anyway; services/requestSessions.js `list`); each order is a list of its own in the
 * store, so going back to one costs nothing; the attribute reflects, a bad value is the default; the filter
 * bar's Order control, by keyboard, in en/hi/ar, at 320 px.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { withFields } from '../../src/react/lazy-class.js';
import type { FilterChangeEvent } from '../../src/events.js';
import { expectAccessible } from '../a11y/helpers.js';
import { HOUR, cards, root, selectTab, session, settle, text } from '../requests-page-fixtures.js';
import { MENTORED_BASE_URL, useMentorEdWorker } from '../support/mentored-emulation.js';
import { pageHooks } from './support.js';

const { serve } = useMentorEdWorker();

/** Hours from now of each request's slot, in the order they were made (the first is the oldest). */
const SLOT_HOURS = [30, 5, 70, 12, 48, 2, 90, 26, 8, 60, 3, 40, 17];
const COUNT = SLOT_HOURS.length;
/** Request k (0 = the oldest) of the expected orders, as an index. */
const NEWEST = SLOT_HOURS.map((_, k) => COUNT - 1 - k);
const SOONEST = SLOT_HOURS.map((h, k) => [h, k] as const)
  .sort((a, b) => a[0] - b[0])
  .map(([, k]) => k);

interface Setup {
  adapter: RequestsAdapter;
  /** The id of request k. */
  ids: string[];
  /** How many list reads the backend has served (adapter calls; on MentorEd, requestSessions/list). */
  reads: () => number;
}

/** 13 pending received session requests on the MemoryAdapter, made an hour apart. */
function memorySetup(): Setup {
  const now = Date.now();
  const sessions = SLOT_HOURS.map((h, k) =>
    session(k, {
      id: `r${k}`,
      direction: 'received',
      start: new Date(now + h * HOUR),
      end: new Date(now + (h + 1) * HOUR),
      createdAt: new Date(now - (COUNT - k) * HOUR),
    }),
  );
  const adapter = new MemoryAdapter({ sessionRequests: sessions, messageRequests: [] });
  const reads = () => adapter.calls.filter((c) => c.method === 'listSessionRequests').length;
  return { adapter, ids: sessions.map((s) => s.id), reads };
}

/** The same requests on the emulated MentorEd server (each from a new user, a second apart). */
function mentoredSetup(): Setup {
  let t = Date.now() - COUNT * 1000;
  const db = serve({ sessionRequests: 0, messageRequests: 0, history: 0, now: () => t });
  const ids = SLOT_HOURS.map((h) => {
    t += 1000;
    const start = Math.floor(Date.now() / 1000) + h * 3600;
    return db.receiveSessionRequest({ start_date: start, end_date: start + 3600 }).id;
  });
  t = Date.now();
  const adapter = new MentorEdAdapter({ baseUrl: MENTORED_BASE_URL, token: 't', language: 'en' });
  const reads = () => db.calls.filter((c) => c.endpoint === 'requestSessions/list').length;
  return { adapter, ids, reads };
}

/**
 * A page of 5 per page, below a screen-high spacer: its infinite scroll sentinel stays out of view, so the
 * pages load when the test says (Load more), not as fast as the sentinel is seen.
 */
async function pageOf(adapter: RequestsAdapter, sort?: string, lang = 'en'): Promise<RequestsPage> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <div style="block-size: 100vh"></div>
      <requests-page lang=${lang} .adapter=${adapter} page-size="5" sort=${sort ?? 'newest'}></requests-page>
    </div>`,
  );
  const el = wrapper.querySelector('requests-page')!;
  await waitUntil(() => cards(el).length === 5, 'the first page did not load');
  await settle(el);
  return el;
}

const shownIds = (el: RequestsPage) => cards(el).map((card) => card.dataset.id!);
const sortSelect = (el: RequestsPage) => root(el).querySelector<HTMLSelectElement>('#filter-sort');

/** Loads every page with Load more; returns the number of cards after each page. */
async function loadAll(el: RequestsPage): Promise<number[]> {
  const seen = [cards(el).length];
  while (root(el).querySelector('.load-more')) {
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => cards(el).length > seen.at(-1)!, 'the next page did not load');
    await settle(el);
    seen.push(cards(el).length);
  }
  return seen;
}

describe('<requests-page> sort', () => {
  pageHooks();

  for (const [name, setup] of [
    ['MemoryAdapter', memorySetup],
    ['MentorEdAdapter', mentoredSetup],
  ] as const) {
    describe(name, () => {
      it('soonest: slot start first, in exact pages across page boundaries', async () => {
        const { adapter, ids, reads } = setup();
        const el = await pageOf(adapter, 'soonest');
        expect(shownIds(el)).to.deep.equal(SOONEST.slice(0, 5).map((k) => ids[k]));
        const first = reads();
        // Pages of 5, 5 and 3: each page a page size, the last the rest, none twice.
        expect(await loadAll(el)).to.deep.equal([5, 10, 13]);
        expect(shownIds(el)).to.deep.equal(SOONEST.map((k) => ids[k]));
        expect(new Set(shownIds(el)).size).to.equal(COUNT);
        expect(text(root(el).querySelector('.shown'))).to.equal(`Showing ${COUNT} of ${COUNT}`);
        // The MemoryAdapter is asked for each page; MentorEd's whole list was read for page 1, pages 2 and 3
        // are cut from that read (paging.ts ListSnapshots): no call.
        expect(reads() - first).to.equal(name === 'MemoryAdapter' ? 2 : 0);
      });

      it('switching back to an order already shown costs no read', async () => {
        const { adapter, ids, reads } = setup();
        const el = await pageOf(adapter);
        expect(shownIds(el)).to.deep.equal(NEWEST.slice(0, 5).map((k) => ids[k]));
        el.sort = 'soonest';
        await waitUntil(() => shownIds(el)[0] === ids[SOONEST[0]!], 'soonest did not show');
        await settle(el);
        const before = reads();
        el.sort = 'newest';
        await el.updateComplete;
        expect(shownIds(el)).to.deep.equal(NEWEST.slice(0, 5).map((k) => ids[k]));
        el.sort = 'soonest';
        await el.updateComplete;
        expect(shownIds(el)).to.deep.equal(SOONEST.slice(0, 5).map((k) => ids[k]));
        await settle(el);
        expect(reads(), 'reads after switching back and forth').to.equal(before);
      });
    });
  }

  it('reflects `sort`; a bad value is the default, without throwing; each tab keeps its own', async () => {
    const { adapter, ids } = memorySetup();
    const el = await pageOf(adapter);
    expect([el.sort, el.getAttribute('sort')]).to.deep.equal(['newest', 'newest']);
    el.sort = 'soonest';
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('soonest');
    // The message tab has no slots: newest, always; the session tab keeps soonest.
    await selectTab(el, 'message');
    expect([el.sort, el.getAttribute('sort')]).to.deep.equal(['newest', 'newest']);
    await selectTab(el, 'session');
    expect(el.getAttribute('sort')).to.equal('soonest');
    el.setAttribute('sort', 'later');
    await el.updateComplete;
    expect([el.sort, el.getAttribute('sort')]).to.deep.equal(['newest', 'newest']);
    await waitUntil(() => shownIds(el)[0] === ids[NEWEST[0]!]);
    // Set before the element is in the document: the same.
    const early = document.createElement('requests-page') as RequestsPage;
    early.sort = 'soonest';
    early.adapter = adapter;
    early.setAttribute('page-size', '5');
    (await fixture<HTMLElement>(html`<div><div style="block-size: 100vh"></div></div>`)).append(early);
    await waitUntil(() => cards(early).length === 5);
    expect(early.getAttribute('sort')).to.equal('soonest');
    expect(shownIds(early)).to.deep.equal(SOONEST.slice(0, 5).map((k) => ids[k]));
  });

  it('React: the wrapper sets `sort` as a property (@lit/react asks the class’s prototype)', () => {
    // src/react/index.ts wraps the real class (with `withFields` for the plain fields): `sort` must be found
    // on the prototype, or React would set a string attribute the page then reads back (no live property).
    expect('sort' in RequestsPage.prototype).to.equal(true);
    expect('sort' in withFields(RequestsPage, ['rejectReasons']).prototype).to.equal(true);
    const el = document.createElement('requests-page');
    el.sort = 'soonest';
    expect(el.sort).to.equal('soonest');
  });

  it('the Order control: keyboard, filter-change with the order, a host may cancel it', async () => {
    const { adapter, ids } = memorySetup();
    const el = await pageOf(adapter);
    const control = sortSelect(el)!;
    expect(text(root(el).querySelector('label[for="filter-sort"]'))).to.equal('Order');
    expect([...control.options].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['newest', 'Newest first'],
      ['soonest', 'Soonest first'],
    ]);
    // Keyboard: from the status filter, Tab reaches it; an arrow key picks the next order.
    root(el).querySelector<HTMLSelectElement>('#filter-status')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(control);
    const change = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    await sendKeys({ press: 'ArrowDown' });
    const event = await change;
    expect(event.detail).to.deep.equal({
      tab: 'session',
      direction: 'received',
      status: 'pending',
      sort: 'soonest',
    });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => shownIds(el)[0] === ids[SOONEST[0]!], 'the order did not change');
    expect(el.getAttribute('sort')).to.equal('soonest');
    // A host that routes the order itself cancels the event: the page and the control stay.
    el.addEventListener('filter-change', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect([el.sort, control.value]).to.deep.equal(['soonest', 'soonest']);
    // The message tab has no order to pick.
    await selectTab(el, 'message');
    expect(sortSelect(el)).to.equal(null);
  });

  it('the Order control in Hindi and Arabic, at 320 px, accessible', async () => {
    for (const [lang, label, options] of [
      ['hi', 'क्रम', ['नए अनुरोध पहले', 'जल्दी शुरू होने वाले पहले']],
      ['ar', 'الترتيب', ['الأحدث أولًا', 'الأقرب موعدًا أولًا']],
    ] as const) {
      const el = await pageOf(memorySetup().adapter, 'newest', lang);
      el.style.inlineSize = '320px';
      await waitUntil(() => text(root(el).querySelector('label[for="filter-sort"]')) === label, `${lang}`);
      const control = sortSelect(el)!;
      expect([...control.options].map((o) => o.textContent!.trim())).to.deep.equal([...options]);
      // Inside the page at 320 px, on a row of its own below direction and status.
      const page = el.getBoundingClientRect();
      const box = control.getBoundingClientRect();
      expect(box.left >= page.left && box.right <= page.right).to.equal(true);
      const status = root(el).querySelector('#filter-status')!.getBoundingClientRect();
      expect(box.top).to.be.greaterThan(status.bottom);
      await expectAccessible(el.parentElement!);
    }
  });
});
