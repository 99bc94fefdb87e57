/**
 * The composed tree for the accessibility tests (not a test file itself): flat-tree parents, the color
 * behind an element, deep queries across shadow roots, and the focus checks (ring, not obscured).
 */
import { blend, contrast, parseColor, toCss, type Rgba } from './color.js';

/** The parent in the flat tree: the slot a node is assigned to, its parent, or its shadow host. */
export function composedParent(node: Element): Element | null {
  return (
    node.assignedSlot ??
    node.parentElement ??
    ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
    null
  );
}

/** The opaque color painted behind `element` (its own background too when `includeSelf`). */
export function backgroundBehind(element: Element, includeSelf = false): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = includeSelf ? element : composedParent(element);
  while (node) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
    // A modal <dialog> sits in the top layer, over its ::backdrop: what is under it in the DOM is not.
    if (node instanceof HTMLDialogElement && node.matches(':modal')) break;
    node = composedParent(node);
  }
  // The canvas under everything: the root's used color-scheme decides it.
  let color: Rgba = parseColor(
    getComputedStyle(document.documentElement).colorScheme.includes('dark') ? '#121212' : '#ffffff',
  );
  for (const layer of layers.reverse()) color = blend(layer, color);
  return color;
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element matching `selector` in `root` and in every shadow root below it (document order). */
export function deepQueryAll<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E[] {
  const found: E[] = [];
  const visit = (scope: Element | ShadowRoot | Document) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (element.matches(selector)) found.push(element as E);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.matches(selector)) found.push(root as E);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Whether an element takes up space on screen (not display:none, not in a hidden subtree). */
export function isRendered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && (element as HTMLElement).checkVisibility?.() !== false;
}

export interface RingReport {
  element: string;
  ring: string;
  background: string;
  width: number;
  ratio: number;
}

/** A short description of an element for messages: tag, part/class and its accessible-ish text. */
export function describe(element: Element): string {
  const part = element.getAttribute('part');
  const label =
    element.getAttribute('aria-label') ?? element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${part ? ` part="${part}"` : ''}${element.id ? ` id="${element.id}"` : ''}> "${label ?? ''}"`;
}

/**
 * The focus ring of the focused element: it must be drawn (`:focus-visible` matches, outline not none),
 * at least 2 CSS px wide, and at 3:1 or more against the color behind it (the element's own background
 * when the outline is drawn inside it, the parent's when outside).
 */
export function focusRing(element: Element): RingReport {
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  const offset = parseFloat(style.outlineOffset);
  const ring = parseColor(style.outlineColor);
  const behind = backgroundBehind(element, offset < 0);
  return {
    element: describe(element),
    ring: style.outlineStyle === 'none' ? 'none' : toCss(ring),
    background: toCss(behind),
    width: style.outlineStyle === 'none' ? 0 : width,
    ratio: style.outlineStyle === 'none' ? 0 : contrast(ring, behind),
  };
}

/** The topmost element at a point, looking into shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let found = document.elementFromPoint(x, y);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === found) break;
    found = inner;
  }
  return found;
}

/** Whether `inner` is `outer` or inside it (across shadow roots). */
export function composedContains(outer: Element, inner: Element | null): boolean {
  for (let node = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}

/**
 * WCAG 2.4.11 Focus Not Obscured: the focused element is (at least partly) in the viewport and what is
 * on top at its center is the element itself (nothing covers it).
 */
export function focusObscured(element: Element): string | undefined {
  const rect = element.getBoundingClientRect();
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
  if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) {
    return `${describe(element)} is focused outside the viewport`;
  }
  const top = deepElementFromPoint(x, y);
  return composedContains(element, top)
    ? undefined
    : `${describe(element)} is covered by ${top ? describe(top) : 'nothing'}`;
}

/** Asserts a visible, 3:1 focus ring on the focused element and returns it (for the log). */
export function assertFocusRing(expected?: (el: Element) => boolean, step = ''): RingReport {
  const active = deepActive();
  if (!active || active === document.body) throw new Error(`${step}: nothing is focused`);
  if (expected && !expected(active)) throw new Error(`${step}: focus is on ${describe(active)}`);
  if (!active.matches(':focus-visible'))
    throw new Error(`${step}: ${describe(active)} is focused without :focus-visible`);
  const obscured = focusObscured(active);
  if (obscured) throw new Error(`${step}: ${obscured}`);
  const report = focusRing(active);
  if (report.width < 2)
    throw new Error(`${step}: focus ring of ${report.element} is ${report.ring} ${report.width}px`);
  if (report.ratio < 3) {
    throw new Error(
      `${step}: focus ring of ${report.element} ${report.ring} on ${report.background} is ${report.ratio.toFixed(2)}:1 (< 3:1)`,
    );
  }
  return report;
}
