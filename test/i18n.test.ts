/**
 * Languages: Hindi and Arabic render every view with no English left, plurals, dates in the locale and
 * time zone, per-element locales (two inboxes on one page), runtime `lang` changes, the English fallback,
 * lazily loaded locales and right-to-left mirroring.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { RequestTabs } from '../src/elements/request-tabs/request-tabs.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../src/elements/session-request-detail/session-request-detail.js';
import type { MessageRequestDetail } from '../src/elements/message-request-detail/message-request-detail.js';
import en, { type Translation } from '../src/i18n/en.js';
import hi from '../src/i18n/hi.js';
import ar from '../src/i18n/ar.js';
import { BUILT_IN_LOCALES } from '../src/i18n/locales.js';
import { registerLocaleLoader, type LocalizeController } from '../src/i18n/localize.js';
import type { MeetingLink, MessageRequest, Person, SessionRequest } from '../src/model/request.js';
import { goOffline } from './detail-helpers.js';

const HOUR = 3_600_000;
/** 4:00 PM - 5:00 PM on Friday, Dec 4, 2037 in Asia/Kolkata (UTC+5:30). */
const START = new Date('2037-12-04T10:30:00Z');
const TZ = 'Asia/Kolkata';
const LINK: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

// ---- Finding English --------------------------------------------------------------------------------

/** Words that may stay in Latin script in any locale: brand names and the parts of example URLs. */
const ALLOWED = new Set(
  [
    'Google',
    'Meet',
    'Zoom',
    'WhatsApp',
    'https',
    'com',
    'us',
    'j',
    'call',
    'video',
    'abc',
    'defg',
    'hij',
  ].map((w) => w.toLowerCase()),
);

/**
 * Every English word of en.ts: its static strings, and its functions' templates (called with 2 for every
 * argument, so only their own words are left).
 */
const ENGLISH_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (key.startsWith('$')) continue;
    const call = (arg: number) =>
      (value as (...a: number[]) => string)(...Array<number>(value.length).fill(arg));
    const texts = typeof value === 'function' ? [call(1), call(2)] : [String(value)];
    for (const text of texts)
      for (const word of text.match(/[A-Za-z]+/g) ?? []) words.add(word.toLowerCase());
  }
  ALLOWED.forEach((word) => words.delete(word));
  return words;
})();

const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** All text and text attributes under `node`, deep through shadow roots (and the light DOM they slot). */
function deepTexts(node: Node, out: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent?.trim();
    if (text) out.push(text);
    return out;
  }
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script') return out;
    for (const name of TEXT_ATTRIBUTES) {
      const value = node.getAttribute(name)?.trim();
      if (value) out.push(value);
    }
    if (node.shadowRoot) deepTexts(node.shadowRoot, out);
  }
  node.childNodes.forEach((child) => deepTexts(child, out));
  return out;
}

const deepText = (node: Node): string => deepTexts(node).join(' | ');

/** The texts that still hold an English word of en.ts, with the words. */
function englishLeft(node: Node): string[] {
  return deepTexts(node).flatMap((text) => {
    const found = (text.match(/[A-Za-z]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
    return found.length ? [`${found.join(' ')}  ←  "${text}"`] : [];
  });
}

function expectNoEnglish(node: Node, view: string): void {
  expect(englishLeft(node), `English left in ${view}`).to.deep.equal([]);
}

// ---- Data in the locale's script (names, titles, agendas and messages are not UI strings) -------------

interface Sample {
  names: string[];
  designations: string[];
  title: string;
  agenda: string;
  message: string;
  reason: string;
  word: string;
}

const SAMPLES: Record<'hi' | 'ar', Sample> = {
  hi: {
    names: ['आशा राव', 'रवि कुमार', 'मीरा पटेल', 'सुनील वर्मा', 'कविता सिंह'],
    designations: ['शिक्षिका', 'प्रधानाध्यापिका', 'परामर्शदाता'],
    title: 'कम संसाधनों में पाठ योजना',
    agenda:
      'मिश्रित क्षमता वाले समूहों के लिए पाठ की योजना बनाना, कक्षा में सभी बच्चों को शामिल करना, सीमित संसाधनों के साथ गतिविधियाँ तैयार करना और हर सप्ताह प्रगति का आकलन करना।',
    message: 'नमस्ते, मैं आपसे जुड़ना चाहूँगी।',
    reason: 'इस सप्ताह मैं उपलब्ध नहीं हूँ।',
    word: 'शब्द',
  },
  ar: {
    names: ['سلمى حداد', 'عمر خان', 'ليلى منصور', 'يوسف العلي', 'مريم سعيد'],
    designations: ['معلّمة', 'مديرة مدرسة', 'مرشدة'],
    title: 'تخطيط الدروس بموارد قليلة',
    agenda:
      'تخطيط الدروس لمجموعات متفاوتة القدرات، وإشراك جميع الطلاب في الصف، وإعداد أنشطة بموارد محدودة، وتقييم التقدّم كل أسبوع، ومناقشة طرق التواصل مع أولياء الأمور.',
    message: 'مرحبًا، أودّ التواصل معك.',
    reason: 'لست متاحة هذا الأسبوع.',
    word: 'كلمة',
  },
};

function person(sample: Sample, i: number, years?: number): Person {
  return {
    id: `p${i}`,
    name: sample.names[i % sample.names.length]!,
    designations: i === 0 ? sample.designations : [sample.designations[0]!],
    ...(years === undefined ? {} : { experienceYears: years }),
  };
}

function session(
  sample: Sample,
  id: string,
  i: number,
  overrides: Partial<SessionRequest> = {},
): SessionRequest {
  const start = new Date(START.getTime() + i * 24 * HOUR);
  return {
    kind: 'session',
    id,
    direction: 'received',
    status: 'requested',
    title: sample.title,
    agenda: sample.agenda,
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(Date.UTC(2037, 10, 20 - i)),
    person: person(sample, i, i === 1 ? 1 : 5),
    ...overrides,
  };
}

function message(
  sample: Sample,
  id: string,
  i: number,
  overrides: Partial<MessageRequest> = {},
): MessageRequest {
  return {
    kind: 'message',
    id,
    direction: 'received',
    status: 'requested',
    message: sample.message,
    createdAt: new Date(Date.UTC(2037, 10, 20, 8 - i)),
    person: person(sample, i, 12),
    ...overrides,
  };
}

/** Sessions: 3 received pending, 1 sent, 1 expired (5 in the list); messages: 2 received pending, 1 sent. */
function inbox(sample: Sample, options: { empty?: boolean; latencyMs?: number } = {}): MemoryAdapter {
  if (options.empty) return new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
  return new MemoryAdapter({
    sessionRequests: [
      session(sample, 's0', 0),
      session(sample, 's1', 1, { direction: 'sent' }),
      session(sample, 's2', 2, { status: 'expired' }),
      session(sample, 's3', 3),
      session(sample, 's4', 4),
    ],
    messageRequests: [
      message(sample, 'm0', 0),
      message(sample, 'm1', 1, { direction: 'sent' }),
      message(sample, 'm2', 2),
    ],
    latencyMs: options.latencyMs ?? 0,
  });
}

// ---- Element helpers ------------------------------------------------------------------------------

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const tabsOf = (page: RequestsPage): RequestTabs => shadow(page).querySelector('request-tabs')!;
const cards = (page: RequestsPage): HTMLElement[] =>
  Array.from(shadow(page).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));
const localizeOf = (el: Element): LocalizeController =>
  (el as unknown as { localize: LocalizeController }).localize;

/** Waits until the lazily loaded locale shows: `text` appears somewhere under `root`. */
async function showing(root: Node, text: string): Promise<void> {
  await waitUntil(
    () => deepText(root).includes(text),
    `"${text}" never showed; text: ${deepText(root).slice(0, 300)}`,
  );
}

/** The inbox in a wrapper with `lang`, in a short scroller (so infinite scroll leaves "Load more" there). */
async function pageIn(
  code: string,
  adapter: MemoryAdapter,
  attrs: { tab?: 'session' | 'message'; dir?: string } = {},
): Promise<{ wrapper: HTMLElement; page: RequestsPage }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${code} dir=${ifDefined(attrs.dir)} style="block-size: 260px; overflow: auto">
      <requests-page
        .adapter=${adapter}
        tab=${attrs.tab ?? 'session'}
        page-size="2"
        time-zone=${TZ}
      ></requests-page>
    </div>`,
  );
  return { wrapper, page: wrapper.querySelector('requests-page')! };
}

async function detailIn<E extends HTMLElement>(
  code: string,
  template: TemplateResult,
): Promise<{ wrapper: HTMLElement; el: E }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${code}>${template}</div>`);
  return { wrapper, el: wrapper.firstElementChild as E };
}

function button(el: Element, text: string): HTMLButtonElement | undefined {
  return Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.textContent!.trim() === text,
  );
}

function setField(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

// ---- Every view, per locale ---------------------------------------------------------------------------

const LOCALES: [code: 'hi' | 'ar', t: Translation][] = [
  ['hi', hi],
  ['ar', ar],
];

for (const [code, t] of LOCALES) {
  const sample = SAMPLES[code];

  describe(`i18n: every view in ${t.$name} (${code})`, () => {
    it('requests-page: the session tab, with counts, cards, paging, offline banner', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample));
      await showing(wrapper, t.sessionRequests);
      await waitUntil(() => cards(page).length === 2, 'cards');
      const tabs = tabsOf(page);
      await waitUntil(() => shadow(tabs).querySelector('#tab-session')!.hasAttribute('aria-label'), 'counts');
      await page.updateComplete;
      const text = deepText(wrapper);
      expect(text).to.include(t.tabWithCount(t.sessionRequests, 3));
      expect(text).to.include(t.tabWithCount(t.messageRequests, 2));
      expect(text).to.include(t.shownOfTotal(2, 5));
      expect(text).to.include(t.viewDetails(sample.names[0]!));
      expect(text).to.include(t.viewDetailsShort);
      expect(text).to.include(t.experienceYears(5));
      expect(text).to.include(t.moreDesignations(2));
      expect(text).to.include(t.received);
      expect(text).to.include(t.sent);
      expect(text).to.include(t.refresh);
      expect(text).to.include(t.loadMore);
      expectNoEnglish(wrapper, 'the session list');

      // The expired card, on page 3.
      shadow(page).querySelector<HTMLButtonElement>('.load-more')!.click();
      await waitUntil(() => cards(page).length === 4, 'page 2');
      shadow(page).querySelector<HTMLButtonElement>('.load-more')?.click();
      await waitUntil(() => cards(page).length === 5, 'page 3');
      await page.updateComplete;
      expect(deepText(wrapper)).to.include(t.expired);
      expect(deepText(wrapper)).to.include(t.experienceYears(1));
      expectNoEnglish(wrapper, 'the whole session list');

      const online = goOffline();
      try {
        window.dispatchEvent(new Event('offline'));
        await page.updateComplete;
        expect(deepText(wrapper)).to.include(t.offline);
        expectNoEnglish(wrapper, 'the offline banner');
      } finally {
        online();
        window.dispatchEvent(new Event('online'));
      }
    });

    it('requests-page: the message tab, with previews', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample), { tab: 'message' });
      await showing(wrapper, t.messageRequests);
      await waitUntil(() => cards(page).length === 2, 'cards');
      await waitUntil(() => deepText(wrapper).includes(t.tabWithCount(t.messageRequests, 2)), 'counts');
      const text = deepText(wrapper);
      expect(text).to.include(sample.message);
      expect(text).to.include(t.shownOfTotal(2, 3));
      expectNoEnglish(wrapper, 'the message list');
    });

    it('requests-page: loading, empty (both tabs) and error states', async () => {
      // Loading: the skeleton and the announcement.
      const slow = await pageIn(code, inbox(sample, { latencyMs: 400 }));
      await showing(slow.wrapper, t.loadingRequests);
      expectNoEnglish(slow.wrapper, 'the loading state');

      const empty = await pageIn(code, inbox(sample, { empty: true }));
      await showing(empty.wrapper, t.emptySessions);
      expect(deepText(empty.wrapper)).to.include(t.emptySessionsHint);
      expectNoEnglish(empty.wrapper, 'the empty session tab');
      empty.page.tab = 'message';
      await showing(empty.wrapper, t.emptyMessagesHint);
      expectNoEnglish(empty.wrapper, 'the empty message tab');

      const adapter = inbox(sample);
      adapter.failNext('listSessionRequests', 'network');
      adapter.failNext('countPending', 'server');
      const failed = await pageIn(code, adapter);
      await showing(failed.wrapper, t.errorLoadList);
      const text = deepText(failed.wrapper);
      expect(text).to.include(t.errorNetwork);
      expect(text).to.include(t.retry);
      expectNoEnglish(failed.wrapper, 'the error state');
    });

    it('requests-page: an opened request, with Back', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample));
      await waitUntil(() => cards(page).length === 2, 'cards');
      cards(page)[0]!.querySelector('button')!.click();
      await showing(wrapper, t.back);
      await showing(wrapper, t.sessionRequest);
      await showing(wrapper, t.accept);
      expectNoEnglish(wrapper, 'the opened session request');
    });

    it('session-request-detail: received, sent, expired, rejected; the agenda folded', async () => {
      const received = session(sample, 's0', 0);
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail time-zone=${TZ} .request=${received}></session-request-detail>`,
      );
      await showing(wrapper, t.sessionRequest);
      let text = deepText(wrapper);
      for (const term of [
        t.accept,
        t.reject,
        t.agenda,
        t.showMore,
        t.statusRequested,
        t.received,
        t.experienceYears(5),
      ]) {
        expect(text).to.include(term);
      }
      expect(text).to.include(t.viewProfile(sample.names[0]!));
      expectNoEnglish(wrapper, 'a received session request');
      button(el, t.showMore)!.click();
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.showLess);
      expectNoEnglish(wrapper, 'the unfolded agenda');

      for (const [view, request, expected] of [
        [
          'a sent session request',
          session(sample, 's1', 1, { direction: 'sent' }),
          t.waitingFor(sample.names[1]!),
        ],
        ['an expired session request', session(sample, 's2', 2, { status: 'expired' }), t.requestExpired],
        [
          'a rejected session request',
          session(sample, 's3', 3, { status: 'rejected', rejectReason: sample.reason }),
          t.rejectReasonShown(sample.reason),
        ],
      ] as const) {
        el.request = request;
        await el.updateComplete;
        text = deepText(wrapper);
        expect(text, view).to.include(expected);
        expectNoEnglish(wrapper, view);
      }
      expect(text).to.include(t.sessionRejected);
      expect(text).to.include(t.statusRejected);
    });

    it('session-request-detail: accepted, with a meeting link, and the link form open with errors', async () => {
      const withLink = session(sample, 's0', 0, { status: 'accepted', meetingLink: LINK });
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail time-zone=${TZ} .request=${withLink}></session-request-detail>`,
      );
      await showing(wrapper, t.meetingLink);
      let text = deepText(wrapper);
      for (const term of [
        t.slotBooked(sample.names[0]!),
        t.joinOn(t.platformGoogleMeet),
        t.editLink,
        t.statusAccepted,
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'an accepted session request with a link');

      // A sent, accepted request whose link is not a meeting link.
      el.request = session(sample, 's1', 1, {
        status: 'accepted',
        direction: 'sent',
        meetingLink: { platform: 'zoom', url: 'https://zoom.us.evil.example/j/1' },
      });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.meetingLinkNotSafe);
      expectNoEnglish(wrapper, 'a link that is not safe');
      el.request = session(sample, 's4', 4, { status: 'accepted', direction: 'sent' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.noLinkYetSent);

      // Received, accepted, no link: Add link opens the form.
      el.request = session(sample, 's3', 3, { status: 'accepted' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.noLinkYet);
      button(el, t.addLink)!.click();
      await el.updateComplete;
      const root = shadow(el);
      setField(root.querySelector<HTMLInputElement>('#link-url')!, 'http://meet.google.com/abc-defg-hij');
      await el.updateComplete;
      text = deepText(wrapper);
      for (const term of [t.platform, t.linkUrl, t.save, t.cancel, t.linkErrorHttpsOnly, t.platformZoom]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the meeting link form (Google Meet)');

      const select = root.querySelector<HTMLSelectElement>('#link-platform')!;
      select.value = 'zoom';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      setField(root.querySelector<HTMLInputElement>('#link-url')!, 'https://example.com/x');
      setField(root.querySelector<HTMLInputElement>('#link-meetingId')!, '12');
      setField(root.querySelector<HTMLInputElement>('#link-passcode')!, 'a b');
      await el.updateComplete;
      text = deepText(wrapper);
      for (const term of [
        t.meetingId,
        t.passcode,
        t.linkErrorMeetingId,
        t.linkErrorPasscode,
        t.linkErrorWrongHost(t.platformZoom),
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the meeting link form (Zoom) with errors');
    });

    it('actions: accept, save a meeting link, a request already handled elsewhere', async () => {
      const adapter = inbox(sample);
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail
          .adapter=${adapter}
          time-zone=${TZ}
          request-id="s0"
        ></session-request-detail>`,
      );
      await showing(wrapper, t.accept);
      button(el, t.accept)!.click();
      await showing(wrapper, t.noLinkYet);
      expect(deepText(wrapper)).to.include(t.slotBooked(sample.names[0]!));
      expectNoEnglish(wrapper, 'an accepted request (success announced)');

      button(el, t.addLink)!.click();
      await el.updateComplete;
      setField(shadow(el).querySelector<HTMLInputElement>('#link-url')!, LINK.url);
      await el.updateComplete;
      button(el, t.save)!.click();
      await showing(wrapper, t.linkSaved);
      expect(deepText(wrapper)).to.include(t.joinOn(t.platformGoogleMeet));
      expectNoEnglish(wrapper, 'a saved meeting link');

      el.requestId = 's3';
      await showing(wrapper, sample.names[3]!);
      adapter.handleElsewhere('session', 's3', 'accepted');
      button(el, t.accept)!.click();
      await showing(wrapper, t.errorConflict);
      expectNoEnglish(wrapper, 'a request already handled elsewhere');
    });

    it('message-request-detail: received, sent, accepted', async () => {
      const { wrapper, el } = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .request=${message(sample, 'm0', 0)}></message-request-detail>`,
      );
      await showing(wrapper, t.messageRequest);
      let text = deepText(wrapper);
      for (const term of [
        t.hasSentYouMessage(sample.names[0]!),
        t.ifYouAccept(sample.names[0]!),
        t.accept,
        t.reject,
      ]) {
        expect(text).to.include(term);
      }
      const sent = new Intl.DateTimeFormat(code, { dateStyle: 'medium', timeStyle: 'short' });
      expect(text).to.include(t.sentAt(sent.format(message(sample, 'm0', 0).createdAt)));
      expectNoEnglish(wrapper, 'a received message request');

      for (const [view, request, expected] of [
        [
          'a sent message request',
          message(sample, 'm1', 1, { direction: 'sent' }),
          t.waitingToRespond(sample.names[1]!),
        ],
        [
          'an accepted message request',
          message(sample, 'm2', 2, { status: 'accepted' }),
          t.messageAccepted(sample.names[2]!),
        ],
        ['a rejected message request', message(sample, 'm3', 3, { status: 'rejected' }), t.messageRejected],
      ] as const) {
        el.request = request;
        await el.updateComplete;
        text = deepText(wrapper);
        expect(text, view).to.include(expected);
        expectNoEnglish(wrapper, view);
      }
      el.request = message(sample, 'm2', 2, { status: 'accepted' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.openChat);
    });

    it('the detail load error and not-found states', async () => {
      const adapter = inbox(sample);
      adapter.failNext('getSessionRequest', 'server');
      const { wrapper } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail .adapter=${adapter} request-id="s0"></session-request-detail>`,
      );
      await showing(wrapper, t.errorLoadRequest);
      expect(deepText(wrapper)).to.include(t.errorServer);
      expect(deepText(wrapper)).to.include(t.retry);
      expectNoEnglish(wrapper, 'the detail error');

      const missing = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .adapter=${adapter} request-id="nope"></message-request-detail>`,
      );
      await showing(missing.wrapper, t.errorNotFound);
      expectNoEnglish(missing.wrapper, 'the not-found state');
    });

    it('the confirm dialogs: reject a session with a reason (word counter, limit), reject a message', async () => {
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail
          time-zone=${TZ}
          .request=${session(sample, 's0', 0)}
        ></session-request-detail>`,
      );
      await showing(wrapper, t.reject);
      button(el, t.reject)!.click();
      const dialog = shadow(el).querySelector('confirm-dialog')!;
      await waitUntil(() => shadow(dialog).querySelector('dialog')?.open, 'dialog open');
      const textarea = shadow(dialog).querySelector<HTMLTextAreaElement>('textarea')!;
      setField(textarea, Array(51).fill(sample.word).join(' '));
      await dialog.updateComplete;
      const text = deepText(dialog);
      for (const term of [
        t.rejectSessionHeading,
        t.rejectSessionQuestion,
        t.rejectSessionReasonLabel(sample.names[0]!),
        t.wordCount(51, 50),
        t.tooManyWords(50),
        t.cancel,
        t.reject,
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the reject-session dialog');
      shadow(dialog).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await waitUntil(() => !shadow(dialog).querySelector('dialog')?.open, 'dialog closed');

      const message0 = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .request=${message(sample, 'm0', 0)}></message-request-detail>`,
      );
      await showing(message0.wrapper, t.reject);
      button(message0.el, t.reject)!.click();
      const dialog2 = shadow(message0.el).querySelector('confirm-dialog')!;
      await waitUntil(() => shadow(dialog2).querySelector('dialog')?.open, 'dialog open');
      expect(deepText(dialog2)).to.include(t.rejectMessageQuestion);
      expectNoEnglish(message0.wrapper, 'the reject-message dialog');
      shadow(dialog2).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();

      // The dialog on its own: the localized defaults (Confirm, Cancel, Reason (optional)).
      const alone = await fixture<HTMLElement>(
        html`<div lang=${code}><confirm-dialog with-reason reason-max-words="10"></confirm-dialog></div>`,
      );
      const bare = alone.querySelector('confirm-dialog')!;
      bare.show();
      await showing(alone, t.reasonOptional);
      expect(deepText(alone)).to.include(t.confirm);
      expect(deepText(alone)).to.include(t.wordCount(0, 10));
      expectNoEnglish(alone, 'the confirm dialog defaults');
      bare.close();
    });
  });
}

// ---- The detector itself -------------------------------------------------------------------------------

describe('i18n: the English detector', () => {
  it('finds English in an English inbox (so an empty result above means something)', async () => {
    const { wrapper, page } = await pageIn('en', inbox(SAMPLES.hi));
    await waitUntil(() => cards(page).length === 2, 'cards');
    const left = englishLeft(wrapper).join('\n');
    expect(left).to.include('Session requests');
    expect(left).to.include('View details');
  });
});

// ---- Plurals, numbers and dates ------------------------------------------------------------------------

describe('i18n: plurals, numbers and dates', () => {
  async function tabLabel(code: string, count: number): Promise<string> {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${code}><request-tabs session-count=${count}></request-tabs></div>`,
    );
    const tabs = wrapper.querySelector('request-tabs')!;
    const t = code.startsWith('ar') ? ar : hi;
    await showing(wrapper, t.sessionRequests);
    return shadow(tabs).querySelector('#tab-session')!.getAttribute('aria-label')!;
  }

  it('Arabic: 1, 2, 3, 11, 100 pending, each in its plural form', async () => {
    // The tab name keeps the badge's numeral for one and two as well (WCAG 2.5.3, label in name).
    expect(await tabLabel('ar', 1)).to.equal('طلبات الجلسات، 1 طلب معلّق');
    expect(await tabLabel('ar', 2)).to.equal('طلبات الجلسات، 2 طلب معلّق');
    expect(await tabLabel('ar', 3)).to.equal('طلبات الجلسات، 3 طلبات معلّقة');
    expect(await tabLabel('ar', 11)).to.equal('طلبات الجلسات، 11 طلبًا معلّقًا');
    expect(await tabLabel('ar', 100)).to.equal('طلبات الجلسات، 100 طلب معلّق');
  });

  it('Arabic: years and the word limit follow the plural rules too', () => {
    expect([0, 1, 2, 3, 11, 100].map((y) => ar.experienceYears(y))).to.deep.equal([
      'خبرة أقل من سنة',
      'خبرة سنة واحدة',
      'خبرة سنتين',
      'خبرة 3 سنوات',
      'خبرة 11 سنة',
      'خبرة 100 سنة',
    ]);
    expect(ar.tooManyWords(50)).to.equal('استخدم 50 كلمة على الأكثر.');
    expect(ar.tooManyWords(10)).to.equal('استخدم 10 كلمات على الأكثر.');
  });

  it('Hindi: 1 and 2 pending; numbers with Indian grouping', async () => {
    expect(await tabLabel('hi', 1)).to.equal('सत्र अनुरोध, 1 लंबित');
    expect(await tabLabel('hi', 2)).to.equal('सत्र अनुरोध, 2 लंबित');
    expect(hi.shownOfTotal(20, 1200)).to.equal('1,200 में से 20 दिखाए जा रहे हैं');
  });

  for (const [code, t] of LOCALES) {
    it(`${code}: the slot's date and times via Intl, in the locale and the given time zone`, async () => {
      const request = session(SAMPLES[code], 's0', 0);
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail time-zone=${TZ} .request=${request}></session-request-detail>`,
      );
      await showing(wrapper, t.sessionRequest);
      const day = { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric' } as const;
      const time = { hour: 'numeric', minute: '2-digit' } as const;
      const slot = (zone: string) =>
        t.slotRequestReceived(
          SAMPLES[code].names[0]!,
          t.timeRange(
            new Intl.DateTimeFormat(code, { ...time, timeZone: zone }).format(request.start),
            new Intl.DateTimeFormat(code, { ...time, timeZone: zone }).format(request.end),
          ),
          new Intl.DateTimeFormat(code, { ...day, timeZone: zone }).format(request.start),
        );
      const shown = () => shadow(el).querySelector('.slot')!.textContent!.trim();
      expect(shown()).to.equal(slot(TZ));
      // 4:00 PM in Kolkata is 5:30 AM in New York, and still the same Friday.
      el.timeZone = 'America/New_York';
      await el.updateComplete;
      expect(shown()).to.equal(slot('America/New_York'));
      expect(shown()).not.to.equal(slot(TZ));
    });
  }

  it('ar-EG: numbers in sentences use the same (Arabic-Indic) digits as the dates', async () => {
    const request = session(SAMPLES.ar, 's0', 0);
    const { wrapper, el } = await detailIn<SessionRequestDetail>(
      'ar-EG',
      html`<session-request-detail time-zone=${TZ} .request=${request}></session-request-detail>`,
    );
    await showing(wrapper, ar.sessionRequest);
    const text = deepText(el);
    expect(text).to.include(
      new Intl.DateTimeFormat('ar-EG', { year: 'numeric', timeZone: TZ }).format(START),
    );
    expect(text).to.include(`خبرة ${new Intl.NumberFormat('ar-EG').format(5)} سنوات`);
    expect(text, 'no Latin digits').not.to.match(/[0-9]/);
  });
});

// ---- Per-element locale, runtime changes, fallback, lazy loading -------------------------------------

describe('i18n: the locale follows the nearest lang', () => {
  it('two inboxes in two languages share a page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section lang="hi"><requests-page .adapter=${inbox(SAMPLES.hi)}></requests-page></section>
        <section lang="ar"><requests-page .adapter=${inbox(SAMPLES.ar)}></requests-page></section>
      </div>`,
    );
    const [hiPage, arPage] = Array.from(wrapper.querySelectorAll('requests-page'));
    await showing(hiPage!, hi.sessionRequests);
    await showing(arPage!, ar.sessionRequests);
    await waitUntil(() => cards(hiPage!).length > 0 && cards(arPage!).length > 0, 'cards');
    expect(deepText(hiPage!)).to.include(hi.viewDetailsShort);
    expect(deepText(hiPage!)).not.to.include(ar.viewDetailsShort);
    expect(deepText(arPage!)).to.include(ar.viewDetailsShort);
    expect(deepText(arPage!)).not.to.include(hi.viewDetailsShort);
    expect(localizeOf(tabsOf(hiPage!)).lang()).to.equal('hi');
    expect(localizeOf(tabsOf(arPage!)).lang()).to.equal('ar');
  });

  it('the element’s own lang wins over its ancestors’', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><request-tabs lang="ar"></request-tabs></div>`,
    );
    await showing(wrapper, ar.sessionRequests);
    expect(deepText(wrapper)).not.to.include(hi.sessionRequests);
  });

  it('re-renders when lang changes at runtime: on an ancestor, and inside a shadow root', async () => {
    const { wrapper, page } = await pageIn('hi', inbox(SAMPLES.hi));
    await waitUntil(() => cards(page).length === 2, 'cards');
    await showing(wrapper, hi.viewDetailsShort);
    wrapper.setAttribute('lang', 'ar');
    await showing(wrapper, ar.viewDetailsShort);
    await showing(wrapper, ar.sessionRequests);
    expect(deepText(wrapper)).not.to.include(hi.viewDetailsShort);
    expectNoEnglish(wrapper, 'after switching to Arabic');

    // A lang set inside requests-page's shadow root, on the inner request-tabs: only it changes.
    const tabs = tabsOf(page);
    tabs.setAttribute('lang', 'hi');
    await showing(shadow(tabs), hi.sessionRequests);
    expect(deepText(shadow(tabs))).not.to.include(ar.sessionRequests);
    expect(deepText(page)).to.include(ar.viewDetailsShort);

    // Back to English: everything, at once.
    tabs.removeAttribute('lang');
    wrapper.setAttribute('lang', 'en');
    await showing(wrapper, en.viewDetailsShort);
    await showing(wrapper, en.sessionRequests);
  });

  it('falls back to English for an unknown or invalid lang, without throwing or loading', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const code of ['xx', 'not a tag!', '']) {
        const { wrapper, page } = await pageIn(code, inbox(SAMPLES.hi));
        await waitUntil(() => cards(page).length === 2, 'cards');
        await aTimeout(30);
        expect(deepText(wrapper), code).to.include(en.sessionRequests);
        expect(deepText(wrapper), code).to.include(en.viewDetailsShort);
        expect(localizeOf(page).term('tabWithCount', 'X', 2)).to.equal('X, 2 pending');
      }
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('a region tag (hi-IN) uses its language; a host can add a lazily loaded locale', async () => {
    const region = await fixture<HTMLElement>(html`<div lang="hi-IN"><request-tabs></request-tabs></div>`);
    await showing(region, hi.sessionRequests);

    let loads = 0;
    registerLocaleLoader('eo', async () => {
      loads += 1;
      return { default: { ...en, $code: 'eo', $name: 'Esperanto', sessionRequests: 'Sesiaj petoj' } };
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="eo"><request-tabs></request-tabs><request-tabs></request-tabs></div>`,
    );
    await waitUntil(() => deepText(wrapper).split('Sesiaj petoj').length === 3, 'both tabs in Esperanto');
    expect(loads).to.equal(1);
    expect(BUILT_IN_LOCALES).to.deep.equal(['en', 'hi', 'ar']);
  });
});

// ---- Right to left --------------------------------------------------------------------------------------

describe('i18n: right to left', () => {
  it('dir() resolves the nearest dir across shadow roots, else the locale’s direction', async () => {
    const rtlEnglish = await pageIn('en', inbox(SAMPLES.hi), { dir: 'rtl' });
    expect(localizeOf(tabsOf(rtlEnglish.page)).dir(), 'dir="rtl" outside the shadow root').to.equal('rtl');
    const ltrArabic = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'ltr' });
    expect(localizeOf(tabsOf(ltrArabic.page)).dir(), 'dir="ltr" wins over Arabic').to.equal('ltr');
    const arabic = await pageIn('ar', inbox(SAMPLES.ar));
    await showing(arabic.wrapper, ar.sessionRequests);
    expect(localizeOf(tabsOf(arabic.page)).dir(), 'no dir: the locale’s').to.equal('rtl');
    expect(localizeOf(tabsOf(rtlEnglish.page)).dir()).to.equal('rtl');
  });

  it('dir="rtl": the tabs run right to left, and ArrowLeft goes to the next tab', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'rtl' });
    await showing(wrapper, ar.sessionRequests);
    await waitUntil(() => cards(page).length === 2, 'cards');
    const tabs = tabsOf(page);
    const session = shadow(tabs).querySelector<HTMLButtonElement>('#tab-session')!;
    const messageTab = shadow(tabs).querySelector<HTMLButtonElement>('#tab-message')!;
    expect(session.getBoundingClientRect().left, 'the first tab is on the right').to.be.greaterThan(
      messageTab.getBoundingClientRect().left,
    );
    // The card's avatar sits at the inline start: on the right of the text.
    const card = cards(page)[0]!;
    expect(card.querySelector('.avatar')!.getBoundingClientRect().left).to.be.greaterThan(
      card.querySelector('.main')!.getBoundingClientRect().left,
    );

    // With two tabs that wrap around, either arrow reaches the other tab: the mirroring itself is
    // request-tabs' reading of the direction.
    expect((tabs as unknown as { isRtl(): boolean }).isRtl()).to.equal(true);
    session.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => page.tab === 'message', 'ArrowLeft selects the next tab');
    expect(shadow(tabs).activeElement).to.equal(messageTab);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => page.tab === 'session', 'ArrowRight selects the previous tab');
    expect(shadow(tabs).activeElement).to.equal(session);
  });

  it('lang="ar" without any dir: the inbox mirrors on its own, and stops when the language changes', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar));
    await showing(wrapper, ar.sessionRequests);
    await waitUntil(() => page.getAttribute('dir') === 'rtl', 'the page sets dir="rtl" on itself');
    const tabs = tabsOf(page);
    expect(tabs.hasAttribute('dir'), 'nested elements inherit it instead of setting their own').to.equal(false);
    expect(getComputedStyle(tabs).direction).to.equal('rtl');
    const session = shadow(tabs).querySelector<HTMLButtonElement>('#tab-session')!;
    const messageTab = shadow(tabs).querySelector<HTMLButtonElement>('#tab-message')!;
    expect(session.getBoundingClientRect().left, 'the first tab is on the right').to.be.greaterThan(
      messageTab.getBoundingClientRect().left,
    );
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => !page.hasAttribute('dir'), 'back to left to right');
    expect(getComputedStyle(tabs).direction).to.equal('ltr');
  });

  it('a dir set by the page wins over the Arabic locale', async () => {
    const { page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'ltr' });
    await waitUntil(() => cards(page).length === 2, 'cards');
    expect(page.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(page).direction).to.equal('ltr');
  });

  it('dir="rtl": the Back chevron mirrors', async () => {
    const { wrapper, page } = await pageIn('ar', inbox(SAMPLES.ar), { dir: 'rtl' });
    await waitUntil(() => cards(page).length === 2, 'cards');
    cards(page)[0]!.querySelector('button')!.click();
    await showing(wrapper, ar.back);
    const chevron = shadow(page).querySelector('.back .chevron')!;
    expect(getComputedStyle(chevron).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });
});
