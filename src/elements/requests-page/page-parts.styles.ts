import { css } from 'lit';

// Why some rules are there (kept out of the CSS text, which ships as written):
// - `.card.expired`, `.badge.accepted`… and the forced-colors borders: the history's status colours come
//   here, not with the first paint (the queue shows none of them; colours only, nothing moves when they arrive).
// - `.list.virtual > .card`: in virtualized (long) lists, the virtualizer positions each card absolutely in
//   the <ul>, so the card takes the full width and its own gap.
// - `.detail-view > :not(:defined)`: a detail opened before its class has arrived (define.ts defines it
//   when the chunk arrives): a placeholder of the loading detail's size, so nothing jumps when it upgrades.
// - `.urgency`: a pending session card's "In 3 hours" on the card's top line (urgency-label.ts), right after
//   the name: a base size of 0 (and a negative margin that takes back the line's gap and its own padding,
//   which keeps it off the name), so it never wraps onto
//   a line of its own nor squeezes the name (the card keeps its height when the parts arrive); it grows into
//   what the name's line leaves and ends in "…" where that is too little. A name longer than the line counts
//   as the line's width (as wide as it is shown anyway), so the label still fits on its line; the tags after
//   it wrap as they did without it.
// - `.filter:has(#filter-sort)`: in a narrow page the order control has a row of its own, below direction and
//   status, at the same width where the first paint's placeholder holds two rows (requests-page.styles.ts).

/**
 * The styles of `<requests-page>`'s detail-time parts (page-parts.ts): the filters, the opened request's
 * view, the virtualized list and the page's notices. Adopted when the parts arrive, so the first paint does not carry them.
 */
export const partStyles = css`
  .card.expired {
    background: var(--_surface);
  }
  .badge.accepted {
    border-color: var(--_success);
    color: var(--_success);
  }
  .badge.rejected {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .badge.expired {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    .empty {
      border-color: CanvasText;
    }
    .card:has(.open:focus-visible) {
      outline-color: Highlight;
    }
  }
  .top:has(> .urgency) > .name {
    max-inline-size: 100%;
  }
  .urgency {
    flex: 1 1 0;
    min-inline-size: 0;
    margin-inline-start: -1.25rem;
    padding-inline-start: 0.75rem;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    text-align: end;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .urgency.soon {
    color: var(--_warning);
  }
  .new-requests-button {
    inline-size: 100%;
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .list.virtual > .card {
    inline-size: 100%;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .list.virtual:focus:not(:focus-visible) {
    outline: none;
  }

  .detail-view {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .detail-view > :not(:defined) {
    display: block;
    min-block-size: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .back {
    justify-self: start;
    padding-inline: 0.25rem 0.5rem;
  }
  .chevron {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 8rem;
    min-inline-size: 0;
    max-inline-size: 15rem;
  }
  @container (max-width: 30rem) {
    .filter:has(#filter-sort) {
      flex-basis: 100%;
    }
  }
  .filter:only-child {
    flex-grow: 0;
    flex-basis: calc((100% - 0.75rem) / 2);
  }
  .filter label {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .filter select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background-color: var(--_bg);
    color: var(--_text);
    font: inherit;
    text-overflow: ellipsis;
    cursor: pointer;
    transition: border-color 120ms;
  }
  .filter select:hover {
    border-color: var(--_primary);
  }
  .filter option {
    background-color: var(--_bg);
    color: var(--_text);
  }
  .history-note {
    margin-block: calc(var(--_space) * -0.25) calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* The page's notices: the offline banner, a failed list or page (views.ts, not-configured.ts), and a
     busy Load more. They follow a network answer or a user action, which the parts always precede (they
     start loading with the first paint), so the first paint does not carry their styles; were the parts'
     chunk to fail, the notices still show, as plain text. */
  .banner {
    margin-block-end: calc(var(--_space) * 0.75);
    padding-block: 0.625rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block-end: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-title {
    color: var(--_danger);
    font-weight: 700;
  }
  .more .error {
    margin-block: 0;
    inline-size: 100%;
  }

  .load-more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  /* Offline, the banner is the one message: a list read that failed meanwhile shows no error of its own
     and no Retry (it cannot help; back online, the page reads again). The banner precedes the tabs. */
  .offline ~ request-tabs .error {
    display: none;
  }

  @media (forced-colors: active) {
    .error,
    .banner {
      border-color: CanvasText;
    }
    .filter select {
      border-color: ButtonText;
    }
  }
`;
