/**
 * <requests-page shortcuts>: how the shortcuts are found (the help dialog, the "Keyboard shortcuts" button,
 * `aria-keyshortcuts` on the controls they reach), in English, Hindi and Arabic, and axe on the dialog.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { expectAccessible, loadLocale, themed, type Variant } from '../a11y/helpers.js';
import { expectNoEnglish } from '../i18n/english-detector.js';
import { memory, root } from '../requests-page-fixtures.js';
import {
  cardButton,
  deepActive,
  helpButton,
  helpDialog,
  inDetail,
  openByClick,
  press,
  shortcutsPage,
} from './shortcuts-support.js';
import { pageHooks } from './support.js';

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: RequestsPage) =>
  Array.from(helpDialog(el)!.querySelectorAll('tbody tr')).map((row) => [
    words(row.querySelector('th')),
    words(row.querySelector('td')),
  ]);

/** A page with shortcuts on in the wrapper of variant `v` (lang, dir, scheme), its help dialog open. */
async function helpOpenIn(v: Variant): Promise<{ wrapper: HTMLElement; el: RequestsPage }> {
  expect(await loadLocale(v.lang), `${v.lang} loads`).to.equal(true);
  const { wrapper, el } = await themed<RequestsPage>(
    html`<requests-page .adapter=${memory()} shortcuts page-size="5"></requests-page>`,
    v,
  );
  await waitUntil(() => root(el).querySelector('.list .card:not(.skeleton)') && helpButton(el));
  cardButton(el, 's0')!.focus();
  await press('?');
  await waitUntil(() => helpDialog(el)!.open, '? did not open the help');
  return { wrapper, el };
}

describe('<requests-page shortcuts>: the help', () => {
  pageHooks();

  it('? opens a modal dialog, labelled, that says the shortcuts exist; Escape closes it, focus returns', async () => {
    const el = await shortcutsPage(memory());
    const card = cardButton(el, 's2')!;
    card.focus();
    await press('?');
    const dialog = helpDialog(el)!;
    await waitUntil(() => dialog.open, '? did not open the help');
    expect(dialog.matches(':modal')).to.equal(true);
    const heading = root(el).getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(words(heading)).to.equal('Keyboard shortcuts');
    const intro = root(el).getElementById(dialog.getAttribute('aria-describedby')!);
    expect(words(intro)).to.match(/^This inbox has keyboard shortcuts\. .* except while you type in a field/);
    expect(rows(el)).to.deep.equal([
      ['J', 'Go to the next request in the list'],
      ['K', 'Go to the previous request in the list'],
      ['Enter', 'Open the request that has focus'],
      ['A', 'Go to Accept in the open request (it does not accept: press Enter there to accept)'],
      ['R', 'Reject the open request (you confirm first)'],
      ['Esc', 'Back to the list (in a dialog: close the dialog)'],
      ['?', 'Show this list'],
    ]);
    expect(dialog.contains(deepActive())).to.equal(true);
    expect(words(deepActive())).to.equal('Close');
    // The keys do nothing while it is open (J would move the list behind it).
    await press('j');
    await press('?');
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape did not close the help');
    await waitUntil(() => deepActive() === card, 'focus did not return to the card');
  });

  it('the "Keyboard shortcuts" button: first in the page, seen once focused, opens the list; Close returns to it', async () => {
    const el = await shortcutsPage(memory());
    const button = helpButton(el)!;
    expect(root(el).firstElementChild!.contains(button), 'first in the shadow root').to.equal(true);
    expect(button.getBoundingClientRect().width).to.be.at.most(1);
    // A Tab from before the page lands on it.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === button, 'Tab reached the button').to.equal(true);
      expect(button.getBoundingClientRect().width).to.be.above(40);
      expect(words(button)).to.equal('Keyboard shortcuts ?');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      await press('Enter');
      await waitUntil(() => helpDialog(el)!.open, 'the button did not open the help');
      helpDialog(el)!.querySelector<HTMLButtonElement>('[part~="shortcuts-close-button"]')!.click();
      await waitUntil(() => !helpDialog(el)!.open);
      await waitUntil(() => deepActive() === button, 'focus did not return to the button');
    } finally {
      before.remove();
    }
  });

  it('the controls the keys reach carry aria-keyshortcuts: Accept A, Reject R, Back Escape, help Shift+?', async () => {
    const el = await shortcutsPage(memory());
    expect(helpButton(el)!.getAttribute('aria-keyshortcuts')).to.equal('Shift+?');
    await openByClick(el, 'Asha Rao');
    await waitUntil(() => inDetail(el, '[part~="accept-button"]')!.getAttribute('aria-keyshortcuts') === 'A');
    expect(inDetail(el, '[part~="reject-button"]')!.getAttribute('aria-keyshortcuts')).to.equal('R');
    expect(root(el).querySelector('.back')!.getAttribute('aria-keyshortcuts')).to.equal('Escape');
    // A request opened again is a new detail element: its buttons say so too.
    inDetail<HTMLButtonElement>(el, '[part~="reject-button"]')!.focus();
    await press('Escape');
    await waitUntil(() => !root(el).querySelector('.back'));
    cardButton(el, 's4')!.focus();
    await press('Enter');
    await waitUntil(() => inDetail(el, '[part~="accept-button"]')?.getAttribute('aria-keyshortcuts') === 'A');
  });

  it("a deep link: the detail's buttons, rendered once its own read is back, carry them at once", async () => {
    const el = await fixture<RequestsPage>(
      html`<requests-page .adapter=${memory({ latencyMs: 150 })} shortcuts open-id="s0"></requests-page>`,
    );
    await waitUntil(
      () => helpButton(el) && inDetail(el, '[part~="accept-button"]'),
      'the detail did not load',
      {
        interval: 1,
      },
    );
    expect(inDetail(el, '[part~="accept-button"]')!.getAttribute('aria-keyshortcuts')).to.equal('A');
    expect(inDetail(el, '[part~="reject-button"]')!.getAttribute('aria-keyshortcuts')).to.equal('R');
  });

  it('in Hindi and in Arabic (right to left)', async () => {
    const { el: hi } = await helpOpenIn({ lang: 'hi', scheme: 'light', dir: 'ltr' });
    expect(words(helpDialog(hi)!.querySelector('h2'))).to.equal('कीबोर्ड शॉर्टकट');
    expect(rows(hi)[0]).to.deep.equal(['J', 'सूची में अगले अनुरोध पर जाएँ']);
    expect(rows(hi)[3]![1]).to.match(/^खुले अनुरोध में "स्वीकार करें" पर जाएँ/);
    expect(words(helpDialog(hi)!.querySelector('[part~="shortcuts-close-button"]'))).to.equal('बंद करें');
    expectNoEnglish(root(hi).querySelector('.shortcuts')!, 'the Hindi help');
    helpDialog(hi)!.close();
    const { el: ar } = await helpOpenIn({ lang: 'ar', scheme: 'light', dir: 'rtl' });
    const dialog = helpDialog(ar)!;
    expect(words(dialog.querySelector('h2'))).to.equal('اختصارات لوحة المفاتيح');
    expect(rows(ar)[1]).to.deep.equal(['K', 'الانتقال إلى الطلب السابق في القائمة']);
    expect(words(dialog.querySelector('[part~="shortcuts-close-button"]'))).to.equal('إغلاق');
    expectNoEnglish(root(ar).querySelector('.shortcuts')!, 'the Arabic help');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
    // The heading sits on the right in a right-to-left dialog.
    const box = dialog.getBoundingClientRect();
    const title = dialog.querySelector('h2')!.getBoundingClientRect();
    expect(box.right - title.right).to.be.below(box.width / 4);
  });

  for (const v of [
    { lang: 'en', scheme: 'light', dir: 'ltr' },
    { lang: 'hi', scheme: 'dark', dir: 'ltr' },
    { lang: 'ar', scheme: 'dark', dir: 'rtl' },
  ] as Variant[]) {
    it(`axe: the open help dialog (${v.lang}, ${v.scheme}, ${v.dir})`, async () => {
      const { wrapper } = await helpOpenIn(v);
      await aTimeout(0);
      await expectAccessible(wrapper);
    });
  }
});
