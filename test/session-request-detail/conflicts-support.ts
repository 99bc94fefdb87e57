/**
 * Shared setup of the schedule-conflict tests (not a test file itself): the warning's text and lines, a
 * MemoryAdapter with booked sessions, an adapter without `listBookedSlots`, and a wait for the check.
 */
import { aTimeout, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import type { BookedSlot } from '../../src/model/overlap.js';
import type { SessionRequest } from '../../src/model/request.js';
import { $, $$, session } from '../detail-helpers.js';

/** Collapses white space (Intl puts thin and narrow no-break spaces around "–" and before "PM"). */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The warning's lines (its heading first), as a user reads them; [] when there is none. */
export const warningLines = (el: Element): string[] =>
  $$(el, '[part~="conflicts"] p').map((p) => plain(p.textContent));

/** Waits for the warning of a detail; returns its lines. */
export async function warningOf(el: Element): Promise<string[]> {
  await waitUntil(() => $(el, '[part~="conflicts"]'), 'no schedule-conflict warning', { timeout: 4000 });
  return warningLines(el);
}

/** Lets a check that would run (its chunk, the adapter's answer, a render) run, to assert it did not. */
export async function checkSettled(el: Element & { updateComplete?: Promise<boolean> }): Promise<void> {
  await import('../../src/elements/session-request-detail/conflicts.js');
  await aTimeout(60);
  await el.updateComplete;
}

export const slot = (title: string, start: string, end: string): BookedSlot => ({
  title,
  start: new Date(start),
  end: new Date(end),
});

/**
 * s1: 4:30 PM - 5:30 PM on Friday, Dec 4, 2037 in Asia/Kolkata (11:00-12:00 UTC), received and pending,
 * from Asha Rao; `others` beside it; `booked` the viewer's other sessions.
 */
export function scheduleAdapter(
  booked: BookedSlot[] = [],
  others: SessionRequest[] = [],
  latencyMs = 0,
): MemoryAdapter {
  return new MemoryAdapter({
    sessionRequests: [s1(), ...others],
    messageRequests: [],
    bookedSessions: booked,
    latencyMs,
  });
}

export const s1 = () =>
  session('s1', { start: new Date('2037-12-04T11:00:00Z'), end: new Date('2037-12-04T12:00:00Z') });

/** `adapter` with only the required methods: no `listBookedSlots` (and the calls still logged). */
export function withoutBookedSlots(adapter: MemoryAdapter): RequestsAdapter {
  return new Proxy(adapter, {
    get: (target, key) => (key === 'listBookedSlots' ? undefined : Reflect.get(target, key, target)),
    has: (target, key) => key !== 'listBookedSlots' && Reflect.has(target, key),
  });
}
