import { css } from 'lit';

/**
 * The modal box of the library's dialogs, `<confirm-dialog>`'s and the page's keyboard-shortcuts help: a
 * native `<dialog class="dialog">` with its heading (`.dialog-heading`), its first sentence
 * (`.dialog-message`), its backdrop and its entrance, on the elements' tokens. Centred by the user agent's
 * own `dialog { margin: auto }`; `box-sizing: border-box` comes from base's universal rule.
 */
export const dialogStyles = css`
  .dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    box-shadow:
      0 1px 3px rgb(0 0 0 / 0.12),
      0 16px 40px rgb(0 0 0 / 0.24);
    overflow: auto;
  }
  .dialog[open] {
    animation: mr-dialog-in 160ms ease-out;
  }
  .dialog::backdrop {
    background: var(--mr-color-backdrop, rgb(10 12 16 / 0.55));
    animation: mr-backdrop-in 160ms ease-out;
  }
  @keyframes mr-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem) scale(0.98);
    }
  }
  @keyframes mr-backdrop-in {
    from {
      opacity: 0;
    }
  }
  .dialog-heading {
    margin-block: 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .dialog-message {
    margin-block: 0 var(--_space);
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .dialog[open],
    .dialog::backdrop {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .dialog {
      border: 2px solid CanvasText;
    }
  }
`;
