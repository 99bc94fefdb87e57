/**
 * MentorEd's two limits on a reject reason, held before anything is sent by both adapters (the
 * MemoryAdapter mirrors MentorEd): its validator allows 50 words (validators/v1/requestSessions.js
 * `reject`, a 422), and its column holds 255 characters (database/models/requestSessions.js
 * `reject_reason: DataTypes.STRING`, VARCHAR(255)): a longer reason fails in the database as a 500
 * "Oops! Something Went Wrong.", which a user can only retry in vain (docs/mentored-api.md).
 */
import { RequestsError } from '../model/errors.js';
import { reasonOverLimit } from '../model/reason.js';
import type { AdapterCapabilities, RequestStatus } from './types.js';

export const REASON_MAX_WORDS = 50;
export const REASON_MAX_CHARS = 255;

/**
 * What both adapters tell the elements (see {@link AdapterCapabilities}): MentorEd's two reason limits,
 * and the session statuses a list can ask for, all four (MentorEd's `requestSessions/list` takes any of
 * REQUESTED, ACCEPTED, REJECTED, EXPIRED: validators/v1/requestSessions.js `list`).
 */
export const MENTORED_CAPABILITIES: Readonly<AdapterCapabilities> = Object.freeze({
  statuses: Object.freeze<RequestStatus[]>([
    'requested',
    'accepted',
    'rejected',
    'expired',
  ]) as RequestStatus[],
  reasonMaxWords: REASON_MAX_WORDS,
  reasonMaxChars: REASON_MAX_CHARS,
});

/**
 * The `fieldErrors.reason` of a refused reason: a key, not English (like the meeting-link keys), so that
 * a UI says it in its own language; the error's `message` is English for logs and hosts.
 */
export const REASON_ERRORS = Object.freeze({ words: 'reasonTooManyWords', chars: 'reasonTooLong' } as const);

/** The trimmed reason to send ('' for none), or a `validation` error when it breaks a limit. */
export function checkRejectReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  const over = reasonOverLimit(text, { maxWords: REASON_MAX_WORDS, maxChars: REASON_MAX_CHARS });
  if (!over) return text;
  const message =
    over === 'words'
      ? `The reason must be ${REASON_MAX_WORDS} words or fewer.`
      : `The reason must be ${REASON_MAX_CHARS} characters or fewer.`;
  throw new RequestsError('validation', message, { fieldErrors: { reason: REASON_ERRORS[over] } });
}
