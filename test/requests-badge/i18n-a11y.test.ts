/**
 * `<requests-badge>` in English, Hindi and Arabic (plural rules, digits, right to left), and its
 * accessibility: axe in light and dark, the pill's contrast, forced colors.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast, parseColor } from '../a11y/color.js';
import { loadLocale } from '../a11y/variants.js';
import { countsAdapter, linkName, shown, type RequestsBadge } from './support.js';

/** The name of a link around a badge of `kind` counting `count`, under `lang`. */
async function nameAt(lang: string, count: number, kind = 'all'): Promise<{ name: string; shown: string }> {
  const adapter = countsAdapter(
    kind === 'message' ? { session: 0, message: count } : { session: count, message: 0 },
  );
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <a href="#r"><requests-badge .adapter=${adapter} kind=${kind}></requests-badge></a>
    </div>`,
  );
  const badge = wrapper.querySelector<RequestsBadge>('requests-badge')!;
  await waitUntil(() => shown(badge) !== '');
  return { name: linkName(wrapper.querySelector('a')!), shown: shown(badge) };
}

const names = async (lang: string, counts: number[], kind = 'all') =>
  (await Promise.all(counts.map((n) => nameAt(lang, n, kind)))).map((r) => r.name);

describe('<requests-badge>: languages and accessibility', function () {
  this.timeout(15000);

  before(async () => {
    for (const lang of ['hi', 'ar']) expect(await loadLocale(lang), lang).to.equal(true);
  });

  it('English: one and other, per kind', async () => {
    expect(await names('en', [0, 1, 3])).to.deep.equal([
      '0 pending requests',
      '1 pending request',
      '3 pending requests',
    ]);
    expect(await names('en', [1, 2], 'session')).to.deep.equal([
      '1 pending session request',
      '2 pending session requests',
    ]);
    expect(await names('en', [1, 12], 'message')).to.deep.equal([
      '1 pending message request',
      '12 pending message requests',
    ]);
  });

  it('Hindi', async () => {
    expect(await names('hi', [1, 3])).to.deep.equal(['1 लंबित अनुरोध', '3 लंबित अनुरोध']);
    expect(await names('hi', [2], 'session')).to.deep.equal(['2 लंबित सत्र अनुरोध']);
    expect(await names('hi', [2], 'message')).to.deep.equal(['2 लंबित संदेश अनुरोध']);
  });

  it('Arabic: all six plural categories, and the numeral the pill shows in every name', async () => {
    // zero, one, two, few, many, other
    expect(await names('ar', [0, 1, 2, 3, 11, 100])).to.deep.equal([
      '0 طلب معلّق',
      '1 طلب معلّق',
      '2 طلبان معلّقان',
      '3 طلبات معلّقة',
      '11 طلبًا معلّقًا',
      '100 طلب معلّق',
    ]);
    expect(await names('ar', [2, 5, 11], 'session')).to.deep.equal([
      '2 طلبا جلسة معلّقان',
      '5 طلبات جلسات معلّقة',
      '11 طلب جلسة معلّقًا',
    ]);
    expect(await names('ar', [1], 'message')).to.deep.equal(['1 طلب مراسلة معلّق']);
    // ar-EG writes Arabic-Indic digits: the pill and the name agree (WCAG 2.5.3, label in name).
    const egypt = await nameAt('ar-EG', 12);
    expect(egypt.shown).to.equal('١٢');
    expect(egypt.name).to.equal('١٢ طلبًا معلّقًا');
  });

  it('right to left under lang="ar"; the language can change while shown', async () => {
    const adapter = countsAdapter({ session: 3, message: 0 });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar">
        <a href="#r"><requests-badge .adapter=${adapter}></requests-badge></a>
      </div>`,
    );
    const badge = wrapper.querySelector<RequestsBadge>('requests-badge')!;
    await waitUntil(() => shown(badge) !== '');
    expect(getComputedStyle(badge).direction).to.equal('rtl');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => linkName(wrapper.querySelector('a')!) === '3 pending requests');
    expect(getComputedStyle(badge).direction).to.equal('ltr');
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`axe clean, and the number's contrast is at least 4.5:1 (${scheme})`, async () => {
      const adapter = countsAdapter({ session: 3, message: 1 });
      const wrapper = await fixture<HTMLElement>(
        html`<div style="color-scheme: ${scheme}; background: Canvas">
          <requests-badge .adapter=${adapter}></requests-badge>
          <a href="#r">Requests <requests-badge .adapter=${adapter} kind="session"></requests-badge></a>
        </div>`,
      );
      const badges = [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')];
      await waitUntil(() => badges.every((b) => shown(b) !== ''));
      await expect(wrapper).to.be.accessible();
      const pill = badges[0]!.shadowRoot!.querySelector('[part~="badge"]')!;
      const style = getComputedStyle(pill);
      expect(contrast(parseColor(style.color), parseColor(style.backgroundColor))).to.be.at.least(4.5);
    });

  it('forced colors: the pill keeps a visible outline in system colors', async () => {
    const adapter = countsAdapter({ session: 3, message: 0 });
    const badge = await fixture<RequestsBadge>(html`<requests-badge .adapter=${adapter}></requests-badge>`);
    await waitUntil(() => shown(badge) !== '');
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const style = getComputedStyle(badge.shadowRoot!.querySelector('[part~="badge"]')!);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.equal(style.color);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
