/**
 * axe in every state of every element × light / dark × left-to-right / right-to-left (and Hindi and
 * Arabic when those locales are present), with color-contrast on. A canary first proves that
 * color-contrast really runs here, in light DOM and inside shadow roots, and in the dark scheme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ALL_VARIANTS, expectAccessible, loadLocalesBefore, runAxe, variantName } from './helpers.js';
import { ALL_STATES } from './states.js';

/** A custom element whose shadow root holds low-contrast text, to prove axe looks inside shadow roots. */
class LowContrastCanary extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>p { color: light-dark(#9a9a9a, #5a5a5a); }</style>
      <p>Grey text that fails 4.5:1</p>`;
  }
}
if (!customElements.get('low-contrast-canary'))
  customElements.define('low-contrast-canary', LowContrastCanary);

const summary: string[] = [];

describe('a11y: axe matrix', function () {
  this.timeout(20000);
  loadLocalesBefore(ALL_VARIANTS);

  after(() => {
    // One line per variant: how many states passed and how many nodes color-contrast measured.
    console.log(`axe matrix\n${summary.join('\n')}`);
  });

  describe('canary: color-contrast really runs', () => {
    it('flags low-contrast text in light DOM (light scheme)', async () => {
      const el = await fixture(
        html`<div style="background: #fff; color: #aaa; padding: 8px">Light grey on white</div>`,
      );
      const result = await runAxe(el);
      expect(result.violations.map((v) => v.id)).to.include('color-contrast');
      // The @open-wc/testing assertion the element tests use sees it too.
      await expect(el).not.to.be.accessible();
    });

    it('flags low-contrast text inside a shadow root, in light and in dark', async () => {
      for (const scheme of ['light', 'dark']) {
        const el = await fixture(
          html`<div style="color-scheme: ${scheme}; background: Canvas; padding: 8px">
            <low-contrast-canary></low-contrast-canary>
          </div>`,
        );
        const result = await runAxe(el);
        expect(
          result.violations.map((v) => v.id),
          scheme,
        ).to.include('color-contrast');
        await expect(el).not.to.be.accessible();
      }
    });

    it('passes good contrast and counts the nodes it measured', async () => {
      const el = await fixture(
        html`<div style="background: #fff; color: #1b1d21; padding: 8px"><p>Dark text</p></div>`,
      );
      const result = await runAxe(el);
      expect(result.violations).to.deep.equal([]);
      expect(result.contrastChecked).to.be.greaterThan(0);
    });
  });

  for (const variant of ALL_VARIANTS) {
    describe(variantName(variant), () => {
      let passed = 0;
      let measured = 0;
      let undecided = 0;
      let ownChecked = 0;
      after(() => {
        summary.push(
          `  ${variantName(variant)}: ${passed}/${ALL_STATES.length} states clean; ` +
            `axe color-contrast measured ${measured} nodes (${undecided} undecided); own text-contrast measure ${ownChecked} nodes`,
        );
      });

      for (const state of ALL_STATES) {
        it(`<${state.element}> ${state.name}`, async function () {
          const { wrapper } = await state.render(variant);
          const { result, own, nonText } = await expectAccessible(wrapper);
          expect(own.checked, 'no text measured').to.be.greaterThan(0);
          // Zero nodes measured by axe would mean its contrast rule did not run (Latin-script locales).
          if (variant.lang !== 'ar')
            expect(result.contrastChecked, 'axe color-contrast measured nothing').to.be.greaterThan(0);
          ownChecked += own.checked;
          ownChecked += nonText.checked;
          passed += 1;
          measured += result.contrastChecked;
          undecided += result.contrastIncomplete.length;
        });
      }
    });
  }
});
