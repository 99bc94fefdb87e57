import { css } from 'lit';

// Why some rules are there (kept out of the CSS text, which ships as written):
// - `.open::after`: one button opens the card; it stretches over the whole card, so a click anywhere opens it.
// - `:host`: no background (the host's shows through, in dark mode too); cards keep `--_bg`. Every text
//   wraps, even one long word from the server (`overflow-wrap: anywhere`).
// - `.clamp`: long server text (names, designations, previews) stops after two lines with "…"; the full
//   text is in the detail. A 100,000-character name stays a card of normal height.
// - `.range`: the slot's time range never breaks inside; the line breaks between the date and it.
// - `.filters-pending`: the filter bar's height until it arrives; in a narrow page, two rows (direction and
//   status, then the order: page-parts.styles.ts).
// - Text in its own direction (dir="auto") keeps the card's side: `.meta`'s items fit their text and sit
//   at the card's start; the slot aligns as its parent (Chrome and Safari know only the prefixed
//   `match-parent`). Not on clamped text: Chrome then drops the "…".
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }

  .filters-pending {
    min-block-size: 4.5rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .toolbar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .shown {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem var(--_space);
    min-block-size: 6.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .card:has(.open:hover) {
    border-color: var(--_primary);
  }
  .main {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .name {
    font-weight: 700;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .range {
    white-space: nowrap;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .badge {
    display: inline-block;
    padding-block: 0.0625rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline-end: 0.5rem;
  }
  .slot {
    font-size: 0.9375em;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .preview {
    font-size: 0.9375em;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .card:has(.open:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .skeleton .bone {
    display: block;
    border-radius: 0.25rem;
    background: var(--_surface);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .avatar {
    border: 0;
    border-radius: 50%;
  }
  .skeleton .line {
    block-size: 0.95em;
    inline-size: 55%;
    margin-block: 0.2em;
  }
  .skeleton .line.wide {
    inline-size: 35%;
  }
  .skeleton .line.narrow {
    inline-size: 70%;
  }
  .skeleton .button-bone {
    block-size: 2.5rem;
    inline-size: 7.5rem;
    border-radius: var(--_radius);
  }
  @container (max-width: 30rem) {
    .filters-pending {
      min-block-size: 9rem;
    }
    .meta {
      flex-direction: column;
    }
    .meta > * + *::before {
      content: none;
    }
    .card {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: start;
    }
    .open,
    .skeleton .button-bone {
      grid-column: 1 / -1;
      inline-size: 100%;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  .empty {
    display: grid;
    gap: 0.375rem;
    justify-items: center;
    padding-block: calc(var(--_space) * 2.5);
    padding-inline: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .empty-title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .empty-hint {
    color: var(--_muted);
  }

  .more {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .sentinel {
    position: absolute;
    inset-block-start: 0;
    inline-size: 1px;
    block-size: 1px;
  }

  .detail-view {
    min-block-size: 12rem;
  }
`;
