import { css } from 'lit';

/**
 * Design tokens. Hosts theme the elements through these public `--mr-*` custom properties (they inherit
 * through shadow roots). Each element maps them to private `--_*` variables with defaults that follow
 * the used `color-scheme` (light-dark()), so a host gets dark mode by setting `color-scheme: dark`
 * (or `light dark`) on any ancestor.
 *
 * Public tokens: --mr-color-bg, --mr-color-surface, --mr-color-text, --mr-color-muted, --mr-color-border,
 * --mr-color-primary, --mr-color-on-primary, --mr-color-danger, --mr-color-on-danger, --mr-color-success,
 * --mr-color-warning, --mr-color-focus, --mr-radius, --mr-space, --mr-font, --mr-font-size,
 * --mr-focus-ring-width; and --mr-color-backdrop (the modal dialog's backdrop, read by confirm-dialog).
 *
 * Every default meets WCAG 2.2 AA in both schemes: text 4.5:1 on --mr-color-bg and --mr-color-surface
 * (muted text included), the focus ring 3:1 against both (test/a11y checks it). A host that overrides
 * a color keeps those ratios itself.
 */
export const tokens = css`
  :host {
    --_bg: var(--mr-color-bg, light-dark(#ffffff, #121417));
    --_surface: var(--mr-color-surface, light-dark(#f6f7f9, #1d2025));
    --_text: var(--mr-color-text, light-dark(#1b1d21, #eceef1));
    --_muted: var(--mr-color-muted, light-dark(#59606b, #a9b0bb));
    --_border: var(--mr-color-border, light-dark(#d3d7de, #3a3f47));
    --_primary: var(--mr-color-primary, light-dark(#1d4ed8, #8fb1ff));
    --_on-primary: var(--mr-color-on-primary, light-dark(#ffffff, #0b1530));
    --_danger: var(--mr-color-danger, light-dark(#b42318, #ff9c94));
    --_on-danger: var(--mr-color-on-danger, light-dark(#ffffff, #2a0906));
    --_success: var(--mr-color-success, light-dark(#0f6b3a, #7ee2a8));
    --_warning: var(--mr-color-warning, light-dark(#8a4b00, #ffc46b));
    --_focus: var(--mr-color-focus, light-dark(#1d4ed8, #8fb1ff));
    --_radius: var(--mr-radius, 0.5rem);
    --_space: var(--mr-space, 1rem);
    --_font: var(--mr-font, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--mr-font-size, 1rem);
    --_focus-width: var(--mr-focus-ring-width, 3px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.45;
  }
`;

/**
 * Shared building blocks: buttons, focus ring, visually hidden text, motion and forced colors.
 * Wrapped in a call marked `@__PURE__` so that a bundler drops it from a bundle that does not use it
 * (`<requests-badge>` takes `tokens` alone: `mentoring-requests/badge.js` has a 6 KB budget). esbuild and
 * Rollup ignore the mark on a tagged template itself; `css` has no side effects.
 */
export const base = /* @__PURE__ */ (() => css`
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.5rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition:
      background-color 120ms,
      border-color 120ms;
  }
  .button:hover:not(:disabled) {
    border-color: var(--_primary);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    padding-inline: 0.25rem;
    text-decoration: underline;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`)();
