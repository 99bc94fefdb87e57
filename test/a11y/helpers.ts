/**
 * Shared helpers of the accessibility tests in test/a11y (not a test file itself): a WCAG contrast
 * calculator, a composed-tree walker, an axe runner that reports what color-contrast really checked,
 * and the theme / direction / language wrapper every matrix test renders into.
 *
 * Split by topic into color.ts, composed-tree.ts, contrast-checks.ts, axe.ts and variants.ts; this module
 * re-exports them all, so tests import from here; `expectAccessible` is the check of one rendered state.
 */
import { expect } from '@open-wc/testing';
import { runAxe, formatViolations, type AxeSummary } from './axe.js';
import { formatContrast, nonTextContrast, textContrast } from './contrast-checks.js';

export * from './color.js';
export * from './composed-tree.js';
export * from './contrast-checks.js';
export * from './axe.js';
export * from './variants.js';

/**
 * Asserts one rendered state clean: no axe violation (color-contrast on), no text below WCAG 1.4.3 by our
 * own measure of every text node, and no field edge or other non-text part below 1.4.11. Returns the
 * measures, for a caller that also counts what was checked.
 */
export async function expectAccessible(wrapper: Element): Promise<{
  result: AxeSummary;
  own: ReturnType<typeof textContrast>;
  nonText: ReturnType<typeof nonTextContrast>;
}> {
  const result = await runAxe(wrapper);
  expect(result.violations.length, formatViolations(result.violations)).to.equal(0);
  // Our own WCAG 1.4.3 measure of every text node: it does not skip scripts axe cannot judge
  // (axe leaves out text it takes for icon ligatures, e.g. much of the Arabic text).
  const own = textContrast(wrapper);
  expect(own.failures.length, formatContrast(own.failures)).to.equal(0);
  // WCAG 1.4.11: field edges, placeholders, the selected tab's underline.
  const nonText = nonTextContrast(wrapper);
  expect(nonText.failures.length, nonText.failures.join('\n')).to.equal(0);
  return { result, own, nonText };
}
