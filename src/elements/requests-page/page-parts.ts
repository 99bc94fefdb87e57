/**
 * What `<requests-page>` needs only once the user acts: the filter control (with its styles and words), the "N new requests" control,
 * the opened request's view and the navigation between the list and a detail, infinite scroll and the
 * switch to a virtualized list (a list is long, or scrolled to its end, only after its first page). They come with the detail
 * views' chunk (define-details.ts re-exports `PAGE_PARTS`), which starts loading at once: the page imports
 * that module itself, so the first paint of the queue does not carry them, and a host that registers the
 * tags its own way gets them too.
 */
import enDetails from '../../i18n/en-details.js';
import { detailView } from './detail-view.js';
import { partStyles } from './page-parts.styles.js';
import { filtersView } from './filters-view.js';
import { dropLeftoverMarkers } from './leftover-markers.js';
import { newRequestsView } from './new-requests.js';
import { DetailNavigation } from './navigation.js';
import { SentinelController } from './scroll.js';
import { VirtualSwitch } from './virtual-switch.js';

export const PAGE_PARTS = {
  filtersView,
  dropLeftoverMarkers,
  newRequestsView,
  partStyles,
  detailView,
  DetailNavigation,
  VirtualSwitch,
  SentinelController,
  english: enDetails,
};

export type PageParts = typeof PAGE_PARTS;
