import { css } from 'lit';

// The pill follows the tabs' badge (request-tabs.styles.ts) in the selected tab's colors, so a badge in a
// header matches the counts inside the inbox. The label is visually hidden: the pill shows the number, the
// label says what it counts. No `base` styles: the badge has no buttons, and `badge.js` stays small.
export const requestsBadgeStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    line-height: 1;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A rule of its own: a browser without :state() drops just this one (the empty badge then has no box). */
  :host(:state(empty)) {
    display: none;
  }
  [part~='badge'] {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    min-inline-size: 1.5em;
    block-size: 1.5em;
    padding-inline: 0.4em;
    border: 1px solid var(--_primary);
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~='badge'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
