/**
 * Shared setup of the MemoryAdapter tests (not a test file itself): a fixed clock, requests to start
 * from, and an assertion on the kind of a failure.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { RequestsError, type RequestsErrorKind } from '../../src/model/errors.js';
import type { MeetingLink, MessageRequest, SessionRequest } from '../../src/model/request.js';
import { HOUR, message as detailMessage, session as detailSession } from '../detail-helpers.js';

export { HOUR };

export const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);
export const ALL = { page: 1, pageSize: 100 };
export const GMEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

/** A clock the tests can move. */
export function clock(start = NOW) {
  const c = { t: start, now: () => c.t };
  return c;
}

export function adapter(options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) {
  return new MemoryAdapter({ now: () => NOW, ...options });
}

/** Awaits a promise that must reject with a RequestsError of `kind`, and returns the error. */
export async function failsWith(promise: Promise<unknown>, kind: RequestsErrorKind): Promise<RequestsError> {
  try {
    await promise;
  } catch (error) {
    expect(RequestsError.is(error), String(error)).to.equal(true);
    expect((error as RequestsError).kind).to.equal(kind);
    return error as RequestsError;
  }
  throw new Error(`expected a '${kind}' RequestsError, but the call succeeded`);
}

/** A received, requested session request a day after NOW, created `id` hours before it. */
export function session(id: string, overrides: Partial<SessionRequest> = {}): SessionRequest {
  const start = new Date(NOW + 24 * HOUR);
  return detailSession(id, {
    title: `Title ${id}`,
    agenda: 'Agenda',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - Number(id) * HOUR),
    person: { id: `p${id}`, name: `Person ${id}`, designations: ['Teacher'] },
    ...overrides,
  });
}

/** A received, requested message request, created an hour before NOW. */
export function message(id: string, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return detailMessage(id, {
    createdAt: new Date(NOW - HOUR),
    person: { id, name: `Person ${id}`, designations: [] },
    ...overrides,
  });
}

/** Ids of the generated requests by direction and stored status. */
export function pick(
  a: MemoryAdapter,
  kind: 'session' | 'message',
  direction: 'sent' | 'received',
  status = 'requested',
) {
  const { sessionRequests, messageRequests } = a.snapshot();
  const list: (SessionRequest | MessageRequest)[] = kind === 'session' ? sessionRequests : messageRequests;
  const found = list.find((r) => r.direction === direction && r.status === status);
  if (!found) throw new Error(`no ${direction} ${status} ${kind} request in the fixture`);
  return found.id;
}

export const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
