/**
 * Forced colors (Windows High Contrast), reduced motion and target size.
 *
 * Forced colors: @web/test-runner-commands' `emulateMedia` passes `forcedColors` to Playwright only, and
 * this runner drives Chromium through Puppeteer, so web-test-runner.config.mjs adds a command,
 * `emulate-forced-colors`, that sets Chromium's own emulation through the DevTools protocol: the media query
 * matches and the browser forces author colors to system colors, as Windows High Contrast does. The tests
 * then check the computed result: every border still drawn, the focus ring in `Highlight`, the selected tab
 * marked in `Highlight` and the others not. Run under another config without the command, they fall back
 * to applying the elements' own `@media (forced-colors: active)` rules from their style sheets (the first
 * test then fails, saying the emulation is missing).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import {
  deepQueryAll,
  describe as describeElement,
  isRendered,
  parseColor,
  themed,
  toCss,
  type Variant,
} from './helpers.js';
import { ALL_STATES, inboxAdapter, page, q, settled } from './states.js';

const LIGHT: Variant = { lang: 'en', scheme: 'light', dir: 'ltr' };

/** Resolves a system color (CanvasText, Highlight…) the way the browser does now. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * Gives every shadow root under `root` copies of its adopted style sheets in which the
 * `@media (forced-colors: active)` rules apply (`@media all`); returns the undo. (Copies: the shared sheets
 * of other tests stay as they are.)
 */
function applyForcedColorRules(root: Element): () => void {
  const originals = new Map<ShadowRoot, CSSStyleSheet[]>();
  for (const host of [root, ...deepQueryAll(root, '*')]) {
    const shadow = host.shadowRoot;
    if (!shadow || originals.has(shadow)) continue;
    originals.set(shadow, shadow.adoptedStyleSheets);
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.map((sheet) => {
      const text = Array.from(sheet.cssRules)
        .map((rule) => rule.cssText)
        .join('\n')
        .replace(/@media \(forced-colors: active\)/g, '@media all');
      const copy = new CSSStyleSheet();
      copy.replaceSync(text);
      return copy;
    });
  }
  restyle(root);
  return () => {
    originals.forEach((sheets, shadow) => (shadow.adoptedStyleSheets = sheets));
    restyle(root);
  };
}

/**
 * Takes the subtree out of rendering for a moment, so that the new rules apply at once: otherwise the
 * elements' color transitions (120 ms) would still report in-between colors when the test reads them.
 */
function restyle(root: Element): void {
  const element = root as HTMLElement;
  const display = element.style.getPropertyValue('display');
  element.style.setProperty('display', 'none');
  void getComputedStyle(element).display;
  if (display) element.style.setProperty('display', display);
  else element.style.removeProperty('display');
  void element.offsetHeight;
}

/** Pieces whose box must stay outlined when backgrounds are gone. */
const BORDERED = [
  '[part~="card"]:not(.skeleton)',
  '.button:not(.link)',
  'dialog',
  'textarea',
  'input',
  'select',
  '[part~="badge"]',
  '.status',
  '.notice',
  '.error:not(:empty)',
  '.detail',
  '.empty',
  '.bubble',
  '.banner',
].join(', ');

function borderProblems(root: Element): string[] {
  return deepQueryAll(root, BORDERED)
    .filter(isRendered)
    .flatMap((el) => {
      const style = getComputedStyle(el);
      const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
      const drawn = sides.filter((side) => {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const color = parseColor(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
        return width >= 1 && kind !== 'none' && kind !== 'hidden' && color[3] > 0;
      });
      return drawn.length === 4 ? [] : [`${describeElement(el)}: border drawn on ${drawn.length} of 4 sides`];
    });
}

describe('a11y: forced colors, reduced motion, target size', function () {
  this.timeout(20000);

  describe('forced colors', () => {
    let undo: (() => void) | undefined;
    let emulated = false;
    before(async () => {
      // The runner's own command (web-test-runner.config.mjs): Chromium's forced-colors emulation.
      // A runner config without the command answers "Unknown command": then the fallback below is used.
      await executeServerCommand('emulate-forced-colors', { active: true }).catch(() => false);
      emulated = matchMedia('(forced-colors: active)').matches;
      // Without the command (another runner config), the rules are applied from the style sheets instead.
      if (!emulated)
        console.log(
          'forced colors: not emulated; the elements’ forced-colors rules are applied from their style sheets',
        );
    });
    after(async () => {
      if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('the browser emulates forced colors: author colors are replaced by system colors', async () => {
      expect(emulated, 'forced-colors emulation (web-test-runner.config.mjs) is active').to.equal(true);
      const { el } = await page(inboxAdapter(), LIGHT);
      await settled(el);
      // Author backgrounds and text colors give way to Canvas / CanvasText (or the system colors we chose).
      const system = new Set(
        [
          'Canvas',
          'CanvasText',
          'Highlight',
          'HighlightText',
          'LinkText',
          'ButtonText',
          'ButtonFace',
          'GrayText',
        ].map(systemColor),
      );
      // Every rendered element: its text color is a system color, none of ours (e.g. the muted grey) is left.
      const nodes = deepQueryAll(el, '*').filter(isRendered);
      expect(nodes.length).to.be.greaterThan(50);
      const authored = nodes
        .map((node) => [describeElement(node), getComputedStyle(node).color] as const)
        .filter(([, color]) => !system.has(color));
      expect(authored, authored.map((a) => a.join(': ')).join('\n')).to.deep.equal([]);
    });
    afterEach(() => {
      undo?.();
      undo = undefined;
    });

    const activate = (root: Element) => {
      if (!emulated) undo = applyForcedColorRules(root);
    };

    it('every element has forced-colors rules', async () => {
      for (const state of [
        ALL_STATES.find((s) => s.element === 'requests-page' && s.name.startsWith('session detail'))!,
      ]) {
        const { wrapper } = await state.render(LIGHT);
        const tags = new Set(
          deepQueryAll(wrapper, '*')
            .filter((e) => e.shadowRoot)
            .map((e) => e.localName),
        );
        for (const tag of ['requests-page', 'request-tabs', 'session-request-detail', 'confirm-dialog']) {
          expect(tags.has(tag), tag).to.equal(true);
          const host = deepQueryAll(wrapper, tag)[0]!;
          const text = host
            .shadowRoot!.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText))
            .join('\n');
          expect(text, `${tag} has no @media (forced-colors: active) rule`).to.match(
            /@media \(forced-colors: active\)/,
          );
        }
      }
    });

    for (const state of ALL_STATES) {
      it(`borders stay drawn: <${state.element}> ${state.name}`, async () => {
        const { wrapper } = await state.render(LIGHT);
        activate(wrapper);
        const problems = borderProblems(wrapper);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }

    it('the selected tab is marked in Highlight, the others are not; the focus ring is Highlight', async () => {
      const { el } = await page(inboxAdapter(), LIGHT);
      await settled(el);
      activate(el);
      const tabs = q(el, 'request-tabs')!;
      const selected = q(tabs, '#tab-session')!;
      const other = q(tabs, '#tab-message')!;
      const highlight = systemColor('Highlight');
      const canvas = systemColor('Canvas');
      expect(getComputedStyle(selected).borderBottomColor).to.equal(highlight);
      expect(getComputedStyle(selected).borderBottomStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(selected).borderBottomWidth)).to.be.at.least(3);
      expect(getComputedStyle(selected).color).to.equal(highlight);
      expect(getComputedStyle(other).borderBottomColor).to.equal(canvas);
      expect(getComputedStyle(other).color).to.not.equal(highlight);
      // Focus, from the keyboard: a ring in Highlight on the filters' selects and on a card's button.
      selected.focus();
      let active = el.shadowRoot!.activeElement as HTMLElement;
      const selects: HTMLElement[] = [];
      for (let i = 0; i < 6 && !active?.matches('[part~="open-button"]'); i++) {
        await sendKeys({ press: 'Tab' });
        active = el.shadowRoot!.activeElement as HTMLElement;
        if (active?.matches('select')) {
          selects.push(active);
          expect(getComputedStyle(active).outlineColor, describeElement(active)).to.equal(highlight);
        }
      }
      expect(selects.map((x) => x.id)).to.deep.equal(['filter-direction', 'filter-status', 'filter-sort']);
      expect(active.matches('[part~="open-button"]'), describeElement(active)).to.equal(true);
      expect(getComputedStyle(active).outlineColor).to.equal(highlight);
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      expect(getComputedStyle(active.closest('.card')!).outlineColor).to.equal(highlight);
    });

    it('the focus ring is Highlight in the dialog and the detail', async () => {
      const state = ALL_STATES.find(
        (s) => s.element === 'session-request-detail' && s.name.startsWith('reject dialog'),
      )!;
      const { wrapper } = await state.render(LIGHT);
      activate(wrapper);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      const dialog = deepQueryAll(wrapper, 'confirm-dialog')[0]!;
      const focused = dialog.shadowRoot!.activeElement!;
      expect(focused.matches(':focus-visible'), describeElement(focused)).to.equal(true);
      expect(getComputedStyle(focused).outlineColor).to.equal(systemColor('Highlight'));
    });
  });

  describe('prefers-reduced-motion', () => {
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    function motion(root: Element): string[] {
      return deepQueryAll(root, '*')
        .filter(isRendered)
        .flatMap((el) => {
          const style = getComputedStyle(el);
          const moving: string[] = [];
          if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) {
            moving.push(`transition ${style.transitionProperty} ${style.transitionDuration}`);
          }
          if (style.animationName !== 'none') moving.push(`animation ${style.animationName}`);
          if (el.localName === 'dialog') {
            const backdrop = getComputedStyle(el, '::backdrop').animationName;
            if (backdrop !== 'none') moving.push(`::backdrop animation ${backdrop}`);
          }
          return moving.map((m) => `${describeElement(el)}: ${m}`);
        });
    }

    const moving = [
      ALL_STATES.find((s) => s.name === 'loading (skeleton)')!,
      ALL_STATES.find((s) => s.element === 'session-request-detail' && s.name === 'loading')!,
      ALL_STATES.find((s) => s.element === 'session-request-detail' && s.name.startsWith('reject dialog'))!,
      ALL_STATES.find((s) => s.element === 'requests-page' && s.name.startsWith('session list'))!,
      ALL_STATES.find((s) => s.element === 'request-tabs' && s.name === 'with counts')!,
    ];

    for (const state of moving) {
      it(`moves without the preference and stands still with it: <${state.element}> ${state.name}`, async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const before = await state.render(LIGHT);
        expect(motion(before.wrapper), 'the emulation works: something moves by default').to.not.deep.equal(
          [],
        );
        await emulateMedia({ reducedMotion: 'reduce' });
        await waitUntil(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
        const after = await state.render(LIGHT);
        const still = motion(after.wrapper);
        expect(still, still.join('\n')).to.deep.equal([]);
      });
    }
  });

  describe('target size (WCAG 2.5.8): every control at least 24 × 24 CSS px', () => {
    const CONTROLS = 'button, a[href], input, select, textarea, [role="tab"]';
    for (const state of ALL_STATES) {
      it(`<${state.element}> ${state.name}`, async () => {
        const { wrapper } = await state.render(LIGHT);
        const small = deepQueryAll(wrapper, CONTROLS)
          .filter(isRendered)
          .map((el) => [el, el.getBoundingClientRect()] as const)
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([el, r]) => `${describeElement(el)}: ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`);
        expect(small, small.join('\n')).to.deep.equal([]);
      });
    }
  });

  it('helper sanity: system colors resolve', () => {
    expect(toCss(parseColor(systemColor('CanvasText')))).to.match(/^rgba\(/);
    void html;
    void themed;
  });
});
