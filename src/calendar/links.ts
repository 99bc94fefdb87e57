/**
 * The "add to calendar" links of an accepted session: Google Calendar and Outlook on the web. Fixed
 * origins, every value encoded with URLSearchParams (DESIGN.md: the only hrefs the library builds besides
 * validated meeting links and its own `blob:` downloads). DOM-free.
 */
import { describe, utc, type CalendarEntry } from './entry.js';

/**
 * The agenda in a link is cut to this many code points ("…"): the whole description travels in the URL,
 * and a 300-word MentorEd agenda (its limit: validators/v1/requestSessions.js) in Devanagari is some
 * 18,000 characters once percent-encoded, past what the services' front ends take. The `.ics` file keeps
 * it whole.
 */
const LINK_AGENDA = 600;

/**
 * Google Calendar's event template: `action=TEMPLATE`, `text` (title), `dates` (start/end as
 * `YYYYMMDDTHHMMSSZ`, UTC), `details`, `location` (the meeting link, when there is one).
 */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${utc(entry.start)}/${utc(entry.end)}`,
    details: describe(entry, LINK_AGENDA),
  });
  if (entry.link) query.set('location', entry.link);
  return `https://calendar.google.com/calendar/render?${query}`;
}

/**
 * Outlook on the web's compose form: `subject`, `startdt` / `enddt` (ISO 8601 in UTC, `…Z`), `body`,
 * `location`; `rru=addevent` as add-to-calendar tools send it. `outlook.live.com` is Outlook.com
 * (personal Microsoft accounts). Work or school accounts (Microsoft 365) compose on `outlook.office.com`
 * with the same path and parameters: pass `'office'` (README "Add to calendar": a host whose users sign in
 * with those cancels `calendar-add` and opens that link). Spaces are written `%20`, not URLSearchParams'
 * `+`: Outlook's sign-in redirect shows a `+` literally (techcommunity.microsoft.com, discussion 4111903).
 */
export function outlookCalendarUrl(entry: CalendarEntry, service: 'live' | 'office' = 'live'): string {
  const iso = (date: Date) => date.toISOString().replace(/\.\d+/, '');
  const query = new URLSearchParams({
    rru: 'addevent',
    subject: entry.title,
    startdt: iso(entry.start),
    enddt: iso(entry.end),
    body: describe(entry, LINK_AGENDA),
  });
  if (entry.link) query.set('location', entry.link);
  // A `+` in URLSearchParams' output is always a space (a literal plus is `%2B`).
  return `https://outlook.${service}.com/calendar/0/action/compose?${String(query).replace(/\+/g, '%20')}`;
}
