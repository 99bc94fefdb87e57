/**
 * English, the source locale. Every user-visible string of the elements is here, as whole sentences
 * with placeholders (never fragments glued together), so translators can reorder words.
 * Other locales implement `Translation` (same keys, same function signatures) and are loaded lazily.
 */
const plural = new Intl.PluralRules('en');

const en = {
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
  back: 'Back to requests',
  viewDetails: (name: string) => `View details for ${name}`,
  viewDetailsShort: 'View details',
  viewProfile: (name: string) => `View profile of ${name}`,
  sent: 'Sent',
  received: 'Received',
  expired: 'Expired',
  moreDesignations: (count: number) => `+${count}`,
  experienceYears: (years: number) =>
    plural.select(years) === 'one' ? `${years} year of experience` : `${years} years of experience`,
  shownOfTotal: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  emptySessions: 'No session requests',
  emptySessionsHint: 'When someone asks you for a session, it will show up here.',
  emptyMessages: 'No message requests',
  emptyMessagesHint: 'When someone wants to connect with you, it will show up here.',
  offline: 'You are offline. What was loaded stays here; actions work again once you are back online.',
  slotOnDate: (date: string, timeRange: string) => `${date}, ${timeRange}`,
  timeRange: (start: string, end: string) => `${start} - ${end}`,

  // Statuses
  statusRequested: 'Pending',
  statusAccepted: 'Accepted',
  statusRejected: 'Rejected',
  statusExpired: 'Expired',

  // Errors, by kind
  errorNetwork: 'Could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorAborted: 'The request was cancelled.',
  errorUnauthorized: 'Your sign-in has expired. Sign in again to continue.',
  errorForbidden: 'You do not have permission to do this.',
  errorNotFound: 'This request could not be found. It may have been withdrawn.',
  errorConflict: 'This request was already handled.',
  errorValidation: 'Some details are not valid. Check them and try again.',
  errorServer: 'Something went wrong on the server. Try again.',
  errorLoadList: 'The requests could not be loaded.',
  errorLoadRequest: 'This request could not be loaded.',
  /** A session accept refused because the slot overlaps another session of the mentor (validation). */
  errorSlotClash: 'You already have a session scheduled at this time, so this request cannot be accepted.',
  /** A list or count read got 404: the list itself, not one request, is missing (not-found). */
  errorListNotFound: 'The list of requests was not found on the server. Try again later.',
  /** A list or count read got 409 (conflict). */
  errorListConflict: 'The requests changed while they were loading. Try again.',

  // Actions
  accept: 'Accept',
  reject: 'Reject',
  cancel: 'Cancel',
  confirm: 'Confirm',

  // Session request detail
  sessionRequest: 'Session request',
  loadingRequest: 'Loading the request…',
  agenda: 'Agenda',
  showMore: 'Show more',
  showLess: 'Show less',
  slotRequestReceived: (name: string, timeRange: string, date: string) =>
    `${name} is requesting a slot at ${timeRange} on ${date}`,
  slotRequestSent: (name: string, timeRange: string, date: string) =>
    `You requested a slot with ${name} at ${timeRange} on ${date}`,
  waitingFor: (name: string) => `Waiting for ${name}`,
  slotBooked: (name: string) => `Slot booked with ${name}`,
  slotBookedAt: (name: string, timeRange: string, date: string) =>
    `Session with ${name} at ${timeRange} on ${date}`,
  sessionRejected: 'This session request was rejected.',
  requestExpired: 'This request has expired.',
  rejectReasonShown: (reason: string) => `Reason: ${reason}`,

  // Meeting link
  meetingLink: 'Meeting link',
  addLink: 'Add link',
  editLink: 'Edit link',
  noLinkYet: 'No meeting link yet. Add one so the mentee can join.',
  noLinkYetSent: 'No meeting link yet. It will show here once it is added.',
  meetingLinkNotSafe: 'This link is not a recognised meeting link, so it cannot be opened from here.',
  platform: 'Platform',
  platformGoogleMeet: 'Google Meet',
  platformZoom: 'Zoom',
  platformWhatsapp: 'WhatsApp',
  linkUrl: 'Link',
  meetingId: 'Meeting ID',
  passcode: 'Passcode',
  save: 'Save',
  saving: 'Saving…',
  linkSaved: 'Meeting link saved.',
  joinOn: (platform: string) => `Join on ${platform}`,
  linkPlaceholderGoogleMeet: 'https://meet.google.com/abc-defg-hij',
  linkPlaceholderZoom: 'https://zoom.us/j/12345678901',
  linkPlaceholderWhatsapp: 'https://call.whatsapp.com/video/abc123',
  linkErrorRequired: 'This field is required.',
  linkErrorInvalidUrl: 'Enter a full link, starting with https://.',
  linkErrorHttpsOnly: 'The link must start with https://.',
  linkErrorUserInfo: 'The link must not contain a user name or password.',
  linkErrorPort: 'The link must not use a custom port.',
  linkErrorWrongHost: (platform: string) => `Enter a ${platform} link.`,
  linkErrorWrongPath: (platform: string) => `This is not a ${platform} meeting link.`,
  linkErrorMeetingId: 'Enter the 9 to 11 digit meeting ID.',
  linkErrorPasscode: 'Enter the passcode: 1 to 10 characters, no spaces.',
  linkErrorPlatform: 'Choose a platform.',

  // Message request detail
  messageRequest: 'Message request',
  hasSentYouMessage: (name: string) => `${name} has sent you a message.`,
  ifYouAccept: (name: string) => `If you accept, ${name} will also be added to your connections.`,
  waitingToRespond: (name: string) => `Waiting for ${name} to respond.`,
  messageAccepted: (name: string) =>
    `You have accepted this message request, and ${name} is added to your connections.`,
  messageRejected: 'You rejected this message request.',
  openChat: 'Open chat',
  sentAt: (time: string) => `Sent ${time}`,

  // Confirmations
  rejectSessionHeading: 'Reject session request',
  rejectSessionQuestion: 'Are you sure you want to reject this session request?',
  rejectSessionReasonLabel: (name: string) => `Let ${name} know why you are rejecting their slot (optional)`,
  rejectMessageHeading: 'Reject message request',
  rejectMessageQuestion: 'Are you sure you want to reject this message request?',
  reasonOptional: 'Reason (optional)',
  wordCount: (count: number, max: number) => `${count} of ${max} words`,
  tooManyWords: (max: number) => `Use at most ${max} words.`,
};

export type Translation = typeof en;
export type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
export default en;
