/** Fixed data and helpers for the tests in test/requests-page/. */
import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define-all.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { RequestTabs } from '../src/elements/request-tabs/request-tabs.js';
import type { MessageRequest, SessionRequest } from '../src/model/request.js';

export const HOUR = 3_600_000;
export const NOW = Date.now();

export function session(i: number, overrides: Partial<SessionRequest> = {}): SessionRequest {
  const start = new Date(NOW + (24 + i) * HOUR);
  return {
    kind: 'session',
    id: `s${i}`,
    direction: i % 4 === 1 ? 'sent' : 'received',
    status: 'requested',
    title: `Title ${i}`,
    agenda: 'Agenda',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - (i + 1) * HOUR),
    person: {
      id: `p${i}`,
      name: i === 0 ? 'Asha Rao' : `Person ${i}`,
      designations: i === 0 ? ['Teacher', 'Principal', 'Counsellor'] : ['Teacher'],
      experienceYears: i === 0 ? 5 : undefined,
    },
    ...overrides,
  };
}

export function message(i: number, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return {
    kind: 'message',
    id: `m${i}`,
    direction: i === 2 ? 'sent' : 'received',
    status: 'requested',
    message: `Hello number ${i}, I would like to connect with you.`,
    createdAt: new Date(NOW - (i + 1) * HOUR),
    person: { id: `m${i}`, name: `Writer ${i}`, designations: [] },
    ...overrides,
  };
}

/** 25 sessions (s3 expired), 3 messages (m2 sent). */
export function memory(
  options: { sessions?: number; messages?: number; latencyMs?: number } = {},
): MemoryAdapter {
  const sessions = Array.from({ length: options.sessions ?? 25 }, (_, i) =>
    i === 3 ? session(i, { status: 'expired' }) : session(i),
  );
  const messages = Array.from({ length: options.messages ?? 3 }, (_, i) => message(i));
  return new MemoryAdapter({
    sessionRequests: sessions,
    messageRequests: messages,
    latencyMs: options.latencyMs,
  });
}

export const root = (el: RequestsPage) => el.shadowRoot!;
export const tabsOf = (el: RequestsPage) => root(el).querySelector('request-tabs') as RequestTabs;
export const cards = (el: RequestsPage) =>
  Array.from(root(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));
export const openButton = (el: RequestsPage, name: string) =>
  root(el).querySelector<HTMLButtonElement>(
    `button[aria-label="View details for ${name}"], button[aria-label="View message from ${name}"]`,
  )!;
export const detailOf = (el: RequestsPage) =>
  root(el).querySelector('session-request-detail, message-request-detail') as
    | (HTMLElement & {
        updateComplete: Promise<boolean>;
        request?: unknown;
        requestId?: string;
      })
    | null;
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const callsOf = (adapter: MemoryAdapter, method: string) =>
  adapter.calls.filter((c) => c.method === method);

export async function settle(el: RequestsPage): Promise<void> {
  // `.filters-pending`: the filter control comes with the details' chunk (page-parts.ts).
  await waitUntil(
    () =>
      !root(el).querySelector(
        '.list[aria-busy="true"], .skeleton, .load-more[aria-disabled="true"], .filters-pending',
      ),
  );
  await el.updateComplete;
}

/**
 * Most tests here pin the view of before the filters (both directions, pending and expired): with this
 * data (no accepted or rejected request) that is direction "all" and status "all", the default of `filter`.
 */
export const OLD_VIEW = { direction: 'all', status: 'all' } as const;
/** The page's own default: the mentor's queue (received, pending). */
export const DEFAULT_VIEW = { direction: 'received', status: 'pending' } as const;

export async function pageWith(
  adapter: MemoryAdapter,
  extra: Partial<RequestsPage> = {},
  filter: { direction: string; status: string } = OLD_VIEW,
): Promise<RequestsPage> {
  const el = await fixture<RequestsPage>(
    html`<requests-page
      .adapter=${adapter}
      page-size="10"
      direction=${filter.direction}
      status=${filter.status}
    ></requests-page>`,
  );
  Object.assign(el, extra);
  await waitUntil(
    () => cards(el).length > 0 || root(el).querySelector('.empty, .error'),
    'list did not load',
  );
  await settle(el);
  await waitUntil(() => callsOf(adapter, 'countPending').length > 0);
  await aTimeout(0);
  return el;
}

export async function selectTab(el: RequestsPage, tab: 'session' | 'message'): Promise<void> {
  const tabs = tabsOf(el);
  await tabs.updateComplete;
  tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await waitUntil(() => el.tab === tab);
  await el.updateComplete;
}
