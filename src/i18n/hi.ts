/**
 * Hindi (हिन्दी). Loaded lazily (see `locales.ts`) the first time an element resolves to `lang="hi"`.
 * Typed as `Translation`, so a key missing here (or added to `en.ts` and not here) fails the typecheck.
 * Brand names (Google Meet, Zoom, WhatsApp) and the example URLs stay as they are.
 */
import type { Translation } from './en.js';
import { formatTermNumber } from './intl.js';

/** Numbers in the element's locale (Hindi uses Latin digits with Indian grouping: 12,34,567). */
const n = (value: number): string => formatTermNumber(value, 'hi');

const hi: Translation = {
  $code: 'hi',
  $name: 'हिन्दी',
  $dir: 'ltr',

  // Tabs and counts
  tabsLabel: 'अनुरोध',
  sessionRequests: 'सत्र अनुरोध',
  messageRequests: 'संदेश अनुरोध',
  tabWithCount: (tab, count, shown = n(count)) => (count > 0 ? `${tab}, ${shown} लंबित` : tab),
  // <requests-badge>'s name. "अनुरोध" is the same in the singular and the plural (direct case), so one form
  // serves both of Hindi's plural categories (one: 0 and 1; other).
  pendingRequests: (count, shown = n(count)) => `${shown} लंबित अनुरोध`,
  pendingSessionRequests: (count, shown = n(count)) => `${shown} लंबित सत्र अनुरोध`,
  pendingMessageRequests: (count, shown = n(count)) => `${shown} लंबित संदेश अनुरोध`,

  // Lists
  loadingRequests: 'अनुरोध लोड हो रहे हैं…',
  loadMore: 'और लोड करें',
  loadingMore: 'और अनुरोध लोड हो रहे हैं…',
  refresh: 'रीफ़्रेश करें',
  retry: 'फिर से कोशिश करें',
  back: 'अनुरोधों पर वापस जाएँ',
  viewDetails: (name) => `${name} के अनुरोध का विवरण देखें`,
  viewDetailsShort: 'विवरण देखें',
  viewMessage: 'संदेश देखें',
  viewMessageFrom: (name) => `${name} का संदेश देखें`,
  viewMessageTo: (name) => `${name} को भेजा गया अपना संदेश देखें`,
  notConfigured: 'अनुरोध नहीं दिखाए जा सकते: यह इनबॉक्स अभी सेट अप नहीं है।',
  notConfiguredHint: 'इसका डेटा स्रोत नहीं मिला। अगर यह साइट आप चलाते हैं, तो ब्राउज़र का कंसोल देखें।',
  viewProfile: (name) => `${name} की प्रोफ़ाइल देखें`,
  sent: 'भेजा गया',
  received: 'प्राप्त',
  moreDesignations: (count) => `+${n(count)}`,
  experienceYears: (years) => `${n(years)} वर्ष का अनुभव`,
  shownOfTotal: (shown, total) => `${n(total)} में से ${n(shown)} दिखाए जा रहे हैं`,
  emptySessions: 'कोई सत्र अनुरोध नहीं है',
  emptySessionsHint: 'जब कोई आपसे सत्र के लिए अनुरोध करेगा, तो वह यहाँ दिखाई देगा।',
  emptyMessages: 'कोई संदेश अनुरोध नहीं है',
  emptyMessagesHint: 'जब कोई आपसे जुड़ना चाहेगा, तो उसका अनुरोध यहाँ दिखाई देगा।',
  offline: 'आप ऑफ़लाइन हैं। जो कुछ लोड हो चुका है, वह यहीं रहेगा; ऑनलाइन होते ही सभी कार्रवाइयाँ फिर से काम करेंगी।',
  slotOnDate: (date, timeRange) => `${date}, ${timeRange}`,
  timeRange: (start, end) => `${start} - ${end}`,

  // Statuses
  statusRequested: 'लंबित',
  statusAccepted: 'स्वीकृत',
  statusRejected: 'अस्वीकृत',
  statusExpired: 'अवधि समाप्त',
  filtersLabel: 'अनुरोध फ़िल्टर करें',
  filterDirection: 'दिखाएँ',
  filterStatus: 'स्थिति',
  filterAll: 'सभी',
  emptyFiltered: 'इस फ़िल्टर से कोई अनुरोध मेल नहीं खाता',
  emptyFilteredHint: 'और देखने के लिए कोई दूसरा फ़िल्टर चुनें।',
  messageHistoryNote: 'जवाब दिए गए संदेश अनुरोध इस सूची से हट जाते हैं: उनका इतिहास नहीं रखा जाता।',
  newRequests: (count) => (count === 1 ? `${n(1)} नया अनुरोध` : `${n(count)} नए अनुरोध`),

  // Errors, by kind
  errorNetwork: 'सर्वर से संपर्क नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  errorTimeout: 'सर्वर ने जवाब देने में बहुत देर लगाई। फिर से कोशिश करें।',
  errorAborted: 'अनुरोध रद्द कर दिया गया।',
  errorUnauthorized: 'आपके साइन-इन की अवधि समाप्त हो गई है। जारी रखने के लिए फिर से साइन इन करें।',
  errorForbidden: 'आपको यह करने की अनुमति नहीं है।',
  errorNotFound: 'यह अनुरोध नहीं मिला। हो सकता है कि इसे वापस ले लिया गया हो।',
  errorConflict: 'इस अनुरोध पर पहले ही कार्रवाई हो चुकी है।',
  errorValidation: 'कुछ विवरण मान्य नहीं हैं। उन्हें जाँचें और फिर से कोशिश करें।',
  errorServer: 'सर्वर पर कुछ गड़बड़ हो गई। फिर से कोशिश करें।',
  errorLoadList: 'अनुरोध लोड नहीं हो सके।',
  errorLoadRequest: 'यह अनुरोध लोड नहीं हो सका।',
  errorSlotClash: 'इस समय आपका एक सत्र पहले से निर्धारित है, इसलिए यह अनुरोध स्वीकार नहीं किया जा सकता।',
  errorListNotFound: 'सर्वर पर अनुरोधों की सूची नहीं मिली। कुछ देर बाद फिर से कोशिश करें।',
  errorListConflict: 'लोड होते समय अनुरोध बदल गए। फिर से कोशिश करें।',

  // Actions
  accept: 'स्वीकार करें',
  reject: 'अस्वीकार करें',
  cancel: 'रद्द करें',
  confirm: 'पुष्टि करें',
  accepting: 'स्वीकार किया जा रहा है…',
  rejecting: 'अस्वीकार किया जा रहा है…',

  // Session request detail
  sessionRequest: 'सत्र अनुरोध',
  loadingRequest: 'अनुरोध लोड हो रहा है…',
  agenda: 'कार्यसूची',
  showMore: 'और दिखाएँ',
  showLess: 'कम दिखाएँ',
  slotRequestReceived: (name, timeRange, date) => `${name} ने ${date} को ${timeRange} के समय का अनुरोध किया है`,
  slotRequestedPast: (name, timeRange, date) => `${name} ने ${date} को ${timeRange} के समय का अनुरोध किया था`,
  slotRequestSent: (name, timeRange, date) => `आपने ${name} से ${date} को ${timeRange} का समय माँगा था`,
  waitingFor: (name) => `${name} के जवाब की प्रतीक्षा है`,
  slotBooked: (name) => `${name} के साथ सत्र का समय तय हो गया`,
  slotBookedAt: (name, timeRange, date) => `${name} के साथ सत्र: ${date}, ${timeRange}`,
  sessionRejected: 'यह सत्र अनुरोध अस्वीकार कर दिया गया।',
  requestExpired: 'इस अनुरोध की अवधि समाप्त हो गई है।',
  rejectReasonShown: (reason) => `कारण: ${reason}`,

  // Meeting link
  meetingLink: 'मीटिंग लिंक',
  addLink: 'लिंक जोड़ें',
  editLink: 'लिंक बदलें',
  noLinkYet: 'अभी तक कोई मीटिंग लिंक नहीं है। लिंक जोड़ें, ताकि मेंटी सत्र में शामिल हो सकें।',
  noLinkYetSent: 'अभी तक कोई मीटिंग लिंक नहीं है। लिंक जुड़ते ही यहाँ दिखाई देगा।',
  meetingLinkNotSafe: 'यह किसी पहचाने गए मीटिंग प्लेटफ़ॉर्म का लिंक नहीं है, इसलिए इसे यहाँ से नहीं खोला जा सकता।',
  storedLinkNotSafe:
    'यह लिंक https नहीं है या ऐसे प्लेटफ़ॉर्म का है जिसे हम सपोर्ट नहीं करते, इसलिए इसे यहाँ से नहीं खोला जा सकता।',
  storedLinkReplace: 'इसकी जगह Google Meet, Zoom या WhatsApp का लिंक डालें।',
  storedLinkOn: (platform, link) => `${platform}: ${link}`,
  meetingOnPlatform: 'मीटिंग इसी प्लेटफ़ॉर्म पर होगी: सत्र शुरू होने पर उसका कमरा खुल जाएगा।',
  platform: 'प्लेटफ़ॉर्म',
  platformGoogleMeet: 'Google Meet',
  platformZoom: 'Zoom',
  platformWhatsapp: 'WhatsApp',
  linkUrl: 'लिंक',
  meetingId: 'मीटिंग आईडी',
  passcode: 'पासकोड',
  save: 'सहेजें',
  saving: 'सहेजा जा रहा है…',
  linkSaved: 'मीटिंग लिंक सहेज लिया गया।',
  joinOn: (platform) => `${platform} पर शामिल हों`,
  linkPlaceholderGoogleMeet: 'https://meet.google.com/abc-defg-hij',
  linkPlaceholderZoom: 'https://zoom.us/j/12345678901',
  linkPlaceholderWhatsapp: 'https://call.whatsapp.com/video/abc123',
  linkErrorRequired: 'यह फ़ील्ड भरना ज़रूरी है।',
  linkErrorInvalidUrl: 'पूरा लिंक डालें, जो https:// से शुरू हो।',
  linkErrorHttpsOnly: 'लिंक https:// से शुरू होना चाहिए।',
  linkErrorUserInfo: 'लिंक में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए।',
  linkErrorPort: 'लिंक में कोई अलग पोर्ट नहीं होना चाहिए।',
  linkErrorWrongHost: (platform) => `${platform} का लिंक डालें।`,
  linkErrorWrongPath: (platform) => `यह ${platform} मीटिंग का लिंक नहीं है।`,
  linkErrorMeetingId: `${n(9)} से ${n(11)} अंकों की मीटिंग आईडी डालें।`,
  linkErrorPasscode: `पासकोड डालें: ${n(1)} से ${n(10)} वर्ण, बिना स्पेस के।`,
  linkErrorPlatform: 'कोई प्लेटफ़ॉर्म चुनें।',
  linkErrorTooLong: `यह लिंक बहुत लंबा है: अधिकतम ${n(2048)} वर्ण।`,
  linkRequiredNote: '* वाले फ़ील्ड भरना ज़रूरी है।',
  meetingIdFromLink: 'लिंक से लिया गया।',
  passcodeHint: 'Zoom के निमंत्रण में दिया गया पासकोड, मीटिंग आईडी से जुड़ने के लिए।',
  showPasscode: 'पासकोड दिखाएँ',
  passcodeHidden: 'छिपा हुआ',
  linkDraftKept: 'इस लिंक में आपके बदलाव अभी सहेजे नहीं गए हैं।',

  // Message request detail
  messageRequest: 'संदेश अनुरोध',
  hasSentYouMessage: (name) => `${name} ने आपको एक संदेश भेजा है।`,
  ifYouAccept: (name) => `स्वीकार करने पर ${name} आपके कनेक्शन में भी जुड़ जाएँगे।`,
  waitingToRespond: (name) => `${name} के जवाब की प्रतीक्षा है।`,
  messageAcceptedSent: (name) => `${name} ने आपका संदेश अनुरोध स्वीकार कर लिया और आपके कनेक्शन में जुड़ गए।`,
  messageRejectedSent: (name) => `${name} ने आपका संदेश अनुरोध स्वीकार नहीं किया।`,
  messageAccepted: (name) => `आपने यह संदेश अनुरोध स्वीकार कर लिया है, और ${name} आपके कनेक्शन में जोड़ दिए गए हैं।`,
  messageRejected: 'आपने यह संदेश अनुरोध अस्वीकार कर दिया है।',
  openChat: 'चैट खोलें',
  sentAt: (time) => `${time} को भेजा गया`,

  // Confirmations
  rejectSessionHeading: 'सत्र अनुरोध अस्वीकार करें',
  rejectSessionQuestion: 'क्या आप वाकई यह सत्र अनुरोध अस्वीकार करना चाहते हैं?',
  rejectSessionReasonLabel: (name) => `${name} को बताएँ कि आप उनका समय क्यों अस्वीकार कर रहे हैं (वैकल्पिक)`,
  rejectMessageHeading: 'संदेश अनुरोध अस्वीकार करें',
  rejectMessageQuestion: 'क्या आप वाकई यह संदेश अनुरोध अस्वीकार करना चाहते हैं?',
  reasonOptional: 'कारण (वैकल्पिक)',
  wordCount: (count, max) => `${n(max)} में से ${n(count)} शब्द`,
  tooManyWords: (max) => `अधिकतम ${n(max)} शब्द लिखें।`,
  charCount: (count, max) => `${n(max)} में से ${n(count)} वर्ण`,
  wordAndCharCount: (words, maxWords, chars, maxChars) =>
    `${n(maxWords)} में से ${n(words)} शब्द · ${n(maxChars)} में से ${n(chars)} वर्ण`,
  tooManyChars: (max) => `अधिकतम ${n(max)} वर्ण लिखें।`,
  // ---- Helping the mentor decide (each part below is filled by its own module; keep the sections) ----
  // Schedule conflicts (session-request-detail/conflicts*.ts)
  conflictHeading: 'समय का टकराव',
  conflictBooked: (title, time) => `आपके पास पहले से '${title}' है, ${time}`,
  conflictBookedWith: (name, time) => `${name} के साथ आपका एक सत्र पहले से है, ${time}`,
  conflictBookedUntitled: (time) => `आपका एक सत्र पहले से है, ${time}`,
  conflictPendingFrom: (name) => `${name} के एक लंबित अनुरोध से टकराता है`,
  conflictPendingTo: (name) => `${name} को भेजे गए आपके लंबित अनुरोध से टकराता है`,
  conflictMore: (count) =>
    count === 1
      ? `${n(1)} और सत्र या अनुरोध इस समय से टकराता है।`
      : `${n(count)} और सत्र या अनुरोध इस समय से टकराते हैं।`,
  conflictAnnounce: (list) => `समय का टकराव: ${list}`,
  errorSlotClashTouching:
    'आपका एक सत्र ठीक इस सत्र के शुरू होने पर खत्म होता है या इसके खत्म होने पर शुरू होता है, और यहाँ लगातार (बैक-टू-बैक) सत्रों को भी टकराव माना जाता है, इसलिए यह अनुरोध स्वीकार नहीं किया जा सकता।',
  // Add to calendar (session-request-detail/calendar*.ts)
  addToCalendar: 'कैलेंडर में जोड़ें',
  calendarDownload: 'कैलेंडर फ़ाइल डाउनलोड करें (.ics)',
  calendarGoogle: 'Google कैलेंडर',
  calendarOutlook: 'Outlook.com',
  opensInNewTab: '(नए टैब में खुलता है)',
  calendarWith: (name) => `${name} के साथ सत्र`,
  calendarLink: (url) => `मीटिंग लिंक: ${url}`,
  // Reject reasons and "propose another time" (reject-reasons*.ts)
  rejectReasonsLabel: 'एक कारण चुनें',
  rejectReasonUnavailable: 'मैं इस समय उपलब्ध नहीं हूँ।',
  rejectReasonExpertise: 'यह विषय मेरी विशेषज्ञता से बाहर है।',
  rejectReasonBusy: 'इस सप्ताह मेरे बहुत सारे सत्र हैं।',
  proposeTime: 'कोई और समय सुझाएँ',
  proposeLegend: 'इसके बजाय मिलने के समय',
  proposeZone: (zone, offset) => `आपके समय क्षेत्र में: ${zone} (UTC${offset})`,
  proposeSlotLabel: (index) => `विकल्प ${n(index)}`,
  proposeDateLabel: 'तारीख',
  proposeTimeLabel: 'समय',
  proposeRemoveSlot: (index) => `विकल्प ${n(index)} हटाएँ`,
  proposeRemove: 'हटाएँ',
  proposeAddSlot: 'एक और समय जोड़ें',
  proposeSlotPast: 'यह समय बीत चुका है।',
  proposeSlot: (when, offset) => `${when} (UTC${offset})`,
  proposeSentence: (times) => `क्या हम इसके बजाय ${times} को मिल सकते हैं?`,
  proposePreview: 'पूर्वावलोकन',
  proposeNoTimes: 'वाक्य देखने के लिए कोई समय चुनें।',
  proposeInsert: 'कारण में जोड़ें',
  proposeInserted: 'सुझाए गए समय कारण में जुड़ गए हैं।',
  proposeNoRoomWords: (max) => `कारण में अधिकतम ${n(max)} शब्द हो सकते हैं: और समय जोड़ने के लिए इसे छोटा करें।`,
  proposeNoRoomChars: (max) => `कारण में अधिकतम ${n(max)} वर्ण हो सकते हैं: और समय जोड़ने के लिए इसे छोटा करें।`,
  // Urgency ("Ends in 3 h") and the soonest-first sort
  // `when` is Intl.RelativeTimeFormat's Hindi: "45 मिनट में", "कल", "परसों", "4 दिन में".
  urgencyStarts: (when) => `${when} शुरू होगा`,
  urgencyEnds: (when) => `शुरू हो चुका है, ${when} खत्म होगा`,
  urgencyStartsShort: (when) => when,
  urgencyEndsShort: (when) => `${when} खत्म होगा`,
  sortLabel: 'क्रम',
  sortNewest: 'नए अनुरोध पहले',
  sortSoonest: 'जल्दी शुरू होने वाले पहले',
  // Keyboard shortcuts and their help dialog
  shortcutsTitle: 'कीबोर्ड शॉर्टकट',
  shortcutsIntro:
    'इस इनबॉक्स में कीबोर्ड शॉर्टकट हैं। फ़ोकस इसमें कहीं भी हो, ये काम करते हैं, सिवाय तब जब आप किसी फ़ील्ड में टाइप कर रहे हों या Ctrl, Alt या ⌘ दबाए हुए हों।',
  shortcutsKey: 'कुंजी',
  shortcutsAction: 'इससे क्या होता है',
  shortcutNext: 'सूची में अगले अनुरोध पर जाएँ',
  shortcutPrevious: 'सूची में पिछले अनुरोध पर जाएँ',
  shortcutOpen: 'जिस अनुरोध पर फ़ोकस है, उसे खोलें',
  shortcutAccept:
    'खुले अनुरोध में "स्वीकार करें" पर जाएँ (इससे अनुरोध स्वीकार नहीं होता: स्वीकार करने के लिए वहाँ एंटर दबाएँ)',
  shortcutReject: 'खुले अनुरोध को अस्वीकार करें (पहले आपसे पुष्टि ली जाती है)',
  shortcutBack: 'सूची पर वापस जाएँ (डायलॉग में: डायलॉग बंद करें)',
  shortcutHelp: 'यह सूची दिखाएँ',
  keyEnter: 'Enter',
  keyEscape: 'Esc',
  close: 'बंद करें',
};

export default hi;
