/**
 * Shared helpers of the accessibility tests in test/a11y (not a test file itself): a WCAG contrast
 * calculator, a composed-tree walker, an axe runner that reports what color-contrast really checked,
 * and the theme / direction / language wrapper every matrix test renders into.
 *
 * Split by topic into color.ts, composed-tree.ts, contrast-checks.ts, axe.ts and variants.ts; this module
 * re-exports them all, so tests import from here.
 */
export * from './color.js';
export * from './composed-tree.js';
export * from './contrast-checks.js';
export * from './axe.js';
export * from './variants.js';
