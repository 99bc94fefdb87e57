/**
 * The calendar entry of an accepted session request, its `.ics` file and its Google Calendar and Outlook
 * links: what `<session-request-detail>`'s "Add to calendar" menu loads (calendar-menu.ts). Pure functions,
 * no DOM; scripts/size.mjs measures this module against its 1.5 KB budget.
 */
export { calendarEntry, describe, utc, type CalendarEntry, type CalendarWords } from './entry.js';
export { buildIcs } from './ics.js';
export { googleCalendarUrl, outlookCalendarUrl } from './links.js';
