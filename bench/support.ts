/** Shared by the bench scenarios: generated requests, waiting helpers, the page and its internals. */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import { InboxStore } from '../src/store/inbox-store.js';
import type { LocalizeController } from '../src/i18n/localize.js';
import type { AnyRequest, MessageRequest, SessionRequest } from '../src/model/request.js';

export const HOUR = 3_600_000;
export const NOW = Date.now();
export const DESIGNATIONS = [
  ['Teacher'],
  ['Teacher', 'Principal', 'Counsellor'],
  ['Head of science', 'Mentor'],
  [],
];

/** A pending session request like the server sends (no avatar picture: no network in a benchmark). */
export function session(i: number): SessionRequest {
  const start = new Date(NOW + (24 + (i % 500)) * HOUR);
  return {
    kind: 'session',
    id: `s${i}`,
    direction: i % 3 === 1 ? 'sent' : 'received',
    status: 'requested',
    title: `Session ${i}`,
    agenda: 'Agenda',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - (i + 1) * 60_000),
    person: {
      id: `p${i}`,
      name: `Person ${i} Example`,
      designations: DESIGNATIONS[i % DESIGNATIONS.length]!,
      experienceYears: i % 5 === 0 ? undefined : (i % 30) + 1,
    },
  };
}

export function message(i: number): MessageRequest {
  return {
    kind: 'message',
    id: `m${i}`,
    direction: i % 3 === 1 ? 'sent' : 'received',
    status: 'requested',
    message: `Hello ${i}, I would like to connect with you about mentoring.`,
    createdAt: new Date(NOW - (i + 1) * 60_000),
    person: { id: `m${i}`, name: `Writer ${i}`, designations: ['Teacher'] },
  };
}

export const sessions = (n: number) => Array.from({ length: n }, (_, i) => session(i));

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const gc = () => (globalThis as { gc?: () => void }).gc?.();

export async function until(check: () => unknown, what: string, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(2);
  }
}

/** Microtasks only: lets Lit and the virtualizer finish their synchronous-ish work without a frame. */
export async function microtasks(check: () => unknown, max = 200): Promise<void> {
  for (let i = 0; i < max && !check(); i++) await Promise.resolve();
}

export type Internals = {
  localize: LocalizeController;
};
export const internals = (el: RequestsPage) => el as unknown as Internals;
export const root = (el: RequestsPage) => el.shadowRoot!;
export const cards = (el: RequestsPage) =>
  root(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)');

/** The page's shown session list, in its store. */
export function sessionList(el: RequestsPage) {
  return InboxStore.for(el.adapter!).list({
    kind: 'session',
    filter: { direction: el.direction, status: el.status },
    pageSize: el.pageSize,
  });
}

/**
 * Puts `next` into the page's session list as if the server had sent it all in one answer (the store
 * takes it in and the page renders it): the adapter's next list read answers with all of `next` at once,
 * already resolved, so only the store's and the page's work is between the call and `updateComplete`.
 */
export async function fillList(el: RequestsPage, next: AnyRequest[]): Promise<void> {
  const adapter = el.adapter as MemoryAdapter;
  const read = adapter.listSessionRequests;
  adapter.listSessionRequests = (q) =>
    Promise.resolve({ items: next as SessionRequest[], total: next.length, page: 1, pageSize: q.pageSize });
  try {
    await sessionList(el).reload();
  } finally {
    adapter.listSessionRequests = read;
  }
  // The store says `change` in a microtask: ask for the render now, so `updateComplete` covers it.
  el.requestUpdate();
}

export async function mount(
  adapter: MemoryAdapter,
  attrs: Record<string, string> = {},
): Promise<RequestsPage> {
  const el = document.createElement('requests-page');
  // Both directions and every status: each card says Sent / Received, like the vanilla baseline.
  for (const [k, v] of Object.entries({ direction: 'all', status: 'all', ...attrs })) el.setAttribute(k, v);
  el.adapter = adapter;
  document.body.append(el);
  await until(() => cards(el).length > 0 || root(el).querySelector('.empty'), 'the list');
  // The filter control, the detail view and the navigation come with the details' chunk (page-parts.ts).
  await until(() => !root(el).querySelector('.filters-pending'), 'the page parts');
  await el.updateComplete;
  return el;
}

/** Median interval between animation frames while idle (the frame budget of this machine). */
export async function frameInterval(samples = 31): Promise<number[]> {
  const out: number[] = [];
  let last = await frame();
  for (let i = 0; i < samples; i++) {
    const now = await frame();
    out.push(now - last);
    last = now;
  }
  return out;
}

export function countNodes(node: Node): number {
  let count = 1;
  for (let child = node.firstChild; child; child = child.nextSibling) count += countNodes(child);
  if (node instanceof Element && node.shadowRoot) count += countNodes(node.shadowRoot);
  return count;
}

export async function heap(): Promise<number> {
  gc();
  await sleep(50);
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}
