/** Plural forms, number grouping and digits, and dates via Intl in the locale and the time zone. */
import { expect, fixture, html } from '@open-wc/testing';
import hi from '../../src/i18n/hi.js';
import ar from '../../src/i18n/ar.js';
import { deepText } from './english-detector.js';
import { LOCALES, SAMPLES, START, TZ, session, sessionDetailIn, shadow, showing } from './fixtures.js';

describe('i18n: plurals, numbers and dates', () => {
  async function tabLabel(code: string, count: number): Promise<string> {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${code}><request-tabs session-count=${count}></request-tabs></div>`,
    );
    const tabs = wrapper.querySelector('request-tabs')!;
    const t = code.startsWith('ar') ? ar : hi;
    await showing(wrapper, t.sessionRequests);
    return shadow(tabs).querySelector('#tab-session')!.getAttribute('aria-label')!;
  }

  it('Arabic: 1, 2, 3, 11, 100 pending, each in its plural form', async () => {
    // The tab name keeps the badge's numeral for one and two as well (WCAG 2.5.3, label in name).
    expect(await tabLabel('ar', 1)).to.equal('طلبات الجلسات، 1 طلب معلّق');
    expect(await tabLabel('ar', 2)).to.equal('طلبات الجلسات، 2 طلب معلّق');
    expect(await tabLabel('ar', 3)).to.equal('طلبات الجلسات، 3 طلبات معلّقة');
    expect(await tabLabel('ar', 11)).to.equal('طلبات الجلسات، 11 طلبًا معلّقًا');
    expect(await tabLabel('ar', 100)).to.equal('طلبات الجلسات، 100 طلب معلّق');
  });

  it('Arabic: years and the word limit follow the plural rules too', () => {
    expect([0, 1, 2, 3, 11, 100].map((y) => ar.experienceYears(y))).to.deep.equal([
      'خبرة أقل من سنة',
      'خبرة سنة واحدة',
      'خبرة سنتين',
      'خبرة 3 سنوات',
      'خبرة 11 سنة',
      'خبرة 100 سنة',
    ]);
    expect(ar.tooManyWords(50)).to.equal('استخدم 50 كلمة على الأكثر.');
    expect(ar.tooManyWords(10)).to.equal('استخدم 10 كلمات على الأكثر.');
  });

  it('Hindi: 1 and 2 pending; numbers with Indian grouping', async () => {
    expect(await tabLabel('hi', 1)).to.equal('सत्र अनुरोध, 1 लंबित');
    expect(await tabLabel('hi', 2)).to.equal('सत्र अनुरोध, 2 लंबित');
    expect(hi.shownOfTotal(20, 1200)).to.equal('1,200 में से 20 दिखाए जा रहे हैं');
  });

  for (const [code, t] of LOCALES) {
    it(`${code}: the slot's date and times via Intl, in the locale and the given time zone`, async () => {
      const request = session(SAMPLES[code], 's0', 0);
      const { wrapper, el } = await sessionDetailIn(code, request);
      await showing(wrapper, t.sessionRequest);
      const day = { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric' } as const;
      const time = { hour: 'numeric', minute: '2-digit' } as const;
      const slot = (zone: string) =>
        t.slotRequestReceived(
          SAMPLES[code].names[0]!,
          t.timeRange(
            new Intl.DateTimeFormat(code, { ...time, timeZone: zone }).format(request.start),
            new Intl.DateTimeFormat(code, { ...time, timeZone: zone }).format(request.end),
          ),
          new Intl.DateTimeFormat(code, { ...day, timeZone: zone }).format(request.start),
        );
      const shown = () => shadow(el).querySelector('.slot')!.textContent!.trim();
      expect(shown()).to.equal(slot(TZ));
      // 4:00 PM in Kolkata is 5:30 AM in New York, and still the same Friday.
      el.timeZone = 'America/New_York';
      await el.updateComplete;
      expect(shown()).to.equal(slot('America/New_York'));
      expect(shown()).not.to.equal(slot(TZ));
    });
  }

  it('ar-EG: numbers in sentences use the same (Arabic-Indic) digits as the dates', async () => {
    const request = session(SAMPLES.ar, 's0', 0);
    const { wrapper, el } = await sessionDetailIn('ar-EG', request);
    await showing(wrapper, ar.sessionRequest);
    const text = deepText(el);
    expect(text).to.include(
      new Intl.DateTimeFormat('ar-EG', { year: 'numeric', timeZone: TZ }).format(START),
    );
    expect(text).to.include(`خبرة ${new Intl.NumberFormat('ar-EG').format(5)} سنوات`);
    expect(text, 'no Latin digits').not.to.match(/[0-9]/);
  });
});
