/**
 * <requests-page shortcuts>: what each key does, through real key presses (MemoryAdapter; the MentorEd
 * adapter and the long list: shortcuts-more.test.ts; the help dialog: shortcuts-help.test.ts).
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { RequestOpenEvent } from '../../src/events.js';
import { record } from '../detail-helpers.js';
import { callsOf, detailOf, memory, openButton, pageWith, root } from '../requests-page-fixtures.js';
import {
  cardButton,
  confirmation,
  deepActive,
  focusedCard,
  helpButton,
  helpDialog,
  inDetail,
  keydown,
  openByClick,
  press,
  shortcutsPage,
  type,
} from './shortcuts-support.js';
import { pageHooks } from './support.js';

describe('<requests-page shortcuts>', () => {
  pageHooks();

  it('J and K move focus to the next and previous card; Enter opens the focused one', async () => {
    const el = await shortcutsPage(memory());
    cardButton(el, 's0')!.focus();
    await press('j');
    await waitUntil(() => focusedCard(el) === 's1', 'J did not move to the second card');
    await press('j');
    await waitUntil(() => focusedCard(el) === 's2');
    await press('k');
    await waitUntil(() => focusedCard(el) === 's1', 'K did not move back');
    const opened = oneEvent(el, 'request-open') as Promise<RequestOpenEvent>;
    await press('Enter');
    expect((await opened).detail.request.id).to.equal('s1');
    await waitUntil(() => el.openId === 's1');
  });

  it('J from outside the cards (the tabs) goes to the first card; K on the first card stays', async () => {
    const el = await shortcutsPage(memory());
    const tabs = root(el).querySelector('request-tabs')!;
    tabs.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
    await press('j');
    await waitUntil(() => focusedCard(el) === 's0', 'J did not reach the first card');
    await press('k');
    await aTimeout(50);
    expect(focusedCard(el)).to.equal('s0');
  });

  it('A moves focus to Accept and never accepts: no request-accept, no adapter call', async () => {
    const adapter = memory();
    const el = await shortcutsPage(adapter);
    await openByClick(el, 'Asha Rao');
    const events = record('request-accept', 'request-accepted');
    try {
      await press('a');
      const accept = inDetail(el, '[part~="accept-button"]');
      await waitUntil(() => deepActive() === accept, 'A did not focus Accept');
      await press('a');
      await aTimeout(300);
      expect(events.events).to.have.length(0);
      expect(callsOf(adapter, 'acceptSessionRequest')).to.have.length(0);
      expect(inDetail(el, '[part~="status"]')?.textContent).to.match(/pending/i);
      // From the page's own shadow root (the Back button) too.
      root(el).querySelector<HTMLElement>('.back')!.focus();
      await press('a');
      await waitUntil(() => deepActive() === accept, 'A from Back did not focus Accept');
      expect(callsOf(adapter, 'acceptSessionRequest')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('R opens the reject confirmation; Escape in it closes only the dialog, then Escape goes back', async () => {
    const adapter = memory();
    const el = await shortcutsPage(adapter);
    await openByClick(el, 'Asha Rao');
    await press('r');
    await waitUntil(() => confirmation(el)?.open, 'R did not open the confirmation');
    await press('Escape');
    await waitUntil(() => !confirmation(el)?.open, 'Escape did not close the confirmation');
    await aTimeout(100);
    expect(el.openId, 'the detail stays open').to.equal('s0');
    expect(callsOf(adapter, 'rejectSessionRequest')).to.have.length(0);
    // Focus is back in the detail: Escape now does what Back does, focus returns to the card.
    await press('Escape');
    await waitUntil(() => !detailOf(el), 'Escape did not go back');
    await waitUntil(() => focusedCard(el) === 's0', 'focus did not return to the opened card');
  });

  it('nothing happens while typing in the reject reason field', async () => {
    const el = await shortcutsPage(memory());
    await openByClick(el, 'Asha Rao');
    await press('r');
    await waitUntil(() => confirmation(el)?.open);
    const reason = confirmation(el)!.querySelector('textarea')!;
    reason.focus();
    await type('jkar?');
    await aTimeout(100);
    expect(reason.value).to.equal('jkar?');
    expect(deepActive() === reason, 'focus stays in the field').to.equal(true);
    expect(confirmation(el)!.open).to.equal(true);
    expect(helpDialog(el)!.open).to.equal(false);
  });

  it('nothing happens while typing in the meeting link form, Escape included', async () => {
    const adapter = memory();
    await adapter.acceptSessionRequest('s0');
    const el = await shortcutsPage(adapter);
    openButton(el, 'Asha Rao').click();
    await waitUntil(() => inDetail(el, '.link-section button'), 'no Add link');
    inDetail<HTMLButtonElement>(el, '.link-section button')!.click();
    await waitUntil(() => inDetail(el, 'input[name="url"]'));
    const input = inDetail<HTMLInputElement>(el, 'input[name="url"]')!;
    input.focus();
    await type('jkar?');
    await press('Escape');
    await aTimeout(100);
    expect(input.value).to.equal('jkar?');
    expect(deepActive() === input, 'focus stays in the field').to.equal(true);
    expect(el.openId).to.equal('s0');
    expect(helpDialog(el)!.open).to.equal(false);
  });

  it('nothing happens with Ctrl, Alt or Meta held', async () => {
    const adapter = memory();
    const el = await shortcutsPage(adapter);
    cardButton(el, 's0')!.focus();
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(keydown({ key: 'j', code: 'KeyJ', [mod]: true }).defaultPrevented).to.equal(false);
      keydown({ key: '?', code: 'Slash', shiftKey: true, [mod]: true });
    }
    await aTimeout(100);
    expect(focusedCard(el)).to.equal('s0');
    expect(helpDialog(el)!.open).to.equal(false);
    await openByClick(el, 'Asha Rao');
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      keydown({ key: 'a', code: 'KeyA', [mod]: true });
      keydown({ key: 'r', code: 'KeyR', [mod]: true });
      keydown({ key: 'Escape', code: 'Escape', [mod]: true });
    }
    await aTimeout(100);
    expect(deepActive()?.id).to.equal('heading');
    expect(confirmation(el)!.open).to.equal(false);
    expect(el.openId).to.equal('s0');
    // The same keys without a modifier do act (so the ones above were heard, and ignored).
    keydown({ key: 'a', code: 'KeyA' });
    expect(deepActive() === inDetail(el, '[part~="accept-button"]'), 'A focused Accept').to.equal(true);
  });

  it('another keyboard layout: the physical keys (ت on J, ؟ on Shift+/) work', async () => {
    const el = await shortcutsPage(memory());
    cardButton(el, 's0')!.focus();
    keydown({ key: 'ت', code: 'KeyJ' });
    await waitUntil(() => focusedCard(el) === 's1', 'the Arabic J did not move');
    keydown({ key: 'र', code: 'KeyK' });
    await waitUntil(() => focusedCard(el) === 's0', 'the Hindi InScript K did not move');
    keydown({ key: '؟', code: 'Slash', shiftKey: true });
    await waitUntil(() => helpDialog(el)!.open, 'the Arabic ? did not open the help');
  });

  it('off by default: no key does anything and no help control is added', async () => {
    const adapter = memory();
    const el = await pageWith(adapter);
    cardButton(el, 's0')!.focus();
    await press('j');
    await press('?');
    await aTimeout(100);
    expect(focusedCard(el)).to.equal('s0');
    expect(helpButton(el) === null, 'no help control').to.equal(true);
    expect(helpDialog(el) === null, 'no help dialog').to.equal(true);
    await openByClick(el, 'Asha Rao');
    await press('a');
    await press('r');
    await press('Escape');
    await aTimeout(100);
    expect(deepActive()?.id).to.equal('heading');
    expect(confirmation(el)!.open).to.equal(false);
    expect(el.openId).to.equal('s0');
  });

  it('turned off again: the keys stop, the help control and the key hints go away', async () => {
    const el = await shortcutsPage(memory());
    await openByClick(el, 'Asha Rao');
    const accept = inDetail(el, '[part~="accept-button"]')!;
    await waitUntil(() => accept.getAttribute('aria-keyshortcuts') === 'A');
    el.shortcuts = false;
    await el.updateComplete;
    expect(helpButton(el) === null, 'no help control').to.equal(true);
    expect(accept.hasAttribute('aria-keyshortcuts')).to.equal(false);
    expect(root(el).querySelector('.back')!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    await press('a');
    await press('Escape');
    await aTimeout(100);
    expect(deepActive()?.id).to.equal('heading');
    expect(el.openId).to.equal('s0');
    el.setAttribute('shortcuts', '');
    await waitUntil(() => helpButton(el), 'the attribute did not turn them on');
    await press('Escape');
    await waitUntil(() => !detailOf(el), 'Escape did not go back once on again');
  });
});
