/**
 * Arabic (العربية), right to left. Loaded lazily (see `locales.ts`) the first time an element resolves
 * to `lang="ar"` (or `ar-EG`, `ar-SA`…). Typed as `Translation`, so a missing key fails the typecheck.
 *
 * Counts use all six plural categories of `Intl.PluralRules('ar')` (zero, one, two, few, many, other):
 * "طلب واحد", "طلبان", "3 طلبات", "11 طلبًا", "100 طلب". Numbers are formatted with `Intl.NumberFormat` in
 * the element's locale, like the dates, so a sentence never mixes digit systems (plain `ar` gives Latin
 * digits in current browsers, `ar-EG` Arabic-Indic ones). Names and other text from the server are wrapped
 * in Unicode bidi isolates (FSI … PDI), so a Latin name does not reorder the punctuation around it.
 * Brand names (Google Meet, Zoom) and the example URLs stay as they are.
 */
import type { Translation } from './en.js';
import { formatTermNumber } from './intl.js';

const plural = new Intl.PluralRules('ar');
const n = (value: number): string => formatTermNumber(value, 'ar');
/** First-strong isolate: a name in any script keeps its own direction inside the Arabic sentence. */
const iso = (text: string): string => `\u2068${text}\u2069`;
/** Left-to-right isolate, for URL fragments such as `https://`. */
const ltr = (text: string): string => `\u2066${text}\u2069`;

type Forms = Record<Intl.LDMLPluralRule, (count: string) => string>;

/** The form of `count` for its plural category, with the count formatted in the element's locale. */
function pluralize(count: number, forms: Forms): string {
  return forms[plural.select(count)](n(count));
}

/**
 * "N pending …" with the numeral as the element shows it (`shown`) and the noun phrase of `count`'s plural
 * category: [singular (zero, one, other: 0, 1, 100+), dual (2), plural (few: 3–10), accusative singular
 * (many: 11–99)].
 */
function pending(count: number, shown: string, [singular, dual, plural3to10, many]: string[]): string {
  const category = plural.select(count);
  const noun =
    category === 'two' ? dual : category === 'few' ? plural3to10 : category === 'many' ? many : singular;
  return `${shown} ${noun}`;
}

const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  // Tabs and counts
  tabsLabel: 'الطلبات',
  sessionRequests: 'طلبات الجلسات',
  messageRequests: 'طلبات المراسلة',
  // The tab's name must contain the numeral its badge shows (WCAG 2.5.3), so one and two keep the digit.
  tabWithCount: (tab, count, shown = n(count)) => {
    if (count <= 0) return tab;
    const category = plural.select(count);
    const noun = category === 'few' ? 'طلبات معلّقة' : category === 'many' ? 'طلبًا معلّقًا' : 'طلب معلّق';
    return `${tab}، ${shown} ${noun}`;
  },

  // <requests-badge>'s name: all six categories, the numeral kept in each (it is what the badge shows).
  pendingRequests: (count, shown = n(count)) =>
    pending(count, shown, ['طلب معلّق', 'طلبان معلّقان', 'طلبات معلّقة', 'طلبًا معلّقًا']),
  pendingSessionRequests: (count, shown = n(count)) =>
    pending(count, shown, ['طلب جلسة معلّق', 'طلبا جلسة معلّقان', 'طلبات جلسات معلّقة', 'طلب جلسة معلّقًا']),
  pendingMessageRequests: (count, shown = n(count)) =>
    pending(count, shown, [
      'طلب مراسلة معلّق',
      'طلبا مراسلة معلّقان',
      'طلبات مراسلة معلّقة',
      'طلب مراسلة معلّقًا',
    ]),

  // Lists
  loadingRequests: 'جارٍ تحميل الطلبات…',
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ تحميل المزيد…',
  refresh: 'تحديث',
  retry: 'إعادة المحاولة',
  back: 'العودة إلى الطلبات',
  viewDetails: (name) => `عرض تفاصيل طلب ${iso(name)}`,
  viewDetailsShort: 'عرض التفاصيل',
  viewMessage: 'عرض الرسالة',
  viewMessageFrom: (name) => `عرض الرسالة من ${iso(name)}`,
  viewMessageTo: (name) => `عرض الرسالة إلى ${iso(name)}`,
  notConfigured: 'تعذّر عرض الطلبات: صندوق الوارد هذا غير مُهيّأ بعد.',
  notConfiguredHint: 'مصدر بياناته غير محدد. إن كنت تدير هذا الموقع، فراجع وحدة التحكم في المتصفح.',
  viewProfile: (name) => `عرض الملف الشخصي لـ${iso(name)}`,
  sent: 'مُرسَل',
  received: 'وارد',
  moreDesignations: (count) => `+${n(count)}`,
  experienceYears: (years) =>
    pluralize(years, {
      zero: () => 'خبرة أقل من سنة',
      one: () => 'خبرة سنة واحدة',
      two: () => 'خبرة سنتين',
      few: (c) => `خبرة ${c} سنوات`,
      many: (c) => `خبرة ${c} سنة`,
      other: (c) => `خبرة ${c} سنة`,
    }),
  shownOfTotal: (shown, total) => `يُعرض ${n(shown)} من أصل ${n(total)}`,
  emptySessions: 'لا توجد طلبات جلسات',
  emptySessionsHint: 'عندما يطلب منك أحدٌ جلسة، سيظهر طلبه هنا.',
  emptyMessages: 'لا توجد طلبات مراسلة',
  emptyMessagesHint: 'عندما يرغب أحدٌ في التواصل معك، سيظهر طلبه هنا.',
  offline: 'أنت غير متصل بالإنترنت. يبقى ما تم تحميله هنا، وستعمل الإجراءات مجددًا فور عودة الاتصال.',
  slotOnDate: (date, timeRange) => `${date}، ${timeRange}`,
  timeRange: (start, end) => `${start} - ${end}`,

  // Statuses
  statusRequested: 'قيد الانتظار',
  statusAccepted: 'مقبول',
  statusRejected: 'مرفوض',
  statusExpired: 'منتهي الصلاحية',
  filtersLabel: 'تصفية الطلبات',
  filterDirection: 'عرض',
  filterStatus: 'الحالة',
  filterAll: 'الكل',
  emptyFiltered: 'لا توجد طلبات تطابق هذه التصفية',
  emptyFilteredHint: 'اختر تصفية أخرى لعرض المزيد.',
  messageHistoryNote: 'تختفي طلبات الرسائل من هذه القائمة بعد الرد عليها: لا يُحفظ سجلّها.',
  newRequests: (count) => {
    const category = plural.select(count);
    if (category === 'one') return 'طلب جديد واحد';
    if (category === 'two') return 'طلبان جديدان';
    if (category === 'few') return `${n(count)} طلبات جديدة`;
    if (category === 'many') return `${n(count)} طلبًا جديدًا`;
    return `${n(count)} طلب جديد`;
  },

  // Errors, by kind
  errorNetwork: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد. حاول مرة أخرى.',
  errorAborted: 'تم إلغاء الطلب.',
  errorUnauthorized: 'انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى للمتابعة.',
  errorForbidden: 'ليس لديك إذن للقيام بذلك.',
  errorNotFound: 'تعذّر العثور على هذا الطلب. ربما تم سحبه.',
  errorConflict: 'تمت معالجة هذا الطلب بالفعل.',
  errorValidation: 'بعض التفاصيل غير صالحة. تحقّق منها وحاول مرة أخرى.',
  errorServer: 'حدث خطأ ما في الخادم. حاول مرة أخرى.',
  errorLoadList: 'تعذّر تحميل الطلبات.',
  errorLoadRequest: 'تعذّر تحميل هذا الطلب.',
  errorSlotClash: 'لديك جلسة مجدولة بالفعل في هذا الوقت، لذا لا يمكن قبول هذا الطلب.',
  errorListNotFound: 'تعذّر العثور على قائمة الطلبات على الخادم. حاول مرة أخرى لاحقًا.',
  errorListConflict: 'تغيّرت الطلبات أثناء تحميلها. حاول مرة أخرى.',

  // Actions
  accept: 'قبول',
  reject: 'رفض',
  cancel: 'إلغاء',
  confirm: 'تأكيد',
  accepting: 'جارٍ القبول…',
  rejecting: 'جارٍ الرفض…',

  // Session request detail
  sessionRequest: 'طلب جلسة',
  loadingRequest: 'جارٍ تحميل الطلب…',
  agenda: 'جدول الأعمال',
  showMore: 'عرض المزيد',
  showLess: 'عرض أقل',
  slotRequestReceived: (name, timeRange, date) =>
    `يطلب ${iso(name)} موعدًا في الفترة ${iso(timeRange)} بتاريخ ${iso(date)}`,
  slotRequestedPast: (name, timeRange, date) =>
    `طلب ${iso(name)} موعدًا في الفترة ${iso(timeRange)} بتاريخ ${iso(date)}`,
  slotRequestSent: (name, timeRange, date) =>
    `طلبتَ من ${iso(name)} موعدًا في الفترة ${iso(timeRange)} بتاريخ ${iso(date)}`,
  waitingFor: (name) => `بانتظار ردّ ${iso(name)}`,
  slotBooked: (name) => `تم حجز الموعد مع ${iso(name)}`,
  slotBookedAt: (name, timeRange, date) =>
    `جلسة مع ${iso(name)} في الفترة ${iso(timeRange)} بتاريخ ${iso(date)}`,
  sessionRejected: 'تم رفض طلب الجلسة هذا.',
  requestExpired: 'انتهت صلاحية هذا الطلب.',
  rejectReasonShown: (reason) => `السبب: ${iso(reason)}`,

  // Meeting link
  meetingLink: 'رابط الاجتماع',
  addLink: 'إضافة رابط',
  editLink: 'تعديل الرابط',
  noLinkYet: 'لا يوجد رابط اجتماع بعد. أضِف رابطًا ليتمكّن المتدرّب من الانضمام.',
  noLinkYetSent: 'لا يوجد رابط اجتماع بعد. سيظهر هنا فور إضافته.',
  meetingLinkNotSafe: 'هذا الرابط ليس رابط اجتماع معروفًا، لذا لا يمكن فتحه من هنا.',
  storedLinkNotSafe: `هذا الرابط لا يستخدم ${ltr('https')} أو ينتمي إلى منصة لا ندعمها، لذا لا يمكن فتحه من هنا.`,
  storedLinkReplace: 'استبدِله برابط من Google Meet أو Zoom أو واتساب.',
  storedLinkOn: (platform, link) => `${iso(platform)}: ${iso(link)}`,
  meetingOnPlatform: 'يُعقد الاجتماع على المنصة نفسها: تُفتح غرفته عند بدء الجلسة.',
  platform: 'المنصة',
  platformGoogleMeet: 'Google Meet',
  platformZoom: 'Zoom',
  platformWhatsapp: 'واتساب',
  linkUrl: 'الرابط',
  meetingId: 'معرّف الاجتماع',
  passcode: 'رمز المرور',
  save: 'حفظ',
  saving: 'جارٍ الحفظ…',
  linkSaved: 'تم حفظ رابط الاجتماع.',
  joinOn: (platform) => `الانضمام عبر ${iso(platform)}`,
  linkPlaceholderGoogleMeet: 'https://meet.google.com/abc-defg-hij',
  linkPlaceholderZoom: 'https://zoom.us/j/12345678901',
  linkPlaceholderWhatsapp: 'https://call.whatsapp.com/video/abc123',
  linkErrorRequired: 'هذا الحقل مطلوب.',
  linkErrorInvalidUrl: `أدخِل رابطًا كاملًا يبدأ بـ ${ltr('https://')}.`,
  linkErrorHttpsOnly: `يجب أن يبدأ الرابط بـ ${ltr('https://')}.`,
  linkErrorUserInfo: 'يجب ألّا يحتوي الرابط على اسم مستخدم أو كلمة مرور.',
  linkErrorPort: 'يجب ألّا يستخدم الرابط منفذًا مخصّصًا.',
  linkErrorWrongHost: (platform) => `أدخِل رابطًا من ${iso(platform)}.`,
  linkErrorWrongPath: (platform) => `هذا ليس رابط اجتماع على ${iso(platform)}.`,
  linkErrorMeetingId: `أدخِل معرّف الاجتماع المكوّن من ${n(9)} إلى ${n(11)} رقمًا.`,
  linkErrorPasscode: `أدخِل رمز المرور: من ${n(1)} إلى ${n(10)} أحرف، دون مسافات.`,
  linkErrorPlatform: 'اختر منصة.',
  linkErrorTooLong: `هذا الرابط طويل جدًا: ${n(2048)} حرفًا على الأكثر.`,
  linkRequiredNote: 'الحقول المميّزة بـ * مطلوبة.',
  meetingIdFromLink: 'مأخوذ من الرابط.',
  passcodeHint: 'رمز المرور الوارد في دعوة Zoom، للانضمام باستخدام معرّف الاجتماع.',
  showPasscode: 'إظهار رمز المرور',
  passcodeHidden: 'مخفي',
  linkDraftKept: 'لديك تغييرات غير محفوظة على هذا الرابط.',

  // Message request detail
  messageRequest: 'طلب مراسلة',
  hasSentYouMessage: (name) => `أرسل إليك ${iso(name)} رسالة.`,
  ifYouAccept: (name) => `إذا قبلتَ، فستتم إضافة ${iso(name)} أيضًا إلى جهات اتصالك.`,
  waitingToRespond: (name) => `بانتظار ردّ ${iso(name)}.`,
  messageAcceptedSent: (name) => `قبل ${iso(name)} طلب المراسلة الذي أرسلتَه، وتمت إضافته إلى جهات اتصالك.`,
  messageRejectedSent: (name) => `لم يقبل ${iso(name)} طلب المراسلة الذي أرسلتَه.`,
  messageAccepted: (name) => `لقد قبلتَ طلب المراسلة هذا، وتمت إضافة ${iso(name)} إلى جهات اتصالك.`,
  messageRejected: 'لقد رفضتَ طلب المراسلة هذا.',
  openChat: 'فتح المحادثة',
  sentAt: (time) => `أُرسلت في ${iso(time)}`,

  // Confirmations
  rejectSessionHeading: 'رفض طلب الجلسة',
  rejectSessionQuestion: 'هل تريد بالتأكيد رفض طلب الجلسة هذا؟',
  rejectSessionReasonLabel: (name) => `أخبِر ${iso(name)} بسبب رفضك للموعد (اختياري)`,
  rejectMessageHeading: 'رفض طلب المراسلة',
  rejectMessageQuestion: 'هل تريد بالتأكيد رفض طلب المراسلة هذا؟',
  reasonOptional: 'السبب (اختياري)',
  wordCount: (count, max) => `عدد الكلمات: ${n(count)} من ${n(max)}`,
  tooManyWords: (max) =>
    pluralize(max, {
      zero: () => 'لا يُسمح بأي كلمة.',
      one: () => 'استخدم كلمة واحدة على الأكثر.',
      two: () => 'استخدم كلمتين على الأكثر.',
      few: (c) => `استخدم ${c} كلمات على الأكثر.`,
      many: (c) => `استخدم ${c} كلمة على الأكثر.`,
      other: (c) => `استخدم ${c} كلمة على الأكثر.`,
    }),
  charCount: (count, max) => `عدد الأحرف: ${n(count)} من ${n(max)}`,
  wordAndCharCount: (words, maxWords, chars, maxChars) =>
    `عدد الكلمات: ${n(words)} من ${n(maxWords)} · عدد الأحرف: ${n(chars)} من ${n(maxChars)}`,
  tooManyChars: (max) =>
    pluralize(max, {
      zero: () => 'لا يُسمح بأي حرف.',
      one: () => 'استخدم حرفًا واحدًا على الأكثر.',
      two: () => 'استخدم حرفين على الأكثر.',
      few: (c) => `استخدم ${c} أحرف على الأكثر.`,
      many: (c) => `استخدم ${c} حرفًا على الأكثر.`,
      other: (c) => `استخدم ${c} حرف على الأكثر.`,
    }),
  // ---- Helping the mentor decide (each part below is filled by its own module; keep the sections) ----
  // Schedule conflicts (session-request-detail/conflicts*.ts)
  conflictHeading: 'تعارض في المواعيد',
  conflictBooked: (title, time) => `لديك بالفعل «${iso(title)}»، ${iso(time)}`,
  conflictBookedWith: (name, time) => `لديك بالفعل جلسة مع ${iso(name)}، ${iso(time)}`,
  conflictBookedUntitled: (time) => `لديك بالفعل جلسة، ${iso(time)}`,
  conflictPendingFrom: (name) => `يتعارض مع طلب معلّق من ${iso(name)}`,
  conflictPendingTo: (name) => `يتعارض مع طلبك المعلّق إلى ${iso(name)}`,
  conflictMore: (count) =>
    pluralize(count, {
      zero: () => 'لا يتعارض أي موعد آخر مع هذا الوقت.',
      one: () => 'يتعارض موعد آخر مع هذا الوقت.',
      two: () => 'يتعارض موعدان آخران مع هذا الوقت.',
      few: (c) => `تتعارض ${c} مواعيد أخرى مع هذا الوقت.`,
      many: (c) => `يتعارض ${c} موعدًا آخر مع هذا الوقت.`,
      other: (c) => `يتعارض ${c} موعد آخر مع هذا الوقت.`,
    }),
  conflictAnnounce: (list) => `تعارض في المواعيد: ${list}`,
  errorSlotClashTouching:
    'لديك جلسة تنتهي عند بدء هذه الجلسة أو تبدأ عند انتهائها، والجلسات المتتالية تُعدّ متعارضة هنا، لذا لا يمكن قبول هذا الطلب.',
  // Add to calendar (session-request-detail/calendar*.ts)
  addToCalendar: 'إضافة إلى التقويم',
  calendarDownload: `تنزيل ملف التقويم (${ltr('.ics')})`,
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'Outlook.com',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  calendarWith: (name) => `جلسة مع ${iso(name)}`,
  calendarLink: (url) => `رابط الاجتماع: ${ltr(url)}`,
  // Reject reasons and "propose another time" (reject-reasons*.ts)
  rejectReasonsLabel: 'اختر سببًا',
  rejectReasonUnavailable: 'لست متاحًا في هذا الوقت.',
  rejectReasonExpertise: 'هذا الموضوع خارج نطاق خبرتي.',
  rejectReasonBusy: 'لديّ جلسات كثيرة هذا الأسبوع.',
  proposeTime: 'اقترح وقتًا آخر',
  proposeLegend: 'أوقات بديلة للقاء',
  proposeZone: (zone, offset) => `بتوقيتك: ${iso(zone)} (${ltr(`UTC${offset}`)})`,
  proposeSlotLabel: (index) => `الخيار ${n(index)}`,
  proposeDateLabel: 'التاريخ',
  proposeTimeLabel: 'الوقت',
  proposeRemoveSlot: (index) => `إزالة الخيار ${n(index)}`,
  proposeRemove: 'إزالة',
  proposeAddSlot: 'أضف وقتًا آخر',
  proposeSlotPast: 'هذا الوقت قد مضى.',
  // Written into the reason the server keeps and emails: no bidi isolates (they would count as characters).
  proposeSlot: (when, offset) => `${when} (UTC${offset})`,
  proposeSentence: (times) => `هل يمكننا أن نلتقي بدلًا من ذلك في ${times}؟`,
  proposePreview: 'معاينة',
  proposeNoTimes: 'اختر وقتًا لترى الجملة.',
  proposeInsert: 'أضف إلى السبب',
  proposeInserted: 'أُضيفت الأوقات المقترحة إلى السبب.',
  proposeNoRoomWords: (max) =>
    `يمكن أن يحتوي السبب على ${pluralize(max, {
      zero: (c) => `${c} كلمة`,
      one: () => 'كلمة واحدة',
      two: () => 'كلمتين',
      few: (c) => `${c} كلمات`,
      many: (c) => `${c} كلمة`,
      other: (c) => `${c} كلمة`,
    })} على الأكثر: اختصره لإضافة أوقات أخرى.`,
  proposeNoRoomChars: (max) =>
    `يمكن أن يحتوي السبب على ${pluralize(max, {
      zero: (c) => `${c} حرف`,
      one: () => 'حرف واحد',
      two: () => 'حرفين',
      few: (c) => `${c} أحرف`,
      many: (c) => `${c} حرفًا`,
      other: (c) => `${c} حرف`,
    })} على الأكثر: اختصره لإضافة أوقات أخرى.`,
  // Urgency ("Ends in 3 h") and the soonest-first sort
  // `when` is Intl.RelativeTimeFormat's Arabic, its plurals included: "خلال 45 دقيقة", "غدًا", "بعد الغد".
  urgencyStarts: (when) => `يبدأ ${when}`,
  urgencyEnds: (when) => `بدأ، وينتهي ${when}`,
  urgencyStartsShort: (when) => when,
  urgencyEndsShort: (when) => `ينتهي ${when}`,
  sortLabel: 'الترتيب',
  sortNewest: 'الأحدث أولًا',
  sortSoonest: 'الأقرب موعدًا أولًا',
  // Keyboard shortcuts and their help dialog
  shortcutsTitle: 'اختصارات لوحة المفاتيح',
  shortcutsIntro: `في صندوق الطلبات هذا اختصارات للوحة المفاتيح. تعمل أينما كان التركيز فيه، إلا أثناء الكتابة في حقل أو مع الضغط على ${ltr('Ctrl')} أو ${ltr('Alt')} أو ⌘.`,
  shortcutsKey: 'المفتاح',
  shortcutsAction: 'ما يفعله',
  shortcutNext: 'الانتقال إلى الطلب التالي في القائمة',
  shortcutPrevious: 'الانتقال إلى الطلب السابق في القائمة',
  shortcutOpen: 'فتح الطلب الذي عليه التركيز',
  shortcutAccept: 'الانتقال إلى زر «قبول» في الطلب المفتوح (لا يقبله: اضغط عليه مفتاح الإدخال للقبول)',
  shortcutReject: 'رفض الطلب المفتوح (بعد أن تؤكد ذلك)',
  shortcutBack: 'العودة إلى القائمة (في نافذة حوار: إغلاق النافذة)',
  shortcutHelp: 'عرض هذه القائمة',
  keyEnter: 'Enter',
  keyEscape: 'Esc',
  close: 'إغلاق',
};

export default ar;
