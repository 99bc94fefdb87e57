/**
 * The MSW MentorEd emulation and <requests-page> helpers shared by the reliability tests. Everything goes
 * through the real MentorEdAdapter (fetch) and a service worker, as in test/e2e-mentored.test.ts.
 */
import { waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../../support/define-all.js';
import {
  MentorEdAdapter,
  type MentorEdAdapterOptions,
} from '../../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';
import {
  FaultInjector,
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
  type MentorEdHandlersOptions,
  type MentorEdEndpoint,
} from '../../../src/mocks/index.js';
import { waitFor, watchUncaught } from './env.js';

export const BASE_URL = `${location.origin}/mentoring/v1`;
export const TOKEN = 'reliability-token-7Hq2xZ';

let worker: SetupWorker | undefined;

/** Starts the service worker once per test file (call from `before`). */
export async function startWorker(): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  }
  return worker;
}

/**
 * The hooks of a suite on the MSW emulation: the worker started before its tests and stopped after
 * (then `onAfter`, e.g. to print figures), and uncaught errors collected throughout, read through the
 * returned object's `errors`.
 */
export function useMentoredSuite(onAfter?: () => void): { readonly errors: unknown[] } {
  let watch: ReturnType<typeof watchUncaught> | undefined;
  before(async () => {
    await startWorker();
    watch = watchUncaught();
  });
  after(() => {
    watch?.stop();
    stopWorker();
    onAfter?.();
  });
  return {
    get errors() {
      return watch?.errors ?? [];
    },
  };
}

export function stopWorker(): void {
  worker?.stop();
  worker = undefined;
}

/** A fresh emulated server behind the worker. */
export function serve(
  options: MentorEdDbOptions = {},
  handlerOptions: Omit<MentorEdHandlersOptions, 'baseUrl' | 'db'> = {},
): MentorEdDb {
  if (!worker) throw new Error('startWorker() first');
  const db = createMentorEdDb({ seed: 3, sessionRequests: 14, messageRequests: 6, ...options });
  worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE_URL, db, ...handlerOptions }));
  return db;
}

export function adapter(options: Partial<MentorEdAdapterOptions> = {}): MentorEdAdapter {
  return new MentorEdAdapter({
    baseUrl: BASE_URL,
    token: TOKEN,
    timeZone: 'UTC',
    language: 'en',
    ...options,
  });
}

// The page helpers live in a module without side effects, so that test/e2e-mentored.test.ts can use them
// without this file's (and env.ts's) global hooks.
export {
  cardIds,
  cards,
  confirmReject,
  detailOf,
  inDetail,
  root,
  tabsOf,
  typeInto,
  type Lit,
} from '../../support/page-helpers.js';
import { cards, detailOf, root, tabsOf } from '../../support/page-helpers.js';

export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text of a shadow tree, including nested shadow roots. */
export function deepText(node: Node | null | undefined): string {
  if (!node) return '';
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += ` ${n.textContent ?? ''}`;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** Every element under `node`, across shadow roots. */
export function deepElements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) {
      out.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

/** Nothing is loading: no skeleton, no busy list, no busy action, no busy "load more". */
export function idle(el: RequestsPage): boolean {
  const r = root(el);
  const list = r.querySelector('.list-view:not([hidden])');
  if (list?.querySelector('.skeleton, .list[aria-busy="true"], .load-more[aria-disabled="true"]'))
    return false;
  const detail = detailOf(el);
  if (detail) {
    const d = detail.shadowRoot;
    if (!d || d.querySelector('.skeleton, [aria-busy="true"]')) return false;
  }
  return true;
}

/** Waits until the page is idle (see `idle`). Holds no reference to `el` once it has returned. */
export async function settle(el: RequestsPage, timeout = 4000): Promise<void> {
  await el.updateComplete;
  await waitFor(() => idle(el), 'the page did not settle', { timeout, interval: 10 });
  await el.updateComplete;
  const detail = detailOf(el);
  await detail?.updateComplete;
}

export async function selectTab(el: RequestsPage, tab: 'session' | 'message'): Promise<void> {
  const tabs = tabsOf(el);
  await tabs.updateComplete;
  tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await waitUntil(() => el.tab === tab, 'the tab did not change');
  await el.updateComplete;
}

export function openCard(el: RequestsPage, id: string): void {
  const card = cards(el).find((c) => c.dataset.id === id);
  if (!card) throw new Error(`no card ${id}`);
  card.querySelector<HTMLButtonElement>('button.open')!.click();
}

export function back(el: RequestsPage): void {
  root(el).querySelector<HTMLButtonElement>('.back')!.click();
}

/**
 * The server's list of the session tab's default view for the viewer, newest first: the mentor's queue,
 * received and pending (REQUESTED, slot not ended), exactly what the tab counts.
 */
export function serverSessionList(db: MentorEdDb): string[] {
  return db.pendingReceivedSessionIds();
}

/** The server's list of the message tab's default view: received pending requests (other users' ids). */
export function serverMessageList(db: MentorEdDb): string[] {
  return db.pendingReceivedMessageIds();
}

/** Records `request-error` events that reach the document. */
export function recordErrors(): {
  events: { kind: string; action: string; errorKind: string; message: string }[];
  stop: () => void;
} {
  const events: { kind: string; action: string; errorKind: string; message: string }[] = [];
  const on = (e: Event) => {
    const d = (e as CustomEvent).detail;
    events.push({ kind: d.kind, action: d.action, errorKind: d.error?.kind, message: d.error?.message });
  };
  document.addEventListener('request-error', on);
  return { events, stop: () => document.removeEventListener('request-error', on) };
}

/** A fault injector that only answers the calls of one endpoint that `match` (e.g. the list, not the counts). */
export function targetedFaults(
  method: 'get' | 'post',
  endpoint: MentorEdEndpoint,
  path: string,
  match: (url: URL) => boolean = () => true,
): FaultInjector {
  if (!worker) throw new Error('startWorker() first');
  const injector = new FaultInjector();
  worker.use(
    http[method](`${BASE_URL}/${path}`, async ({ request }) => {
      if (!match(new URL(request.url))) return undefined;
      // Undefined (no fault due): the emulation's own handler answers, after any latency set here.
      return injector.applyFaults(endpoint);
    }),
  );
  return injector;
}

export interface SpiedCall {
  method: string;
  args: unknown[];
  signal?: AbortSignal;
  settled: boolean;
}

/** Wraps an adapter so every call (and the AbortSignal it was given) is recorded. */
export function spy<T extends object>(target: T): { adapter: T; calls: SpiedCall[] } {
  const calls: SpiedCall[] = [];
  const adapter = new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const options = args.find(
          (a): a is { signal?: AbortSignal } => typeof a === 'object' && a !== null && 'signal' in a,
        );
        const call: SpiedCall = { method: String(key), args, signal: options?.signal, settled: false };
        calls.push(call);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (result instanceof Promise)
          void result.finally(() => (call.settled = true)).catch(() => undefined);
        else call.settled = true;
        return result;
      };
    },
  });
  return { adapter, calls };
}
