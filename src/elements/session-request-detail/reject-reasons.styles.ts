import { css } from 'lit';

/**
 * The reject reasons and "propose another time" (reject-reasons.ts). They are slotted into the detail's
 * `<confirm-dialog>`, so they live in the detail's shadow root and take its tokens and `.button`; this
 * sheet is added to that root when the chunk first opens there. Logical properties only (right to left).
 */
export const rejectReasonsStyles = css`
  .rr {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    min-inline-size: 0;
  }
  .rr-label {
    margin: 0;
    font-weight: 600;
  }
  .rr-reasons {
    display: grid;
    gap: 0.375rem;
  }
  .rr-chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .rr .button {
    font-weight: 500;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .rr-chip {
    justify-content: flex-start;
    border-radius: 999px;
  }
  /* Picked: a thicker edge in the primary color and a check mark (not color alone). */
  .rr-chip[aria-pressed='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface);
  }
  .rr-chip[aria-pressed='true']::before {
    content: '✓' / '';
    font-weight: 700;
  }
  .rr .button.link {
    justify-self: start;
    padding-inline: 0;
  }
  .rr-proposal {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding-block: 0.5rem 0.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rr-proposal[hidden] {
    display: none;
  }
  .rr-proposal legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .rr-hint,
  .rr-preview,
  .rr-error {
    margin: 0;
  }
  .rr-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .rr-slots {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rr-slot {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.375rem 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .rr-slot legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  /* A date and a time field side by side, one under the other on a narrow phone. */
  .rr-field {
    display: grid;
    gap: 0.125rem;
    flex: 1 1 9rem;
    min-inline-size: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .rr-slot input {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    /* A field's edge is what shows it is a field: 3:1 against the background (WCAG 1.4.11), hence muted. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size);
  }
  .rr-slot input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .rr-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .rr-preview {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 3px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .rr-preview.empty {
    color: var(--_muted);
  }
  .rr-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    .rr-chip[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    .rr-slot input,
    .rr-proposal {
      border: 1px solid CanvasText;
    }
  }
`;
