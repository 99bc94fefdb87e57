/**
 * Shared helpers of the accessibility tests in test/a11y (not a test file itself): a WCAG contrast
 * calculator, a composed-tree walker, an axe runner that reports what color-contrast really checked,
 * and the theme / direction / language wrapper every matrix test renders into.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { BUILT_IN_LOADERS } from '../../src/i18n/locales.js';
import { registerTranslation } from '../../src/i18n/localize.js';

// ---- Colors and WCAG contrast --------------------------------------------------------------------

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number];

let probe: CanvasRenderingContext2D | null | undefined;

/** Any computed CSS color as sRGB + alpha: rgb()/rgba(), color(srgb …), else through a 1 px canvas. */
export function parseColor(value: string): Rgba {
  const text = value.trim().toLowerCase();
  if (text === 'transparent' || text === '') return [0, 0, 0, 0];
  const rgb = /^rgba?\(([^)]+)\)$/.exec(text);
  if (rgb) {
    const parts = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(parseFloat);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  const srgb = /^color\(srgb\s+([^)]+)\)$/.exec(text);
  if (srgb) {
    const parts = srgb[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(parseFloat);
    return [parts[0]! * 255, parts[1]! * 255, parts[2]! * 255, parts[3] ?? 1];
  }
  probe ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  });
  if (!probe) throw new Error(`cannot parse color ${value}`);
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom` (source-over). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/** WCAG 2.x relative luminance of an opaque color. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.x contrast ratio (1–21) of two colors; a translucent `a` is first painted over `b`. */
export function contrast(a: Rgba, b: Rgba): number {
  const fg = a[3] < 1 ? blend(a, b) : a;
  const [l1, l2] = [luminance(fg), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

export const toCss = ([r, g, b, a]: Rgba): string =>
  `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${+a.toFixed(2)})`;

// ---- The composed tree ---------------------------------------------------------------------------

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

// ---- Text contrast (our own measure, independent of axe's heuristics) -----------------------------

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

// ---- axe -----------------------------------------------------------------------------------------

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

export interface AxeSummary {
  violations: Result[];
  /** Nodes whose text contrast axe measured and found sufficient. */
  contrastChecked: number;
  /** Nodes axe could not decide on for contrast (reported, not failed). */
  contrastIncomplete: Result['nodes'];
}

/** Waits for the running finite animations (a dialog fading in) to end; endless ones (skeletons) stay. */
export async function animationsDone(): Promise<void> {
  const scopes: (Document | ShadowRoot)[] = [
    document,
    ...deepQueryAll(document, '*').flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
  ];
  const finite = scopes
    .flatMap((scope) => scope.getAnimations())
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity && a.playState === 'running');
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

/** Runs axe (all rules on, color-contrast included) on `context`, once entry animations are over. */
export async function runAxe(context: Element): Promise<AxeSummary> {
  await animationsDone();
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(context, {
    resultTypes: ['violations', 'incomplete', 'passes'],
    rules: { 'color-contrast': { enabled: true } },
  });
  const contrastPasses = results.passes.find((r) => r.id === 'color-contrast');
  const contrastIncomplete = results.incomplete.find((r) => r.id === 'color-contrast');
  return {
    violations: results.violations,
    contrastChecked: contrastPasses?.nodes.length ?? 0,
    contrastIncomplete: contrastIncomplete?.nodes ?? [],
  };
}

/** Readable text of axe violations. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`)
          .join('\n'),
    )
    .join('\n');
}

// ---- Themes, directions, languages ---------------------------------------------------------------

export type Scheme = 'light' | 'dark';
export type Dir = 'ltr' | 'rtl';

export interface Variant {
  scheme: Scheme;
  dir: Dir;
  lang: string;
}

export const variantName = (v: Variant): string => `${v.lang} ${v.scheme} ${v.dir}`;

/** Light and dark in English (left-to-right and right-to-left), Hindi (ltr) and Arabic (rtl). */
export const ALL_VARIANTS: Variant[] = [
  { lang: 'en', scheme: 'light', dir: 'ltr' },
  { lang: 'en', scheme: 'dark', dir: 'ltr' },
  { lang: 'en', scheme: 'light', dir: 'rtl' },
  { lang: 'en', scheme: 'dark', dir: 'rtl' },
  { lang: 'hi', scheme: 'light', dir: 'ltr' },
  { lang: 'hi', scheme: 'dark', dir: 'ltr' },
  { lang: 'ar', scheme: 'light', dir: 'rtl' },
  { lang: 'ar', scheme: 'dark', dir: 'rtl' },
];

/**
 * Adds a mocha `before` hook (call it inside a `describe`) that loads the locales of `variants`. The map
 * it returns then says which are present: a test of a variant whose locale is not there skips itself.
 */
export function loadLocalesBefore(variants: Variant[]): Map<string, boolean> {
  const available = new Map<string, boolean>();
  before(async () => {
    for (const lang of new Set(variants.map((v) => v.lang))) available.set(lang, await loadLocale(lang));
  });
  return available;
}

/**
 * Renders `content` inside the wrapper a host would use: `color-scheme` on a wrapper that paints the
 * page canvas of that scheme (a dark page has a dark background), `dir` and `lang` on it.
 */
export async function themed<T extends Element = HTMLElement>(
  content: TemplateResult,
  v: Variant,
): Promise<{ wrapper: HTMLElement; el: T }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div
      class="theme"
      style="color-scheme: ${v.scheme}; background: Canvas; color: CanvasText; padding: 8px"
      dir=${v.dir}
      lang=${v.lang}
    >
      ${content}
    </div>`,
  );
  const el = wrapper.firstElementChild as T;
  return { wrapper, el };
}

/**
 * Loads and registers a shipped locale (through the library's own lazy loader), so that elements render
 * in it at once. False when that locale is not there (yet): its test rows are skipped.
 */
export async function loadLocale(code: string): Promise<boolean> {
  if (code === 'en') return true;
  const loader = BUILT_IN_LOADERS[code];
  if (!loader) return false;
  try {
    registerTranslation((await loader()).default);
    return true;
  } catch {
    return false;
  }
}
