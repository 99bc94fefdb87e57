/**
 * Our own contrast measures, independent of axe's heuristics (not a test file itself): text contrast
 * (WCAG 1.4.3) and non-text contrast (WCAG 1.4.11) of everything rendered under a root.
 */
import { contrast, parseColor, toCss } from './color.js';
import { backgroundBehind, composedParent, deepQueryAll, describe, isRendered } from './composed-tree.js';

/** The product of the opacities of `element` and its composed ancestors. */
export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    opacity *= parseFloat(getComputedStyle(node).opacity);
    if (node instanceof HTMLDialogElement && node.matches(':modal')) break;
  }
  return opacity;
}

export interface TextContrast {
  element: string;
  text: string;
  ratio: number;
  required: number;
  color: string;
  background: string;
}

/** Whether `element` is inside a disabled control (exempt from WCAG 1.4.3). */
function inDisabledControl(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if ((node as HTMLButtonElement).disabled === true || node.getAttribute('aria-disabled') === 'true')
      return true;
  }
  return false;
}

/**
 * WCAG 1.4.3 for every rendered element with its own text under `root` (shadow roots included): text
 * color (with the opacity of its ancestors) against the opaque color behind it; 4.5:1, or 3:1 for large
 * text (24 px, or 18.66 px bold). Visually hidden text and disabled controls are skipped, as in WCAG.
 */
export function textContrast(root: Element): { checked: number; failures: TextContrast[] } {
  const failures: TextContrast[] = [];
  let checked = 0;
  for (const element of deepQueryAll(root, '*')) {
    const own = Array.from(element.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!own || ['STYLE', 'SCRIPT', 'OPTION', 'TEXTAREA'].includes(element.tagName)) continue;
    const rect = element.getBoundingClientRect();
    if (
      rect.width <= 1 ||
      rect.height <= 1 ||
      !(element as HTMLElement).checkVisibility?.({ opacityProperty: false, visibilityProperty: true })
    )
      continue;
    const style = getComputedStyle(element);
    if (style.clipPath !== 'none' && style.clipPath.includes('inset(50%')) continue;
    if (inDisabledControl(element)) continue;
    const background = backgroundBehind(element, true);
    const color = parseColor(style.color);
    color[3] *= effectiveOpacity(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
    const required = large ? 3 : 4.5;
    const ratio = contrast(color, background);
    checked += 1;
    if (ratio < required - 0.005) {
      failures.push({
        element: describe(element),
        text: own.slice(0, 40),
        ratio,
        required,
        color: toCss(color),
        background: toCss(background),
      });
    }
  }
  return { checked, failures };
}

export const formatContrast = (failures: TextContrast[]): string =>
  failures
    .map(
      (f) => `${f.element}: ${f.color} on ${f.background} = ${f.ratio.toFixed(2)}:1 (needs ${f.required}:1)`,
    )
    .join('\n');

// ---- Non-text contrast (WCAG 1.4.11) ---------------------------------------------------------------

/**
 * What identifies a control or its state must be 3:1 against the color next to it: the edge of every
 * text field, select and text area (against what is around it), the selected tab's underline (against
 * the tab list's background), and the placeholder text of a field (4.5:1, it is text).
 */
export function nonTextContrast(root: Element): { checked: number; failures: string[] } {
  const failures: string[] = [];
  let checked = 0;
  for (const field of deepQueryAll(root, 'input:not([type="hidden"]), select, textarea').filter(isRendered)) {
    const style = getComputedStyle(field);
    const edge = parseColor(style.borderTopColor);
    const outside = backgroundBehind(field);
    const ratio = contrast(edge, outside);
    checked += 1;
    if (ratio < 3)
      failures.push(
        `${describe(field)}: edge ${toCss(edge)} on ${toCss(outside)} = ${ratio.toFixed(2)}:1 (needs 3:1)`,
      );
    if ((field as HTMLInputElement).placeholder) {
      const placeholder = getComputedStyle(field, '::placeholder');
      const color = parseColor(placeholder.color);
      color[3] *= parseFloat(placeholder.opacity || '1');
      const inside = backgroundBehind(field, true);
      const text = contrast(color, inside);
      checked += 1;
      if (text < 4.5)
        failures.push(
          `${describe(field)}: placeholder ${toCss(color)} on ${toCss(inside)} = ${text.toFixed(2)}:1 (needs 4.5:1)`,
        );
    }
  }
  for (const tab of deepQueryAll(root, '[role="tab"][aria-selected="true"]').filter(isRendered)) {
    const style = getComputedStyle(tab);
    const line = parseColor(style.borderBottomColor);
    const behind = backgroundBehind(tab, true);
    const ratio = contrast(line, behind);
    checked += 1;
    if (parseFloat(style.borderBottomWidth) < 2 || ratio < 3) {
      failures.push(
        `${describe(tab)}: selected underline ${style.borderBottomWidth} ${toCss(line)} on ${toCss(behind)} = ${ratio.toFixed(2)}:1`,
      );
    }
  }
  return { checked, failures };
}
