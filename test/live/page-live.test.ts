/**
 * <requests-page> live (issue 14): the poll on a simulated clock (requests counted, not wall time), what a
 * poll that finds a change shows ("N new requests" without moving the list, focus or scroll; an open
 * request handled elsewhere), `requests-changed`, a hidden or offline document, `poll-interval="0"`, an
 * adapter that pushes, and two pages on one store polling once.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { RequestsChangedEvent } from '../../src/events.js';
import { callsOf, cards, detailOf, memory, root, session, settle, text } from '../requests-page-fixtures.js';
import { livePage, polled, restoreEnvironment, setHidden, setOffline } from './support.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';

const MINUTE = 60_000;
const newButton = (el: RequestsPage) => root(el).querySelector<HTMLButtonElement>('[part~="new-requests"]');
const changesOf = (el: RequestsPage) => {
  const seen: RequestsChangedEvent['detail'][] = [];
  el.addEventListener('requests-changed', (e) => seen.push(e.detail));
  return seen;
};

describe('<requests-page> live: the poll', () => {
  afterEach(restoreEnvironment);

  it('reads the counts once per poll-interval, and shows a request that arrived as "1 new request" without moving the list', async () => {
    const data = memory({ sessions: 6 });
    const { el, clock } = await livePage(polled(data), data, MINUTE);
    const changes = changesOf(el);
    const before = cards(el).map((c) => c.dataset.id);
    const polls = callsOf(data, 'countPending').length;
    // The user is on the second card, scrolled a little.
    cards(el)[1]!.querySelector('button')!.focus();
    const focused = root(el).activeElement;
    const scroll = document.scrollingElement!.scrollTop;

    await clock.advance(MINUTE);
    expect(callsOf(data, 'countPending').length - polls).to.equal(1);
    expect(newButton(el)).to.equal(null, 'nothing changed: no control');

    data.add(session(40, { direction: 'received', createdAt: new Date() }));
    await clock.advance(MINUTE);
    await waitUntil(() => newButton(el), 'no "new requests" control');
    expect(text(newButton(el))).to.equal('1 new request');
    expect(text(root(el).querySelector('[role="status"]')), 'announced politely').to.equal('1 new request');
    expect(cards(el).map((c) => c.dataset.id)).to.deep.equal(before, 'the list did not move');
    expect(root(el).activeElement).to.equal(focused, 'focus did not move');
    expect(document.scrollingElement!.scrollTop).to.equal(scroll);
    expect(changes).to.deep.equal([{ kind: 'session', added: ['s40'], updated: [], removed: [] }]);

    newButton(el)!.click();
    await waitUntil(() => cards(el).some((c) => c.dataset.id === 's40'), 'the new request is not shown');
    const shown = cards(el).find((c) => c.dataset.id === 's40')!;
    await waitUntil(() => root(el).activeElement === shown.querySelector('button'), 'focus is not on it');
    expect(newButton(el)).to.equal(null);
  });

  it('an opened request answered elsewhere shows "already handled" at the next poll, without its actions', async () => {
    const data = memory({ sessions: 6 });
    const { el, clock } = await livePage(polled(data), data, MINUTE);
    el.openId = 's0';
    await waitUntil(() => detailOf(el)?.shadowRoot?.querySelector('[part~="accept-button"]'), 'no detail');
    data.handleElsewhere('session', 's0', 'accepted');
    await clock.advance(MINUTE);
    const detail = detailOf(el)!;
    await waitUntil(
      () => text(detail.shadowRoot!.querySelector('[part~="error"]')) === 'This request was already handled.',
      'no already-handled notice',
    );
    expect(detail.shadowRoot!.querySelector('[part~="accept-button"]')).to.equal(null);
  });

  it('a hidden document makes no request; visible again, it reads once when due', async () => {
    const data = memory({ sessions: 4 });
    const { clock } = await livePage(polled(data), data, MINUTE);
    const polls = callsOf(data, 'countPending').length;
    setHidden(true);
    await clock.advance(10 * MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls);
    setHidden(false);
    await clock.advance(0);
    await waitUntil(() => callsOf(data, 'countPending').length > polls);
    expect(callsOf(data, 'countPending').length).to.equal(polls + 1);
  });

  it('offline makes no request; back online, one', async () => {
    const data = memory({ sessions: 4 });
    const { clock } = await livePage(polled(data), data, MINUTE);
    const polls = callsOf(data, 'countPending').length;
    setOffline(true);
    await clock.advance(10 * MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls);
    setOffline(false);
    await clock.advance(0);
    await waitUntil(() => callsOf(data, 'countPending').length > polls);
    await clock.advance(MINUTE - 1);
    expect(callsOf(data, 'countPending').length).to.equal(polls + 1);
  });

  it('poll-interval="0" polls never; removing the page stops its poll', async () => {
    const data = memory({ sessions: 4 });
    const { el, clock } = await livePage(polled(data), data, 0);
    const polls = callsOf(data, 'countPending').length;
    await clock.advance(60 * MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls);
    el.pollInterval = MINUTE;
    await el.updateComplete;
    // The counts are an hour old: one read at once, then one a minute.
    await clock.advance(0);
    await waitUntil(() => callsOf(data, 'countPending').length === polls + 1);
    await clock.advance(MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls + 2);
    el.remove();
    await clock.advance(60 * MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls + 2);
    expect(clock.pending).to.equal(0);
  });

  it('two pages on one adapter: one poll per interval, and each page says requests-changed once', async () => {
    const data = memory({ sessions: 4 });
    const adapter = polled(data);
    const { el, clock } = await livePage(adapter, data, MINUTE);
    const second = await fixture<RequestsPage>(
      html`<requests-page .adapter=${adapter} poll-interval="60000"></requests-page>`,
    );
    await settle(second);
    const first = changesOf(el);
    const other = changesOf(second);
    const polls = callsOf(data, 'countPending').length;
    await clock.advance(5 * MINUTE);
    expect(callsOf(data, 'countPending').length - polls).to.equal(5);
    data.handleElsewhere('session', 's0', 'rejected');
    await clock.advance(MINUTE);
    await waitUntil(() => first.length > 0 && other.length > 0);
    expect(first).to.deep.equal([{ kind: 'session', added: [], updated: [], removed: ['s0'] }]);
    expect(other).to.deep.equal(first);
  });
});

describe('<requests-page> live: an adapter that pushes', () => {
  it('is never polled; a pushed arrival shows "1 new request" at once', async () => {
    const data = memory({ sessions: 4 });
    const { el, clock } = await livePage(data, data, MINUTE);
    const polls = callsOf(data, 'countPending').length;
    await clock.advance(10 * MINUTE);
    expect(callsOf(data, 'countPending').length).to.equal(polls, 'no poll');
    const changed = oneEvent(el, 'requests-changed');
    data.add(session(41, { direction: 'received', createdAt: new Date() }));
    expect((await changed).detail.added).to.deep.equal(['s41']);
    await waitUntil(() => newButton(el), 'no "new requests" control');
    expect(text(newButton(el))).to.equal('1 new request');
  });
});
