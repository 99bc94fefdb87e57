import { cached } from '../../i18n/intl.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestsError } from '../../model/errors.js';
import type { TermKey } from '../../i18n/en.js';
import { isSlotClash } from '../../adapters/types.js';

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

/** Zones already checked (checking builds an Intl.DateTimeFormat: too slow to repeat per card). */
const checkedZones = new Map<string, boolean>();

/** An invalid zone would make Intl throw: fall back to the runtime's zone instead. */
export function safeTimeZone(timeZone: string | undefined): string | undefined {
  const valid =
    !!timeZone &&
    cached(checkedZones, timeZone, 100, () => {
      try {
        new Intl.DateTimeFormat('en', { timeZone });
        return true;
      } catch {
        return false;
      }
    });
  return valid ? timeZone : undefined;
}

const ERROR_TERMS: Record<RequestsError['kind'], TermKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  aborted: 'errorAborted',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  'not-found': 'errorNotFound',
  conflict: 'errorConflict',
  validation: 'errorValidation',
  server: 'errorServer',
};

/** List reads: the generic not-found / conflict texts talk about one request, which a list is not. */
const LIST_ERROR_TERMS: Partial<Record<RequestsError['kind'], TermKey>> = {
  'not-found': 'errorListNotFound',
  conflict: 'errorListConflict',
};

/**
 * Whether trying the same call again can help: not when the user is signed out (`unauthorized`: the host
 * must sign in again) or not allowed (`forbidden`). Views offer Retry only when it can.
 */
export function canRetry(error: Pick<RequestsError, 'kind'>): boolean {
  return error.kind !== 'unauthorized' && error.kind !== 'forbidden';
}

/**
 * A clear, specific, localized message for an adapter error (the raw server text stays in the event).
 * `about` says what failed: one request (default) or a list / count read.
 */
export function errorMessage(
  localize: LocalizeController,
  error: Pick<RequestsError, 'kind'>,
  about: 'request' | 'list' = 'request',
): string {
  if (isSlotClash(error)) return localize.term('errorSlotClash') as string;
  const listTerm = about === 'list' ? LIST_ERROR_TERMS[error.kind] : undefined;
  return localize.term(listTerm ?? ERROR_TERMS[error.kind] ?? 'errorServer') as string;
}
