import { safeTimeZone } from '../../i18n/intl.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestsError } from '../../model/errors.js';
import type { AnyRequest } from '../../model/request.js';
import type { CardContext } from '../requests-page/request-card.js';
import type { TermKey } from '../../i18n/en.js';
import { isSlotClash } from '../../adapters/types.js';

/**
 * What the page's lazily loaded parts add to a list card once they have arrived (page-parts.ts sets it): a
 * pending session's urgency label (requests-page/urgency-label.ts). Empty at first paint, which does not
 * carry it. Here, not in request-card.ts, because the parts' chunk shares this module with the first paint
 * already: importing the card's module from there would split it into a chunk of its own (one more gzip
 * stream in the first paint).
 */
export const cardExtras: {
  urgency?: (request: AnyRequest, ctx: CardContext, index: number) => unknown;
} = {};

/** The words of each status: the tag of a card that is not pending, and of a detail. */
export const STATUS_TERMS = {
  requested: 'statusRequested',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  expired: 'statusExpired',
} as const;

/** The date and the time range of a slot, in the viewer's (or the given) time zone and locale. */
export function formatSlot(
  localize: LocalizeController,
  start: Date,
  end: Date,
  timeZone?: string,
): { date: string; timeRange: string } {
  const zone = safeTimeZone(timeZone);
  const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: zone };
  const date = localize.date(start, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: zone,
  });
  const timeRange = localize.term('timeRange', localize.date(start, time), localize.date(end, time));
  return { date, timeRange };
}


/**
 * A list or count read that failed, by kind. A list is not one request (no "already handled", "could not be
 * found"), and a read has no field the user could fix (validation) nor a cancel the user made (an aborted read
 * is never shown): those say what the server side can. Only these words are in the first paint.
 */
const LIST_ERROR_TERMS: Record<RequestsError['kind'], TermKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  'not-found': 'errorListNotFound',
  conflict: 'errorListConflict',
  validation: 'errorServer',
  aborted: 'errorServer',
  server: 'errorServer',
};

/** One request's action or read (the detail views' words: en-details.ts). */
const ERROR_TERMS: Record<RequestsError['kind'], TermKey> = {
  ...LIST_ERROR_TERMS,
  aborted: 'errorAborted',
  'not-found': 'errorNotFound',
  conflict: 'errorConflict',
  validation: 'errorValidation',
};

/**
 * Whether trying the same call again can help: not when the user is signed out (`unauthorized`: the host
 * must sign in again) or not allowed (`forbidden`). Views offer Retry only when it can.
 */
export function canRetry(error: Pick<RequestsError, 'kind'>): boolean {
  return error.kind !== 'unauthorized' && error.kind !== 'forbidden';
}

/** A clear, specific, localized message for an adapter error of one request (the raw server text stays in the event). */
export function errorMessage(localize: LocalizeController, error: Pick<RequestsError, 'kind'>): string {
  if (isSlotClash(error)) return localize.term('errorSlotClash') as string;
  return localize.term(ERROR_TERMS[error.kind] ?? 'errorServer') as string;
}

/** The message for a list or count read that failed (the page's lists and counts). */
export function listErrorMessage(localize: LocalizeController, error: Pick<RequestsError, 'kind'>): string {
  return localize.term(LIST_ERROR_TERMS[error.kind] ?? 'errorServer') as string;
}
