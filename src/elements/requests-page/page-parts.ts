/**
 * What `<requests-page>` needs only once the user acts: the filter control (with its styles and words), the "N new requests" control,
 * the opened request's view, the "not configured" state of a page without an adapter, the offline banner, and the navigation between the list and a detail, infinite scroll and the
 * switch to a virtualized list (a list is long, or scrolled to its end, only after its first page). They come with the detail
 * views' chunk (define-details.ts re-exports `PAGE_PARTS`), which starts loading at once: the page imports
 * that module itself, so the first paint of the queue does not carry them, and a host that registers the
 * tags its own way gets them too.
 */
import enDetails from '../../i18n/en-details.js';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { detailView } from './detail-view.js';
import { partStyles } from './page-parts.styles.js';
import { watchStore } from '../../store/live.js';
import { LiveWatch } from '../shared/live-watch.js';
import { filtersView } from './filters-view.js';
import { dropLeftoverMarkers } from './leftover-markers.js';
import { newRequestsView } from './new-requests.js';
import { notConfiguredView } from '../shared/not-configured.js';
import { DetailNavigation } from './navigation.js';
import { PageActions } from './page-actions.js';
import { VirtualSwitch } from './virtual-switch.js';
import { cardExtras } from '../shared/format.js';
import { urgencyLabel } from './urgency-label.js';

// The cards' urgency label ("In 3 hours"): from now on every card renders it (the page renders again
// when the parts arrive).
cardExtras.urgency = urgencyLabel;

export const PAGE_PARTS = {
  filtersView,
  LiveWatch,
  watchStore,
  dropLeftoverMarkers,
  newRequestsView,
  notConfiguredView,
  /**
   * The offline banner: one message for the whole inbox (an opened detail disables its actions with it as
   * their reason). Here: the browser goes offline after the first paint, by which time the parts have come.
   */
  offlineBanner: (localize: LocalizeController): TemplateResult =>
    html`<p class="banner offline" part="offline" role="status">${localize.term('offline')}</p>`,
  partStyles,
  detailView,
  DetailNavigation,
  VirtualSwitch,
  PageActions,
  english: enDetails,
};

export type PageParts = typeof PAGE_PARTS;
