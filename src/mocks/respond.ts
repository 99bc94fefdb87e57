/**
 * How the MentorEd service answers, as its source builds the answers (ELEVATE-Project/mentoring master,
 * aa52d89e; docs/mentored-api.md, "Envelopes"): the success envelope of `helpers/responses.js`
 * `successResponse` and the failure body of the error middleware at the end of `routes/index.js`, with
 * the English texts of `locales/en.json` for the keys the emulated endpoints send; and the checks of
 * request fields that upstream's validators make before a service runs.
 */
import { HttpResponse } from 'msw';

/**
 * `locales/en.json` texts for the keys the emulation sends. A key missing from en.json (e.g.
 * `SESSION_REQUEST_NOT_FOUND`, `MENTOR_CANNOT_ACCEPT_OWN_REQUEST`) reaches the client untranslated,
 * as the key itself: those are written as keys where they are sent.
 */
export const UPSTREAM_TEXT = {
  PERMISSION_DENIED:
    'You do not have the required permissions to access this resource. Please contact your administrator for assistance.',
  UNAUTHORIZED_REQUEST:
    'You are not authorized to access this resource. Please ensure that you have the correct permissions or authentication credentials.',
  ACCESS_TOKEN_EXPIRED: 'Session expired. Please login again.',
  USER_NOT_FOUND: 'User not found.',
  USER_ROLE_UPDATED: 'User role was updated, please login again.',
  SESSION_NOT_FOUND: 'Session not found.',
  CANNOT_EDIT_DELETE_LIVE_SESSION: 'Sorry, you are not authorized to edit or delete this session.',
  SESSION_EDIT_WINDOW:
    'Session editing is only allowed up to {{editWindow}} minutes before the session start time.',
  SESSION_UPDATED_SUCCESSFULLY: 'Your session details have been updated.',
  INVALID_TIME_SELECTION_FOR_GIVEN_MENTOR: 'You already have a session scheduled at this time.',
  SESSION_REQUESTS_LIST: 'Successfully retrieved your session request list!',
  REQUEST_SESSION_DETAILS: 'request session details fetched successfully.',
  SESSION_REQUEST_APPROVED: 'Your session request has been approved.',
  SESSION_REQUEST_APPROVED_AND_CONNECTED:
    'You have accepted this session. {{MenteeName}} has been added to your connections.',
  SESSION_REQUEST_REJECTED: 'You have rejected the session request.',
  MENTOR_AVAILABILITY: 'Mentor availability fetched successfully',
  REQUESTS_COUNT_FETCHED: 'Successfully retrieved requests count',
  CONNECTION_LIST: 'Successfully retrieved your connection list!',
  CONNECTION_NOT_FOUND: 'Connection not found.',
  CONNECTION_DETAILS: 'Connection details fetched successfully.',
  CONNECTION_REQUEST_APPROVED: 'Your connection request has been approved.',
  CONNECTION_REQUEST_REJECTED: 'Your connection request has been rejected.',
  CONNECTION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED:
    'The connection request could not be found or has already been processed.',
  SESSION_FETCHED_SUCCESSFULLY: 'Session fetched successfully.',
  SESSION_RESTRICTED: 'You do not have access to this session',
  VALIDATION_FAILED: 'Validation failed, Entered data is incorrect!',
  OOPS: 'Oops! Something Went Wrong.',
} as const;

/** `{{name}}` placeholders filled as i18next does in routes/index.js (`req.t(message, interpolation)`). */
export function interpolate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

let correlation = 0;

/**
 * `helpers/responses.js` `successResponse`: `result` defaults to `[]`, and `meta` carries the forms
 * versions, a correlation id and `meetingPlatform` (process.env.DEFAULT_MEETING_SERVICE).
 */
export function ok(
  result: unknown,
  message: string,
  status = 200,
  meetingPlatform: string = 'OFF',
): Response {
  return HttpResponse.json(
    {
      responseCode: 'OK',
      message,
      result: result === undefined ? [] : result,
      meta: { formsVersion: [], correlation: `mock-${++correlation}`, meetingPlatform },
    },
    { status },
  );
}

/** The error middleware of routes/index.js: `{ responseCode, error: error.data || [], meta, message }`. */
export function fail(
  status: number,
  message: string,
  responseCode = 'CLIENT_ERROR',
  error: unknown[] = [],
): Response {
  return HttpResponse.json(
    { responseCode, error, meta: { correlation: `mock-${++correlation}` }, message },
    { status },
  );
}

/**
 * A failed express-validator chain (routes/index.js: `req.validationErrors()` non-empty): 422 with the
 * list of `{ location, param, msg, value }`.
 */
export function invalid(param: string, msg: string, value: unknown, location = 'body'): Response {
  return fail(422, UPSTREAM_TEXT.VALIDATION_FAILED, 'CLIENT_ERROR', [{ location, param, msg, value }]);
}

/**
 * A custom validator that throws (e.g. validators/v1/requestSessions.js `reject`, the 50-word rule): the
 * throw escapes `req.validationErrors()` and the catch in routes/index.js answers 422 with the thrown
 * text and `error: []`, so no per-field error reaches the client.
 */
export function customInvalid(msg: string): Response {
  return fail(422, msg, 'CLIENT_ERROR', []);
}

/** The error middleware's answer to an unexpected exception (routes/index.js, "Limited info response"). */
export function oops(): Response {
  return HttpResponse.json(
    {
      responseCode: 'SERVER_ERROR',
      message: UPSTREAM_TEXT.OOPS,
      meta: { correlation: `mock-${++correlation}` },
    },
    { status: 500 },
  );
}

/** `authenticator.js` `createUnauthorizedResponse(message)`: 401, responseCode UNAUTHORIZED. */
export function unauthorized(
  key:
    | 'PERMISSION_DENIED'
    | 'UNAUTHORIZED_REQUEST'
    | 'ACCESS_TOKEN_EXPIRED'
    | 'USER_NOT_FOUND'
    | 'USER_ROLE_UPDATED',
): Response {
  return fail(401, UPSTREAM_TEXT[key], 'UNAUTHORIZED');
}

/**
 * An id field checked as upstream's validators chain it, `.notEmpty().withMessage('<param> is required')
 * .isString().withMessage('<param> must be a string')` (validators/v1/requestSessions.js `getDetails`,
 * `accept`, `reject`; validators/v1/connections.js `getInfo`, `accept`, `reject`): the value, or the 422
 * to answer with the first failing message.
 */
export function requiredString(
  value: unknown,
  param: string,
  location: 'body' | 'query' = 'body',
): { id: string } | { refusal: Response } {
  if (typeof value === 'string' && value.trim() !== '') return { id: value };
  const msg =
    value === undefined || value === null || value === ''
      ? `${param} is required`
      : `${param} must be a string`;
  return { refusal: invalid(param, msg, value ?? '', location) };
}

/** The raw value of a body field (for the `value` of a validation error). */
export function rawField(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
}
