/**
 * The MentorEd adapter's error table: how a failed answer becomes a {@link RequestsError}
 * (docs/mentored-api.md §5). By HTTP status, never by MentorEd's `responseCode` (some 400/404 answers say
 * `"SERVER_ERROR"`); among 401s, PERMISSION_DENIED's text tells "not allowed" from "signed out". The
 * server's readable text is kept, as `message` and as `serverMessage`; English defaults fill in otherwise.
 */
import { RequestsError, type RequestsErrorKind } from '../../model/errors.js';

/**
 * What a call does: a 404 means `not-found` on a read, `conflict` on an action. A `list` read (a list
 * or a count) maps like a read, but its 404/409 messages speak of the list, not of one request.
 */
export type CallMode = 'read' | 'list' | 'action';

/** English defaults, used when the server sent no readable text. */
export const DEFAULT_MESSAGES: Record<RequestsErrorKind, string> = {
  network: 'The server could not be reached. Check your connection and try again.',
  timeout: 'The server took too long to answer.',
  aborted: 'The request was cancelled.',
  unauthorized: 'Your session has expired. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'The request was not found.',
  conflict: 'This request was already handled.',
  validation: 'Some of the information is not valid.',
  server: 'Something went wrong on the server. Please try again.',
};

/**
 * English defaults for a list or count read that got a 404/410 or a 409 without readable text: the
 * request-level defaults ("…already handled") would read wrong above a list that failed to load. The
 * server's own text still wins (docs/mentored-api.md), as everywhere: it is already in the user's language.
 */
export const LIST_MESSAGES = {
  'not-found': 'The list of requests was not found on the server. Please try again later.',
  conflict: 'The requests changed while they were loading. Please try again.',
} as const satisfies Partial<Record<RequestsErrorKind, string>>;

/** `SESSION_REQUEST_NOT_FOUND` and the like are message keys the server forgot to translate. */
const MESSAGE_KEY = /^[A-Z0-9_.-]+$/;

/** The server's message when it is readable text (not empty, not an UPPER_SNAKE key, not an object). */
export function readableMessage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > 500 || MESSAGE_KEY.test(text) || !/\p{L}/u.test(text)) return undefined;
  return text;
}

/**
 * MentorEd's 401 for a role without the permission (middlewares/authenticator.js, PERMISSION_DENIED):
 * its en.json text, or the bare key. hi.json has no text for it, so a Hindi deployment sends English.
 */
const PERMISSION_DENIED = /^PERMISSION_DENIED$|do not have the required permissions/i;

/** The error table of docs/mentored-api.md (§5, "Our error mapping"), by HTTP status. */
export function kindForStatus(status: number, mode: CallMode): RequestsErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      // On an action, "not found" means someone handled the request elsewhere; on a list it stays
      // `not-found` (docs/mentored-api.md: a read).
      return mode === 'action' ? 'conflict' : 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 400:
    case 422:
      return 'validation';
    default:
      return 'server';
  }
}

/** `error: [{ location, param, msg, value }]` → `{ param: msg }` (the first message per field). */
export function fieldErrorsOf(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const list = isRecord(body) ? body.error : undefined;
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const param =
      typeof entry.param === 'string' ? entry.param : typeof entry.path === 'string' ? entry.path : '';
    const msg = typeof entry.msg === 'string' ? entry.msg.trim() : '';
    if (param && msg && !(param in out)) out[param] = msg;
  }
  return out;
}

/**
 * The error a non-2xx answer maps to. Every refusal of MentorEd's authenticator is a 401 (upstream has
 * no 403), told apart by its text: PERMISSION_DENIED is "not allowed" (`forbidden`) when a token was
 * sent; without a token it is what upstream says for a missing header, so sign in (`unauthorized`).
 * ACCESS_TOKEN_EXPIRED, UNAUTHORIZED_REQUEST, USER_NOT_FOUND, USER_ROLE_UPDATED and anything unknown
 * stay `unauthorized`.
 */
export function errorForResponse(
  status: number,
  body: unknown,
  mode: CallMode,
  tokenSent = true,
): RequestsError {
  const raw = isRecord(body) && typeof body.message === 'string' ? body.message.trim() : '';
  const serverText = readableMessage(raw);
  // The server's own text travels apart too (`serverMessage`), so a UI can tell it from our English.
  const init = { status, ...(serverText === undefined ? {} : { serverMessage: serverText }) };
  if (status === 401 && tokenSent && PERMISSION_DENIED.test(raw))
    return new RequestsError('forbidden', serverText ?? DEFAULT_MESSAGES.forbidden, init);
  const kind = kindForStatus(status, mode);
  if (kind === 'validation') {
    const fieldErrors = fieldErrorsOf(body);
    const firstField = Object.values(fieldErrors).map(readableMessage).find(Boolean);
    return new RequestsError(kind, serverText ?? firstField ?? DEFAULT_MESSAGES.validation, {
      ...init,
      fieldErrors,
    });
  }
  if (mode === 'list' && (kind === 'not-found' || kind === 'conflict'))
    return new RequestsError(kind, serverText ?? LIST_MESSAGES[kind], init);
  return new RequestsError(kind, serverText ?? DEFAULT_MESSAGES[kind], init);
}

/** A 2xx answer whose body is not what the endpoint promises. */
export function wrongShape(what: string, status?: number): RequestsError {
  return new RequestsError('server', 'The server sent data in an unexpected shape.', {
    ...(status === undefined ? {} : { status }),
    cause: new TypeError(`MentorEd: unexpected ${what}`),
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
