/**
 * The emulated `requestSessions/*`, `users/requestCount` and `sessions/*` endpoints. Each rule names the
 * upstream code it follows (ELEVATE-Project/mentoring master, aa52d89e; paths under `src/`).
 */
import type { HttpHandler } from 'msw';
import type { MentorEdDb } from './db.js';
import type { Route } from './handlers.js';
import {
  customInvalid,
  fail,
  interpolate,
  ok,
  oops,
  UPSTREAM_TEXT,
  rawField,
  requiredString,
} from './respond.js';
import type { SessionRequestStatus } from './types.js';

/** validators/v1/requestSessions.js `list`: the allowed statuses, compared case-sensitively. */
const STATUSES: readonly SessionRequestStatus[] = ['REQUESTED', 'ACCEPTED', 'REJECTED', 'EXPIRED'];
/** validators/v1/requestSessions.js `userAvailability`. */
const SESSION_STATUSES = ['PUBLISHED', 'COMPLETED', 'LIVE'];
/** validators/v1/requestSessions.js `reject`: `value.trim().split(/\s+/).length > 50`. */
const MAX_REASON_WORDS = 50;
/** database/models/requestSessions.js: `reject_reason: DataTypes.STRING`, Sequelize's VARCHAR(255). */
const REASON_COLUMN = 255;

/** A comma list checked as validators/v1/requestSessions.js does (`split(',')`, `trim()`, exact match). */
function statusList(raw: string | null, allowed: readonly string[]): string[] | undefined {
  if (raw === null) return [];
  const list = raw.split(',').map((s) => s.trim());
  return list.every((s) => allowed.includes(s)) ? list : undefined;
}

/**
 * What Postgres does with a VARCHAR(255) value (database/models/requestSessions.js `reject_reason`):
 * counts characters (code points), refuses a longer value unless the excess is only spaces, which it
 * cuts. Undefined when refused: the insert throws and the service answers 500.
 */
function fitColumn(value: string): string | undefined {
  const chars = [...value];
  if (chars.length <= REASON_COLUMN) return value;
  return /^ *$/.test(chars.slice(REASON_COLUMN).join(''))
    ? chars.slice(0, REASON_COLUMN).join('')
    : undefined;
}

export function sessionRoutes(db: MentorEdDb, route: Route): HttpHandler[] {
  const okHere = (result: unknown, message: string, status = 200) =>
    ok(result, message, status, db.defaultMeetingPlatform);
  return [
    route('get', 'requestSessions/list', 'requestSessions/list', ({ url, viewer }) => {
      const raw = url.searchParams.get('status');
      const wanted = statusList(raw, STATUSES);
      if (!wanted)
        // A custom validator: its thrown text, `error: []`.
        return customInvalid('Status must be one or more of REQUESTED, ACCEPTED, REJECTED or EXPIRED');
      // services/requestSessions.js `list` takes no direction: the sent and the received rows, merged
      // (each tagged `request_type`, sessionRequestRow), whatever their status (the seeded history too).
      // database/queries/requestSessions.js: `getAllRequests` (sent: requestor_id = me) falls back to
      // every status when none is given; `getSessionMappingDetails` (received) tests `status != []`,
      // always true, so without a status it asks for `IN ()` and every received row is lost.
      const sentStatuses = wanted.length ? wanted : STATUSES;
      const rows = db.sortNewest(
        db.sessionRequests.filter(
          (r) =>
            (r.requestor_id === viewer && sentStatuses.includes(r.status)) ||
            (r.requestee_id === viewer && wanted.includes(r.status)),
        ),
      );
      // services/requestSessions.js `list`: pageNo and pageSize arrive as query strings (controllers/
      // v1/requestSessions.js `list` passes `req.query.pageNo`, `req.query.pageSize` through), and
      // `combinedData.slice(offset, offset + pageSize)` concatenates: page 1 of 20 ends at "020" = 20,
      // page 2 at "2020", so page 2 and later return every row after the offset. Paged only when both
      // are given. `count` is the whole list's length.
      const pageNo = url.searchParams.get('pageNo');
      const pageSize = url.searchParams.get('pageSize');
      let page = rows;
      if (pageNo && pageSize) {
        const offset = (Number(pageNo) - 1) * Number(pageSize);
        page = rows.slice(offset, Number(`${offset}${pageSize}`));
      }
      // services/requestSessions.js `list`: an empty page answers `{ data: [], count: 0 }`.
      if (page.length === 0) return okHere({ data: [], count: 0 }, UPSTREAM_TEXT.SESSION_REQUESTS_LIST);
      // services/requestSessions.js `list`: a row whose other user has no profile is dropped (`null`,
      // then `filter(Boolean)`), though counted.
      const data = page
        .filter((r) => db.users.has(db.otherParty(r, viewer)))
        .map((r) => db.sessionRequestRow(r, viewer, true));
      return okHere({ data, count: rows.length }, UPSTREAM_TEXT.SESSION_REQUESTS_LIST);
    }),

    route('get', 'requestSessions/getDetails', 'requestSessions/getDetails', ({ url, viewer }) => {
      const checked = requiredString(
        url.searchParams.get('request_session_id'),
        'request_session_id',
        'query',
      );
      if ('refusal' in checked) return checked.refusal;
      const found = db.sessionRequest(checked.id);
      // services/requestSessions.js `getInfo` reads `requestSessions.requestee_id` of a missing row: the
      // TypeError ends in the error middleware's 500.
      if (!found) return oops();
      const other = db.otherParty(found, viewer);
      // services/requestSessions.js `getInfo`: a user without a profile is a 200 USER_NOT_FOUND with the
      // default `result: []` (the db's `blocked` flag is an emulation helper that answers the same).
      if (!db.users.has(other) || db.users.get(other)?.blocked)
        return okHere(undefined, UPSTREAM_TEXT.USER_NOT_FOUND);
      // The raw row plus user_details: no `request_type`, and no check that the viewer is a party.
      return okHere(db.sessionRequestRow(found, viewer), UPSTREAM_TEXT.REQUEST_SESSION_DETAILS);
    }),

    route('post', 'requestSessions/accept', 'requestSessions/accept', ({ body, viewer }) => {
      const checked = requiredString(rawField(body, 'request_session_id'), 'request_session_id');
      if ('refusal' in checked) return checked.refusal;
      // services/requestSessions.js `accept`: `findOneRequest` (status REQUESTED only, anyone may ask,
      // an ended slot included) → else 404 with the untranslated key.
      const request = db.openSessionRequest(checked.id);
      if (!request) return fail(404, 'SESSION_REQUEST_NOT_FOUND');
      if (viewer === request.requestor_id) return fail(400, 'MENTOR_CANNOT_ACCEPT_OWN_REQUEST');
      // services/sessions.js `create` → `isTimeSlotAvailable`: refused with
      // INVALID_TIME_SELECTION_FOR_GIVEN_MENTOR for a session created by a request.
      // `accept` re-wraps the failure without a responseCode, so the error middleware says SERVER_ERROR.
      if (db.hasClash(viewer, request.start_date, request.end_date))
        return fail(400, UPSTREAM_TEXT.INVALID_TIME_SELECTION_FOR_GIVEN_MENTOR, 'SERVER_ERROR');
      // The accepting user becomes the session's mentor (`mentor_id: mentorUserId`).
      const { connected } = db.acceptSession(request, viewer);
      const name = db.users.get(request.requestor_id)?.name ?? '';
      // `result: approveSessionRequest[0].dataValues.status`, the string "ACCEPTED"; the message says
      // whether a connection was made (SESSION_REQUEST_APPROVED_AND_CONNECTED).
      const message = connected
        ? interpolate(UPSTREAM_TEXT.SESSION_REQUEST_APPROVED_AND_CONNECTED, { MenteeName: name })
        : UPSTREAM_TEXT.SESSION_REQUEST_APPROVED;
      return okHere('ACCEPTED', message, 201);
    }),

    route('post', 'requestSessions/reject', 'requestSessions/reject', ({ body }) => {
      const checked = requiredString(rawField(body, 'request_session_id'), 'request_session_id');
      if ('refusal' in checked) return checked.refusal;
      const reason = rawField(body, 'reason');
      // validators/v1/requestSessions.js `reject`: the custom validator runs `value.trim()` on whatever
      // came, so a non-string throws its TypeError text; past 50 words, its own text; both 422 `error: []`.
      if (reason !== undefined && reason !== null && typeof reason !== 'string')
        return customInvalid('value.trim is not a function');
      if (typeof reason === 'string' && reason.trim().split(/\s+/).length > MAX_REASON_WORDS)
        return customInvalid('reason must be 50 words or fewer');
      // services/requestSessions.js `reject`: `findOneRequest` (REQUESTED only) → 404 with the key. It
      // does not check who rejects (no requestee test): the emulation does not either.
      const request = db.openSessionRequest(checked.id);
      if (!request) return fail(404, 'SESSION_REQUEST_NOT_FOUND');
      // database/queries/requestSessions.js `rejectRequest` stores the reason as sent (`reason || null`)
      // into a VARCHAR(255): a longer one fails in the database → 500.
      const stored = typeof reason === 'string' && reason ? fitColumn(reason) : undefined;
      if (typeof reason === 'string' && reason && stored === undefined) return oops();
      db.rejectSession(request, stored);
      return okHere(undefined, UPSTREAM_TEXT.SESSION_REQUEST_REJECTED, 201);
    }),

    route(
      'get',
      'requestSessions/userAvailability',
      'requestSessions/userAvailability',
      ({ url, viewer }) => {
        const raw = url.searchParams.get('status');
        const statuses = statusList(raw, SESSION_STATUSES);
        if (!statuses) return customInvalid('Status must be one or more of PUBLISHED, COMPLETED, or LIVE');
        // controllers/v1/requestSessions.js `userAvailability` passes pageNo / pageSize from the query into
        // the queries' OFFSET / LIMIT: without them the SQL gets no number (read, not run upstream: we
        // answer the 500 it would end in). A client sends them.
        const pageNo = Number(url.searchParams.get('pageNo'));
        const pageSize = Number(url.searchParams.get('pageSize'));
        if (!(pageNo >= 1 && pageSize >= 1)) return oops();
        const start = url.searchParams.get('start_date');
        const end = url.searchParams.get('end_date');
        const window = start && end ? { start: Number(start), end: Number(end) } : undefined;
        return okHere(db.availability(viewer, window, statuses), UPSTREAM_TEXT.MENTOR_AVAILABILITY);
      },
    ),

    // services/users.js `requestCount` → helpers/users.js `findRequestCounts`: sessions the user *sent*
    // still REQUESTED (queries/requestSessions.js `getCount`); connection rows with `friend_id = me`
    // (queries/connection.js `getRequestsCount`), which exist for sent and received requests alike.
    route('get', 'users/requestCount', 'users/requestCount', ({ viewer }) =>
      okHere(db.upstreamRequestCount(viewer), UPSTREAM_TEXT.REQUESTS_COUNT_FETCHED),
    ),

    // services/sessions.js `details`: unknown → 400 SESSION_NOT_FOUND; not accessible → 404
    // SESSION_RESTRICTED (no responseCode given: SERVER_ERROR); anyone but the mentor or the creator gets
    // `meeting_info` without `link` and `meta`; success is a 201.
    route('get', 'sessions/details', 'sessions/details/:id', ({ params, url, viewer }) => {
      const session = db.sessions.find((s) => s.id === String(params.id));
      if (!session) return fail(400, UPSTREAM_TEXT.SESSION_NOT_FOUND);
      const isMentor = session.mentor_id === viewer || session.created_by === viewer;
      if (!isMentor && !session.mentee_ids.includes(viewer))
        return fail(404, UPSTREAM_TEXT.SESSION_RESTRICTED, 'SERVER_ERROR');
      const { mentee_ids, meeting_info, ...rest } = session;
      const { link: _link, meta, ...shown } = meeting_info;
      const result: Record<string, unknown> = {
        ...rest,
        is_enrolled: !isMentor,
        meeting_info: isMentor ? { ...meeting_info, ...(meta ? { meta: { ...meta } } : {}) } : shown,
      };
      // `canRetrieveMenteeList`: the mentee list goes to the session's mentor or creator only.
      if (url.searchParams.get('get_mentees') === 'true' && isMentor)
        result.mentees = mentee_ids.map((id) => db.userDetails(id)).filter(Boolean);
      return okHere(result, UPSTREAM_TEXT.SESSION_FETCHED_SUCCESSFULLY, 201);
    }),

    route('post', 'sessions/update', 'sessions/update/:id', ({ params, body, viewer }) => {
      // services/sessions.js `update`, in its order: unknown session → 400 SESSION_NOT_FOUND; not the
      // creator → 400 CANNOT_EDIT_DELETE_LIVE_SESSION; within SESSION_EDIT_WINDOW_MINUTES of the start
      // (0 = any time) → 400 SESSION_EDIT_WINDOW; success → 202 SESSION_UPDATED_SUCCESSFULLY.
      const session = db.sessions.find((s) => s.id === String(params.id));
      if (!session) return fail(400, UPSTREAM_TEXT.SESSION_NOT_FOUND);
      if (session.created_by !== viewer) return fail(400, UPSTREAM_TEXT.CANNOT_EDIT_DELETE_LIVE_SESSION);
      const window = db.sessionEditWindowMinutes;
      // `moment.unix(start).diff(moment.utc(), 'minutes')`: whole minutes, truncated toward zero.
      const minutesToStart = Math.trunc((session.start_date * 1000 - db.now()) / 60_000);
      if (window !== 0 && minutesToStart < window)
        return fail(400, interpolate(UPSTREAM_TEXT.SESSION_EDIT_WINDOW, { editWindow: window }));
      const info = rawField(body, 'meeting_info');
      if (typeof info === 'object' && info !== null && !Array.isArray(info)) {
        const given = info as Record<string, unknown>;
        // The server does not check the URL: whatever arrives is stored.
        session.meeting_info = {
          platform: String(given.platform ?? ''),
          value: String(given.value ?? ''),
          link: String(given.link ?? ''),
          meta: typeof given.meta === 'object' && given.meta !== null ? { ...(given.meta as object) } : {},
        };
      }
      return okHere(undefined, UPSTREAM_TEXT.SESSION_UPDATED_SUCCESSFULLY, 202);
    }),
  ];
}
