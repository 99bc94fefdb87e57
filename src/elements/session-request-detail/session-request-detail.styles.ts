import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.0625rem;
    line-height: 1.35;
  }
  .slot {
    font-weight: 600;
  }
  .agenda-box {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .agenda {
    white-space: pre-line;
  }
  .agenda-box .button.link {
    min-block-size: 2rem;
    padding-inline: 0;
  }
  /* The schedule-conflict warning's clashing requests (conflicts.ts): links in a sentence's place. */
  .conflicts .button.link {
    min-block-size: 2rem;
    padding-inline: 0;
    justify-content: start;
    text-align: start;
  }
  .link-section {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .join {
    /* A standalone link, not one in a sentence: a target of at least 24 × 24 px (WCAG 2.5.8). */
    display: inline-flex;
    align-items: center;
    min-block-size: max(2rem, 24px);
    color: var(--_primary);
    font-weight: 700;
    text-underline-offset: 0.2em;
  }
  .url {
    font-size: 0.875rem;
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .link-form {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .field input,
  .field select {
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    /* A field's edge is what shows it is a field: 3:1 against the background (WCAG 1.4.11), hence muted. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .field input::placeholder {
    /* The example link is text too: 4.5:1, so no extra fading (the muted color already differs). */
    color: var(--_muted);
    opacity: 1;
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error {
    /* A <p>: no margin (detail.styles.ts). */
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .field-error:empty {
    display: none;
  }
  /* The section's heading outranks the form's field labels (1rem, 600): larger, bolder, full contrast. */
  #link-heading {
    font-size: 1.0625rem;
    font-weight: 700;
    color: var(--_text);
  }
  .required {
    margin-inline-start: 0.125em;
    color: var(--_danger);
  }
  .field-hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .meeting-details {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .meeting-details div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .meeting-details dt {
    font-weight: 600;
  }
  .meeting-details dd {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  .meeting-details .button.link {
    padding-inline: 0;
  }
  .meeting-details .button[aria-pressed='true'] {
    text-decoration: underline;
  }
`;
