/** The states of <session-request-detail> and <message-request-detail> (not a test file itself). */
import { html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { MessageRequest, SessionRequest } from '../../src/model/request.js';
import {
  LONG_AGENDA,
  TZ,
  loadedDetail,
  message,
  never,
  openRejectDialog,
  partButton,
  q,
  session,
  type Rendered,
  type State,
} from './state-kit.js';
import { themed, type Variant } from './variants.js';

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
  detailState(
    SESSION,
    'load error, not allowed (no Retry)',
    (el) => waitUntil(() => q(el, '.state[role="alert"]')),
    { prepare: (adapter) => adapter.failNext('getSessionRequest', 'forbidden') },
  ),
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
  loadedState(SESSION, 'accepted with a stored http link (text, warning, Edit link)', {
    status: 'accepted',
    storedLink: { text: 'http://zoom.us/j/81234567890', platformLabel: 'Zoom' },
  }),
  loadedState(SESSION, 'accepted, the meeting on the platform', {
    status: 'accepted',
    meetingHost: 'platform',
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
