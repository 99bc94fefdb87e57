/** Right to left: the direction each element resolves, the mirrored layout, and the arrow keys of the tabs. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ar from '../../src/i18n/ar.js';
import { SAMPLES, cards, inbox, localizeOf, pageIn, shadow, showing, tabsOf } from './fixtures.js';

describe('i18n: right to left', () => {
  it('dir() resolves the nearest dir across shadow roots, else the locale’s direction', async () => {
    const rtlEnglish = await pageIn('en', inbox(SAMPLES.hi), { dir: 'rtl' });
    expect(localizeOf(tabsOf(rtlEnglish.page)).dir(), 'dir="rtl" outside the shadow root').to.equal('rtl');
    const ltrArabic = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'ltr' });
    expect(localizeOf(tabsOf(ltrArabic.page)).dir(), 'dir="ltr" wins over Arabic').to.equal('ltr');
    const arabic = await pageIn('ar', inbox(SAMPLES.ar));
    await showing(arabic.wrapper, ar.sessionRequests);
    expect(localizeOf(tabsOf(arabic.page)).dir(), 'no dir: the locale’s').to.equal('rtl');
    expect(localizeOf(tabsOf(rtlEnglish.page)).dir()).to.equal('rtl');
  });

  it('dir="rtl": the tabs run right to left, and ArrowLeft goes to the next tab', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'rtl' });
    await showing(wrapper, ar.sessionRequests);
    await waitUntil(() => cards(page).length === 2, 'cards');
    const tabs = tabsOf(page);
    const session = shadow(tabs).querySelector<HTMLButtonElement>('#tab-session')!;
    const messageTab = shadow(tabs).querySelector<HTMLButtonElement>('#tab-message')!;
    expect(session.getBoundingClientRect().left, 'the first tab is on the right').to.be.greaterThan(
      messageTab.getBoundingClientRect().left,
    );
    // The card's avatar sits at the inline start: on the right of the text.
    const card = cards(page)[0]!;
    expect(card.querySelector('.avatar')!.getBoundingClientRect().left).to.be.greaterThan(
      card.querySelector('.main')!.getBoundingClientRect().left,
    );

    // With two tabs that wrap around, either arrow reaches the other tab: the mirroring itself is
    // request-tabs' reading of the direction.
    expect((tabs as unknown as { isRtl(): boolean }).isRtl()).to.equal(true);
    session.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => page.tab === 'message', 'ArrowLeft selects the next tab');
    expect(shadow(tabs).activeElement).to.equal(messageTab);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => page.tab === 'session', 'ArrowRight selects the previous tab');
    expect(shadow(tabs).activeElement).to.equal(session);
  });

  it('lang="ar" without any dir: the inbox mirrors on its own, and stops when the language changes', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar));
    await showing(wrapper, ar.sessionRequests);
    await waitUntil(() => page.getAttribute('dir') === 'rtl', 'the page sets dir="rtl" on itself');
    const tabs = tabsOf(page);
    expect(tabs.hasAttribute('dir'), 'nested elements inherit it instead of setting their own').to.equal(
      false,
    );
    expect(getComputedStyle(tabs).direction).to.equal('rtl');
    const session = shadow(tabs).querySelector<HTMLButtonElement>('#tab-session')!;
    const messageTab = shadow(tabs).querySelector<HTMLButtonElement>('#tab-message')!;
    expect(session.getBoundingClientRect().left, 'the first tab is on the right').to.be.greaterThan(
      messageTab.getBoundingClientRect().left,
    );
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => !page.hasAttribute('dir'), 'back to left to right');
    expect(getComputedStyle(tabs).direction).to.equal('ltr');
  });

  it('a dir set by the page wins over the Arabic locale', async () => {
    const { page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'ltr' });
    await waitUntil(() => cards(page).length === 2, 'cards');
    expect(page.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(page).direction).to.equal('ltr');
  });

  it('dir="rtl": the Back chevron mirrors', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'rtl' });
    await waitUntil(() => cards(page).length === 2, 'cards');
    cards(page)[0]!.querySelector('button')!.click();
    await showing(wrapper, ar.back);
    const chevron = shadow(page).querySelector('.back .chevron')!;
    expect(getComputedStyle(chevron).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });
});
