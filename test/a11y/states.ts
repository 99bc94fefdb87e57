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
import { HOUR, START, TZ, message as detailMessage, session } from '../detail-helpers.js';
import { themed, type Variant } from './helpers.js';

const LONG_AGENDA =
  'Planning lessons for mixed-ability groups: how to keep the fast learners busy while the others catch up, ' +
  'which low-cost materials work, and how to check understanding without a written test every week.';

export { TZ, session };

/** The detail tests' message request, with a longer first message (more text to wrap and to measure). */
const message = (id: string, overrides: Partial<MessageRequest> = {}): MessageRequest =>
  detailMessage(id, {
    message: 'Hi, I would like to connect with you about classroom management.',
    ...overrides,
  });

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

type AnyRequest = SessionRequest | MessageRequest;

/** What differs between the two detail elements, for the states they share. */
interface DetailKind<R extends AnyRequest = AnyRequest> {
  kind: R['kind'];
  tag: 'session-request-detail' | 'message-request-detail';
  /** The id of the one request of `adapter()`. */
  id: string;
  /** A MemoryAdapter holding the one request `id`, with `overrides`. */
  adapter(overrides?: Partial<R>): MemoryAdapter;
  get: 'getSessionRequest' | 'getMessageRequest';
  accept: 'acceptSessionRequest' | 'acceptMessageRequest';
}

const SESSION: DetailKind<SessionRequest> = {
  kind: 'session',
  tag: 'session-request-detail',
  id: 's1',
  adapter: (overrides) =>
    new MemoryAdapter({ sessionRequests: [session('s1', overrides)], messageRequests: [] }),
  get: 'getSessionRequest',
  accept: 'acceptSessionRequest',
};

const MESSAGE: DetailKind<MessageRequest> = {
  kind: 'message',
  tag: 'message-request-detail',
  id: 'm1',
  adapter: (overrides) =>
    new MemoryAdapter({ sessionRequests: [], messageRequests: [message('m1', overrides)] }),
  get: 'getMessageRequest',
  accept: 'acceptMessageRequest',
};

async function detail(k: DetailKind, adapter: MemoryAdapter, id: string, v: Variant): Promise<Rendered> {
  const content =
    k.tag === 'session-request-detail'
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

/**
 * A detail state: `prepare` edits the adapter before the detail renders (a call that never answers or
 * fails), then `drive` brings the rendered detail into the state.
 */
function detailState<R extends AnyRequest>(
  k: DetailKind<R>,
  name: string,
  drive: (el: Element, adapter: MemoryAdapter) => Promise<unknown>,
  {
    request,
    prepare,
    id = k.id,
  }: {
    request?: Partial<R>;
    prepare?: (adapter: MemoryAdapter) => void;
    id?: string;
  } = {},
): State {
  return {
    element: k.tag,
    name,
    render: async (v) => {
      const adapter = k.adapter(request);
      prepare?.(adapter);
      const r = await detail(k, adapter, id, v);
      await drive(r.el, adapter);
      return r;
    },
  };
}

/** The request (with `request` overrides) loaded, and nothing done yet. */
const loadedState = <R extends AnyRequest>(k: DetailKind<R>, name: string, request?: Partial<R>) =>
  detailState(k, name, loadedDetail, { request });

/** The states both details have: loading, load error, busy, accepted, handled elsewhere, reject dialog. */
const loadingState = (k: DetailKind) =>
  detailState(k, 'loading', (el) => waitUntil(() => q(el, '.skeleton')), {
    prepare: (adapter) => (adapter[k.get] = never),
  });
const loadErrorState = (k: DetailKind, error: 'server' | 'network') =>
  detailState(k, 'load error with Retry', (el) => waitUntil(() => q(el, '[part~="retry-button"]')), {
    prepare: (adapter) => adapter.failNext(k.get, error),
  });
const busyState = (k: DetailKind) =>
  detailState(
    k,
    'busy (accepting)',
    async (el) => {
      await loadedDetail(el);
      partButton(el, 'accept-button').click();
      await waitUntil(() => q(el, '.actions[aria-busy="true"]'));
    },
    { prepare: (adapter) => (adapter[k.accept] = never) },
  );
/** Accepted just now: the success notice and the next step (`nextPart`, e.g. Add link). */
const acceptedNowState = (k: DetailKind, name: string, nextPart: string) =>
  detailState(k, name, async (el) => {
    await loadedDetail(el);
    partButton(el, 'accept-button').click();
    await waitUntil(() => q(el, `[part~="${nextPart}"]`));
  });
/** Handled on another device while open (`status`): Accept answers "already handled". */
const handledElsewhereState = (k: DetailKind, status: 'accepted' | 'rejected') =>
  detailState(k, 'already handled elsewhere', async (el, adapter) => {
    await loadedDetail(el);
    adapter.handleElsewhere(k.kind, k.id, status);
    partButton(el, 'accept-button').click();
    await waitUntil(() => q(el, '.error')?.textContent?.trim() && !q(el, '[part~="accept-button"]'));
  });
const rejectDialogState = (k: DetailKind, name: string) =>
  detailState(k, name, async (el) => {
    await loadedDetail(el);
    await openRejectDialog(el);
  });

/**
 * The meeting link form of an accepted session: `value` put into `field` and announced by `events` (as
 * typing or choosing would), until `done` shows.
 */
const linkFormState = (name: string, field: string, value: string, done: string, events: () => Event[]) =>
  detailState(
    SESSION,
    name,
    async (el) => {
      await loadedDetail(el);
      partButton(el, 'link-button').click();
      await waitUntil(() => q(el, field));
      const control = q<HTMLInputElement | HTMLSelectElement>(el, field)!;
      control.value = value;
      for (const event of events()) control.dispatchEvent(event);
      await waitUntil(() => q(el, done));
    },
    { request: { status: 'accepted' } },
  );

export const SESSION_DETAIL_STATES: State[] = [
  loadingState(SESSION),
  loadErrorState(SESSION, 'server'),
  detailState(SESSION, 'not found', (el) => waitUntil(() => q(el, '.state')), { id: 'nope' }),
  loadedState(SESSION, 'received, pending (long agenda folded)', { agenda: LONG_AGENDA }),
  detailState(
    SESSION,
    'agenda unfolded',
    async (el) => {
      await loadedDetail(el);
      q<HTMLButtonElement>(el, '[aria-controls="agenda"]')!.click();
      await waitUntil(() => q(el, '[aria-expanded="true"]'));
    },
    { request: { agenda: LONG_AGENDA } },
  ),
  loadedState(SESSION, 'sent, pending', { direction: 'sent' }),
  busyState(SESSION),
  acceptedNowState(SESSION, 'accepted just now: success, Add link', 'link-button'),
  linkFormState(
    'meeting link form with an error',
    '#link-url',
    'http://example.com',
    '#link-url[aria-invalid="true"]',
    () => [new Event('input', { bubbles: true, composed: true }), new Event('blur')],
  ),
  linkFormState('meeting link form, Zoom fields', '#link-platform', 'zoom', '#link-meetingId', () => [
    new Event('change'),
  ]),
  detailState(SESSION, 'accepted with a link', (el) => waitUntil(() => q(el, '[part~="link"]')), {
    request: {
      status: 'accepted',
      meetingLink: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' },
    },
  }),
  loadedState(SESSION, 'sent, accepted, no link yet', { status: 'accepted', direction: 'sent' }),
  loadedState(SESSION, 'rejected with a reason', {
    status: 'rejected',
    rejectReason: 'I am travelling that week.',
  }),
  loadedState(SESSION, 'expired', { status: 'expired' }),
  handledElsewhereState(SESSION, 'accepted'),
  detailState(SESSION, 'action failed (server error)', async (el, adapter) => {
    await loadedDetail(el);
    adapter.failNext('acceptSessionRequest', 'server');
    partButton(el, 'accept-button').click();
    await waitUntil(() => q(el, '.error')?.textContent?.trim());
  }),
  rejectDialogState(SESSION, 'reject dialog with reason'),
];

export const MESSAGE_DETAIL_STATES: State[] = [
  loadingState(MESSAGE),
  loadErrorState(MESSAGE, 'network'),
  loadedState(MESSAGE, 'received, pending'),
  loadedState(MESSAGE, 'sent, pending', { direction: 'sent' }),
  busyState(MESSAGE),
  acceptedNowState(MESSAGE, 'accepted just now: success, Open chat', 'chat-button'),
  loadedState(MESSAGE, 'rejected', { status: 'rejected' }),
  loadedState(MESSAGE, 'expired', { status: 'expired' }),
  handledElsewhereState(MESSAGE, 'rejected'),
  rejectDialogState(MESSAGE, 'reject dialog'),
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

/**
 * A page state: `prepare` edits the inbox adapter (`inboxAdapter(inbox)`) before the page renders, `mount`
 * renders it (by default `page()`), then `drive` brings the page into the state.
 */
function pageState(
  name: string,
  drive: (el: RequestsPage, adapter: MemoryAdapter) => Promise<unknown>,
  {
    inbox,
    prepare,
    mount = page,
  }: {
    inbox?: Parameters<typeof inboxAdapter>[0];
    prepare?: (adapter: MemoryAdapter) => void;
    mount?: (adapter: MemoryAdapter, v: Variant) => Promise<{ wrapper: HTMLElement; el: RequestsPage }>;
  } = {},
): State {
  return {
    element: 'requests-page',
    name,
    render: async (v) => {
      const adapter = inboxAdapter(inbox);
      prepare?.(adapter);
      const r = await mount(adapter, v);
      await drive(r.el, adapter);
      return r;
    },
  };
}

/** The load failed: its error shows, and the rest settles. */
async function failedToLoad(el: RequestsPage): Promise<void> {
  await waitUntil(() => q(el, '.error'));
  await settled(el);
}

/** Switches to the message tab and waits for its list. */
async function showMessages(el: RequestsPage): Promise<void> {
  el.setAttribute('tab', 'message');
  await waitUntil(() => cardsOf(el)[0]?.querySelector('.preview'));
  await settled(el);
}

/** Opens the first card and waits for its detail (`tag`) to load. */
async function openFirstCard(
  el: RequestsPage,
  tag: 'session-request-detail' | 'message-request-detail',
): Promise<Element> {
  cardsOf(el)[0]!.querySelector('button')!.click();
  await waitUntil(() => q(el, tag));
  const detailEl = q(el, tag)!;
  await loadedDetail(detailEl);
  return detailEl;
}

export const PAGE_STATES: State[] = [
  pageState('loading (skeleton)', (el) => waitUntil(() => q(el, '.skeleton')), {
    prepare: (adapter) => (adapter.listSessionRequests = never),
  }),
  pageState('session list, partial, with an expired card and Load more', async (el) => {
    await settled(el);
    await waitUntil(() => q(el, '.load-more'));
    await waitUntil(() => q(q<Root>(el, 'request-tabs')!, '[part~="badge"]'));
  }),
  pageState('loading more', async (el, adapter) => {
    await settled(el);
    adapter.listSessionRequests = never;
    q<HTMLButtonElement>(el, '.load-more')!.click();
    await waitUntil(() => q(el, '.load-more[aria-disabled="true"]'));
  }),
  pageState('load more failed', async (el, adapter) => {
    await settled(el);
    adapter.failNext('listSessionRequests', 'timeout');
    q<HTMLButtonElement>(el, '.load-more')!.click();
    await waitUntil(() => q(el, '.more .error'));
  }),
  pageState(
    'virtualized list (virtualize-threshold 0)',
    async (el) => {
      await waitUntil(() => q(el, '.list.virtual [part~="card"]'), 'the virtualized list did not render', {
        timeout: 5000,
      });
      await settled(el);
    },
    {
      mount: (adapter, v) =>
        themed<RequestsPage>(
          html`<requests-page
            .adapter=${adapter}
            page-size="10"
            time-zone=${TZ}
            .virtualizeThreshold=${0}
          ></requests-page>`,
          v,
        ),
    },
  ),
  pageState('message list', async (el) => {
    await settled(el);
    await showMessages(el);
  }),
  pageState('empty', settled, { inbox: { sessions: 0, messages: 0 } }),
  pageState('list failed with Retry', failedToLoad, {
    prepare: (adapter) => adapter.failNext('listSessionRequests', 'server'),
  }),
  pageState('counts failed', failedToLoad, {
    prepare: (adapter) => adapter.failNext('countPending', 'forbidden'),
  }),
  pageState('offline banner', async (el) => {
    await settled(el);
    window.dispatchEvent(new Event('offline'));
    await waitUntil(() => q(el, '.banner.offline'));
  }),
  pageState('session detail open', async (el) => {
    await settled(el);
    await openFirstCard(el, 'session-request-detail');
  }),
  pageState('session detail, reject dialog open', async (el) => {
    await settled(el);
    await openRejectDialog(await openFirstCard(el, 'session-request-detail'));
  }),
  pageState('session detail, meeting link form', async (el) => {
    await settled(el);
    const detailEl = await openFirstCard(el, 'session-request-detail');
    partButton(detailEl, 'accept-button').click();
    await waitUntil(() => q(detailEl, '[part~="link-button"]'));
    partButton(detailEl, 'link-button').click();
    await waitUntil(() => q(detailEl, '#link-url'));
  }),
  pageState('message detail open', async (el) => {
    await settled(el);
    await showMessages(el);
    await openFirstCard(el, 'message-request-detail');
  }),
];

export const ALL_STATES: State[] = [
  ...PAGE_STATES,
  ...TABS_STATES,
  ...SESSION_DETAIL_STATES,
  ...MESSAGE_DETAIL_STATES,
  ...DIALOG_STATES,
];
