/**
 * Fault knobs of the MentorEd emulation, shared by every handler of one db: latency, offline, and
 * "fail the next call(s) to X". Also a log of the calls received, for tests that check the wire.
 */
import { delay, HttpResponse } from 'msw';
import { unauthorized, UPSTREAM_TEXT } from './respond.js';

/** The endpoints of docs/mentored-api.md, by the name used in fault knobs and in the call log. */
export type MentorEdEndpoint =
  | 'requestSessions/list'
  | 'requestSessions/getDetails'
  | 'requestSessions/accept'
  | 'requestSessions/reject'
  | 'requestSessions/userAvailability'
  | 'users/requestCount'
  | 'sessions/details'
  | 'sessions/update'
  | 'connections/pending'
  | 'connections/getInfo'
  | 'connections/accept'
  | 'connections/reject';

export const MENTORED_ENDPOINTS: readonly MentorEdEndpoint[] = [
  'requestSessions/list',
  'requestSessions/getDetails',
  'requestSessions/accept',
  'requestSessions/reject',
  'requestSessions/userAvailability',
  'users/requestCount',
  'sessions/details',
  'sessions/update',
  'connections/pending',
  'connections/getInfo',
  'connections/accept',
  'connections/reject',
];

/**
 * What a failed call answers:
 * - a number: that HTTP status with MentorEd's error envelope for it (e.g. 401, 403, 404, 409, 422, 500);
 * - `'network'`: the connection fails (fetch rejects);
 * - `'malformed-json'`: 200 with a body that is not JSON;
 * - `'wrong-shape'`: 200 with a valid envelope whose `result` is not what the endpoint promises;
 * - `'hang'`: never answers (until the client gives up: use it for timeouts);
 * - `'permission-denied'`, `'token-expired'`, `'role-updated'`: the 401 that middlewares/authenticator.js
 *   sends for a role without the permission, an expired token, a changed role (its en.json texts);
 * - an object: that status with your own `message`, `responseCode` and `error` array.
 */
export type MentorEdFault =
  | number
  | 'network'
  | 'malformed-json'
  | 'wrong-shape'
  | 'hang'
  | 'permission-denied'
  | 'token-expired'
  | 'role-updated'
  | { status: number; message?: string; responseCode?: string; error?: unknown[] };

/** One call received by the emulation. `headers` are lower-case; `body` is the parsed JSON body. */
export interface RecordedCall {
  endpoint: MentorEdEndpoint;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Default message per status: what MentorEd sends (translated or as a raw key, as upstream does). */
const STATUS_BODY: Record<number, { message: string; responseCode: string }> = {
  400: { message: 'Bad request.', responseCode: 'CLIENT_ERROR' },
  401: { message: UPSTREAM_TEXT.ACCESS_TOKEN_EXPIRED, responseCode: 'UNAUTHORIZED' },
  403: { message: "You don't have permission to access this", responseCode: 'CLIENT_ERROR' },
  404: { message: 'NOT_FOUND', responseCode: 'SERVER_ERROR' },
  409: { message: 'The request was already processed.', responseCode: 'CLIENT_ERROR' },
  422: { message: 'Validation failed, Entered data is incorrect!', responseCode: 'CLIENT_ERROR' },
  500: { message: UPSTREAM_TEXT.OOPS, responseCode: 'SERVER_ERROR' },
};

interface PendingFault {
  endpoint: MentorEdEndpoint | 'any';
  fault: MentorEdFault;
  remaining: number;
}

/** The fault knobs. `MentorEdDb` extends it, so they are reached as `db.failNext(...)` and so on. */
export class FaultInjector {
  /** Delay of every call in ms (default 0). Applied before any other fault. */
  latencyMs = 0;
  /** While true, every call fails as a dropped connection (fetch rejects). */
  offline = false;
  /** Every call received, oldest first (faulted ones included). Clear it with `calls.length = 0`. */
  readonly calls: RecordedCall[] = [];
  private faults: PendingFault[] = [];

  /**
   * Makes the next `count` calls (default 1) to `endpoint` (or to any endpoint, with `'any'`) fail
   * with `fault`. Faults queue in the order they were registered; a faulted call changes nothing.
   * Example: `db.failNext('requestSessions/accept', 500)`, `db.failNext('any', 'network', 3)`.
   */
  failNext(endpoint: MentorEdEndpoint | 'any', fault: MentorEdFault, count = 1): void {
    this.faults.push({ endpoint, fault, remaining: Math.max(1, Math.floor(count)) });
  }

  /** Removes pending faults, turns `offline` off and sets the latency back to 0. */
  clearFaults(): void {
    this.faults = [];
    this.offline = false;
    this.latencyMs = 0;
  }

  /** Runs the knobs for one call: a Response to send instead of the real one, or undefined. */
  async applyFaults(endpoint: MentorEdEndpoint): Promise<Response | undefined> {
    if (this.latencyMs > 0) await delay(this.latencyMs);
    if (this.offline) return HttpResponse.error();
    const index = this.faults.findIndex((f) => f.endpoint === endpoint || f.endpoint === 'any');
    if (index < 0) return undefined;
    const pending = this.faults[index]!;
    if (--pending.remaining <= 0) this.faults.splice(index, 1);
    return faultResponse(pending.fault);
  }
}

async function faultResponse(fault: MentorEdFault): Promise<Response> {
  if (fault === 'network') return HttpResponse.error();
  if (fault === 'permission-denied') return unauthorized('PERMISSION_DENIED');
  if (fault === 'token-expired') return unauthorized('ACCESS_TOKEN_EXPIRED');
  if (fault === 'role-updated') return unauthorized('USER_ROLE_UPDATED');
  if (fault === 'hang') {
    await delay('infinite');
    return HttpResponse.error();
  }
  if (fault === 'malformed-json') {
    return new HttpResponse('{"responseCode":"OK","message":"Fetched","result":{"data":[', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }
  if (fault === 'wrong-shape') {
    return HttpResponse.json({ responseCode: 'OK', message: 'Fetched', result: 'unexpected', meta: {} });
  }
  const spec = typeof fault === 'number' ? { status: fault } : fault;
  const defaults = STATUS_BODY[spec.status] ?? {
    message: spec.status >= 500 ? STATUS_BODY[500]!.message : 'Bad request.',
    responseCode: spec.status >= 500 ? 'SERVER_ERROR' : 'CLIENT_ERROR',
  };
  return HttpResponse.json(
    {
      responseCode: spec.responseCode ?? defaults.responseCode,
      message: spec.message ?? defaults.message,
      error: spec.error ?? [],
    },
    { status: spec.status },
  );
}
