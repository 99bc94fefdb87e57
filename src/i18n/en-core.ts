/**
 * English, first part: what the inbox shows at first paint (tabs, lists, cards, error messages). The
 * second part, `en-details.ts`, has what only the detail views and the confirm dialog show; `en.ts` joins
 * the two into the English `Translation`. Split so that the first paint ships only these strings: the
 * others come with the details' lazily loaded chunk (define-details.ts), whose elements hand them to their
 * `LocalizeController`s as their English.
 */
const enCore = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  // Tabs and counts
  tabsLabel: 'Requests',
  sessionRequests: 'Session requests',
  messageRequests: 'Message requests',
  /** The tab's accessible name. `shown` is the count as the badge shows it (WCAG 2.5.3: label in name). */
  tabWithCount: (tab: string, count: number, shown: string = String(count)) =>
    count > 0 ? `${tab}, ${shown} pending` : tab,

  // Lists
  loadingRequests: 'Loading requests…',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  refresh: 'Refresh',
  retry: 'Retry',
  viewDetails: (name: string) => `View details for ${name}`,
  viewDetailsShort: 'View details',
  /** A message card's control (as MentorEd's screen names it); its accessible name says whose message. */
  viewMessage: 'View message',
  viewMessageFrom: (name: string) => `View message from ${name}`,
  viewMessageTo: (name: string) => `View message to ${name}`,
  sent: 'Sent',
  received: 'Received',
  // A request's status (cards where it is not pending, the details' tag, the status filter)
  statusRequested: 'Pending',
  statusAccepted: 'Accepted',
  statusRejected: 'Rejected',
  statusExpired: 'Expired',

  // A list under a filter other than the queue (the filter control's own words are in en-details.ts)
  emptyFiltered: 'No requests match this filter',
  emptyFilteredHint: 'Choose another filter to see more.',
  moreDesignations: (count: number) => `+${count}`,
  // English's cardinal rule ("one" for 1 exactly, Intl.PluralRules('en')), written out: no Intl object is
  // built when the module loads.
  experienceYears: (years: number) =>
    years === 1 ? `${years} year of experience` : `${years} years of experience`,
  shownOfTotal: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  emptySessions: 'No session requests',
  emptySessionsHint: 'When someone asks you for a session, it will show up here.',
  emptyMessages: 'No message requests',
  emptyMessagesHint: 'When someone wants to connect with you, it will show up here.',
  slotOnDate: (date: string, timeRange: string) => `${date}, ${timeRange}`,
  timeRange: (start: string, end: string) => `${start} - ${end}`,

  // Errors of list and count reads, by kind (one request's own: en-details.ts)
  errorNetwork: 'Could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorUnauthorized: 'Your sign-in has expired. Sign in again to continue.',
  errorForbidden: 'You do not have permission to do this.',
  errorServer: 'Something went wrong on the server. Try again.',
  errorLoadList: 'The requests could not be loaded.',
  /** A list or count read got 404: the list itself, not one request, is missing (not-found). */
  errorListNotFound: 'The list of requests was not found on the server. Try again later.',
  /** A list or count read got 409 (conflict). */
  errorListConflict: 'The requests changed while they were loading. Try again.',
};

export default enCore;
