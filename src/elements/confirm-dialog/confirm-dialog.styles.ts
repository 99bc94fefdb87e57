import { css } from 'lit';

export const confirmDialogStyles = css`
  /* The heading and message a host or the server gives wrap anywhere (see detail.styles.ts). */
  .wrap {
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  :host {
    display: contents;
  }
  [part~='dialog'] {
    /* box-sizing: border-box comes from base's universal rule. */
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    /* Centred by the user agent's own dialog { margin: auto }. */
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
  [part~='dialog'][open] {
    animation: mr-dialog-in 160ms ease-out;
  }
  [part~='dialog']::backdrop {
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
  [part~='heading'] {
    margin-block: 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='message'] {
    margin-block: 0 var(--_space);
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    margin-block-end: var(--_space);
  }
  .field label {
    font-weight: 600;
    /* The label may hold a server-provided name: a long word must wrap, not widen the dialog. */
    overflow-wrap: anywhere;
  }
  [part~='textarea'] {
    inline-size: 100%;
    min-block-size: 6rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    /* A field's edge is what shows it is a field: 3:1 against the background (WCAG 1.4.11), hence muted. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  [part~='textarea'][aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='counter'] {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .over [part~='counter'],
  [part~='error'] {
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='dialog'][open],
    [part~='dialog']::backdrop {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    [part~='dialog'] {
      border: 2px solid CanvasText;
    }
    [part~='textarea'] {
      border: 1px solid CanvasText;
    }
    [part~='textarea'][aria-invalid='true'] {
      border: 2px dashed CanvasText;
    }
    [part~='confirm-button'] {
      border-width: 2px;
    }
  }
`;
