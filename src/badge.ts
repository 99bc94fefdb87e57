/**
 * `mentoring-requests/badge.js`: registers `<requests-badge>` alone, for a host page that shows the count
 * in its header without the inbox (every page of a site, say). It carries the store's counts, the
 * localization and the badge, none of the inbox's lists, cards or details (budget: 6 KB min+gzip of our
 * code, scripts/size.mjs). `define.js` registers the badge too; importing both, or this module twice, is
 * harmless (see `registry.ts`). Listed in package.json `sideEffects`.
 *
 *     import 'mentoring-requests/badge.js';
 *     document.querySelector('requests-badge').adapter = adapter; // the same object as the inbox's
 */
import { RequestsBadge } from './elements/requests-badge/requests-badge.js';
import type { WatchStore } from './elements/shared/live-watch.js';
import { defineTags, warnClashes } from './registry.js';

/**
 * The live code (store/live.js) loaded when a badge first connects: this entry does not carry it (a poll
 * is due one interval after the first read at the earliest). Ending the watch before it arrives cancels it.
 */
const watchLazily: WatchStore = (store, options) => {
  let release: (() => void) | undefined;
  let ended = false;
  void import('./store/live.js').then((live) => {
    if (!ended) release = live.watchStore(store, options);
  });
  return () => {
    ended = true;
    release?.();
  };
};
// `define.js`'s chunk, when it came first, gave the badge the live code it has already.
RequestsBadge.watchStore ??= watchLazily;

/** Tag → class. custom-elements-manifest.config.mjs reads the tag name from this object. */
export const BADGE_ELEMENTS = { 'requests-badge': RequestsBadge } as const;

warnClashes(defineTags(BADGE_ELEMENTS));

export { RequestsBadge };
export type { RequestsBadgeKind } from './elements/requests-badge/requests-badge.js';

declare global {
  interface HTMLElementTagNameMap {
    'requests-badge': RequestsBadge;
  }
}
