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
  conflictHeading: 'Schedule conflict',
  /** A booked session that overlaps the request's slot; `time` is its time range in the viewer's zone. */
  conflictBooked: (title: string, time: string) => `You already have '${title}', ${time}`,
  /** An accepted session request without a title that overlaps the slot. */
  conflictBookedWith: (name: string, time: string) => `You already have a session with ${name}, ${time}`,
  conflictBookedUntitled: (time: string) => `You already have a session, ${time}`,
  /** A button: opens that request. */
  conflictPendingFrom: (name: string) => `Overlaps a pending request from ${name}`,
  conflictPendingTo: (name: string) => `Overlaps your pending request to ${name}`,
  /** What is not listed, beyond the first few. */
  conflictMore: (count: number) =>
    count === 1
      ? '1 more session or request overlaps this time.'
      : `${count} more sessions or requests overlap this time.`,
  /** Said to screen readers once per opened request: `list` is the conflicts above, joined. */
  conflictAnnounce: (list: string) => `Schedule conflict: ${list}`,
  /** MentorEd refused an accept because a session of the mentor touches the slot (its bounds are inclusive). */
  errorSlotClashTouching:
    'You have a session that ends as this one starts, or starts as it ends, and back-to-back sessions count as a clash here, so this request cannot be accepted.',
  // Add to calendar (session-request-detail/calendar*.ts)
  /** The disclosure button of an accepted session: shows the three ways below. */
  addToCalendar: 'Add to calendar',
  calendarDownload: 'Download calendar file (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com',
  /** Said after a link that opens in a new tab (visually hidden). */
  opensInNewTab: '(opens in a new tab)',
  /** In the calendar entry: the description's line about the person, and the title of an untitled request. */
  calendarWith: (name: string) => `Session with ${name}`,
  /** In the calendar entry's description. */
  calendarLink: (url: string) => `Meeting link: ${url}`,
  // Reject reasons and "propose another time" (reject-reasons*.ts)
  /** The label of the group of reasons the mentor can pick (each fills the reason field). */
  rejectReasonsLabel: 'Pick a reason',
  // The default reasons (a host sets its own with `rejectReasons`): short, polite, what mentors say.
  rejectReasonUnavailable: "I'm not available at this time.",
  rejectReasonExpertise: 'This topic is outside my expertise.',
  rejectReasonBusy: 'I have too many sessions this week.',
  /** A disclosure button: shows the fields to propose up to three other times. */
  proposeTime: 'Propose another time',
  proposeLegend: 'Times you could meet instead',
  /** `zone`: the time zone's name ("India Standard Time"); `offset`: "+05:30". */
  proposeZone: (zone: string, offset: string) => `In your time zone: ${zone} (UTC${offset})`,
  proposeSlotLabel: (index: number) => `Option ${index}`,
  proposeDateLabel: 'Date',
  proposeTimeLabel: 'Time',
  proposeRemoveSlot: (index: number) => `Remove option ${index}`,
  proposeRemove: 'Remove',
  proposeAddSlot: 'Add another time',
  proposeSlotPast: 'This time has already passed.',
  /** One proposed time in the reason: `when` is "Tue, Dec 9, 5:00 PM", `offset` "+05:30". */
  proposeSlot: (when: string, offset: string) => `${when} (UTC${offset})`,
  /** The sentence written into the reason; `times` is the list of times ("A, B or C"). */
  proposeSentence: (times: string) => `Could we meet instead on ${times}?`,
  proposePreview: 'Preview',
  proposeNoTimes: 'Pick a time to see the sentence.',
  proposeInsert: 'Add to reason',
  proposeInserted: 'The proposed times are in the reason.',
  /** Why another time cannot be added, or the proposal cannot go into the reason: it would not fit. */
  proposeNoRoomWords: (max: number) =>
    `The reason can have at most ${max} words: shorten it to add more times.`,
  proposeNoRoomChars: (max: number) =>
    `The reason can have at most ${max} characters: shorten it to add more times.`,
  // Urgency ("Ends in 3 h") and the soonest-first sort
  /** A pending request's slot is ahead; `when` is Intl.RelativeTimeFormat's "in 45 minutes" / "tomorrow". */
  urgencyStarts: (when: string) => `Starts ${when}`,
  /** The slot has started: the request can be accepted until it ends; `when`: "in 20 minutes". */
  urgencyEnds: (when: string) => `Started, ends ${when}`,
  /** The same on a card, where room is short: "In 45 minutes", "Tomorrow", "In 4 days". */
  urgencyStartsShort: (when: string) => `${when}`.replace(/^./, (first) => first.toUpperCase()),
  urgencyEndsShort: (when: string) => `Ends ${when}`,
  /** The session list's order control (the `sort` attribute) and its two values. */
  sortLabel: 'Order',
  sortNewest: 'Newest first',
  sortSoonest: 'Soonest first',
  // Keyboard shortcuts and their help dialog
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsIntro:
    'This inbox has keyboard shortcuts. They work wherever the focus is in it, except while you type in a field or hold Ctrl, Alt or Command.',
  shortcutsKey: 'Key',
  shortcutsAction: 'What it does',
  shortcutNext: 'Go to the next request in the list',
  shortcutPrevious: 'Go to the previous request in the list',
  shortcutOpen: 'Open the request that has focus',
  shortcutAccept: 'Go to Accept in the open request (it does not accept: press Enter there to accept)',
  shortcutReject: 'Reject the open request (you confirm first)',
  shortcutBack: 'Back to the list (in a dialog: close the dialog)',
  shortcutHelp: 'Show this list',
  /** The keys as printed on a keyboard. */
  keyEnter: 'Enter',
  keyEscape: 'Esc',
  close: 'Close',
};

export default enDetails;
