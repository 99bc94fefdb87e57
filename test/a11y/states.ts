/**
 * Every state of every element, as a list of named builders (not a test file itself). Each builder
 * renders the element inside the theme wrapper of a variant (scheme, dir, lang) and drives it into its
 * state the way a user or a backend would: through the MemoryAdapter, clicks and typing.
 */
import { html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { MessageRequest, SessionRequest } from '../../src/model/request.js';
import { themed, type Variant } from './helpers.js';

export const HOUR = 3_600_000;
/** A slot far in the future (never expires during a run). */
export const START = new Date('2037-12-04T10:30:00Z');
export const TZ = 'Asia/Kolkata';
const LONG_AGENDA =
  'Planning lessons for mixed-ability groups: how to keep the fast learners busy while the others catch up, ' +
  'which low-cost materials work, and how to check understanding without a written test every week.';

export function session(id: string, overrides: Partial<SessionRequest> = {}): SessionRequest {
  return {
    kind: 'session',
    id,
    direction: 'received',
    status: 'requested',
    title: 'Lesson planning with low resources',
    agenda: 'Planning lessons for mixed-ability groups.',
    start: START,
    end: new Date(START.getTime() + HOUR),
    createdAt: new Date('2037-11-20T08:00:00Z'),
    person: { id: `p-${id}`, name: 'Asha Rao', designations: ['Teacher', 'Head master'], experienceYears: 5 },
    ...overrides,
  };
}

export function message(id: string, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return {
    kind: 'message',
    id,
    direction: 'received',
    status: 'requested',
    message: 'Hi, I would like to connect with you about classroom management.',
    createdAt: new Date('2037-11-20T08:00:00Z'),
    person: { id: `p-${id}`, name: 'Omar Khan', designations: ['Principal'], experienceYears: 12 },
    ...overrides,
  };
}

/** The inbox data: 14 sessions (one expired, some sent), 3 messages (one sent). */
export function inboxAdapter(
  options: { latencyMs?: number; sessions?: number; messages?: number } = {},
): MemoryAdapter {
  const sessions = Array.from({ length: options.sessions ?? 14 }, (_, i) =>
    session(`s${i}`, {
      direction: i % 4 === 1 ? 'sent' : 'received',
      status: i === 3 ? 'expired' : 'requested',
      start: new Date(START.getTime() + i * HOUR),
      end: new Date(START.getTime() + (i + 1) * HOUR),
      createdAt: new Date(Date.now() - (i + 1) * HOUR),
      person: {
        id: `ps${i}`,
        name: i === 0 ? 'Asha Rao' : `Mentee ${i}`,
        designations: i === 0 ? ['Teacher', 'Principal', 'Counsellor'] : ['Teacher'],
        experienceYears: i === 0 ? 5 : undefined,
      },
    }),
  );
  const messages = Array.from({ length: options.messages ?? 3 }, (_, i) =>
    message(`m${i}`, {
      direction: i === 2 ? 'sent' : 'received',
      createdAt: new Date(Date.now() - (i + 1) * HOUR),
      person: { id: `pm${i}`, name: i === 0 ? 'Omar Khan' : `Writer ${i}`, designations: [] },
    }),
  );
  return new MemoryAdapter({
    sessionRequests: sessions,
    messageRequests: messages,
    latencyMs: options.latencyMs,
  });
}

// The virtualizer measures its cards with a ResizeObserver; a measurement that changes the layout in the
// same frame makes Chromium report this harmless error, which the test framework would take as a failure.
const RESIZE_LOOP = 'ResizeObserver loop completed with undelivered notifications';
window.addEventListener(
  'error',
  (event: ErrorEvent) => {
    if (event.message?.includes(RESIZE_LOOP)) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  { capture: true },
);

/** A call that never answers (for loading and busy states). */
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

type Root = Element & { shadowRoot: ShadowRoot; updateComplete?: Promise<boolean> };

export const sr = (el: Element): ShadowRoot => el.shadowRoot!;
export const q = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

/** The button whose trimmed text is `label` in `el`'s shadow root. */
export function buttonByText(el: Element, label: RegExp): HTMLButtonElement | undefined {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
    label.test(b.textContent!.trim()),
  );
}

export interface Rendered {
  wrapper: HTMLElement;
  el: Element;
}

export interface State {
  element: string;
  name: string;
  render: (v: Variant) => Promise<Rendered>;
}

// ---- <session-request-detail> / <message-request-detail> -----------------------------------------

async function detail(
  tag: 'session-request-detail' | 'message-request-detail',
  adapter: MemoryAdapter,
  id: string,
  v: Variant,
): Promise<Rendered> {
  const content =
    tag === 'session-request-detail'
      ? html`<session-request-detail
          .adapter=${adapter}
          request-id=${id}
          time-zone=${TZ}
        ></session-request-detail>`
      : html`<message-request-detail .adapter=${adapter} request-id=${id}></message-request-detail>`;
  const { wrapper, el } = await themed(content, v);
  return { wrapper, el };
}

const loadedDetail = (el: Element) => waitUntil(() => q(el, '.person .name'), 'detail did not load');

/** Accept / Reject / Add link / Save... found by part, whatever the language. */
const partButton = (el: Element, part: string) => q<HTMLButtonElement>(el, `[part~="${part}"]`)!;

async function openRejectDialog(el: Element): Promise<ConfirmDialog> {
  partButton(el, 'reject-button').click();
  const dialog = q<ConfirmDialog>(el, 'confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog did not open');
  return dialog;
}

function sessionDetail(name: string, make: (v: Variant) => Promise<Rendered>): State {
  return { element: 'session-request-detail', name, render: make };
}
function messageDetail(name: string, make: (v: Variant) => Promise<Rendered>): State {
  return { element: 'message-request-detail', name, render: make };
}

const sessionAdapter = (...requests: SessionRequest[]) =>
  new MemoryAdapter({ sessionRequests: requests, messageRequests: [] });
const messageAdapter = (...requests: MessageRequest[]) =>
  new MemoryAdapter({ sessionRequests: [], messageRequests: requests });

export const SESSION_DETAIL_STATES: State[] = [
  sessionDetail('loading', async (v) => {
    const adapter = sessionAdapter(session('s1'));
    adapter.getSessionRequest = never;
    const r = await detail('session-request-detail', adapter, 's1', v);
    await waitUntil(() => q(r.el, '.skeleton'));
    return r;
  }),
  sessionDetail('load error with Retry', async (v) => {
    const adapter = sessionAdapter(session('s1'));
    adapter.failNext('getSessionRequest', 'server');
    const r = await detail('session-request-detail', adapter, 's1', v);
    await waitUntil(() => q(r.el, '[part~="retry-button"]'));
    return r;
  }),
  sessionDetail('not found', async (v) => {
    const r = await detail('session-request-detail', sessionAdapter(), 'nope', v);
    await waitUntil(() => q(r.el, '.state'));
    return r;
  }),
  sessionDetail('received, pending (long agenda folded)', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { agenda: LONG_AGENDA })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  sessionDetail('agenda unfolded', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { agenda: LONG_AGENDA })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    q<HTMLButtonElement>(r.el, '[aria-controls="agenda"]')!.click();
    await waitUntil(() => q(r.el, '[aria-expanded="true"]'));
    return r;
  }),
  sessionDetail('sent, pending', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { direction: 'sent' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  sessionDetail('busy (accepting)', async (v) => {
    const adapter = sessionAdapter(session('s1'));
    adapter.acceptSessionRequest = never;
    const r = await detail('session-request-detail', adapter, 's1', v);
    await loadedDetail(r.el);
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '.actions[aria-busy="true"]'));
    return r;
  }),
  sessionDetail('accepted just now: success, Add link', async (v) => {
    const r = await detail('session-request-detail', sessionAdapter(session('s1')), 's1', v);
    await loadedDetail(r.el);
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '[part~="link-button"]'));
    return r;
  }),
  sessionDetail('meeting link form with an error', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'accepted' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    partButton(r.el, 'link-button').click();
    await waitUntil(() => q(r.el, '#link-url'));
    const input = q<HTMLInputElement>(r.el, '#link-url')!;
    input.value = 'http://example.com';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('blur'));
    await waitUntil(() => q(r.el, '#link-url[aria-invalid="true"]'));
    return r;
  }),
  sessionDetail('meeting link form, Zoom fields', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'accepted' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    partButton(r.el, 'link-button').click();
    await waitUntil(() => q(r.el, '#link-platform'));
    const select = q<HTMLSelectElement>(r.el, '#link-platform')!;
    select.value = 'zoom';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => q(r.el, '#link-meetingId'));
    return r;
  }),
  sessionDetail('accepted with a link', async (v) => {
    const link = { platform: 'google-meet' as const, url: 'https://meet.google.com/abc-defg-hij' };
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'accepted', meetingLink: link })),
      's1',
      v,
    );
    await waitUntil(() => q(r.el, '[part~="link"]'));
    return r;
  }),
  sessionDetail('sent, accepted, no link yet', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'accepted', direction: 'sent' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  sessionDetail('rejected with a reason', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'rejected', rejectReason: 'I am travelling that week.' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  sessionDetail('expired', async (v) => {
    const r = await detail(
      'session-request-detail',
      sessionAdapter(session('s1', { status: 'expired' })),
      's1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  sessionDetail('already handled elsewhere', async (v) => {
    const adapter = sessionAdapter(session('s1'));
    const r = await detail('session-request-detail', adapter, 's1', v);
    await loadedDetail(r.el);
    adapter.handleElsewhere('session', 's1', 'accepted');
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '.error')?.textContent?.trim() && !q(r.el, '[part~="accept-button"]'));
    return r;
  }),
  sessionDetail('action failed (server error)', async (v) => {
    const adapter = sessionAdapter(session('s1'));
    const r = await detail('session-request-detail', adapter, 's1', v);
    await loadedDetail(r.el);
    adapter.failNext('acceptSessionRequest', 'server');
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '.error')?.textContent?.trim());
    return r;
  }),
  sessionDetail('reject dialog with reason', async (v) => {
    const r = await detail('session-request-detail', sessionAdapter(session('s1')), 's1', v);
    await loadedDetail(r.el);
    await openRejectDialog(r.el);
    return r;
  }),
];

export const MESSAGE_DETAIL_STATES: State[] = [
  messageDetail('loading', async (v) => {
    const adapter = messageAdapter(message('m1'));
    adapter.getMessageRequest = never;
    const r = await detail('message-request-detail', adapter, 'm1', v);
    await waitUntil(() => q(r.el, '.skeleton'));
    return r;
  }),
  messageDetail('load error with Retry', async (v) => {
    const adapter = messageAdapter(message('m1'));
    adapter.failNext('getMessageRequest', 'network');
    const r = await detail('message-request-detail', adapter, 'm1', v);
    await waitUntil(() => q(r.el, '[part~="retry-button"]'));
    return r;
  }),
  messageDetail('received, pending', async (v) => {
    const r = await detail('message-request-detail', messageAdapter(message('m1')), 'm1', v);
    await loadedDetail(r.el);
    return r;
  }),
  messageDetail('sent, pending', async (v) => {
    const r = await detail(
      'message-request-detail',
      messageAdapter(message('m1', { direction: 'sent' })),
      'm1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  messageDetail('busy (accepting)', async (v) => {
    const adapter = messageAdapter(message('m1'));
    adapter.acceptMessageRequest = never;
    const r = await detail('message-request-detail', adapter, 'm1', v);
    await loadedDetail(r.el);
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '.actions[aria-busy="true"]'));
    return r;
  }),
  messageDetail('accepted just now: success, Open chat', async (v) => {
    const r = await detail('message-request-detail', messageAdapter(message('m1')), 'm1', v);
    await loadedDetail(r.el);
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '[part~="chat-button"]'));
    return r;
  }),
  messageDetail('rejected', async (v) => {
    const r = await detail(
      'message-request-detail',
      messageAdapter(message('m1', { status: 'rejected' })),
      'm1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  messageDetail('expired', async (v) => {
    const r = await detail(
      'message-request-detail',
      messageAdapter(message('m1', { status: 'expired' })),
      'm1',
      v,
    );
    await loadedDetail(r.el);
    return r;
  }),
  messageDetail('already handled elsewhere', async (v) => {
    const adapter = messageAdapter(message('m1'));
    const r = await detail('message-request-detail', adapter, 'm1', v);
    await loadedDetail(r.el);
    adapter.handleElsewhere('message', 'm1', 'rejected');
    partButton(r.el, 'accept-button').click();
    await waitUntil(() => q(r.el, '.error')?.textContent?.trim() && !q(r.el, '[part~="accept-button"]'));
    return r;
  }),
  messageDetail('reject dialog', async (v) => {
    const r = await detail('message-request-detail', messageAdapter(message('m1')), 'm1', v);
    await loadedDetail(r.el);
    await openRejectDialog(r.el);
    return r;
  }),
];

// ---- <confirm-dialog> ----------------------------------------------------------------------------

async function dialogState(v: Variant, setup: (d: ConfirmDialog) => void | Promise<void>): Promise<Rendered> {
  const { wrapper, el } = await themed<ConfirmDialog>(
    html`<confirm-dialog
      heading="Reject session request"
      message="Are you sure you want to reject this session request?"
    ></confirm-dialog>`,
    v,
  );
  await setup(el);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'dialog did not open');
  return { wrapper, el };
}

export const DIALOG_STATES: State[] = [
  {
    element: 'confirm-dialog',
    name: 'open, neutral',
    render: (v) => dialogState(v, (d) => d.show()),
  },
  {
    element: 'confirm-dialog',
    name: 'open, danger, with reason and word limit',
    render: (v) =>
      dialogState(v, (d) => {
        void d.ask({ tone: 'danger', withReason: true, reasonMaxWords: 5, confirmLabel: 'Reject' });
      }),
  },
  {
    element: 'confirm-dialog',
    name: 'reason over the word limit',
    render: async (v) => {
      const r = await dialogState(v, (d) => {
        void d.ask({ tone: 'danger', withReason: true, reasonMaxWords: 3 });
      });
      const textarea = q<HTMLTextAreaElement>(r.el, 'textarea')!;
      textarea.value = 'one two three four five';
      textarea.dispatchEvent(new Event('input'));
      await waitUntil(() => q(r.el, 'textarea[aria-invalid="true"]'));
      return r;
    },
  },
];

// ---- <request-tabs> ------------------------------------------------------------------------------

export const TABS_STATES: State[] = [
  {
    element: 'request-tabs',
    name: 'no counts',
    render: (v) => themed(html`<request-tabs><p>Panel</p></request-tabs>`, v),
  },
  {
    element: 'request-tabs',
    name: 'with counts',
    render: (v) =>
      themed(html`<request-tabs session-count="3" message-count="12"><p>Panel</p></request-tabs>`, v),
  },
  {
    element: 'request-tabs',
    name: 'message tab selected',
    render: (v) =>
      themed(
        html`<request-tabs selected="message" session-count="3" message-count="1"
          ><p>Panel</p></request-tabs
        >`,
        v,
      ),
  },
];

// ---- <requests-page> -----------------------------------------------------------------------------

export async function page(
  adapter: MemoryAdapter | undefined,
  v: Variant,
  pageSize = 10,
): Promise<{ wrapper: HTMLElement; el: RequestsPage }> {
  return themed<RequestsPage>(
    html`<requests-page .adapter=${adapter} page-size=${pageSize} time-zone=${TZ}></requests-page>`,
    v,
  );
}

export const cardsOf = (el: Element) =>
  Array.from(sr(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));

/** Waits for the list, the counts and every running load to settle. */
export async function settled(el: RequestsPage): Promise<void> {
  await waitUntil(
    () =>
      (cardsOf(el).length > 0 || q(el, '.empty, .error')) &&
      !q(el, '.list[aria-busy="true"], .skeleton, .load-more[aria-disabled="true"]'),
    'list did not settle',
  );
  const tabs = q<Root>(el, 'request-tabs')!;
  await tabs.updateComplete;
  await el.updateComplete;
}

function pageState(name: string, make: (v: Variant) => Promise<Rendered>): State {
  return { element: 'requests-page', name, render: make };
}

export const PAGE_STATES: State[] = [
  pageState('loading (skeleton)', async (v) => {
    const adapter = inboxAdapter();
    adapter.listSessionRequests = never;
    const r = await page(adapter, v);
    await waitUntil(() => q(r.el, '.skeleton'));
    return r;
  }),
  pageState('session list, partial, with an expired card and Load more', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    await waitUntil(() => q(r.el, '.load-more'));
    await waitUntil(() => q(q<Root>(r.el, 'request-tabs')!, '[part~="badge"]'));
    return r;
  }),
  pageState('loading more', async (v) => {
    const adapter = inboxAdapter();
    const r = await page(adapter, v);
    await settled(r.el);
    adapter.listSessionRequests = never;
    q<HTMLButtonElement>(r.el, '.load-more')!.click();
    await waitUntil(() => q(r.el, '.load-more[aria-disabled="true"]'));
    return r;
  }),
  pageState('load more failed', async (v) => {
    const adapter = inboxAdapter();
    const r = await page(adapter, v);
    await settled(r.el);
    adapter.failNext('listSessionRequests', 'timeout');
    q<HTMLButtonElement>(r.el, '.load-more')!.click();
    await waitUntil(() => q(r.el, '.more .error'));
    return r;
  }),
  pageState('virtualized list (virtualize-threshold 0)', async (v) => {
    const r = await themed<RequestsPage>(
      html`<requests-page
        .adapter=${inboxAdapter()}
        page-size="10"
        time-zone=${TZ}
        .virtualizeThreshold=${0}
      ></requests-page>`,
      v,
    );
    await waitUntil(() => q(r.el, '.list.virtual [part~="card"]'), 'the virtualized list did not render', {
      timeout: 5000,
    });
    await settled(r.el);
    return r;
  }),
  pageState('message list', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    r.el.setAttribute('tab', 'message');
    await waitUntil(() => cardsOf(r.el)[0]?.querySelector('.preview'));
    await settled(r.el);
    return r;
  }),
  pageState('empty', async (v) => {
    const r = await page(inboxAdapter({ sessions: 0, messages: 0 }), v);
    await settled(r.el);
    return r;
  }),
  pageState('list failed with Retry', async (v) => {
    const adapter = inboxAdapter();
    adapter.failNext('listSessionRequests', 'server');
    const r = await page(adapter, v);
    await waitUntil(() => q(r.el, '.error'));
    await settled(r.el);
    return r;
  }),
  pageState('counts failed', async (v) => {
    const adapter = inboxAdapter();
    adapter.failNext('countPending', 'forbidden');
    const r = await page(adapter, v);
    await waitUntil(() => q(r.el, '.error'));
    await settled(r.el);
    return r;
  }),
  pageState('offline banner', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    window.dispatchEvent(new Event('offline'));
    await waitUntil(() => q(r.el, '.banner.offline'));
    return r;
  }),
  pageState('session detail open', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    cardsOf(r.el)[0]!.querySelector('button')!.click();
    await waitUntil(() => q(r.el, 'session-request-detail'));
    await loadedDetail(q(r.el, 'session-request-detail')!);
    return r;
  }),
  pageState('session detail, reject dialog open', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    cardsOf(r.el)[0]!.querySelector('button')!.click();
    await waitUntil(() => q(r.el, 'session-request-detail'));
    const detailEl = q(r.el, 'session-request-detail')!;
    await loadedDetail(detailEl);
    await openRejectDialog(detailEl);
    return r;
  }),
  pageState('session detail, meeting link form', async (v) => {
    const adapter = inboxAdapter();
    const r = await page(adapter, v);
    await settled(r.el);
    cardsOf(r.el)[0]!.querySelector('button')!.click();
    await waitUntil(() => q(r.el, 'session-request-detail'));
    const detailEl = q(r.el, 'session-request-detail')!;
    await loadedDetail(detailEl);
    partButton(detailEl, 'accept-button').click();
    await waitUntil(() => q(detailEl, '[part~="link-button"]'));
    partButton(detailEl, 'link-button').click();
    await waitUntil(() => q(detailEl, '#link-url'));
    return r;
  }),
  pageState('message detail open', async (v) => {
    const r = await page(inboxAdapter(), v);
    await settled(r.el);
    r.el.setAttribute('tab', 'message');
    await waitUntil(() => cardsOf(r.el)[0]?.querySelector('.preview'));
    await settled(r.el);
    cardsOf(r.el)[0]!.querySelector('button')!.click();
    await waitUntil(() => q(r.el, 'message-request-detail'));
    await loadedDetail(q(r.el, 'message-request-detail')!);
    return r;
  }),
];

export const ALL_STATES: State[] = [
  ...PAGE_STATES,
  ...TABS_STATES,
  ...SESSION_DETAIL_STATES,
  ...MESSAGE_DETAIL_STATES,
  ...DIALOG_STATES,
];
