import { css } from 'lit';

// The selected tab's rule lists `:hover` too: the hover rule of every tab outranks it otherwise (that
// rule sets no border color, so only the color is at stake). The panel's focus ring is base's
// `:focus-visible` (offset 2px, as the panel's was); only the tabs draw theirs inside (-3px).
// The tabs stay in one row on a phone (320 px): they shrink and their labels wrap (a word breaks only when
// it cannot fit), so the selected tab's underline stays under its tab, in line with the other.
// Labels break between words (`break-word`, not `anywhere`, which the page's text inherits: a flex item
// then shrinks to one letter and "requests" broke as "request/s"), the count never breaks ("2/7"), and in
// a narrow container the tabs' padding shrinks so both labels fit at 320 px in en, hi and ar.
export const requestTabsStyles = css`
  :host {
    display: block;
  }
  [part~='tablist'] {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  [part~='tab'] {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin-block-end: -1px;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 0;
    border-block-end: 3px solid transparent;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    overflow-wrap: break-word;
    cursor: pointer;
    transition:
      color 120ms,
      border-color 120ms,
      background-color 120ms;
  }
  [part~='tab']:hover {
    color: var(--_text);
    background: var(--_surface);
  }
  [part~='tab-selected'],
  [part~='tab-selected']:hover {
    color: var(--_primary);
    border-block-end-color: var(--_primary);
  }
  [part~='tab']:focus-visible {
    outline-offset: -3px;
  }
  [part~='badge'] {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5em;
    block-size: 1.5em;
    padding-inline: 0.4em;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    flex-shrink: 0;
    white-space: nowrap;
  }
  [part~='tab-selected'] [part~='badge'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  [part~='panel'] {
    padding-block: var(--_space);
  }
  @container (max-width: 30rem) {
    [part~='tab'] {
      padding-inline: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    [part~='tab'] {
      color: ButtonText;
      border-block-end-color: Canvas;
    }
    [part~='tab-selected'],
    [part~='tab-selected']:hover {
      color: Highlight;
      border-block-end-color: Highlight;
    }
    [part~='badge'],
    [part~='tab-selected'] [part~='badge'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
