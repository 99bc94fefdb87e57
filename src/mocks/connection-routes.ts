/**
 * The emulated `connections/*` endpoints (message requests). Each rule names the upstream code it follows
 * (ELEVATE-Project/mentoring master, aa52d89e; paths under `src/`).
 */
import type { HttpHandler } from 'msw';
import type { MentorEdDb } from './db.js';
import type { Route } from './handlers.js';
import { fail, ok, UPSTREAM_TEXT, rawField, requiredString } from './respond.js';

/** middlewares/pagination.js: `limit` outside 1..100 (or missing) becomes 100, silently. */
const MAX_LIMIT = 100;

/** middlewares/pagination.js: `page` and `limit` as the services get them. */
function pagination(url: URL): { page: number; limit: number } {
  const page = Number(url.searchParams.get('page'));
  const limit = Number(url.searchParams.get('limit'));
  return {
    page: url.searchParams.get('page') && page > 0 ? page : 1,
    limit: url.searchParams.get('limit') && limit > 0 && limit <= MAX_LIMIT ? limit : MAX_LIMIT,
  };
}

export function connectionRoutes(db: MentorEdDb, route: Route): HttpHandler[] {
  const okHere = (result: unknown, message: string, status = 200) =>
    ok(result, message, status, db.defaultMeetingPlatform);
  /** The pending request `from` sent to `to` (accept and reject act only on one the viewer received). */
  const pendingFrom = (from: string, to: string) =>
    db.connections.find((c) => c.status === 'REQUESTED' && c.requester_id === from && c.target_id === to);
  const notFoundOrProcessed = () =>
    fail(404, UPSTREAM_TEXT.CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED);
  return [
    route('get', 'connections/pending', 'connections/pending', ({ url, viewer }) => {
      // database/queries/connection.js `getPendingRequests`: my side's rows (`user_id = me`), REQUESTED,
      // sent and received alike, newest first, `limit` / `offset` from middlewares/pagination.js (the
      // upstream app's pageNo/pageSize are ignored).
      const { page, limit } = pagination(url);
      const mine = db
        .sortNewest(db.connections.filter((c) => c.status === 'REQUESTED'))
        .filter((c) => c.requester_id === viewer || c.target_id === viewer);
      const other = (c: (typeof mine)[number]) => (c.requester_id === viewer ? c.target_id : c.requester_id);
      // services/connections.js `pending`: LIMIT / OFFSET first, then rows whose other user has no
      // profile are dropped from the page; `count` is the query's, drops included.
      const data = mine
        .slice((page - 1) * limit, page * limit)
        .filter((c) => db.users.has(other(c)))
        .map((c) => db.connectionRow(c, viewer)!);
      return okHere({ data, count: mine.length }, UPSTREAM_TEXT.CONNECTION_LIST);
    }),

    route('post', 'connections/getInfo', 'connections/getInfo', ({ body, viewer }) => {
      const checked = requiredString(rawField(body, 'user_id'), 'user_id');
      if ('refusal' in checked) return checked.refusal;
      const other = checked.id;
      // services/connections.js `getInfo`: the connection, else the pending request, else the latest
      // request the other user sent and the viewer rejected (`getRejectedRequest`, created_by = friend).
      const connection =
        db.connectionBetween(viewer, other, ['ACCEPTED']) ??
        db.connectionBetween(viewer, other, ['REQUESTED']) ??
        db.connections
          .filter((c) => c.status === 'REJECTED' && c.requester_id === other && c.target_id === viewer)
          .at(-1);
      // An unknown user (no profile): 200 USER_NOT_FOUND with the default `result: []`. Upstream says the
      // same for a BLOCKED relation; the db's `blocked` user flag is an emulation helper standing for it.
      if (!db.users.has(other) || db.users.get(other)?.blocked)
        return okHere(undefined, UPSTREAM_TEXT.USER_NOT_FOUND);
      if (!connection)
        return okHere({ user_details: db.userDetails(other) }, UPSTREAM_TEXT.CONNECTION_NOT_FOUND);
      return okHere(db.connectionRow(connection, viewer), UPSTREAM_TEXT.CONNECTION_DETAILS);
    }),

    route('post', 'connections/accept', 'connections/accept', ({ body, viewer }) => {
      const checked = requiredString(rawField(body, 'user_id'), 'user_id');
      if ('refusal' in checked) return checked.refusal;
      // services/connections.js `accept`: a pending request from `user_id` to the viewer, else 404.
      const connection = pendingFrom(checked.id, viewer);
      if (!connection) return notFoundOrProcessed();
      // A chat room (`meta.room_id`) only when both users have chat enabled (store.ts `acceptConnection`).
      db.acceptConnection(connection);
      // The updated row of the viewer's side (database/queries/connection.js `approveRequest`, raw).
      const { user_details: _details, ...result } = db.connectionRow(connection, viewer)!;
      return okHere(result, UPSTREAM_TEXT.CONNECTION_REQUEST_APPROVED, 201);
    }),

    route('post', 'connections/reject', 'connections/reject', ({ body, viewer }) => {
      const checked = requiredString(rawField(body, 'user_id'), 'user_id');
      if ('refusal' in checked) return checked.refusal;
      // services/connections.js `reject`: likewise only the receiver of a pending request.
      const connection = pendingFrom(checked.id, viewer);
      if (!connection) return notFoundOrProcessed();
      db.rejectConnection(connection);
      return okHere(undefined, UPSTREAM_TEXT.CONNECTION_REQUEST_REJECTED, 201);
    }),
  ];
}
