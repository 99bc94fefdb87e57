/** The inbox's state, DOM-free: one `InboxStore` per adapter object (see docs/store.md). */
import './store-lists.js';
export { InboxStore, checkPageSize, type ListSpec, type StoreActionName } from './inbox-store.js';
export type { CountsState } from './counts.js';
export { RequestList } from './request-list.js';
export {
  acceptRequest,
  putRequest,
  readRequest,
  refetchRequest,
  rejectRequest,
  runningAction,
  saveMeetingLink,
} from './store-actions.js';
export { StoreChangeEvent, StoreErrorEvent, type StoreAction } from './store-events.js';
export { StoreRemoteChangeEvent, type RemoteChangeDetail } from './remote-change.js';
export {
  DEFAULT_FILTER,
  DIRECTION_FILTERS,
  STATUS_FILTERS,
  effectiveStatus,
  inFilter,
  isPendingReceived,
  normalizeFilter,
  statusesFor,
  type DirectionFilter,
  type ListFilter,
  type StatusFilter,
} from './filters.js';
