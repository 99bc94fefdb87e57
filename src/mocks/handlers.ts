/**
 * MSW handlers that emulate the MentorEd mentoring API (mentored-api.md), statefully and with its
 * quirks: envelopes, string ids, epoch seconds, `result: "ACCEPTED"`, a 404 on a second accept (whose
 * `responseCode` sometimes says SERVER_ERROR), a 500 for an unknown request id, 422 with an `error`
 * array, 401 without a token, `pageNo`/`pageSize` paging for session requests and `page`/`limit` for
 * connections (which ignore `pageNo`/`pageSize`), and `users/requestCount` counting *sent* requests.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createMentorEdDb, type MentorEdDb, type SessionRequestStatus } from './db.js';
import type { MentorEdEndpoint } from './faults.js';

export interface MentorEdHandlersOptions {
  /** The API root the adapter uses, e.g. `https://mentored.test/mentoring/v1` (relative in a browser is fine). */
  baseUrl: string;
  /** The store (default: a new `createMentorEdDb()`). Share one db between handlers to keep state. */
  db?: MentorEdDb;
  /** The viewer: the user id any accepted token stands for (default: `db.me`). */
  me?: string;
  /** Token → user id. When given, other tokens get a 401; by default any non-empty token is `me`. */
  tokens?: Record<string, string>;
}

/** The handlers, with the db they serve (so `handlers.db.failNext(...)` works without keeping it). */
export type MentorEdHandlers = HttpHandler[] & { db: MentorEdDb };

const MAX_REASON_WORDS = 50;
const MAX_LIMIT = 100;
const STATUSES: readonly SessionRequestStatus[] = ['REQUESTED', 'ACCEPTED', 'REJECTED', 'EXPIRED'];

interface Ctx {
  request: Request;
  url: URL;
  params: Record<string, string | readonly string[] | undefined>;
  body: unknown;
  viewer: string;
}

type Handle = (ctx: Ctx) => Response | Promise<Response>;

let correlation = 0;

function ok(result: unknown, message: string, status = 200): Response {
  return HttpResponse.json(
    { responseCode: 'OK', message, result, meta: { formsVersion: [], correlation: `mock-${++correlation}` } },
    { status },
  );
}

function fail(
  status: number,
  message: string,
  responseCode = 'CLIENT_ERROR',
  error: unknown[] = [],
): Response {
  return HttpResponse.json({ responseCode, message, error }, { status });
}

function invalid(param: string, msg: string, value: unknown, location = 'body'): Response {
  return fail(422, 'Validation failed, Entered data is incorrect!', 'CLIENT_ERROR', [
    { location, param, msg, value },
  ]);
}

const OOPS = () => fail(500, 'Oops! Something Went Wrong.', 'SERVER_ERROR');

function idParam(body: unknown, key: string): string | undefined {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/**
 * Creates the handlers. Fault knobs live on the db (`db.latencyMs`, `db.offline`, `db.failNext()`,
 * `db.clearFaults()`) and every call is logged in `db.calls`.
 */
export function createMentorEdHandlers(options: MentorEdHandlersOptions): MentorEdHandlers {
  const db = options.db ?? createMentorEdDb(options.me ? { me: options.me } : {});
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const me = options.me ?? db.me;
  /** Alternates so both forms of the 404 quirk are seen: responseCode CLIENT_ERROR / SERVER_ERROR. */
  let notFoundCount = 0;
  const notFound = (message: string) =>
    fail(404, message, notFoundCount++ % 2 === 0 ? 'SERVER_ERROR' : 'CLIENT_ERROR');

  function viewerOf(request: Request): string | undefined {
    const raw = request.headers.get('x-auth-token')?.trim() ?? '';
    const token = raw.replace(/^Bearer\s+/i, '').trim();
    if (!token) return undefined;
    if (options.tokens) return options.tokens[token];
    return me;
  }

  function route(
    method: 'get' | 'post',
    endpoint: MentorEdEndpoint,
    path: string,
    handle: Handle,
  ): HttpHandler {
    return http[method](`${base}/${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      let body: unknown;
      if (method === 'post') {
        const text = await request.clone().text();
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
      }
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
      db.calls.push({ endpoint, method: request.method, url: request.url, headers, body });
      const faulted = await db.applyFaults(endpoint);
      if (faulted) return faulted;
      const viewer = viewerOf(request);
      if (!viewer) {
        return fail(
          401,
          'You are not authorized to access this resource. Please ensure that you have the correct permissions or authentication credentials.',
        );
      }
      return handle({ request, url, params, body, viewer });
    });
  }

  const pendingSession = (id: string | undefined, viewer: string) => {
    const found = id === undefined ? undefined : db.sessionRequest(id);
    return found && found.requestee_id === viewer && db.isPending(found) ? found : undefined;
  };

  return Object.assign(
    [
      route('get', 'requestSessions/list', 'requestSessions/list', ({ url, viewer }) => {
        const raw = url.searchParams.get('status');
        const wanted = raw
          ? raw
              .split(',')
              .map((s) => s.trim().toUpperCase())
              .filter(Boolean)
          : [...STATUSES];
        const unknown = wanted.find((s) => !STATUSES.includes(s as SessionRequestStatus));
        if (unknown)
          return invalid('status', 'status must be REQUESTED, ACCEPTED, REJECTED or EXPIRED', raw, 'query');
        const mine = db
          .sortNewest(db.sessionRequests.filter((r) => wanted.includes(r.status)))
          .filter((r) => r.requestor_id === viewer || r.requestee_id === viewer);
        const pageNo = positiveInt(url.searchParams.get('pageNo'));
        const pageSize = positiveInt(url.searchParams.get('pageSize'));
        // Upstream pages only when both are given.
        const page = pageNo && pageSize ? mine.slice((pageNo - 1) * pageSize, pageNo * pageSize) : mine;
        // Upstream quirk: an empty page reports count 0, whatever the total.
        const count = page.length === 0 ? 0 : mine.length;
        // Upstream drops rows whose other user is gone (but still counts them).
        const data = page
          .filter((r) => db.users.has(r.requestor_id === viewer ? r.requestee_id : r.requestor_id))
          .map((r) => db.sessionRequestRow(r, viewer));
        return ok({ data, count }, 'Successfully retrieved your session request list!');
      }),

      route('get', 'requestSessions/getDetails', 'requestSessions/getDetails', ({ url, viewer }) => {
        const id = url.searchParams.get('request_session_id')?.trim();
        if (!id)
          return invalid('request_session_id', 'request_session_id field is empty', id ?? null, 'query');
        const found = db.sessionRequest(id);
        const row = found ? db.sessionRequestRow(found, viewer) : null;
        // Upstream bug: an unknown id ends in an exception, answered as a 500.
        if (!found || !row) return OOPS();
        const other = found.requestor_id === viewer ? found.requestee_id : found.requestor_id;
        if (!db.users.has(other) || db.users.get(other)?.blocked) {
          return HttpResponse.json({ responseCode: 'OK', message: 'User not found.', meta: {} });
        }
        return ok(row, 'request session details fetched successfully.');
      }),

      route('post', 'requestSessions/accept', 'requestSessions/accept', ({ body, viewer }) => {
        const id = idParam(body, 'request_session_id');
        if (!id) return invalid('request_session_id', 'request_session_id field is empty', id ?? null);
        const found = db.sessionRequest(id);
        if (found && found.requestor_id === viewer && db.isPending(found)) {
          return fail(400, 'MENTOR_CANNOT_ACCEPT_OWN_REQUEST');
        }
        const request = pendingSession(id, viewer);
        if (!request) return notFound('SESSION_REQUEST_NOT_FOUND');
        if (db.hasClash(viewer, request.start_date, request.end_date)) {
          return fail(400, 'You already have a session scheduled at this time.');
        }
        const { connected } = db.acceptSession(request);
        const name = db.users.get(request.requestor_id)?.name ?? '';
        const message = connected
          ? `You have accepted this session. ${name} has been added to your connections.`
          : 'Your session request has been approved.';
        return ok('ACCEPTED', message, 201);
      }),

      route('post', 'requestSessions/reject', 'requestSessions/reject', ({ body, viewer }) => {
        const id = idParam(body, 'request_session_id');
        if (!id) return invalid('request_session_id', 'request_session_id field is empty', id ?? null);
        const reason = (body as Record<string, unknown>).reason;
        if (reason !== undefined && reason !== null && typeof reason !== 'string') {
          return invalid('reason', 'reason must be a string', reason);
        }
        if (
          typeof reason === 'string' &&
          reason.trim().split(/\s+/).filter(Boolean).length > MAX_REASON_WORDS
        ) {
          return invalid('reason', `Reason must not exceed ${MAX_REASON_WORDS} words`, reason);
        }
        if (!db.sessionRequest(id)) return notFound('SESSION_REQUEST_NOT_FOUND');
        const request = pendingSession(id, viewer);
        if (!request) return notFound('SESSION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED');
        db.rejectElsewhere(
          id,
          'session',
          typeof reason === 'string' && reason.trim() ? reason.trim() : undefined,
        );
        return ok([], 'You have rejected the session request.', 201);
      }),

      route('get', 'users/requestCount', 'users/requestCount', ({ viewer }) =>
        ok(db.sentPendingCounts(viewer), 'Successfully retrieved requests count'),
      ),

      route('get', 'sessions/details', 'sessions/details/:id', ({ params, url, viewer }) => {
        const session = db.sessions.find((s) => s.id === String(params.id));
        if (!session) return notFound('Session not found.');
        const isMentor = session.mentor_id === viewer;
        if (!isMentor && !session.mentee_ids.includes(viewer))
          return fail(403, 'You do not have access to this session');
        const { mentee_ids, meeting_info, ...rest } = session;
        const result: Record<string, unknown> = { ...rest, is_enrolled: !isMentor };
        // The meeting info goes to the mentor (who can edit it).
        if (isMentor) result.meeting_info = { ...meeting_info, meta: { ...meeting_info.meta } };
        if (url.searchParams.get('get_mentees') === 'true')
          result.mentees = mentee_ids.map((id) => db.userDetails(id)).filter(Boolean);
        return ok(result, 'Session fetched successfully.');
      }),

      route('post', 'sessions/update', 'sessions/update/:id', ({ params, body, viewer }) => {
        const session = db.sessions.find((s) => s.id === String(params.id));
        if (!session) return notFound('SESSION_NOT_FOUND');
        if (session.mentor_id !== viewer)
          return fail(403, 'Sorry, you are not authorized to edit or delete this session.');
        const info =
          typeof body === 'object' && body !== null
            ? (body as Record<string, unknown>).meeting_info
            : undefined;
        if (typeof info !== 'object' || info === null || Array.isArray(info)) {
          return invalid('meeting_info', 'meeting_info field is empty', info ?? null);
        }
        const given = info as Record<string, unknown>;
        // The server does not check the URL: whatever arrives is stored.
        session.meeting_info = {
          platform: String(given.platform ?? ''),
          value: String(given.value ?? ''),
          link: String(given.link ?? ''),
          meta: typeof given.meta === 'object' && given.meta !== null ? { ...(given.meta as object) } : {},
        };
        return ok([], 'Your session details have been updated.', 202);
      }),

      route('get', 'connections/pending', 'connections/pending', ({ url, viewer }) => {
        // Only page/limit page this list; the upstream app's pageNo/pageSize are ignored.
        const page = positiveInt(url.searchParams.get('page')) ?? 1;
        const limitRaw = url.searchParams.get('limit');
        const limit = positiveInt(limitRaw) ?? MAX_LIMIT;
        if (limit > MAX_LIMIT)
          return invalid('limit', `limit must be at most ${MAX_LIMIT}`, limitRaw, 'query');
        const rows = db
          .sortNewest(db.connections.filter((c) => c.status === 'REQUESTED'))
          .map((c) => db.connectionRow(c, viewer))
          .filter((r): r is Record<string, unknown> => r !== null);
        return ok(
          { data: rows.slice((page - 1) * limit, page * limit), count: rows.length },
          'Connections retrieved successfully.',
        );
      }),

      route('post', 'connections/getInfo', 'connections/getInfo', ({ body, viewer }) => {
        const other = idParam(body, 'user_id');
        if (!other) return invalid('user_id', 'user_id field is empty', other ?? null);
        const connection =
          db.connectionBetween(viewer, other, ['ACCEPTED']) ??
          db.connectionBetween(viewer, other, ['REQUESTED']);
        if (!connection) return ok({ user_details: db.userDetails(other) }, 'Connection not found.');
        return ok(db.connectionRow(connection, viewer), 'Connection details fetched successfully.');
      }),

      route('post', 'connections/accept', 'connections/accept', ({ body, viewer }) => {
        const other = idParam(body, 'user_id');
        if (!other) return invalid('user_id', 'user_id field is empty', other ?? null);
        const connection = db.connections.find(
          (c) => c.status === 'REQUESTED' && c.requester_id === other && c.target_id === viewer,
        );
        if (!connection) return notFound('CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED');
        db.acceptConnection(connection);
        const row = db.connectionRow(connection, viewer)!;
        const result = {
          id: row.id,
          user_id: viewer,
          friend_id: other,
          status: 'ACCEPTED',
          meta: { ...connection.meta },
        };
        return ok(result, 'Your connection request has been approved.', 201);
      }),

      route('post', 'connections/reject', 'connections/reject', ({ body, viewer }) => {
        const other = idParam(body, 'user_id');
        if (!other) return invalid('user_id', 'user_id field is empty', other ?? null);
        const connection = db.connections.find(
          (c) => c.status === 'REQUESTED' && c.requester_id === other && c.target_id === viewer,
        );
        if (!connection) return notFound('CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED');
        connection.status = 'REJECTED';
        connection.updated_at = new Date(db.now()).toISOString();
        return ok([], 'Your connection request has been rejected.', 201);
      }),
    ],
    { db },
  );
}
