/**
 * Issue 5, item 3: the fault matrix. Every action a user (or the page) starts × every fault the network or
 * the MentorEd server can produce, generated programmatically, through <requests-page>, the real
 * MentorEdAdapter and the MSW emulation. For each combination:
 *   - the element shows a clear message specific to the failure (the localized text of its error kind),
 *   - the request keeps its previous state (on screen and on the emulated server),
 *   - a retry succeeds once the fault is gone,
 *   - one `request-error` fires, with the action and the error kind of mentored-api.md's error table.
 * "Abort by navigation" is the exception by design: an aborted call is not an error, so nothing is shown
 * and no `request-error` fires; reads are aborted through their AbortSignal, while an accept, a reject or
 * a link that was already sent is never abandoned (the server may have done it): its outcome must reach
 * the list and the counts even though the user navigated away.
 *
 * Faults are injected only into the call under test (a targeted MSW handler in front of the emulation),
 * so the other calls of the same endpoint (the counts share the list endpoints) still answer.
 * Normal suite: the session kind (7 actions × 11 faults). Stress: the message kind too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { RequestsErrorKind } from '../../src/model/errors.js';
import type { FaultInjector, MentorEdDb, MentorEdFault } from '../../src/mocks/index.js';
import { STRESS, figure, sleep, watchUncaught } from './support/env.js';
import {
  adapter as mentoredAdapter,
  back,
  cardIds,
  cards,
  confirmReject,
  detailOf,
  inDetail,
  recordErrors,
  root,
  serve,
  settle,
  spy,
  startWorker,
  stopWorker,
  tabsOf,
  targetedFaults,
  text,
  typeInto,
  type SpiedCall,
} from './support/mentored.js';

type Kind = 'session' | 'message';
type Mode = 'read' | 'action';

const TIMEOUT_MS = 700;
const NAV_LATENCY_MS = 200;
const MEET = 'https://meet.google.com/abc-defg-hij';

const ERROR_TEXT: Record<RequestsErrorKind, string> = {
  network: en.errorNetwork,
  timeout: en.errorTimeout,
  aborted: en.errorAborted,
  unauthorized: en.errorUnauthorized,
  forbidden: en.errorForbidden,
  'not-found': en.errorNotFound,
  conflict: en.errorConflict,
  validation: en.errorValidation,
  server: en.errorServer,
};
/** A list or count read that failed is told of the list, not of one request. */
const LIST_ERROR_TEXT: Partial<Record<RequestsErrorKind, string>> = {
  'not-found': en.errorListNotFound,
  conflict: en.errorListConflict,
};
const PAGE_LEVEL = new Set(['load list', 'load page 2', 'counts']);

interface Fault {
  name: string;
  /** Undefined for the navigation abort. */
  make?: (action: Action) => MentorEdFault;
  kind?: (mode: Mode) => RequestsErrorKind;
}

const FAULTS: Fault[] = [
  { name: 'network down', make: () => 'network', kind: () => 'network' },
  { name: 'timeout', make: () => 'hang', kind: () => 'timeout' },
  { name: 'abort by navigation' },
  { name: '401', make: () => 401, kind: () => 'unauthorized' },
  { name: '403', make: () => 403, kind: () => 'forbidden' },
  {
    name: '404 already handled',
    make: () => ({
      status: 404,
      message: 'SESSION_REQUEST_NOT_FOUND_OR_ALREADY_PROCESSED',
      responseCode: 'SERVER_ERROR',
    }),
    kind: (mode) => (mode === 'read' ? 'not-found' : 'conflict'),
  },
  { name: '409', make: () => 409, kind: () => 'conflict' },
  {
    name: '422 with field errors',
    make: (action) => ({
      status: 422,
      message: 'Validation failed, Entered data is incorrect!',
      error: [
        action.name === 'save link'
          ? {
              location: 'body',
              param: 'meeting_info.link',
              msg: 'Meeting link must be a valid URL',
              value: MEET,
            }
          : {
              location: 'body',
              param: 'request_session_id',
              msg: 'request_session_id is invalid',
              value: 'x',
            },
      ],
    }),
    kind: () => 'validation',
  },
  { name: '500', make: () => 500, kind: () => 'server' },
  { name: 'malformed JSON', make: () => 'malformed-json', kind: () => 'server' },
  { name: 'wrong-shape body', make: () => 'wrong-shape', kind: () => 'server' },
];

interface Ctx {
  kind: Kind;
  db: MentorEdDb;
  el: RequestsPage;
  calls: SpiedCall[];
  /** The request acted on. */
  id: string;
  injector: FaultInjector;
  snapshot: unknown;
}

interface Action {
  name: string;
  mode: Mode;
  /** The adapter method whose call the fault hits (for the AbortSignal check). */
  method: (kind: Kind) => string;
  kinds: Kind[];
  /** Mounts the page and brings it to just before the action; sets the targeted injector. */
  setup(ctx: Ctx): Promise<void>;
  /** What must not change when the action fails. */
  snapshot(ctx: Ctx): unknown;
  trigger(ctx: Ctx): Promise<void>;
  /** The visible error text after a failure. */
  errorText(ctx: Ctx): string;
  /** Asserts the previous state is kept (screen and server). */
  unchanged(ctx: Ctx, fault: Fault): Promise<void>;
  /** The user's retry once the fault is gone, for the given failure. */
  retry(ctx: Ctx, errorKind: RequestsErrorKind | undefined): Promise<void>;
  /** Asserts the action (or its retry) succeeded. */
  succeeded(ctx: Ctx): Promise<void>;
  /** Navigates away while the call is in flight (abort by navigation). */
  navigate(ctx: Ctx): Promise<void>;
  /** After the navigation: what must hold (read: nothing lost, nothing shown; action: outcome applied). */
  afterNavigation(ctx: Ctx): Promise<void>;
}

// ---- Helpers --------------------------------------------------------------------------------------

/** The combination running now (for the afterEach that waits for its calls). */
let current: Ctx | undefined;

const listEndpoint = (kind: Kind) => (kind === 'session' ? 'requestSessions/list' : 'connections/pending');
const pageSizeParam = (kind: Kind) => (kind === 'session' ? 'pageSize' : 'limit');
const pageParam = (kind: Kind) => (kind === 'session' ? 'pageNo' : 'page');

function listFaults(kind: Kind, page?: number): FaultInjector {
  return targetedFaults('get', listEndpoint(kind), listEndpoint(kind), (url) => {
    if (url.searchParams.get(pageSizeParam(kind)) !== '5') return false;
    return page === undefined || url.searchParams.get(pageParam(kind)) === String(page);
  });
}

async function mount(ctx: Ctx, extra: { openId?: string; settle?: boolean } = {}): Promise<void> {
  const { adapter, calls } = spy(mentoredAdapter({ timeoutMs: TIMEOUT_MS }));
  ctx.calls = calls;
  // In a short scroller, so that infinite scroll does not fetch page 2 by itself: Load more does.
  const box = await fixture<HTMLDivElement>(
    html`<div style="block-size:240px;overflow:auto">
      <requests-page
        .adapter=${adapter}
        tab=${ctx.kind}
        page-size="5"
        open-id=${extra.openId ?? ''}
      ></requests-page>
    </div>`,
  );
  ctx.el = box.querySelector('requests-page')!;
  current = ctx;
  if (extra.settle === false) return;
  if (!extra.openId) await waitUntil(() => cards(ctx.el).length > 0, 'the list did not load');
  await settle(ctx.el);
  await waitUntil(() => calls.some((c) => c.method === 'countPending' && c.settled), 'no counts');
  await ctx.el.updateComplete;
}

/** The first card the viewer can act on (received, pending, not expired). */
function actionableId(ctx: Ctx): string {
  const card = cards(ctx.el).find((c) => c.querySelector('button.open.primary'));
  if (!card) throw new Error('no actionable card on the first page');
  return card.dataset.id!;
}

async function openFromList(ctx: Ctx): Promise<void> {
  const card = cards(ctx.el).find((c) => c.dataset.id === ctx.id)!;
  card.querySelector<HTMLButtonElement>('button.open')!.click();
  await waitUntil(() => inDetail(ctx.el, '[part~="accept-button"]'), 'no Accept in the detail');
}

function serverPending(ctx: Ctx, id = ctx.id): boolean {
  return ctx.kind === 'session'
    ? ctx.db.pendingReceivedSessionIds().includes(id)
    : ctx.db.pendingReceivedMessageIds().includes(id);
}

function badges(ctx: Ctx): [number, number] {
  const tabs = tabsOf(ctx.el);
  return [tabs.sessionCount, tabs.messageCount];
}

function expectedBadges(ctx: Ctx): [number, number] {
  const counts = ctx.db.pendingReceivedCounts();
  return [counts.session, counts.message];
}

const listErrorText = (ctx: Ctx) => text(root(ctx.el).querySelector('.error'));
const detailErrorText = (ctx: Ctx) => text(inDetail(ctx.el, '.error')) || text(inDetail(ctx.el, '.state'));

async function waitForCall(ctx: Ctx, method: string): Promise<SpiedCall> {
  await waitUntil(() => ctx.calls.some((c) => c.method === method), `no ${method} call`, { interval: 5 });
  return ctx.calls.filter((c) => c.method === method).at(-1)!;
}

async function detach(ctx: Ctx): Promise<void> {
  const parent = ctx.el.parentNode!;
  ctx.el.remove();
  await sleep(NAV_LATENCY_MS + 150);
  parent.appendChild(ctx.el);
  await settle(ctx.el);
}

/** Accept / reject / link: the adapter call was made and has settled, and the detail has rendered it. */
async function actionDone(ctx: Ctx, method: string, count = 1): Promise<void> {
  await waitUntil(
    () => {
      const calls = ctx.calls.filter((c) => c.method === method);
      return calls.length >= count && calls.every((c) => c.settled);
    },
    `the ${method} call did not finish`,
    { timeout: TIMEOUT_MS + 3000, interval: 5 },
  );
  await waitUntil(() => !inDetail(ctx.el, '[aria-busy="true"]'), 'the detail stayed busy', { interval: 5 });
  await detailOf(ctx.el)?.updateComplete;
}

const callCount = (ctx: Ctx, method: string) => ctx.calls.filter((c) => c.method === method).length;

/** After an accept or reject that was not abandoned: the list and the counts show its outcome. */
async function outcomeApplied(ctx: Ctx): Promise<void> {
  await waitUntil(() => !serverPending(ctx), 'the action never reached the server', { timeout: 3000 });
  await settle(ctx.el);
  await waitUntil(
    () => {
      const card = cards(ctx.el).find((c) => c.dataset.id === ctx.id);
      return !card?.querySelector('button.open.primary');
    },
    'the list still offers the handled request',
    { timeout: 3000 },
  );
  await waitUntil(() => String(badges(ctx)) === String(expectedBadges(ctx)), 'counts are stale', {
    timeout: 3000,
  });
}

// ---- The actions ----------------------------------------------------------------------------------

/**
 * Loading the list: page 1 (Refresh) or page 2 (Load more). The two differ only in the button that loads,
 * where the error shows and what success looks like.
 */
function listLoad(load: {
  name: string;
  page: number;
  /** The button that starts the load, and the one that retries it. */
  button: string;
  retryButton: string;
  errorText: (ctx: Ctx) => string;
  succeeded: (ctx: Ctx) => Promise<void>;
  /** After an aborted load: try Retry first (there should be none to press). */
  retryAfterNavigation?: boolean;
}): Action {
  const press = (ctx: Ctx, selector: string) =>
    root(ctx.el).querySelector<HTMLButtonElement>(selector)!.click();
  return {
    name: load.name,
    mode: 'read',
    kinds: ['session', 'message'],
    method: (kind) => (kind === 'session' ? 'listSessionRequests' : 'listMessageRequests'),
    async setup(ctx) {
      await mount(ctx);
      ctx.injector = listFaults(ctx.kind, load.page);
    },
    snapshot: (ctx) => cardIds(ctx.el),
    async trigger(ctx) {
      press(ctx, load.button);
      await settle(ctx.el, TIMEOUT_MS + 3000);
    },
    errorText: load.errorText,
    async unchanged(ctx) {
      expect(cardIds(ctx.el), 'the loaded cards stay').to.deep.equal(ctx.snapshot);
    },
    async retry(ctx) {
      press(ctx, load.retryButton);
      await settle(ctx.el);
    },
    succeeded: load.succeeded,
    async navigate(ctx) {
      ctx.injector.latencyMs = NAV_LATENCY_MS;
      press(ctx, load.button);
      const call = await waitForCall(ctx, this.method(ctx.kind));
      await detach(ctx);
      expect(call.signal?.aborted, 'the stale load was aborted through its signal').to.equal(true);
      ctx.injector.latencyMs = 0;
    },
    async afterNavigation(ctx) {
      expect(cardIds(ctx.el)).to.deep.equal(ctx.snapshot);
      if (load.retryAfterNavigation) await this.retry(ctx, undefined).catch(() => undefined);
      press(ctx, load.button);
      await settle(ctx.el);
    },
  };
}

const loadList = listLoad({
  name: 'load list',
  page: 1,
  button: '.refresh',
  retryButton: '.error .retry',
  errorText: (ctx) => {
    expect(text(root(ctx.el).querySelector('.error-title'))).to.equal(en.errorLoadList);
    return listErrorText(ctx);
  },
  async succeeded(ctx) {
    expect(root(ctx.el).querySelector('.error')).to.equal(null);
    expect(cards(ctx.el)).to.have.length(5);
  },
  retryAfterNavigation: true,
});

const loadPage2 = listLoad({
  name: 'load page 2',
  page: 2,
  button: '.load-more',
  retryButton: '.more .retry',
  errorText: (ctx) => {
    expect(root(ctx.el).querySelector('.more .error'), 'the error sits where page 2 goes').to.not.equal(null);
    return text(root(ctx.el).querySelector('.more .error p'));
  },
  async succeeded(ctx) {
    await waitUntil(() => cards(ctx.el).length === 10, 'page 2 did not arrive');
    expect(root(ctx.el).querySelector('.error')).to.equal(null);
    expect(cardIds(ctx.el).slice(0, 5)).to.deep.equal(ctx.snapshot);
  },
});

const openDetail: Action = {
  name: 'open detail',
  mode: 'read',
  kinds: ['session', 'message'],
  method: (kind) => (kind === 'session' ? 'getSessionRequest' : 'getMessageRequest'),
  async setup(ctx) {
    ctx.id =
      ctx.kind === 'session'
        ? ctx.db.pendingReceivedSessionIds()[0]!
        : ctx.db.pendingReceivedMessageIds()[0]!;
    ctx.injector =
      ctx.kind === 'session'
        ? targetedFaults('get', 'requestSessions/getDetails', 'requestSessions/getDetails')
        : targetedFaults('post', 'connections/getInfo', 'connections/getInfo');
  },
  snapshot: () => undefined,
  async trigger(ctx) {
    // A deep link: the detail loads the request by id.
    await mount(ctx, { openId: ctx.id });
    await waitUntil(() => inDetail(ctx.el, '.state, .person .name'), 'the detail did not settle', {
      timeout: TIMEOUT_MS + 3000,
    });
  },
  errorText: (ctx) => text(inDetail(ctx.el, '.state')),
  async unchanged(ctx) {
    expect(serverPending(ctx), 'still pending on the server').to.equal(true);
    expect(inDetail(ctx.el, '[part~="accept-button"]')).to.equal(null);
  },
  async retry(ctx, errorKind) {
    const retry = inDetail<HTMLButtonElement>(ctx.el, '.state [part~="retry-button"]');
    if (errorKind === 'not-found') {
      // Nothing to retry in place ("it may have been withdrawn"): the user goes back and opens it again.
      expect(retry).to.equal(null);
      back(ctx.el);
      await settle(ctx.el);
      ctx.el.openId = undefined;
      await ctx.el.updateComplete;
      ctx.el.openId = ctx.id;
    } else retry!.click();
    await waitUntil(() => inDetail(ctx.el, '.person .name'), 'the retry did not load the request');
  },
  async succeeded(ctx) {
    await waitUntil(() => inDetail(ctx.el, '[part~="accept-button"]'), 'no Accept after the retry');
    expect(inDetail(ctx.el, '.state')).to.equal(null);
  },
  async navigate(ctx) {
    ctx.injector.latencyMs = NAV_LATENCY_MS;
    await mount(ctx, { openId: ctx.id, settle: false });
    const call = await waitForCall(ctx, this.method(ctx.kind));
    back(ctx.el);
    await settle(ctx.el);
    await sleep(NAV_LATENCY_MS + 100);
    expect(call.signal?.aborted, 'the stale load was aborted through its signal').to.equal(true);
    ctx.injector.latencyMs = 0;
  },
  async afterNavigation(ctx) {
    expect(detailOf(ctx.el), 'the late answer did not bring the detail back').to.equal(null);
    expect(cards(ctx.el).length).to.be.greaterThan(0);
    await openFromList(ctx);
  },
};

/**
 * Accept or reject, from the detail opened from the list. The two differ only in their adapter call and
 * endpoint, how the user does it (`press`, with a reason for a session rejected in the normal trigger)
 * and the status it leads to.
 */
function decision(
  verb: 'accept' | 'reject',
  press: (ctx: Ctx, reason?: string) => Promise<void>,
  status: string,
): Action {
  return {
    name: verb,
    mode: 'action',
    kinds: ['session', 'message'],
    method: (kind) => `${verb}${kind === 'session' ? 'Session' : 'Message'}Request`,
    async setup(ctx) {
      await mount(ctx);
      ctx.id = actionableId(ctx);
      await openFromList(ctx);
      ctx.injector =
        ctx.kind === 'session'
          ? targetedFaults('post', `requestSessions/${verb}`, `requestSessions/${verb}`)
          : targetedFaults('post', `connections/${verb}`, `connections/${verb}`);
    },
    snapshot: (ctx) => badges(ctx),
    async trigger(ctx) {
      const count = callCount(ctx, this.method(ctx.kind)) + 1;
      await press(ctx, ctx.kind === 'session' ? 'Not available that day' : undefined);
      await actionDone(ctx, this.method(ctx.kind), count);
    },
    errorText: (ctx) => detailErrorText(ctx),
    async unchanged(ctx, fault) {
      await actionUnchanged(ctx, fault);
    },
    async retry(ctx, errorKind) {
      await reopenIfHandled(ctx, errorKind);
      await this.trigger(ctx);
    },
    async succeeded(ctx) {
      expect(detailErrorText(ctx)).to.equal('');
      expect(text(inDetail(ctx.el, '[part~="status"]'))).to.equal(status);
      expect(serverPending(ctx)).to.equal(false);
      back(ctx.el);
      await outcomeApplied(ctx);
    },
    async navigate(ctx) {
      ctx.injector.latencyMs = NAV_LATENCY_MS;
      await press(ctx);
      await waitForCall(ctx, this.method(ctx.kind));
      back(ctx.el);
    },
    async afterNavigation(ctx) {
      await outcomeApplied(ctx);
    },
  };
}

const accept = decision(
  'accept',
  async (ctx) => inDetail<HTMLButtonElement>(ctx.el, '[part~="accept-button"]')!.click(),
  en.statusAccepted,
);
const reject = decision('reject', (ctx, reason) => confirmReject(ctx.el, reason), en.statusRejected);

/** Accept / reject failed: same status, same actions (unless "already handled"), same server, same counts. */
async function actionUnchanged(ctx: Ctx, fault: Fault): Promise<void> {
  expect(serverPending(ctx), 'still pending on the server').to.equal(true);
  expect(text(inDetail(ctx.el, '[part~="status"]'))).to.equal(en.statusRequested);
  const conflict = fault.kind?.('action') === 'conflict';
  const acceptButton = inDetail<HTMLButtonElement>(ctx.el, '[part~="accept-button"]');
  if (conflict) expect(acceptButton, 'no actions once the server said "already handled"').to.equal(null);
  else expect(acceptButton?.disabled, 'Accept is offered again').to.equal(false);
  await settle(ctx.el);
  expect(badges(ctx)).to.deep.equal(ctx.snapshot);
}

/** After "already handled" the detail has no actions: the user goes back (the list reloads) and opens it again. */
async function reopenIfHandled(ctx: Ctx, errorKind: RequestsErrorKind | undefined): Promise<void> {
  if (errorKind !== 'conflict') return;
  back(ctx.el);
  await settle(ctx.el);
  await waitUntil(() => cardIds(ctx.el).includes(ctx.id), 'the request left the list');
  await openFromList(ctx);
}

const saveLink: Action = {
  name: 'save link',
  mode: 'action',
  kinds: ['session'],
  method: () => 'setMeetingLink',
  async setup(ctx) {
    ctx.id = ctx.db.pendingReceivedSessionIds()[0]!;
    ctx.db.acceptElsewhere(ctx.id);
    await mount(ctx, { openId: ctx.id });
    await waitUntil(() => inDetail(ctx.el, '.link-section .button'), 'no Add link');
    ctx.injector = targetedFaults('post', 'sessions/update', 'sessions/update/:id');
    await openLinkForm(ctx);
  },
  snapshot: (ctx) => JSON.stringify(sessionOf(ctx).meeting_info),
  async trigger(ctx) {
    const count = callCount(ctx, 'setMeetingLink') + 1;
    inDetail<HTMLButtonElement>(ctx.el, '[part~="save-button"]')!.click();
    await actionDone(ctx, 'setMeetingLink', count);
  },
  errorText: (ctx) => detailErrorText(ctx),
  async unchanged(ctx, fault) {
    expect(JSON.stringify(sessionOf(ctx).meeting_info), 'server link unchanged').to.equal(ctx.snapshot);
    expect(inDetail(ctx.el, 'a.join'), 'no link shown').to.equal(null);
    if (fault.kind?.('action') === 'validation') {
      // The server's field error sits next to the link field.
      expect(text(inDetail(ctx.el, '#link-url-error'))).to.equal('Meeting link must be a valid URL');
    }
  },
  async retry(ctx) {
    if (!inDetail(ctx.el, 'form.link-form')) await openLinkForm(ctx);
    await this.trigger(ctx);
  },
  async succeeded(ctx) {
    await waitUntil(() => inDetail(ctx.el, 'a.join'), 'the saved link is not shown');
    expect(inDetail<HTMLAnchorElement>(ctx.el, 'a.join')!.href).to.equal(MEET);
    expect(sessionOf(ctx).meeting_info.link).to.equal(MEET);
  },
  async navigate(ctx) {
    ctx.injector.latencyMs = NAV_LATENCY_MS;
    inDetail<HTMLButtonElement>(ctx.el, '[part~="save-button"]')!.click();
    await waitForCall(ctx, 'setMeetingLink');
    back(ctx.el);
  },
  async afterNavigation(ctx) {
    await waitUntil(() => sessionOf(ctx).meeting_info.link === MEET, 'the save never reached the server', {
      timeout: 3000,
    });
    await settle(ctx.el);
    // Opening it again shows the saved link.
    ctx.el.openId = ctx.id;
    await waitUntil(() => inDetail(ctx.el, 'a.join'), 'the saved link is not shown after reopening');
  },
};

function sessionOf(ctx: Ctx) {
  const request = ctx.db.sessionRequest(ctx.id)!;
  return ctx.db.sessions.find((s) => s.id === request.session_id)!;
}

async function openLinkForm(ctx: Ctx): Promise<void> {
  inDetail<HTMLButtonElement>(ctx.el, '.link-section .button')!.click();
  await waitUntil(() => inDetail(ctx.el, '#link-url'), 'no link form');
  typeInto(inDetail<HTMLInputElement>(ctx.el, '#link-url')!, MEET);
  await detailOf(ctx.el)!.updateComplete;
  await waitUntil(() => inDetail<HTMLButtonElement>(ctx.el, '[part~="save-button"]')?.disabled === false);
}

const counts: Action = {
  name: 'counts',
  mode: 'read',
  kinds: ['session', 'message'],
  method: () => 'countPending',
  async setup(ctx) {
    await mount(ctx);
    // Only the count call of the message list (limit=100), never the list itself.
    ctx.injector = targetedFaults(
      'get',
      'connections/pending',
      'connections/pending',
      (url) => url.searchParams.get('limit') === '100',
    );
  },
  snapshot: (ctx) => badges(ctx),
  async trigger(ctx) {
    root(ctx.el).querySelector<HTMLButtonElement>('.refresh')!.click();
    await waitUntil(
      () => ctx.calls.filter((c) => c.method === 'countPending').every((c) => c.settled),
      'counts',
      {
        timeout: TIMEOUT_MS + 3000,
      },
    );
    await settle(ctx.el);
  },
  errorText: (ctx) => listErrorText(ctx),
  async unchanged(ctx) {
    expect(badges(ctx), 'the tabs keep the last counts').to.deep.equal(ctx.snapshot);
    expect(cards(ctx.el).length, 'the list is not affected').to.equal(5);
  },
  async retry(ctx) {
    root(ctx.el).querySelector<HTMLButtonElement>('.error .retry')!.click();
    await waitUntil(
      () => ctx.calls.filter((c) => c.method === 'countPending').every((c) => c.settled),
      'counts',
    );
    await settle(ctx.el);
  },
  async succeeded(ctx) {
    expect(root(ctx.el).querySelector('.error')).to.equal(null);
    expect(badges(ctx)).to.deep.equal(expectedBadges(ctx));
  },
  async navigate(ctx) {
    ctx.injector.latencyMs = NAV_LATENCY_MS;
    root(ctx.el).querySelector<HTMLButtonElement>('.refresh')!.click();
    await waitUntil(() => ctx.calls.filter((c) => c.method === 'countPending').length === 2, 'no count call');
    const call = ctx.calls.filter((c) => c.method === 'countPending').at(-1)!;
    await detach(ctx);
    expect(call.signal?.aborted, 'the counts were aborted through their signal').to.equal(true);
    ctx.injector.latencyMs = 0;
  },
  async afterNavigation(ctx) {
    expect(badges(ctx)).to.deep.equal(ctx.snapshot);
    root(ctx.el).querySelector<HTMLButtonElement>('.refresh')!.click();
    await waitUntil(
      () => ctx.calls.filter((c) => c.method === 'countPending').every((c) => c.settled),
      'counts',
    );
    await settle(ctx.el);
  },
};

const ACTIONS: Action[] = [loadList, loadPage2, openDetail, accept, reject, saveLink, counts];

// ---- The matrix -----------------------------------------------------------------------------------

describe('reliability 3: fault matrix (actions × faults)', function () {
  this.timeout(20_000);
  let combinations = 0;
  let passes = 0;
  let uncaught: ReturnType<typeof watchUncaught>;
  let errors: ReturnType<typeof recordErrors>;
  const started = performance.now();

  before(async () => {
    await startWorker();
    uncaught = watchUncaught();
  });
  after(() => {
    uncaught.stop();
    stopWorker();
    figure('3 fault matrix', 'actions × faults', `${ACTIONS.length} × ${FAULTS.length}`);
    figure('3 fault matrix', 'combinations', combinations);
    figure('3 fault matrix', 'passes', passes);
    figure('3 fault matrix', 'time ms', Math.round(performance.now() - started));
  });
  beforeEach(() => {
    errors = recordErrors();
  });
  afterEach(async function () {
    // Nothing of this combination may still be in flight when the next one starts on a new server.
    if (current) {
      const calls = current.calls;
      await waitUntil(() => calls.every((c) => c.settled), 'calls still in flight', { timeout: 5000 }).catch(
        () => undefined,
      );
      current = undefined;
    }
    errors.stop();
    combinations++;
    if (this.currentTest?.state === 'passed') passes++;
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const action of ACTIONS) {
    for (const kind of action.kinds.filter((k) => STRESS || k === 'session')) {
      for (const fault of FAULTS) {
        it(`${action.name} (${kind}) × ${fault.name}`, async () => {
          const ctx = { kind, db: serve({ seed: 3, sessionRequests: 14, messageRequests: 12 }) } as Ctx;
          await action.setup(ctx);
          ctx.snapshot = action.snapshot(ctx);
          errors.events.length = 0;

          if (!fault.make) {
            await action.navigate(ctx);
            await action.afterNavigation(ctx);
            expect(errors.events, 'an abort is not an error').to.deep.equal([]);
            return;
          }

          const expectedKind = fault.kind!(action.mode);
          // The injector only sees the call under test.
          ctx.injector.failNext('any', fault.make(action));
          await action.trigger(ctx);

          // One request-error, with the right action and kind.
          const actionName = {
            'load list': 'load',
            'load page 2': 'load',
            'open detail': 'open',
            accept: 'accept',
            reject: 'reject',
            'save link': 'link',
            counts: 'count',
          }[action.name];
          expect(
            errors.events.map((e) => `${e.kind}/${e.action}/${e.errorKind}`),
            'request-error events',
          ).to.deep.equal([`${kind}/${actionName}/${expectedKind}`]);

          // A clear message specific to the failure.
          const shown = action.errorText(ctx);
          const listText = PAGE_LEVEL.has(action.name) ? LIST_ERROR_TEXT[expectedKind] : undefined;
          expect(shown, 'the visible message').to.contain(listText ?? ERROR_TEXT[expectedKind]);

          await action.unchanged(ctx, fault);

          // The fault is gone (it was for one call): a retry succeeds.
          errors.events.length = 0;
          await action.retry(ctx, expectedKind);
          await action.succeeded(ctx);
          expect(errors.events, 'no error on the retry').to.deep.equal([]);
        });
      }
    }
  }
});
