/**
 * English, second part: what only the detail views, the meeting link form and the confirm dialog show.
 * Those elements pass it to their `LocalizeController` (it is not in the first-paint code: see
 * `en-core.ts`); `en.ts` joins both parts into the English `Translation`.
 */
const enDetails = {
  // The list filters of <requests-page> (they come with this chunk: page-parts.ts)
  filtersLabel: 'Filter requests',
  filterDirection: 'Show',
  filterStatus: 'Status',
  filterAll: 'All',
  messageHistoryNote: 'Answered message requests leave this list: their history is not kept.',
  // The opened request's view of <requests-page> (detail-view.ts)
  back: 'Back to requests',
  /** A session accept refused because the slot overlaps another session of the mentor (validation). */
  errorSlotClash: 'You already have a session scheduled at this time, so this request cannot be accepted.',
  // A <requests-page> without an adapter, after a short grace (not-configured.ts, with this chunk; the
  // console tells the developer how to fix it)
  // Errors of one request (a detail's read or action; the list's: en-core.ts)
  errorAborted: 'The request was cancelled.',
  errorNotFound: 'This request could not be found. It may have been withdrawn.',
  errorConflict: 'This request was already handled.',
  errorValidation: 'Some details are not valid. Check them and try again.',
  // The page's offline banner and a detail's reason for its disabled actions (the banner comes with the page's parts).
  offline: 'You are offline. What was loaded stays here; actions work again once you are back online.',
  notConfigured: 'The requests cannot be shown: this inbox is not set up.',
  notConfiguredHint: 'Its data source is missing. If you run this site, see the browser console.',
  // Live updates: requests a poll, a push or another tab found (page-parts.ts)
  newRequests: (count: number) => (count === 1 ? '1 new request' : `${count} new requests`),
  viewProfile: (name: string) => `View profile of ${name}`,

  // Statuses
  errorLoadRequest: 'This request could not be loaded.',

  // Actions
  accept: 'Accept',
  reject: 'Reject',
  cancel: 'Cancel',
  confirm: 'Confirm',
  // A busy button's label once its action has run for 400 ms (a quicker one keeps its label)
  accepting: 'Accepting…',
  rejecting: 'Rejecting…',

  // Session request detail
  sessionRequest: 'Session request',
  loadingRequest: 'Loading the request…',
  agenda: 'Agenda',
  showMore: 'Show more',
  showLess: 'Show less',
  slotRequestReceived: (name: string, timeRange: string, date: string) =>
    `${name} is requesting a slot at ${timeRange} on ${date}`,
  /** A received request no longer pending (rejected, expired, or handled elsewhere): past tense. */
  slotRequestedPast: (name: string, timeRange: string, date: string) =>
    `${name} requested a slot at ${timeRange} on ${date}`,
  slotRequestSent: (name: string, timeRange: string, date: string) =>
    `You asked ${name} for a slot at ${timeRange} on ${date}`,
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
  storedLinkNotSafe:
    'This link is not https or is not a platform we support, so it cannot be opened from here.',
  storedLinkReplace: 'Replace it with a Google Meet, Zoom or WhatsApp link.',
  storedLinkOn: (platform: string, link: string) => `${platform}: ${link}`,
  meetingOnPlatform: 'The meeting runs on the platform: its room opens when the session starts.',
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
  linkErrorTooLong: 'This link is too long: at most 2,048 characters.',
  linkRequiredNote: 'Fields marked * are required.',
  meetingIdFromLink: 'Taken from the link.',
  passcodeHint: "The passcode in Zoom's invitation, for joining with the meeting ID.",
  showPasscode: 'Show passcode',
  passcodeHidden: 'hidden',
  linkDraftKept: 'You have unsaved changes to this link.',

  // Message request detail
  messageRequest: 'Message request',
  hasSentYouMessage: (name: string) => `${name} has sent you a message.`,
  ifYouAccept: (name: string) => `If you accept, ${name} will also be added to your connections.`,
  waitingToRespond: (name: string) => `Waiting for ${name} to respond.`,
  messageAccepted: (name: string) =>
    `You have accepted this message request, and ${name} is added to your connections.`,
  messageRejected: 'You rejected this message request.',
  // A message request the viewer sent, answered by the other person
  messageAcceptedSent: (name: string) =>
    `${name} accepted your message request and is added to your connections.`,
  messageRejectedSent: (name: string) => `${name} did not accept your message request.`,
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
  charCount: (count: number, max: number) => `${count} of ${max} characters`,
  wordAndCharCount: (words: number, maxWords: number, chars: number, maxChars: number) =>
    `${words} of ${maxWords} words · ${chars} of ${maxChars} characters`,
  tooManyChars: (max: number) => `Use at most ${max} characters.`,
  // ---- Helping the mentor decide (each part below is filled by its own module; keep the sections) ----
  // Schedule conflicts (session-request-detail/conflicts*.ts)
  // Add to calendar (session-request-detail/calendar*.ts)
  // Reject reasons and "propose another time" (reject-reasons*.ts)
  // Urgency ("Ends in 3 h") and the soonest-first sort
  // Keyboard shortcuts and their help dialog
};

export default enDetails;
