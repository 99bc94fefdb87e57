/**
 * <requests-page shortcuts> in a long (virtualized) list, and with the MentorEdAdapter against the MSW
 * emulation of the MentorEd API.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { cards, detailOf, root } from '../requests-page-fixtures.js';
import { adapterWith, frames, ids, isVirtual, pageOf } from '../support/long-lists.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdEmulation } from '../support/mentored-emulation.js';
import {
  cardButton,
  confirmation,
  deepActive,
  focusedCard,
  helpButton,
  inDetail,
  press,
} from './shortcuts-support.js';

/** The virtualizer lays a card out over a few frames: on a busy machine that can take more than 1 s. */
const SLOW = { timeout: 5000 };

describe('<requests-page shortcuts>: a long list, and MentorEd', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('J and K reach cards outside the virtualized window, which scrolls to them', async () => {
    const el = await pageOf(adapterWith(300), 50, 100);
    await waitUntil(() => isVirtual(el), 'the list was not virtualized');
    await frames(4);
    el.shortcuts = true;
    await waitUntil(() => helpButton(el), 'the shortcuts did not load');
    const first = ids(el);
    const outside = first.length;
    expect(first[0]).to.equal('s0');
    expect(cardButton(el, `s${outside}`) === null, 'not rendered at first').to.equal(true);
    cardButton(el, 's0')!.focus();
    for (let i = 1; i <= outside; i++) {
      await press('j');
      await waitUntil(() => focusedCard(el) === `s${i}`, `J did not reach s${i}`, SLOW);
    }
    const box = cardButton(el, `s${outside}`)!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    // Pressed faster than the list renders: each J goes on from where the last one is going.
    await press('j');
    await press('j');
    await press('j');
    await waitUntil(() => focusedCard(el) === `s${outside + 3}`, 'three quick Js did not add up', SLOW);
    await press('k');
    await waitUntil(() => focusedCard(el) === `s${outside + 2}`, 'K did not go back', SLOW);
    // Back to the top with K: s0 is rendered again and takes focus.
    window.scrollTo(0, document.body.scrollHeight);
    await frames(4);
    expect(cardButton(el, 's0') === null, 's0 scrolled out').to.equal(true);
    for (let i = outside + 1; i >= 0; i--) {
      await press('k');
      await waitUntil(() => focusedCard(el) === `s${i}`, `K did not reach s${i}`, SLOW);
    }
  });

  describe('with the MentorEd adapter', () => {
    // A fresh emulated MentorEd server (seed 7) before each test.
    const server = useMentorEdEmulation({ seed: 7, sessionRequests: 30, messageRequests: 8 });
    const callsTo = (endpoint: string) => server.db.calls.filter((call) => call.endpoint === endpoint);

    it('J, Enter, A (focus only: no requestSessions/accept), R (the confirmation), Escape twice', async () => {
      const adapter = new MentorEdAdapter({ baseUrl, token: 'e2e-token', timeZone: 'Asia/Kolkata' });
      const el = await fixture<RequestsPage>(
        html`<requests-page .adapter=${adapter} shortcuts page-size="10"></requests-page>`,
      );
      await waitUntil(() => cards(el).length > 1 && helpButton(el), 'the list did not load', {
        timeout: 5000,
      });
      const [first, second] = cards(el).map((card) => card.dataset.id!);
      cardButton(el, first!)!.focus();
      await press('j');
      await waitUntil(() => focusedCard(el) === second);
      await press('Enter');
      await waitUntil(() => inDetail(el, '[part~="accept-button"]'), 'Enter did not open the request');
      await waitUntil(() => deepActive()?.id === 'heading');
      await press('a');
      expect(deepActive() === inDetail(el, '[part~="accept-button"]'), 'A focused Accept').to.equal(true);
      // Upstream src/services/requestSessions.js accept() creates the session (sessionService.create):
      // the mentor's time would be booked. A only moves focus.
      await aTimeout(300);
      expect(callsTo('requestSessions/accept')).to.have.length(0);
      await press('r');
      await waitUntil(() => confirmation(el)?.open, 'R did not open the confirmation');
      await press('Escape');
      await waitUntil(() => !confirmation(el)?.open);
      expect(el.openId).to.equal(second);
      expect(callsTo('requestSessions/reject')).to.have.length(0);
      await press('Escape');
      await waitUntil(() => !detailOf(el), 'Escape did not go back');
      await waitUntil(() => focusedCard(el) === second, 'focus did not return to the card');
      expect(root(el).querySelector('.list-view')!.hasAttribute('hidden')).to.equal(false);
    });
  });
});
