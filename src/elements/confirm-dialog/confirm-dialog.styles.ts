import { css } from 'lit';

/** Beside the box every dialog shares (shared/dialog.styles.ts): the reason field, its counter, the buttons. */
export const confirmDialogStyles = css`
  /* The heading and message a host or the server gives wrap anywhere (see detail.styles.ts). */
  .wrap {
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  :host {
    display: contents;
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
  @media (forced-colors: active) {
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
