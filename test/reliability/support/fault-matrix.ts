/**
 * The fault matrix of fault-matrix.test.ts (issue 5, item 3): its types, the fault table, and the helpers
 * the actions of support/fault-actions.ts share (mounting the page, spying its calls, reading its state).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../../src/i18n/en.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';
import type { RequestsErrorKind } from '../../../src/model/errors.js';
import type { FaultInjector, MentorEdDb, MentorEdFault } from '../../../src/mocks/index.js';
import { LIST_SNAPSHOT_MS } from '../../../src/adapters/mentored/paging.js';
import { sleep } from './env.js';
import {
  adapter as mentoredAdapter,
  back,
  cardIds,
  cards,
  detailOf,
  inDetail,
  root,
  settle,
  spy,
  tabsOf,
  targetedFaults,
  text,
  typeInto,
  type SpiedCall,
} from './mentored.js';

export type Kind = 'session' | 'message';
export type Mode = 'read' | 'action';

export const TIMEOUT_MS = 700;
export const NAV_LATENCY_MS = 200;
export const MEET = 'https://meet.google.com/abc-defg-hij';

export const ERROR_TEXT: Record<RequestsErrorKind, string> = {
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
/**
 * A list or count read that failed is told of the list, not of one request; a 400/422 on a read has no field
 * the user could fix, so it says what a server error says (src/elements/shared/format.ts, LIST_ERROR_TERMS).
 */
export const LIST_ERROR_TEXT: Partial<Record<RequestsErrorKind, string>> = {
  'not-found': en.errorListNotFound,
  conflict: en.errorListConflict,
  validation: en.errorServer,
};
export const PAGE_LEVEL = new Set(['load list', 'load page 2', 'counts']);

export interface Fault {
  name: string;
  /** Undefined for the navigation abort. */
  make?: (action: Action) => MentorEdFault;
  kind?: (mode: Mode) => RequestsErrorKind;
}

export const FAULTS: Fault[] = [
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

export interface Ctx {
  kind: Kind;
  db: MentorEdDb;
  el: RequestsPage;
  calls: SpiedCall[];
  /** The request acted on. */
  id: string;
  injector: FaultInjector;
  snapshot: unknown;
  /**
   * How far (ms) the adapter's clock (its `now` option) runs ahead of the real one: moved by the load-more
   * row so that page 2 is read from the server, not cut from the list snapshot (see `snapshotExpired`).
   */
  clockOffset?: number;
}

export interface Action {
  name: string;
  mode: Mode;
  /** The adapter method whose call the fault hits (for the AbortSignal check). */
  method: (kind: Kind) => string;
  kinds: Kind[];
  /** Mounts the page and brings it to just before the action; sets the targeted injector. */
  setup(ctx: Ctx): Promise<void>;
  /** What must not change when the action fails. */
  snapshot(ctx: Ctx): unknown;
  /**
   * The `request-error` events (`kind/action/errorKind`, in any order) one failure of the targeted call
   * fires; by default one, of the row's kind and action.
   */
  events?(kind: Kind, errorKind: RequestsErrorKind): string[];
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
export const running: { ctx?: Ctx } = {};

export const listEndpoint = (kind: Kind) =>
  kind === 'session' ? 'requestSessions/list' : 'connections/pending';

/**
 * The read of the shown list (the default view, the queue: received and pending). Since the MentorEd
 * adapter reads a filtered list whole and pages it locally (session-requests.ts `list`,
 * message-requests.ts `list`; docs/mentored-api.md 4.12), no list call carries the page size or the page
 * number any more: the session queue is `requestSessions/list?status=REQUESTED` (unpaged) and the message
 * list `connections/pending?page=1&limit=100`, whatever page the store asks for. These are exactly the
 * URLs of the pending-count reads too (`countPending`), and identical GETs in flight share one request
 * (http.ts `send`): a fault here also fails a count read that runs at the same time (a Refresh reads both:
 * the load-list row expects both failures), and a page 2 read (no count read runs) fails alone.
 */
export function listFaults(kind: Kind): FaultInjector {
  return targetedFaults('get', listEndpoint(kind), listEndpoint(kind), (url) =>
    kind === 'session'
      ? url.searchParams.get('status') === 'REQUESTED'
      : url.searchParams.get('limit') === '100',
  );
}

/**
 * Page 2 and later are cut from the rows of the last read of the same list for LIST_SNAPSHOT_MS (paging.ts
 * `ListSnapshots`): within that window "Load more" makes no call at all, so there is nothing to fail or to
 * abort. Moving the adapter's clock past the window makes the next "Load more" read the server, as it does
 * for a user who loads more half a minute after the first page.
 */
export function snapshotExpired(ctx: Ctx): void {
  ctx.clockOffset = (ctx.clockOffset ?? 0) + LIST_SNAPSHOT_MS;
}

export async function mount(ctx: Ctx, extra: { openId?: string; settle?: boolean } = {}): Promise<void> {
  const now = () => Date.now() + (ctx.clockOffset ?? 0);
  const { adapter, calls } = spy(mentoredAdapter({ timeoutMs: TIMEOUT_MS, now }));
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
  running.ctx = ctx;
  if (extra.settle === false) return;
  if (!extra.openId) await waitUntil(() => cards(ctx.el).length > 0, 'the list did not load');
  await settle(ctx.el);
  await waitUntil(() => calls.some((c) => c.method === 'countPending' && c.settled), 'no counts');
  await ctx.el.updateComplete;
}

/** The first card the viewer can act on (received, pending, not expired). */
export function actionableId(ctx: Ctx): string {
  const card = cards(ctx.el).find((c) => c.querySelector('button.open.primary'));
  if (!card) throw new Error('no actionable card on the first page');
  return card.dataset.id!;
}

export async function openFromList(ctx: Ctx): Promise<void> {
  const card = cards(ctx.el).find((c) => c.dataset.id === ctx.id)!;
  card.querySelector<HTMLButtonElement>('button.open')!.click();
  await waitUntil(() => inDetail(ctx.el, '[part~="accept-button"]'), 'no Accept in the detail');
}

export function serverPending(ctx: Ctx, id = ctx.id): boolean {
  return ctx.kind === 'session'
    ? ctx.db.pendingReceivedSessionIds().includes(id)
    : ctx.db.pendingReceivedMessageIds().includes(id);
}

export function badges(ctx: Ctx): [number, number] {
  const tabs = tabsOf(ctx.el);
  return [tabs.sessionCount, tabs.messageCount];
}

export function expectedBadges(ctx: Ctx): [number, number] {
  const counts = ctx.db.pendingReceivedCounts();
  return [counts.session, counts.message];
}

export const listErrorText = (ctx: Ctx) => text(root(ctx.el).querySelector('.error'));
export const detailErrorText = (ctx: Ctx) =>
  text(inDetail(ctx.el, '.error')) || text(inDetail(ctx.el, '.state'));

export async function waitForCall(ctx: Ctx, method: string): Promise<SpiedCall> {
  await waitUntil(() => ctx.calls.some((c) => c.method === method), `no ${method} call`, { interval: 5 });
  return ctx.calls.filter((c) => c.method === method).at(-1)!;
}

export async function detach(ctx: Ctx): Promise<void> {
  const parent = ctx.el.parentNode!;
  ctx.el.remove();
  await sleep(NAV_LATENCY_MS + 150);
  parent.appendChild(ctx.el);
  await settle(ctx.el);
}

/** Accept / reject / link: the adapter call was made and has settled, and the detail has rendered it. */
export async function actionDone(ctx: Ctx, method: string, count = 1): Promise<void> {
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

/**
 * Asserts that `node` is absent. Not `expect(node).to.equal(null)`: when that fails, chai formats the
 * element for its message, which can hang the browser on the page's shadow trees (the whole file then
 * times out with no report); this names the node by its text instead.
 */
export function expectNone(node: Element | null | undefined, message: string): void {
  expect(node == null, `${message}: found "${node ? text(node) : ''}"`).to.equal(true);
}

/** Every adapter call the page made so far has settled (failed ones included). */
export async function callsSettled(ctx: Ctx, timeout = TIMEOUT_MS + 3000): Promise<void> {
  await waitUntil(() => ctx.calls.every((c) => c.settled), 'calls still in flight', { timeout, interval: 5 });
  await ctx.el.updateComplete;
}

export const callCount = (ctx: Ctx, method: string) => ctx.calls.filter((c) => c.method === method).length;

/** After an accept or reject that was not abandoned: the list and the counts show its outcome. */
export async function outcomeApplied(ctx: Ctx): Promise<void> {
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

// ---- Shared by the actions ------------------------------------------------------------------------

/** Accept / reject failed: same status, same actions (unless "already handled"), same server, same counts. */
export async function actionUnchanged(ctx: Ctx, fault: Fault): Promise<void> {
  expect(serverPending(ctx), 'still pending on the server').to.equal(true);
  const conflict = fault.kind?.('action') === 'conflict';
  // "Already handled" never sits beside a "Pending" tag (issue 16, point 7): the tag goes.
  expect(text(inDetail(ctx.el, '[part~="status"]'))).to.equal(conflict ? '' : en.statusRequested);
  const acceptButton = inDetail<HTMLButtonElement>(ctx.el, '[part~="accept-button"]');
  if (conflict) expectNone(acceptButton, 'no actions once the server said "already handled"');
  else expect(acceptButton?.disabled, 'Accept is offered again').to.equal(false);
  await settle(ctx.el);
  expect(badges(ctx)).to.deep.equal(ctx.snapshot);
}

/** After "already handled" the detail has no actions: the user goes back (the list reloads) and opens it again. */
export async function reopenIfHandled(ctx: Ctx, errorKind: RequestsErrorKind | undefined): Promise<void> {
  if (errorKind !== 'conflict') return;
  back(ctx.el);
  await settle(ctx.el);
  await waitUntil(() => cardIds(ctx.el).includes(ctx.id), 'the request left the list');
  await openFromList(ctx);
}

export function sessionOf(ctx: Ctx) {
  const request = ctx.db.sessionRequest(ctx.id)!;
  return ctx.db.sessions.find((s) => s.id === request.session_id)!;
}

export async function openLinkForm(ctx: Ctx): Promise<void> {
  inDetail<HTMLButtonElement>(ctx.el, '.link-section .button')!.click();
  await waitUntil(() => inDetail(ctx.el, '#link-url'), 'no link form');
  typeInto(inDetail<HTMLInputElement>(ctx.el, '#link-url')!, MEET);
  await detailOf(ctx.el)!.updateComplete;
  await waitUntil(() => inDetail<HTMLButtonElement>(ctx.el, '[part~="save-button"]')?.disabled === false);
}
