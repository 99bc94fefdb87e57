/**
 * `mentoring-requests/mocks`: an emulation of the MentorEd API for MSW, and the seeded data generator,
 * for tests, stories and demos. Works with `msw/node` (`setupServer`) and `msw/browser`
 * (`setupWorker`, or `startMentorEdWorker` from `mentoring-requests/mocks/browser`, a separate entry so
 * that this one stays importable in Node). Never imported by the library itself.
 *
 * ```ts
 * const db = createMentorEdDb({ seed: 7, sessionRequests: 30 });
 * const server = setupServer(...createMentorEdHandlers({ baseUrl: 'https://mentored.test/mentoring/v1', db }));
 * db.failNext('requestSessions/accept', 500);  // fault knobs: latencyMs, offline, failNext, clearFaults
 * ```
 */
export { createMentorEdDb, MentorEdDb } from './db.js';
export type {
  ConnectionStatus,
  MeetingInfo,
  MentorEdDbOptions,
  MentorEdUser,
  SessionRequestStatus,
  StoredConnection,
  StoredSession,
  StoredSessionRequest,
} from './types.js';
export { createMentorEdHandlers } from './handlers.js';
export type { MentorEdHandlers, MentorEdHandlersOptions } from './handlers.js';
export { FaultInjector, MENTORED_ENDPOINTS } from './faults.js';
export { UPSTREAM_TEXT } from './respond.js';
export type { MentorEdAuthOptions } from './auth.js';
export type { AvailabilityDay } from './schedule.js';
export type { MentorEdEndpoint, MentorEdFault, RecordedCall } from './faults.js';
export { generateRequests, createRandom } from '../adapters/memory/generate.js';
export type { GenerateOptions, GeneratedData } from '../adapters/memory/generate.js';
