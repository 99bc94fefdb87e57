import { css } from 'lit';

/**
 * The destructive buttons (Reject, and the confirmation's Reject): only the detail views and the confirm
 * dialog show them, so they are not in `base`, which the first paint (the list and the tabs) carries; and in a module of
 * their own, since a bundler splits code by module, not by export.
 */
export const dangerButtons = /* @__PURE__ */ (() => css`
  .button.danger {
    background: var(--_bg);
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button.danger.solid {
    background: var(--_danger);
    color: var(--_on-danger);
  }
`)();
