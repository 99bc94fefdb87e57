/**
 * Long lists in <requests-page>: above `virtualize-threshold` the list renders through
 * @lit-labs/virtualizer. Behaviour only (what is in the DOM, ARIA, focus, keyboard); the timings are in
 * `npm run bench` (bench/), not here.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/define-all.js';
import { ItemStore } from '../src/store/item-store.js';
import { InboxStore } from '../src/store/inbox-store.js';
import { acceptRequest } from '../src/store/store-actions.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import { cards, root, settle } from './requests-page-fixtures.js';
import {
  activeInPage,
  adapterWith,
  focusedCardId,
  frames,
  ids,
  isVirtual,
  list,
  PAGE,
  pageOf,
  THRESHOLD,
} from './support/long-lists.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { maxHostSize, NearFlowLayout } from '../src/elements/requests-page/virtual-layout.js';

/** Loads pages with the Load more button until `count` requests are in the list. */
async function loadUntil(el: RequestsPage, count: number, threshold = THRESHOLD): Promise<void> {
  const shown = () => Number(/\d+/.exec(root(el).querySelector('.shown')?.textContent ?? '')?.[0] ?? 0);
  while (shown() < count) {
    const before = shown();
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => shown() > before, `page after ${before} did not load`);
    await settle(el);
    // Virtualized once past the threshold (when the list switches, the view stays on the same card).
    await waitUntil(() => isVirtual(el) === shown() > threshold, 'the list did not switch');
    await frames(6);
    // Focus moves to the first new request (rendered first when the list is virtualized).
    await waitUntil(() => focusedCardId(el) === `s${before}`, `focus did not move to s${before}`);
  }
  // Load more moved focus to the first new request (and scrolled to it): start from the top.
  activeInPage(el)?.blur();
  window.scrollTo(0, 0);
  await frames(4);
}

/** Nodes in the element's shadow tree (the inner elements' shadow trees included). */
function nodeCount(node: Node): number {
  let count = 1;
  for (let child = node.firstChild; child; child = child.nextSibling) count += nodeCount(child);
  if (node instanceof Element && node.shadowRoot) count += nodeCount(node.shadowRoot);
  return count;
}

describe('<requests-page> long lists (virtualized)', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('renders a plain list up to the threshold and virtualizes above it', async () => {
    const el = await pageOf(adapterWith(1000));
    expect(isVirtual(el)).to.equal(false);
    expect(cards(el)).to.have.length(PAGE);

    await loadUntil(el, 200); // 200 > 150
    await waitUntil(() => isVirtual(el), 'the list was not virtualized');
    await frames();
    const rendered = cards(el).length;
    expect(rendered).to.be.greaterThan(0).and.lessThan(200);
    // The window starts at the top, in order.
    expect(ids(el).slice(0, 3)).to.deep.equal(['s0', 's1', 's2']);
    expect(root(el).querySelector('.shown')!.textContent).to.contain('200').and.contain('1000');
  });

  it('labels every rendered card with its position in the whole list (aria-setsize / aria-posinset)', async () => {
    const el = await pageOf(adapterWith(1000));
    await loadUntil(el, 300);
    await waitUntil(() => isVirtual(el));
    window.scrollTo(0, list(el).getBoundingClientRect().top + window.scrollY + 20_000);
    await frames(4);
    const shown = cards(el);
    expect(shown.length).to.be.greaterThan(0);
    for (const card of shown) {
      const index = Number(card.dataset.id!.slice(1)); // s<i> is the i-th newest
      expect(card.getAttribute('aria-setsize'), card.dataset.id).to.equal('1000');
      expect(card.getAttribute('aria-posinset'), card.dataset.id).to.equal(String(index + 1));
    }
    expect(Number(shown[0]!.getAttribute('aria-posinset'))).to.be.greaterThan(50);
    expect(list(el).getAttribute('aria-label')).to.equal('Session requests');
  });

  it('keeps the DOM within twice the 100-request view however many requests are loaded', async () => {
    const small = await pageOf(adapterWith(PAGE));
    const hundred = nodeCount(small.shadowRoot!);
    small.remove();

    const el = await pageOf(adapterWith(1500));
    await loadUntil(el, 1500);
    await waitUntil(() => isVirtual(el));
    const atTop = nodeCount(el.shadowRoot!);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frames(4);
    const atEnd = nodeCount(el.shadowRoot!);
    expect(atTop, `top: ${atTop} nodes vs ${hundred}`).to.be.at.most(2 * hundred);
    expect(atEnd, `end: ${atEnd} nodes vs ${hundred}`).to.be.at.most(2 * hundred);
    expect(ids(el)).to.include('s1499'); // the end of the list is rendered
  });

  // The virtualizer caps its host at 8.2 M px; we raise the cap to the engine's own limit (measured):
  // a 100,000-request list at 360 px is ~24.5 M px tall, more than the 16 M px of a fixed cap.
  it("lets a list taller than 16,000,000 px scroll to its end, up to the engine's own limit", async () => {
    expect(maxHostSize(), 'Chromium lays out boxes up to ~33.5 M px').to.be.within(32_000_000, 34_000_000);
    const style = document.createElement('style');
    style.textContent = 'requests-page::part(card) { block-size: 20000px; box-sizing: border-box; }';
    document.head.append(style);
    try {
      const el = await pageOf(adapterWith(1000));
      await loadUntil(el, 1000);
      await waitUntil(() => isVirtual(el));
      await frames(4);
      // 1,000 cards of 20,000 px: 20 M px, above a fixed 16 M cap.
      expect(list(el).getBoundingClientRect().height).to.be.greaterThan(19_900_000);
      for (let i = 0; i < 20 && !ids(el).includes('s999'); i++) {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await frames(2);
      }
      expect(ids(el)).to.include('s999');
    } finally {
      style.remove();
    }
  });

  it('moves through the cards with Tab, the list scrolling along, focus always on a card button', async () => {
    const el = await pageOf(adapterWith(600));
    await loadUntil(el, 600);
    await waitUntil(() => isVirtual(el));
    await frames();
    cards(el)[0]!.querySelector('button')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      await frames(2);
      const id = focusedCardId(el);
      expect(id, `after ${i + 1} Tab presses`).to.be.a('string');
      seen.push(id!);
    }
    expect(seen).to.deep.equal(Array.from({ length: 12 }, (_, i) => `s${i + 1}`));
    expect(window.scrollY).to.be.greaterThan(0);
  });

  it('keeps focus when the focused card scrolls far away: parked on the list, then back on the card', async () => {
    const el = await pageOf(adapterWith(600));
    await loadUntil(el, 600);
    await waitUntil(() => isVirtual(el));
    await frames();
    const button = cards(el)[2]!.querySelector('button')!;
    button.focus();
    expect(focusedCardId(el)).to.equal('s2');

    // A little scrolling: the card stays rendered and focused.
    window.scrollBy(0, 300);
    await frames(4);
    expect(focusedCardId(el)).to.equal('s2');

    // Far away: the card leaves the DOM; focus stays in the list instead of falling to <body>.
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await waitUntil(() => !ids(el).includes('s2'), 'the card was not recycled');
    await frames(2);
    expect(document.activeElement).to.equal(el);
    expect(activeInPage(el)).to.equal(list(el));

    // Back to the top: the card returns and gets its focus back.
    window.scrollTo(0, 0);
    await waitUntil(() => focusedCardId(el) === 's2', 'focus did not return to the card');

    // Parked again, Tab goes to the first card in view.
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await waitUntil(() => activeInPage(el) === list(el), 'focus was not parked on the list');
    await frames(2);
    await sendKeys({ press: 'Tab' });
    const id = focusedCardId(el);
    expect(id).to.be.a('string');
    const card = cards(el).find((c) => c.dataset.id === id)!;
    const box = card.getBoundingClientRect();
    expect(box.bottom).to.be.greaterThan(0);
    expect(box.top).to.be.lessThan(window.innerHeight);
  });

  it('Back returns to the opened card deep in a virtualized list, its button focused', async () => {
    const el = await pageOf(adapterWith(600));
    await loadUntil(el, 600);
    await waitUntil(() => isVirtual(el));
    window.scrollTo(0, list(el).getBoundingClientRect().top + window.scrollY + 30_000);
    await frames(4);
    const card = cards(el)[Math.floor(cards(el).length / 2)]!;
    const id = card.dataset.id!;
    const top = card.getBoundingClientRect().top;
    card.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('session-request-detail'), 'the detail did not open');
    await frames(2);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => focusedCardId(el) === id, `focus did not return to ${id}`);
    const back = cards(el).find((c) => c.dataset.id === id)!;
    expect(Math.abs(back.getBoundingClientRect().top - top)).to.be.lessThan(2);
  });

  it('virtualizes past 75 requests by default (the threshold chosen by `npm run bench`)', async () => {
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapterWith(200)} page-size="75"></requests-page>`,
    );
    await waitUntil(() => cards(el).length > 0);
    await settle(el);
    expect(el.virtualizeThreshold).to.equal(75);
    expect(isVirtual(el)).to.equal(false);
    await loadUntil(el, 150, 75);
    expect(isVirtual(el)).to.equal(true);
  });

  it('loads the virtualizer only when needed, and never with virtualize-threshold="Infinity"', async () => {
    const el = await fixture<RequestsPage>(
      html`<requests-page
        .adapter=${adapterWith(300)}
        page-size="100"
        virtualize-threshold="Infinity"
      ></requests-page>`,
    );
    await waitUntil(() => cards(el).length > 0);
    await settle(el);
    await loadUntil(el, 300, Infinity);
    await aTimeout(50);
    expect(isVirtual(el)).to.equal(false);
    expect(cards(el)).to.have.length(300);
    expect(el.virtualizeThreshold).to.equal(Infinity);
    // Positions are only set on a partial plain list: this one is complete.
    expect(cards(el)[0]!.hasAttribute('aria-setsize')).to.equal(false);
  });

  it('is accessible when virtualized', async () => {
    const el = await pageOf(adapterWith(400));
    await loadUntil(el, 200);
    await waitUntil(() => isVirtual(el));
    await frames();
    await expect(el).to.be.accessible();
  });
});

describe('ItemStore (the loaded requests of a list)', () => {
  const item = (id: string, v = 0) => ({ id, v });

  it('keeps the order of arrival and drops duplicates, within a page and across pages', () => {
    const store = new ItemStore<{ id: string; v: number }>();
    expect(store.append([item('a'), item('b'), item('a', 1)])).to.equal(2);
    expect(store.append([item('b', 1), item('c'), item('d'), item('c', 1)])).to.equal(2);
    expect(store.items.map((x) => x.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    // The first copy of an id wins.
    expect(store.items.map((x) => x.v)).to.deep.equal([0, 0, 0, 0]);
    expect(store.has('c')).to.equal(true);
    expect(store.indexOf('c')).to.equal(2);
    expect(store.indexOf('x')).to.equal(-1);
  });

  it('appends in place: a page does not copy the list', () => {
    const store = new ItemStore<{ id: string; v: number }>();
    store.append([item('a')]);
    const items = store.items;
    store.append([item('b'), item('c')]);
    expect(store.items).to.equal(items);
    expect(items).to.have.length(3);
  });

  it('replaces and removes by id; a removed id can come back', () => {
    const store = new ItemStore<{ id: string; v: number }>();
    store.append(['a', 'b', 'c'].map((id) => item(id)));
    expect(store.replace(item('b', 7))).to.equal(true);
    expect(store.replace(item('x', 7))).to.equal(false);
    expect(store.items.map((x) => `${x.id}${x.v}`)).to.deep.equal(['a0', 'b7', 'c0']);
    expect(store.remove('a')).to.equal(true);
    expect(store.remove('a')).to.equal(false);
    expect(store.items.map((x) => x.id)).to.deep.equal(['b', 'c']);
    expect(store.has('a')).to.equal(false);
    expect(store.append([item('a')])).to.equal(1);
    expect(store.items.map((x) => x.id)).to.deep.equal(['b', 'c', 'a']);
  });

  it('replaceAll starts over (deduplicated), also to empty', () => {
    const store = new ItemStore<{ id: string; v: number }>();
    store.append(['a', 'b'].map((id) => item(id)));
    store.replaceAll([item('c'), item('c', 1), item('a')]);
    expect(store.items.map((x) => x.id)).to.deep.equal(['c', 'a']);
    expect(store.has('b')).to.equal(false);
    store.replaceAll([]);
    expect(store.items).to.have.length(0);
    expect(store.has('c')).to.equal(false);
  });

  it('gives the virtualizer a new array identity after each change, and only then, without a copy', () => {
    const store = new ItemStore<{ id: string; v: number }>();
    store.append([item('a')]);
    const first = store.view;
    expect(Array.isArray(first)).to.equal(true);
    expect(store.view).to.equal(first); // nothing changed
    expect(store.append([item('a')])).to.equal(0);
    expect(store.view).to.equal(first); // a duplicate only: nothing changed
    const version = store.version;
    store.append([item('b')]);
    expect(store.version).to.be.greaterThan(version);
    const second = store.view;
    expect(second).not.to.equal(first);
    expect(second.length).to.equal(2);
    expect(second[1]!.id).to.equal('b');
    expect([...second].map((x) => x.id)).to.deep.equal(['a', 'b']);
    store.remove('a');
    expect(store.view).not.to.equal(second);
    expect(store.view.map((x) => x.id)).to.deep.equal(['b']);
  });
});

describe('<requests-page> long list data', () => {
  it('drops a handled request from a virtualized list: positions, set size and paging follow', async () => {
    const adapter = adapterWith(400);
    const el = await pageOf(adapter);
    await loadUntil(el, 200);
    await waitUntil(() => isVirtual(el));
    await frames();
    // s1 is accepted (in its detail, or anywhere on the same adapter): the store updates the list.
    await acceptRequest(InboxStore.for(adapter), 'session', 's1');
    await el.updateComplete;
    await frames(3);
    expect(ids(el).slice(0, 3)).to.deep.equal(['s0', 's2', 's3']);
    const s2 = cards(el).find((card) => card.dataset.id === 's2')!;
    expect(s2.getAttribute('aria-posinset')).to.equal('2');
    expect(s2.getAttribute('aria-setsize')).to.equal('399');
    expect(root(el).querySelector('.shown')!.textContent).to.contain('199').and.contain('399');
    // The next page starts right after the last loaded request (none skipped, none twice; a full page
    // arrives although the server's pages moved up by one), and Load more focuses its first request.
    root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
    await waitUntil(() => focusedCardId(el) === 's200', 'focus did not move to s200');
    expect(root(el).querySelector('.shown')!.textContent).to.contain('300').and.contain('399');
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frames(4);
    const last = cards(el).find((card) => card.dataset.id === 's300');
    expect(last, 'the last loaded request is rendered at the end').to.not.equal(undefined);
    expect(last!.getAttribute('aria-posinset')).to.equal('300');
    const shown = ids(el);
    expect(new Set(shown).size).to.equal(shown.length);
    expect(shown).to.not.include('s1');
  });
});

/*
 * @lit-labs/virtualizer 2.1.1's flow layout, driven as the virtualizer drives it (viewport, scroll,
 * measurements, reflow), with cards of two heights. Its scroll corrections after a jump were the largest
 * cause of long tasks while scrolling a long list (docs/performance.md, "Long tasks while scrolling: the
 * trace"): each one is a forced style and layout, a scroll and another layout pass in the same frame.
 */
describe('the virtualized list layout (NearFlowLayout, virtual-layout.ts)', () => {
  type Message = {
    type: string;
    range?: { first: number; last: number };
    childPositions?: Map<number, { top: number }>;
    scrollError?: { top: number };
  };
  const VIEW = 800;
  const height = (i: number) => (i % 3 === 0 ? 96 : 132);

  /** A layout over `count` items; `to(top)` scrolls, measures what is rendered, and reflows. */
  function drive(Layout: typeof FlowLayout, count: number) {
    const messages: Message[] = [];
    const layout = new Layout((message: Message) => messages.push(message), {});
    layout.items = Array.from({ length: count }, (_, i) => i);
    let top = 0;
    const state = () => messages.filter((m) => m.type === 'stateChanged').at(-1)!;
    const view = () => {
      layout.viewportSize = { width: 700, height: VIEW };
      layout.viewportScroll = { top, left: 0 };
      layout.totalScrollSize = { width: 700, height: layout.viewportSize.height + 1e9 };
      layout.offsetWithinScroller = { top: 0, left: 0 };
    };
    /** One frame of the virtualizer: reflow, then (as its ResizeObserver would) measure and reflow. */
    const frame = () => {
      view();
      layout.reflowIfNeeded(true);
      for (let round = 0; round < 3; round++) {
        const { range } = state();
        const sizes: Parameters<FlowLayout['updateItemSizes']>[0] = {};
        for (let i = range!.first; i <= range!.last; i++) {
          sizes[i] = {
            width: 700,
            height: height(i),
            marginTop: 0,
            marginBottom: 0,
            marginLeft: 0,
            marginRight: 0,
          };
        }
        layout.updateItemSizes(sizes);
        view();
        layout.reflowIfNeeded();
        const error = state().scrollError?.top ?? 0;
        top -= error; // the virtualizer's correction: it scrolls by the error
      }
    };
    return {
      messages,
      get top() {
        return top;
      },
      /** Scrolls to `y` (as a scrollbar drag would), runs a frame; returns the scroll corrections (px). */
      to(y: number): number[] {
        const from = messages.length;
        top = y;
        frame();
        return messages.slice(from).flatMap((m) => (m.scrollError ? [m.scrollError.top] : []));
      },
      /** The rendered items sit end to end: each starts where the one before it ends. */
      contiguous(): boolean {
        const positions = [...state().childPositions!.entries()].sort(([a], [b]) => a - b);
        return positions.every(([i, p], n) => n === 0 || p.top === positions[n - 1]![1].top + height(i - 1));
      },
      /** The rendered items' positions cover the viewport. */
      covers(): boolean {
        const positions = [...state().childPositions!.entries()];
        const start = Math.min(...positions.map(([, p]) => p.top));
        const end = Math.max(...positions.map(([i, p]) => p.top + height(i)));
        return start <= top && end >= top + VIEW;
      },
    };
  }

  /** Jumps of five screens down a 10,000-item list, as the bench's scroll of the loaded list does. */
  function jumps(Layout: typeof FlowLayout) {
    const list = drive(Layout, 10_000);
    list.to(0);
    const corrections: number[] = [];
    let covered = true;
    for (let y = 5 * VIEW; y < 200 * VIEW; y += 5 * VIEW) {
      corrections.push(...list.to(y));
      covered &&= list.covers();
    }
    return { corrections, covered, top: list.top };
  }

  it('does not pull the scroll position back after a jump, and renders what is in view', () => {
    const { corrections, covered, top } = jumps(NearFlowLayout);
    expect(corrections, 'scroll corrections (px)').to.deep.equal([]);
    expect(covered, 'the rendered items cover the viewport after every jump').to.equal(true);
    expect(top).to.equal(195 * VIEW);
  });

  it('places the cards end to end when the list comes back to a part it has measured before', () => {
    const list = drive(NearFlowLayout, 10_000);
    for (let y = 0; y <= 20 * VIEW; y += VIEW / 2) list.to(y);
    // Back to the top (Home, Back from a detail): the same sizes are measured again there.
    list.to(0);
    expect(list.contiguous(), 'no card overlaps or leaves a gap').to.equal(true);
    list.to(10 * VIEW);
    expect(list.contiguous()).to.equal(true);
  });

  it('pins the library: 2.1.1’s own flow layout corrects the scroll after such jumps', () => {
    // When this fails, the library no longer does it: NearFlowLayout's _getItems / _calculateAnchor
    // (virtual-layout.ts) can go, and this test with them.
    const { corrections } = jumps(FlowLayout);
    expect(corrections.length).to.be.greaterThan(10);
    expect(Math.max(...corrections.map(Math.abs))).to.be.greaterThan(VIEW);
  });
});
