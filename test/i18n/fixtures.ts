/**
 * Shared fixtures of the i18n tests (not a test file itself): requests whose data is in the locale's
 * script, an inbox of them, and the pages and detail elements rendered under a `lang`.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestTabs } from '../../src/elements/request-tabs/request-tabs.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { Translation } from '../../src/i18n/en.js';
import hi from '../../src/i18n/hi.js';
import ar from '../../src/i18n/ar.js';
import type { LocalizeController } from '../../src/i18n/localize.js';
import type { MeetingLink, MessageRequest, Person, SessionRequest } from '../../src/model/request.js';
import { HOUR, START, TZ } from '../detail-helpers.js';
import { deepText } from './english-detector.js';

export { START, TZ, button } from '../detail-helpers.js';

export const LINK: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

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

export const SAMPLES: Record<'hi' | 'ar', Sample> = {
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

export function session(
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

export function message(
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
export function inbox(sample: Sample, options: { empty?: boolean; latencyMs?: number } = {}): MemoryAdapter {
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

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const tabsOf = (page: RequestsPage): RequestTabs => shadow(page).querySelector('request-tabs')!;
export const cards = (page: RequestsPage): HTMLElement[] =>
  Array.from(shadow(page).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));
export const localizeOf = (el: Element): LocalizeController =>
  (el as unknown as { localize: LocalizeController }).localize;

/** Waits until the lazily loaded locale shows: `text` appears somewhere under `root`. */
export async function showing(root: Node, text: string): Promise<void> {
  await waitUntil(
    () => deepText(root).includes(text),
    `"${text}" never showed; text: ${deepText(root).slice(0, 300)}`,
  );
}

/** The inbox in a wrapper with `lang`, in a short scroller (so infinite scroll leaves "Load more" there). */
export async function pageIn(
  code: string,
  adapter: MemoryAdapter,
  attrs: { tab?: 'session' | 'message'; dir?: string; queue?: boolean } = {},
): Promise<{ wrapper: HTMLElement; page: RequestsPage }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${code} dir=${ifDefined(attrs.dir)} style="block-size: 260px; overflow: auto">
      <requests-page
        .adapter=${adapter}
        tab=${attrs.tab ?? 'session'}
        direction=${attrs.queue ? 'received' : 'all'}
        status=${attrs.queue ? 'pending' : 'all'}
        page-size="2"
        time-zone=${TZ}
      ></requests-page>
    </div>`,
  );
  const page = wrapper.querySelector<RequestsPage>('requests-page')!;
  // `fixture` waits for the wrapper only; the page renders first in a task of its own (requests-page.ts).
  await page.updateComplete;
  return { wrapper, page };
}

export async function detailIn<E extends HTMLElement>(
  code: string,
  template: TemplateResult,
): Promise<{ wrapper: HTMLElement; el: E }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${code}>${template}</div>`);
  return { wrapper, el: wrapper.firstElementChild as E };
}

/** A session-request-detail given `request`, showing its slot in TZ, in a wrapper with `lang`. */
export function sessionDetailIn(
  code: string,
  request: SessionRequest,
): Promise<{ wrapper: HTMLElement; el: SessionRequestDetail }> {
  return detailIn<SessionRequestDetail>(
    code,
    html`<session-request-detail time-zone=${TZ} .request=${request}></session-request-detail>`,
  );
}

export function setField(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

/** The locales whose every view is checked for English left. */
export const LOCALES: [code: 'hi' | 'ar', t: Translation][] = [
  ['hi', hi],
  ['ar', ar],
];
