/**
 * <requests-page>: a pending session card says how soon its slot starts ("In 45 minutes", "Tomorrow"; "Ends in
 * 20 minutes" once started), in en, hi and ar, kept up to date by one shared timer, on the card's top line
 * without moving anything, and nowhere else.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../a11y/helpers.js';
import { cardExtras } from '../../src/elements/shared/format.js';
import { cards, root, selectTab } from '../requests-page-fixtures.js';
import { cardOf, clock, labelOf, labels, passMinutes, urgencyPage, useFakeUrgencyClock } from './support.js';

const ENGLISH = {
  u0: 'In 45 minutes',
  u1: 'In 3 hours',
  u2: 'Tomorrow',
  u3: 'In 4 days',
  u4: 'Ends in 20 minutes',
  u5: 'In 3 hours',
  u6: null,
  u7: null,
  u8: null,
};

describe('<requests-page> urgency labels', () => {
  useFakeUrgencyClock();

  it('say how soon each pending slot starts, on pending cards only (either direction)', async () => {
    const { el } = await urgencyPage();
    expect(labels(el)).to.deep.equal(ENGLISH);
    // Less than a day to go: emphasized (a part of its own for hosts' styles).
    expect(labelOf(el, 'u0')!.getAttribute('part')).to.equal('urgency urgency-soon');
    expect(labelOf(el, 'u3')!.getAttribute('part')).to.equal('urgency');
    // The open button is described by it, between the tags and the slot.
    const button = cardOf(el, 'u0').querySelector('button')!;
    const described = button.getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include(labelOf(el, 'u0')!.id);
    // Every card's description points at elements that exist (a card without a label has its empty place).
    for (const card of cards(el))
      for (const id of card.querySelector('button')!.getAttribute('aria-describedby')!.split(' '))
        expect(root(el).getElementById(id), `${card.dataset.id}: #${id}`).to.not.equal(null);
    // Message requests have no slot: no label.
    await selectTab(el, 'message');
    await waitUntil(() => cards(el).length === 2);
    expect(root(el).querySelector('[part~="urgency"]')).to.equal(null);
  });

  it('are in Hindi and Arabic, with the locale’s own relative time (plurals, "tomorrow")', async () => {
    const hindi = (await urgencyPage('hi')).el;
    await waitUntil(() => labels(hindi).u2 === 'कल', 'Hindi did not load');
    expect(labels(hindi)).to.deep.include({
      u0: '45 मिनट में',
      u1: '3 घंटे में',
      u3: '4 दिन में',
      u4: '20 मिनट में खत्म होगा',
    });
    const arabic = (await urgencyPage('ar')).el;
    await waitUntil(() => labels(arabic).u2 === 'غدًا', 'Arabic did not load');
    expect(labels(arabic)).to.deep.include({
      u0: 'خلال 45 دقيقة',
      u1: 'خلال 3 ساعات',
      u3: 'خلال 4 أيام',
      u4: 'ينتهي خلال 20 دقيقة',
    });
  });

  it('change as time passes, on one shared timer; a slot that ended loses its label', async () => {
    const { el } = await urgencyPage();
    // One timer for every card (and the page's other elements), on the next minute.
    expect(clock.pending).to.equal(1);
    await passMinutes(30);
    await el.updateComplete;
    expect(labels(el)).to.deep.include({ u0: 'In 15 minutes', u1: 'In 2 hours', u4: null });
    expect(clock.pending).to.equal(1);
    await passMinutes(16);
    await el.updateComplete;
    // u0 has started (45 minutes after the first render): its end is what is left.
    expect(labels(el).u0).to.equal('Ends in 59 minutes');
  });

  it('stop the timer when no element shows a label any more, and keep no element that left', async () => {
    const { el } = await urgencyPage();
    expect(clock.pending).to.equal(1);
    // Leaving the document drops the page at once (it is not held until the next tick) and, the last one
    // shown, the timer.
    el.remove();
    expect(clock.pending).to.equal(0);
    // On the message tab no label is shown: the next tick renders the page, which does not ask again.
    const other = (await urgencyPage()).el;
    await selectTab(other, 'message');
    await passMinutes(1);
    expect(clock.pending).to.equal(0);
  });

  it('sit on the card’s top line: a card is as tall with its label as before the parts brought it', async () => {
    // The queue: no Sent / Received tags, so a long name has the top line to itself.
    const { el } = await urgencyPage('en', true);
    // Where the line has room, the label shows whole (it is not cut).
    const label = labelOf(el, 'u2')!;
    expect(label.scrollWidth).to.be.at.most(label.clientWidth);
    el.style.inlineSize = '320px';
    await el.updateComplete;
    // u1's long name fills its top line: the label gets what is left, and the card does not grow.
    const heights = () => cards(el).map((card) => card.getBoundingClientRect().height);
    const withLabels = heights();
    const hook = cardExtras.urgency;
    try {
      cardExtras.urgency = undefined;
      el.requestUpdate();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="urgency"]')).to.equal(null);
      expect(heights()).to.deep.equal(withLabels);
    } finally {
      cardExtras.urgency = hook;
      el.requestUpdate();
      await el.updateComplete;
    }
  });

  it('pass axe (and the contrast checks) in light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const { el } = await urgencyPage();
      el.style.colorScheme = scheme;
      const wrapper = el.parentElement!;
      wrapper.style.cssText = `color-scheme: ${scheme}; background: Canvas; color: CanvasText`;
      await expectAccessible(wrapper);
    }
  });
});
