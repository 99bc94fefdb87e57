/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: every state of every element at a 320 CSS px wide viewport,
 * and at 640 px with the root font size doubled (200% text), in left-to-right and right-to-left (and in
 * Hindi and Arabic, whose strings are longer). No horizontal scrolling of the page, and no control
 * (button, link, tab, field) cut off: its content fits its box and the box is inside the viewport and
 * inside every ancestor that clips.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  composedParent,
  deepQueryAll,
  describe as describeElement,
  isRendered,
  loadLocalesBefore,
  variantName,
  type Variant,
} from './helpers.js';
import { ALL_STATES } from './states.js';

const CONTROLS = 'button, a[href], input, select, textarea, [role="tab"], summary';

interface Layout {
  name: string;
  width: number;
  height: number;
  rootFontSize: string;
}

const LAYOUTS: Layout[] = [
  { name: '320 px', width: 320, height: 640, rootFontSize: '' },
  { name: '640 px at 200% text', width: 640, height: 800, rootFontSize: '200%' },
];

const VARIANTS: Variant[] = [
  { lang: 'en', scheme: 'light', dir: 'ltr' },
  { lang: 'en', scheme: 'light', dir: 'rtl' },
  { lang: 'hi', scheme: 'light', dir: 'ltr' },
  { lang: 'ar', scheme: 'light', dir: 'rtl' },
];

/** Why `control` is cut off, or undefined when it is whole. */
function clipped(control: Element): string | undefined {
  const rect = control.getBoundingClientRect();
  const slack = 1;
  // Text inputs scroll their value by design; their box must fit, their content may scroll.
  const scrolls = control.matches('input, textarea, select');
  if (!scrolls && control.scrollWidth > control.clientWidth + slack) {
    return `content ${control.scrollWidth}px wider than its box ${control.clientWidth}px`;
  }
  if (
    !scrolls &&
    control.scrollHeight > control.clientHeight + slack &&
    getComputedStyle(control).overflowY !== 'visible'
  ) {
    return `content ${control.scrollHeight}px taller than its box ${control.clientHeight}px`;
  }
  if (rect.left < -slack || rect.right > document.documentElement.clientWidth + slack) {
    return `box ${Math.round(rect.left)}–${Math.round(rect.right)} outside the viewport (0–${document.documentElement.clientWidth})`;
  }
  for (
    let node = composedParent(control);
    node && node !== document.documentElement;
    node = composedParent(node)
  ) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (style.display === 'contents') continue;
    const box = node.getBoundingClientRect();
    // A scrolling ancestor (e.g. the dialog) reveals what is cut off by scrolling vertically; across,
    // nothing may be cut.
    if (rect.left < box.left - slack || rect.right > box.right + slack) {
      return `cut off horizontally by ${describeElement(node)} (${Math.round(box.left)}–${Math.round(box.right)})`;
    }
  }
  return undefined;
}

describe('a11y: reflow at 320 px and 200% text', function () {
  this.timeout(20000);
  loadLocalesBefore(VARIANTS);
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const layout of LAYOUTS) {
    describe(layout.name, () => {
      before(async () => {
        await setViewport({ width: layout.width, height: layout.height });
        document.documentElement.style.fontSize = layout.rootFontSize;
      });
      after(() => {
        document.documentElement.style.fontSize = '';
      });

      it('canary: the viewport and the text size are really in effect, and an overflow is caught', async () => {
        expect(window.innerWidth).to.equal(layout.width);
        const { wrapper } = await ALL_STATES[0]!.render(VARIANTS[0]!);
        const button = deepQueryAll(wrapper, 'button').find(isRendered)!;
        expect(parseFloat(getComputedStyle(button).fontSize)).to.equal(layout.rootFontSize ? 32 : 16);
        const wide = document.createElement('div');
        wide.style.cssText = 'inline-size: 2000px; block-size: 1px';
        wrapper.append(wide);
        expect(document.scrollingElement!.scrollWidth).to.be.greaterThan(
          document.scrollingElement!.clientWidth,
        );
        wide.remove();
        const squeezed = document.createElement('button');
        squeezed.textContent = 'A label far too long for its box';
        squeezed.style.cssText = 'inline-size: 40px; white-space: nowrap; overflow: hidden';
        wrapper.append(squeezed);
        expect(clipped(squeezed)).to.match(/wider than its box/);
        squeezed.remove();
      });

      for (const variant of VARIANTS) {
        for (const state of ALL_STATES) {
          it(`${variantName(variant)}: <${state.element}> ${state.name}`, async function () {
            const { wrapper } = await state.render(variant);
            await new Promise((r) => requestAnimationFrame(r));
            const scroller = document.scrollingElement!;
            expect(scroller.scrollWidth, 'the page scrolls horizontally').to.be.at.most(scroller.clientWidth);
            const controls = deepQueryAll(wrapper, CONTROLS).filter(isRendered);
            const problems = controls
              .map((control) => [control, clipped(control)] as const)
              .filter(([, why]) => why)
              .map(([control, why]) => `${describeElement(control)}: ${why}`);
            expect(problems, problems.join('\n')).to.deep.equal([]);
          });
        }
      }
    });
  }
});
