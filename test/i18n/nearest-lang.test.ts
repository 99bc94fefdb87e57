/**
 * The locale of each element follows its nearest `lang`: two inboxes in two languages on one page,
 * runtime changes, the English fallback and lazily loaded locales.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import hi from '../../src/i18n/hi.js';
import ar from '../../src/i18n/ar.js';
import { BUILT_IN_LOCALES } from '../../src/i18n/locales.js';
import { registerLocaleLoader } from '../../src/i18n/localize.js';
import { deepText, expectNoEnglish } from './english-detector.js';
import { SAMPLES, cards, inbox, localizeOf, pageIn, shadow, showing, tabsOf } from './fixtures.js';

describe('i18n: the locale follows the nearest lang', () => {
  it('two inboxes in two languages share a page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section lang="hi"><requests-page .adapter=${inbox(SAMPLES.hi)}></requests-page></section>
        <section lang="ar"><requests-page .adapter=${inbox(SAMPLES.ar)}></requests-page></section>
      </div>`,
    );
    const [hiPage, arPage] = Array.from(wrapper.querySelectorAll('requests-page'));
    await showing(hiPage!, hi.sessionRequests);
    await showing(arPage!, ar.sessionRequests);
    await waitUntil(() => cards(hiPage!).length > 0 && cards(arPage!).length > 0, 'cards');
    expect(deepText(hiPage!)).to.include(hi.viewDetailsShort);
    expect(deepText(hiPage!)).not.to.include(ar.viewDetailsShort);
    expect(deepText(arPage!)).to.include(ar.viewDetailsShort);
    expect(deepText(arPage!)).not.to.include(hi.viewDetailsShort);
    expect(localizeOf(tabsOf(hiPage!)).lang()).to.equal('hi');
    expect(localizeOf(tabsOf(arPage!)).lang()).to.equal('ar');
  });

  it('the element’s own lang wins over its ancestors’', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><request-tabs lang="ar"></request-tabs></div>`,
    );
    await showing(wrapper, ar.sessionRequests);
    expect(deepText(wrapper)).not.to.include(hi.sessionRequests);
  });

  it('re-renders when lang changes at runtime: on an ancestor, and inside a shadow root', async () => {
    const { wrapper, page } = await pageIn('hi', inbox(SAMPLES.hi));
    await waitUntil(() => cards(page).length === 2, 'cards');
    await showing(wrapper, hi.viewDetailsShort);
    wrapper.setAttribute('lang', 'ar');
    await showing(wrapper, ar.viewDetailsShort);
    await showing(wrapper, ar.sessionRequests);
    expect(deepText(wrapper)).not.to.include(hi.viewDetailsShort);
    expectNoEnglish(wrapper, 'after switching to Arabic');

    // A lang set inside requests-page's shadow root, on the inner request-tabs: only it changes.
    const tabs = tabsOf(page);
    tabs.setAttribute('lang', 'hi');
    await showing(shadow(tabs), hi.sessionRequests);
    expect(deepText(shadow(tabs))).not.to.include(ar.sessionRequests);
    expect(deepText(page)).to.include(ar.viewDetailsShort);

    // Back to English: everything, at once.
    tabs.removeAttribute('lang');
    wrapper.setAttribute('lang', 'en');
    await showing(wrapper, en.viewDetailsShort);
    await showing(wrapper, en.sessionRequests);
  });

  it('falls back to English for an unknown or invalid lang, without throwing or loading', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const code of ['xx', 'not a tag!', '']) {
        const { wrapper, page } = await pageIn(code, inbox(SAMPLES.hi));
        await waitUntil(() => cards(page).length === 2, 'cards');
        await aTimeout(30);
        expect(deepText(wrapper), code).to.include(en.sessionRequests);
        expect(deepText(wrapper), code).to.include(en.viewDetailsShort);
        expect(localizeOf(page).term('tabWithCount', 'X', 2)).to.equal('X, 2 pending');
      }
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('a region tag (hi-IN) uses its language; a host can add a lazily loaded locale', async () => {
    const region = await fixture<HTMLElement>(html`<div lang="hi-IN"><request-tabs></request-tabs></div>`);
    await showing(region, hi.sessionRequests);

    let loads = 0;
    registerLocaleLoader('eo', async () => {
      loads += 1;
      return { default: { ...en, $code: 'eo', $name: 'Esperanto', sessionRequests: 'Sesiaj petoj' } };
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="eo"><request-tabs></request-tabs><request-tabs></request-tabs></div>`,
    );
    await waitUntil(() => deepText(wrapper).split('Sesiaj petoj').length === 3, 'both tabs in Esperanto');
    expect(loads).to.equal(1);
    expect(BUILT_IN_LOCALES).to.deep.equal(['en', 'hi', 'ar']);
  });
});
