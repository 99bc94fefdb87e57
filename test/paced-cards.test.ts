/**
 * Paced cards in a virtualized list (src/elements/requests-page/paced-cards.ts, issue 18): on a slow
 * main thread, a fling builds a few cards per frame and holds the place of the others with an empty,
 * hidden placeholder. What the user and assistive technology get; the timings are in `npm run bench`.
 * The main thread is slowed 10 times through the DevTools protocol (`cpu-throttle`,
 * web-test-runner.config.mjs), so every machine that runs this is a slow phone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './support/define-all.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { cards, root, session } from './requests-page-fixtures.js';
import { adapterWith, focusedCardId, frames, ids, isVirtual, list, pageOf } from './support/long-lists.js';

const SLOW = 10;
const throttle = (rate: number) => executeServerCommand('cpu-throttle', { rate });

/** The list's items in the DOM, in order: cards and placeholders. */
const windowItems = (el: RequestsPage) => Array.from(list(el).querySelectorAll<HTMLElement>(':scope > li'));
const placeholders = (el: RequestsPage) => windowItems(el).filter((li) => li.matches('.skeleton.paced'));
/** Resolves once no placeholder is left in the window (on a 10 times slower thread: up to seconds). */
const completed = (el: RequestsPage) =>
  waitUntil(() => placeholders(el).length === 0, 'the window was not completed', { timeout: 20_000 });
const inView = (item: Element) => {
  const box = item.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
};

/** A page of 1,000 requests, virtualized from the start, scrolled to its list. */
async function longList(adapter = adapterWith(1000)): Promise<RequestsPage> {
  const el = await pageOf(adapter, 0, 1000);
  await waitUntil(() => isVirtual(el), 'the list was not virtualized');
  await frames(4);
  return el;
}

/** Jumps `screens` screens down, as a fling or a scrollbar drag does. */
function jump(screens: number): void {
  window.scrollBy({ top: window.innerHeight * screens, behavior: 'instant' });
}

describe('<requests-page> long lists on a slow phone (paced cards)', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await throttle(1);
    window.scrollTo(0, 0);
  });

  it('a fling builds the cards in view first, holds the place of the others, then completes the window', async () => {
    const el = await longList();
    await throttle(SLOW);
    // A few flings first: the pacer learns what a card costs on this (slowed) main thread.
    for (let i = 0; i < 4; i++) {
      jump(5);
      await frames(2);
    }
    await completed(el);
    const cardHeight = cards(el)[0]!.getBoundingClientRect().height;

    jump(5);
    await frames(1); // the scroll has rendered its window (the virtualizer renders before this frame's callbacks)
    const items = windowItems(el);
    const held = placeholders(el);
    expect(held.length, 'placeholders right after the fling').to.be.greaterThan(0);
    expect(items.length - held.length, 'cards built in the fling frame').to.be.at.least(1);
    for (const li of held) {
      expect(li.getAttribute('aria-hidden')).to.equal('true');
      expect(li.childElementCount, 'a placeholder holds nothing (no control)').to.equal(0);
      expect(li.matches('[data-id]')).to.equal(false);
      const height = li.getBoundingClientRect().height;
      expect(height, 'a placeholder has the size of a card').to.be.within(cardHeight * 0.5, cardHeight * 2);
    }
    // The cards in view come first: a card was built off screen only if every item in view is a card.
    const builtOffScreen = items.some((li) => !li.matches('.paced') && !inView(li));
    if (builtOffScreen) expect(held.filter(inView)).to.have.length(0);
    else expect(items.filter((li) => !li.matches('.paced')).every(inView)).to.equal(true);

    // The next frames build the rest: the window is complete, in order, each card where it belongs.
    await completed(el);
    const shown = cards(el);
    expect(shown.length).to.equal(windowItems(el).length);
    const positions = shown.map((card) => Number(card.getAttribute('aria-posinset')));
    expect(positions).to.deep.equal(positions.map((_, i) => positions[0]! + i));
    expect(ids(el)).to.deep.equal(positions.map((p) => `s${p - 1}`));
    expect(shown.some(inView)).to.equal(true);
  });

  it('a slow scroll never shows a placeholder', async () => {
    const el = await longList();
    await throttle(SLOW);
    for (let i = 0; i < 24; i++) {
      window.scrollBy({ top: 50, behavior: 'instant' });
      await frames(1);
      expect(placeholders(el), `frame ${i}`).to.have.length(0);
    }
    expect(window.scrollY).to.be.greaterThan(1000);
  });

  it('the focused card comes back built and focused, whatever else the frame builds', async () => {
    const el = await longList();
    // The last card in view: the one a budget of one card would leave for later frames.
    const card = cards(el).filter(inView).at(-1)!;
    const id = card.dataset.id!;
    card.querySelector('button')!.focus();
    await throttle(SLOW);
    jump(8);
    await waitUntil(() => !ids(el).includes(id), 'the focused card was not recycled');
    await frames(2);
    window.scrollTo({ top: 0, behavior: 'instant' });
    await frames(1);
    expect(focusedCardId(el), 'focus is back on the card in the frame that brought it back').to.equal(id);
  });

  it('Back returns to the opened card after a fling, built and focused', async () => {
    const el = await longList();
    await throttle(SLOW);
    jump(12);
    await frames(1);
    await completed(el);
    const card = cards(el).find(inView)!;
    const id = card.dataset.id!;
    card.querySelector('button')!.click();
    await waitUntil(() => root(el).querySelector('session-request-detail'), 'the detail did not open');
    await frames(2);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => focusedCardId(el) === id, `focus did not return to ${id}`, { timeout: 20_000 });
  });

  it('the list is as tall as its cards: placeholders do not count in the size it expects of cards not seen yet', async () => {
    // The first 40 cards are one line of name and designation, the others two of each (the cards clamp
    // them at two): the top of the list is no sample of the rest.
    const long = ' with a name long enough to wrap onto more lines than one'.repeat(3);
    const sessionRequests = Array.from({ length: 1000 }, (_, i) => {
      const request = session(i, { direction: 'received' });
      const person = { ...request.person, name: `Person ${i}${long}`, designations: [`Teacher${long}`] };
      return i < 40 ? request : { ...request, person };
    });
    const el = await longList(new MemoryAdapter({ sessionRequests, messageRequests: [] }));
    const short = average(cards(el).map((card) => card.getBoundingClientRect().height));
    await throttle(SLOW);
    for (let i = 0; i < 12; i++) {
      jump(5);
      await frames(2);
    }
    await completed(el);
    await throttle(1);
    const tall = average(cards(el).map((card) => card.getBoundingClientRect().height));
    expect(tall, 'the cards further down are taller').to.be.greaterThan(short * 1.3);
    const height = list(el).getBoundingClientRect().height;
    // The requests loaded so far ("Showing N of 1000"): pages of at most 100 arrive as the list scrolls.
    const loaded = Number(/\d+/.exec(root(el).querySelector('.shown')!.textContent!)![0]);
    const gap = parseFloat(getComputedStyle(cards(el)[0]!).marginBlockEnd) || 0;
    const expected = 40 * short + (loaded - 40) * tall + loaded * gap;
    expect(height / expected, `list ${Math.round(height)} px, cards ${Math.round(expected)} px`).to.be.within(
      0.9,
      1.1,
    );
  });
});

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
