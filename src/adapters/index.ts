/**
 * `mentoring-requests/adapters`: the adapter contract, the model types, the errors and the two
 * adapters. DOM-free: it imports and runs in plain Node.
 */
export type {
  ActionResult,
  AdapterCapabilities,
  AnyRequest,
  CallOptions,
  Direction,
  ListQuery,
  ListSort,
  MeetingLink,
  MeetingPlatform,
  MessageRequest,
  Page,
  PendingCounts,
  Person,
  RequestKind,
  RequestStatus,
  RequestsAdapter,
  RequestsChange,
  SessionRequest,
  StoredLink,
  MeetingHost,
} from './types.js';
export { DEFAULT_MESSAGE_STATUSES, DEFAULT_SESSION_STATUSES } from './types.js';
export { hasEnded, soonestFirst } from '../model/request.js';
export { RequestsError, toRequestsError } from '../model/errors.js';
export type { RequestsErrorInit, RequestsErrorKind } from '../model/errors.js';

export { MentorEdAdapter } from './mentored/mentored-adapter.js';
export type { LanguageSource, MentorEdAdapterOptions, TokenSource } from './mentored/mentored-adapter.js';

export { MemoryAdapter } from './memory/memory-adapter.js';
export type {
  ElsewhereOutcome,
  MemoryAdapterCall,
  MemoryAdapterOptions,
  MemorySnapshot,
} from './memory/memory-adapter.js';

export { generateRequests, createRandom } from './memory/generate.js';
export type { GenerateOptions, GeneratedData } from './memory/generate.js';

export { validateMeetingLink, isSafeMeetingUrl, MEETING_PLATFORMS } from './meeting-link.js';

// The schedule-conflict rule (back to back is no clash, containment is) and the booked sessions' shape.
export { isTimeRange, slotsOverlap, slotsTouch } from '../model/overlap.js';
export type { BookedSlot, TimeRange } from '../model/overlap.js';

// MentorEd's reject-reason limits and the one counting rule, for hosts with a dialog of their own.
export { reasonLength, reasonOverLimit, reasonOverLimits } from '../model/reason.js';
export {
  checkRejectReason,
  MENTORED_CAPABILITIES,
  REASON_ERRORS,
  REASON_MAX_CHARS,
  REASON_MAX_WORDS,
} from './reason.js';
export type { MeetingLinkErrorKey, MeetingLinkField, MeetingLinkValidation } from './meeting-link.js';
