/**
 * The schedule-conflict check of `<session-request-detail>` (loaded lazily by conflicts-hook.ts, a chunk of
 * its own): while a pending received request is shown, what its slot clashes with.
 *
 * - Booked sessions: the adapter's optional `listBookedSlots`, asked once per request (store/
 *   schedule-conflicts.ts keeps the answer per store, so opening it again costs no call); an adapter
 *   without it is never asked, and a failed read shows nothing about booked sessions.
 * - The other session requests the store holds (its records, no copy): accepted ones as booked sessions,
 *   pending ones (received or sent) as buttons that fire `request-open` (`<requests-page>` opens them).
 *
 * Clash means overlap (model/overlap.ts: back-to-back is none, containment is). Times in the viewer's zone
 * and language. The warning is said to screen readers once per opened request, when the booked sessions
 * are known. Accept stays available: the server decides. When the server refuses an accept as a clash
 * and all we know of is a session back to back with the slot, `backToBackOnly` says that back-to-back sessions
 * count as a clash there (MentorEd's bounds are inclusive), which our warning does not claim.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { cached, safeTimeZone } from '../../i18n/intl.js';
import { isTimeRange, type BookedSlot, type TimeRange } from '../../model/overlap.js';
import type { SessionRequest } from '../../model/request.js';
import {
  readBookedSlots,
  scheduleConflicts,
  type ScheduleConflicts,
} from '../../store/schedule-conflicts.js';
import type { ConflictsKit } from './conflicts-hook.js';

/** At most this many conflicts are listed; the rest are counted ("2 more …"). */
const SHOWN = 4;

/** Date-time formats by language, zone and options (building one costs far more than using it). */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(formats, `${lang}|${JSON.stringify(options)}`, 50, () => {
    try {
      return new Intl.DateTimeFormat(lang, options);
    } catch {
      return new Intl.DateTimeFormat(undefined, options);
    }
  });
}

/** What is known of the shown request: its booked sessions once read (undefined: not yet, or none to read). */
interface Check {
  key: string;
  request: SessionRequest;
  started: boolean;
  booked?: BookedSlot[];
  settled: boolean;
  announced: boolean;
  controller: AbortController;
}

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export class ConflictCheck implements ReactiveController {
  #check?: Check;

  constructor(private readonly kit: ConflictsKit) {
    kit.host.addController(this);
  }

  /**
   * Before each render (so what it changes, the announcement, renders with it and schedules no second
   * update): a newly shown candidate starts its check; a known one is announced once it is settled.
   */
  hostUpdate(): void {
    const request = this.#request();
    const key = request ? `${request.id}|${request.start.getTime()}|${request.end.getTime()}` : '';
    if (key !== (this.#check?.key ?? '')) {
      this.#stop();
      if (request)
        this.#check = {
          key,
          request,
          started: false,
          settled: false,
          announced: false,
          controller: new AbortController(),
        };
    }
    const check = this.#check;
    if (check && !check.started) this.#read(check);
    this.#announce();
  }

  /**
   * Asks for the booked sessions around the request's slot (once per request and store: see
   * readBookedSlots), unless offline: the detail renders again once back online, and asks then.
   */
  #read(check: Check): void {
    const store = this.kit.store();
    if (!store || offline()) return;
    check.started = true;
    const read = readBookedSlots(store, check.request, { signal: check.controller.signal });
    if (!read) {
      check.settled = true; // the adapter has no listBookedSlots: the requests the store holds only
      return;
    }
    // A failed read shows nothing about booked sessions (the accept goes to the server, which decides).
    const done = (booked?: BookedSlot[]) => {
      if (this.#check !== check) return;
      check.booked = booked;
      check.settled = true;
      this.kit.host.requestUpdate();
    };
    read.then(done, () => done());
  }

  /** The request to check: the detail's candidate, when its slot is one (bad dates: nothing to check). */
  #request(): SessionRequest | undefined {
    const request = this.kit.candidate();
    return isTimeRange(request) ? request : undefined;
  }

  hostConnected(): void {
    // Back in the document (or just loaded): the next update checks the shown request.
    if (!this.#check) this.kit.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Its read stops (unless another element waits for the same one); back in the document, it asks again.
    this.#stop();
  }

  #stop(): void {
    this.#check?.controller.abort();
    this.#check = undefined;
  }

  get #conflicts(): ScheduleConflicts | undefined {
    const request = this.#request();
    const store = this.kit.store();
    return request && store ? scheduleConflicts(request, this.kit.held(), this.#check?.booked) : undefined;
  }

  /** Once per opened request, when its booked sessions are known: the conflicts, said to screen readers. */
  #announce(): void {
    const check = this.#check;
    if (!check?.settled || check.announced) return;
    const localize = this.kit.localize;
    const term = localize.term as (key: string, ...args: string[]) => string;
    const lines = this.#lines(this.#conflicts, (key, ...values) => term.call(localize, key, ...values));
    if (lines.length === 0) return;
    check.announced = true;
    let list = lines.join(', ');
    try {
      list = new Intl.ListFormat(localize.lang(), { type: 'unit', style: 'long' }).format(lines);
    } catch {
      // An unknown language tag: the plain join above.
    }
    this.kit.announce(localize.term('conflictAnnounce', list));
  }

  /**
   * The conflicts as lines, in order (booked sessions first, then pending requests), at most SHOWN and a
   * count of the rest; `say` builds each sentence (text to announce, or a template with `<bdi>` values).
   */
  #lines<T>(
    found: ScheduleConflicts | undefined,
    say: (key: BookedKey | Pending, ...values: string[]) => T,
    button?: (request: SessionRequest, label: T) => T,
  ): (T | string)[] {
    const request = this.#request();
    if (!found || !request) return [];
    const lines: T[] = [];
    for (const slot of found.booked) {
      const time = this.#time(slot, request);
      if (slot.title) lines.push(say('conflictBooked', slot.title, time));
      else if (slot.request) lines.push(say('conflictBookedWith', slot.request.person.name, time));
      else lines.push(say('conflictBookedUntitled', time));
    }
    for (const other of found.pending) {
      const key = other.direction === 'sent' ? 'conflictPendingTo' : 'conflictPendingFrom';
      const label = say(key, other.person.name);
      lines.push(button ? button(other, label) : label);
    }
    const rest = lines.length - SHOWN;
    if (rest <= 1) return lines; // "1 more" would take the place of the one it counts
    return [...lines.slice(0, SHOWN), this.kit.localize.term('conflictMore', rest)];
  }

  /**
   * A booked session's time in the viewer's zone and language ("5:00 – 6:00 PM"); with the day when it is
   * not the request's day or spans days ("Dec 3, 11:00 PM – Dec 4, 1:00 AM").
   */
  #time(slot: TimeRange, request: TimeRange): string {
    const lang = this.kit.localize.lang();
    const timeZone = safeTimeZone(this.kit.timeZone());
    const day = formatOf(lang, { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    const last = new Date(slot.end.getTime() - 1);
    const sameDay = [slot.start, last].every((d) => day.format(d) === day.format(request.start));
    const time: Intl.DateTimeFormatOptions = { timeZone, hour: 'numeric', minute: '2-digit' };
    return formatOf(lang, sameDay ? time : { ...time, month: 'short', day: 'numeric' }).formatRange(
      slot.start,
      slot.end,
    );
  }

  /** The warning, or nothing when the shown request clashes with nothing known. */
  render(): TemplateResult | typeof nothing {
    const { localize, isolated, open } = this.kit;
    const lines = this.#lines(
      this.#conflicts,
      (key, ...values) => html`${isolated(localize, key, ...values)}`,
      (request, label) =>
        html`<button
          type="button"
          class="button link"
          part="button conflict-button"
          @click=${() => open(request)}
        >
          <span>${label}</span>
        </button>`,
    );
    if (lines.length === 0) return nothing;
    return html`<div
      class="notice warning conflicts"
      part="notice conflicts"
      role="group"
      aria-labelledby="conflicts-heading"
    >
      <p id="conflicts-heading"><strong>${localize.term('conflictHeading')}</strong></p>
      ${lines.map((line) => html`<p class="wrap">${line}</p>`)}
    </div>`;
  }

  /**
   * For an accept the server refused as a clash: when all we know of is a session back to back with the slot,
   * the text that says back-to-back sessions count as a clash there (MentorEd's bounds are inclusive; our
   * warning's are not). Otherwise undefined: the generic, localized refusal stands.
   */
  backToBackOnly(): string | undefined {
    return this.#conflicts?.touchingOnly ? this.kit.localize.term('errorSlotClashTouching') : undefined;
  }
}

type BookedKey = 'conflictBooked' | 'conflictBookedWith' | 'conflictBookedUntitled';
type Pending = 'conflictPendingFrom' | 'conflictPendingTo';
