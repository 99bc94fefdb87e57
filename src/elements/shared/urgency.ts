/**
 * How soon a pending session request runs out: "Starts in 45 minutes", "Starts tomorrow", "Started, ends in
 * 20 minutes". A pending request can be accepted until its slot ends (model/request.ts `hasEnded`: then it is
 * expired), but the mentor's real deadline is the slot's start, so that is what the label counts down to;
 * once the slot has started, it counts down to the end. Shown on the cards (requests-page/urgency-label.ts,
 * with the page's lazily loaded parts) and in the session detail (session-request-detail/urgency-note.ts).
 *
 * Time passing: no timer per card or per request. One shared timer ticks on each wall-clock minute while some
 * element shows a label, and re-renders those elements; each render asks again (`watchUrgency`), so an element
 * that no longer shows one (another tab, a handled request, removed from the page) stops being ticked, and
 * the timer stops when nobody asks.
 */
import type { ReactiveControllerHost } from 'lit';
import { cached, safeTimeZone } from '../../i18n/intl.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionRequest } from '../../model/request.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What the labels read the time from, and their shared timer runs on. */
export interface UrgencyClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_CLOCK: UrgencyClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};
let clock = REAL_CLOCK;

/** The time the labels are computed at. */
export const urgencyNow = (): number => clock.now();

/**
 * @internal A test hook: the labels and their timer use `next` (test/support/fake-clock.mjs has this shape),
 * or the real clock again without one. The running timer moves to the new clock.
 */
export function useUrgencyClock(next: UrgencyClock = REAL_CLOCK): void {
  if (timer !== undefined) clock.clearTimeout(timer);
  timer = undefined;
  clock = next;
  if (watching.size > 0) schedule();
}

/** What a label says, before words: which moment it counts down to, and how far away it is. */
export interface Urgency {
  /** `starts`: the slot is ahead; `ends`: it has started and can still be accepted until it ends. */
  phase: 'starts' | 'ends';
  value: number;
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  /** Less than a day to go: the label is emphasized. */
  soon: boolean;
}

const time = (date: Date) => (date instanceof Date ? date.getTime() : NaN);

/**
 * How far the slot's start (or, once started, its end) is from `now`, in the largest unit that reads well:
 * minutes under an hour; hours the same calendar day or under 12 hours; else calendar days in `timeZone` (1:
 * "tomorrow"), weeks from 14 days, months from 61 days, years from 12 months. Hours are whole hours left, rounded down (2 h 50 min is "in 2 hours": the label never promises
 * an hour that is not there). `undefined` for an ended slot (expired) or invalid dates.
 */
export function urgencyOf(
  slot: Pick<SessionRequest, 'start' | 'end'>,
  now: number,
  timeZone?: string,
): Urgency | undefined {
  const start = time(slot.start);
  const end = time(slot.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= now) return undefined;
  const phase = start > now ? 'starts' : 'ends';
  const target = phase === 'starts' ? start : end;
  const ms = target - now;
  const soon = ms < 24 * HOUR;
  // Whole minutes first: the labels are rendered just after each minute, and slots start on one, so at
  // 12:45:00.02 a 13:05 slot is 20 minutes away, not 19.
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return { phase, value: minutes, unit: 'minute', soon };
  const days = calendarDays(now, target, timeZone);
  if (days === 0 || ms < 12 * HOUR) return { phase, value: Math.floor(minutes / 60), unit: 'hour', soon };
  // Far ahead, a coarser unit reads better ("in 3 weeks", not "in 23 days"), rounded down like the hours.
  if (days < 14) return { phase, value: days, unit: 'day', soon };
  if (days < 61) return { phase, value: Math.floor(days / 7), unit: 'week', soon };
  const months = Math.floor(days / 30.44);
  return months < 12
    ? { phase, value: months, unit: 'month', soon }
    : { phase, value: Math.floor(months / 12), unit: 'year', soon };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Calendar days from `from` to `to` in `timeZone` (the viewer's when absent or invalid). */
function calendarDays(from: number, to: number, timeZone?: string): number {
  const zone = safeTimeZone(timeZone);
  const format = cached(
    dayFormats,
    zone ?? '',
    50,
    () =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }),
  );
  const day = (at: number) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!) / (24 * HOUR);
  };
  return Math.round(day(to) - day(from));
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * The label's words: the locale's own relative time ("in 45 minutes", "tomorrow", "3 घंटे में", "غدًا",
 * Intl.RelativeTimeFormat: its plurals and numerals are the locale's) inside the translation's whole
 * sentence (`urgencyStarts` / `urgencyEnds`; `short`, a card's: `urgencyStartsShort` / `urgencyEndsShort`,
 * "In 45 minutes", "Ends in 20 minutes"). The relative time is in the element's language when the
 * translation in use is that language's (so `ar-EG` gets its own digits), else in the translation's (a page
 * in a language without a translation reads English throughout, not "Starts in 3 Stunden").
 */
export function urgencyText(localize: LocalizeController, urgency: Urgency, short = false): string {
  const tag = localize.lang();
  const code = localize.translation().$code.toLowerCase();
  const lang = tag.split('-')[0] === code.split('-')[0] ? tag : code;
  const format = cached(relativeFormats, lang, 50, () => {
    try {
      return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    } catch {
      return new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
  });
  const when = format.format(urgency.value, urgency.unit);
  const starts = urgency.phase === 'starts';
  if (short) return localize.term(starts ? 'urgencyStartsShort' : 'urgencyEndsShort', when);
  return localize.term(starts ? 'urgencyStarts' : 'urgencyEnds', when);
}

type Host = ReactiveControllerHost & Element;

/** The elements that showed a label since the last tick: the next tick renders them again. */
const watching = new Set<Host>();
let timer: unknown;
/** The elements whose leaving the document is watched (a controller each, added once). */
const known = new WeakSet<Host>();

/**
 * Called while `host` renders a label: the shared timer renders it again on the next wall-clock minute (a
 * label in minutes changes each minute; the others at most as often). One timer for every element. An element
 * that leaves the document leaves the set at once (it is not kept alive until the next tick), and the timer
 * stops with the last one.
 */
export function watchUrgency(host: Host): void {
  if (!known.has(host)) {
    known.add(host);
    host.addController({
      // Back in the document: the next tick renders it again (its label may have aged meanwhile).
      hostConnected: () => watchUrgency(host),
      hostDisconnected() {
        watching.delete(host);
        if (watching.size === 0 && timer !== undefined) {
          clock.clearTimeout(timer);
          timer = undefined;
        }
      },
    });
  }
  // An element out of the document can still render (a lazily loaded part asks for an update after the
  // detail was closed): it is not watched, or the set would keep it, and the page around it, until the tick.
  if (!host.isConnected) return;
  watching.add(host);
  if (timer === undefined) schedule();
}

function schedule(): void {
  timer = clock.setTimeout(tick, MINUTE - (clock.now() % MINUTE) + 20);
}

function tick(): void {
  timer = undefined;
  const due = [...watching];
  watching.clear();
  // Each one that still shows a label asks again as it renders.
  for (const host of due) if (host.isConnected) host.requestUpdate();
}
