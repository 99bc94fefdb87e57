/**
 * Every state of every element, as a list of named builders (not a test file itself). Each builder
 * renders the element inside the theme wrapper of a variant (scheme, dir, lang) and drives it into its
 * state the way a user or a backend would: through the MemoryAdapter, clicks and typing.
 *
 * The states are built in page-states.ts, widget-states.ts (dialog, tabs) and detail-states.ts, on the
 * shared parts in state-kit.ts; this module re-exports what the tests use.
 */
import { DIALOG_STATES, TABS_STATES } from './widget-states.js';
import { MESSAGE_DETAIL_STATES, SESSION_DETAIL_STATES } from './detail-states.js';
import { PAGE_STATES } from './page-states.js';
import type { State } from './state-kit.js';

export { TZ, buttonByText, inboxAdapter, q, session, sr, type Rendered, type State } from './state-kit.js';
export { cardsOf, page, settled } from './page-states.js';
export { DIALOG_STATES, MESSAGE_DETAIL_STATES, PAGE_STATES, SESSION_DETAIL_STATES, TABS_STATES };

export const ALL_STATES: State[] = [
  ...PAGE_STATES,
  ...TABS_STATES,
  ...SESSION_DETAIL_STATES,
  ...MESSAGE_DETAIL_STATES,
  ...DIALOG_STATES,
];
