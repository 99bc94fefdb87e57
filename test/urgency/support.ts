/**
 * Shared setup of the urgency tests (not a test file itself): a simulated clock for the labels (the
 * `useUrgencyClock` hook of src/elements/shared/urgency.ts), session requests at known distances from it,
 * and a page that shows them all.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { useUrgencyClock } from '../../src/elements/shared/urgency.js';
import type { SessionRequest } from '../../src/model/request.js';
import { FakeClock } from '../support/fake-clock.mjs';
import { cards, message, root, session, settle } from '../requests-page-fixtures.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The simulated clock of the current test (installed by `useFakeUrgencyClock`). */
export let clock: FakeClock;

/**
 * Installs a simulated clock for the labels before each test, at the real time's minute (so a slot the labels
 * see as pending is pending for the cards' own status too), and the real clock again after it.
 */
export function useFakeUrgencyClock(): void {
  beforeEach(() => {
    // On a whole minute, which is when the labels' shared timer renders them again.
    clock = new FakeClock(Math.floor(Date.now() / MINUTE) * MINUTE);
    useUrgencyClock(clock);
  });
  afterEach(() => useUrgencyClock());
}

/** Moves the labels' clock on by `n` minutes, just past that minute's render. */
export function passMinutes(n: number): Promise<void> {
  const target = (Math.floor(clock.now() / MINUTE) + n) * MINUTE + 100;
  return clock.advance(target - clock.now());
}

/** Midnight UTC of the day `at` falls on, plus `days`. */
const utcDay = (at: number, days: number) => {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days);
};

/**
 * Session requests at known distances from `now` (in UTC, the pages' `time-zone` here), by id: u0 in 45
 * minutes, u1 in 3 hours (and 5 minutes; a long name), u2 tomorrow (20:00 UTC the next day: more than 12
 * hours ahead, the next calendar day), u3 in 4 days (noon UTC, four calendar days on), u4 started 10 minutes
 * ago and ending in 20, u5 sent (pending too) in 3 hours; handled or ended ones: u6 accepted, u7 rejected,
 * u8 ended (expired).
 */
export function urgencySessions(now: number): SessionRequest[] {
  const at = (i: number, start: number, end = start + HOUR, more: Partial<SessionRequest> = {}) =>
    session(i, { id: `u${i}`, direction: 'received', start: new Date(start), end: new Date(end), ...more });
  return [
    at(0, now + 45 * MINUTE),
    at(1, now + 3 * HOUR + 5 * MINUTE, undefined, {
      person: { id: 'p1', name: 'Kavitha Ramachandran-Subramaniam Venkataraman', designations: [] },
    }),
    at(2, utcDay(now, 1) + 20 * HOUR),
    at(3, utcDay(now, 4) + 12 * HOUR),
    at(4, now - 10 * MINUTE, now + 20 * MINUTE),
    at(5, now + 3 * HOUR + 5 * MINUTE, undefined, { direction: 'sent' }),
    at(6, now + 2 * HOUR, undefined, { status: 'accepted', sessionId: 'x6' }),
    at(7, now + 2 * HOUR, undefined, { status: 'rejected' }),
    at(8, now - 3 * HOUR, now - 2 * HOUR),
  ];
}

/**
 * A page (direction and status "all", or the queue with `queue`; slots in UTC) over `urgencySessions` and
 * two message requests.
 */
export async function urgencyPage(
  lang = 'en',
  queue = false,
): Promise<{ el: RequestsPage; adapter: MemoryAdapter }> {
  const adapter = new MemoryAdapter({
    sessionRequests: urgencySessions(clock.now()),
    messageRequests: [message(0), message(1)],
  });
  const el = await fixture<RequestsPage>(
    html`<requests-page
      lang=${lang}
      .adapter=${adapter}
      time-zone="UTC"
      direction=${queue ? 'received' : 'all'}
      status=${queue ? 'pending' : 'all'}
    ></requests-page>`,
  );
  // The queue: u0 to u4 (received, pending).
  await waitUntil(() => cards(el).length === (queue ? 5 : 9), 'the list did not load');
  await settle(el);
  return { el, adapter };
}

/** The card of request `id`. */
export const cardOf = (el: RequestsPage, id: string) =>
  root(el).querySelector<HTMLElement>(`.card[data-id="${id}"]`)!;

/** The urgency label of request `id`'s card, or null. */
export const labelOf = (el: RequestsPage, id: string) =>
  cardOf(el, id).querySelector<HTMLElement>('[part~="urgency"]');

/** Each card's label text (or null), by id. */
export function labels(el: RequestsPage): Record<string, string | null> {
  return Object.fromEntries(
    cards(el).map((card) => [
      card.dataset.id!,
      card.querySelector('[part~="urgency"]')?.textContent?.trim() ?? null,
    ]),
  );
}
