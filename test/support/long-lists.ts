/**
 * Shared by the long-list tests (test/virtualized-list.test.ts, test/paced-cards.test.ts): a list of
 * `count` requests, the page that shows it, and what the tests read of the virtualized list.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { cards, root, session, settle } from '../requests-page-fixtures.js';

// The virtualizer measures its children with a ResizeObserver; when a measurement changes the layout
// within the same frame, Chromium reports this (harmless) error. Swallow exactly that one.
const RESIZE_LOOP = 'ResizeObserver loop completed with undelivered notifications';
const swallowResizeLoop = (event: ErrorEvent) => {
  if (event.message?.includes(RESIZE_LOOP)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
};
// Registered when the file loads, before the test framework's own `onerror`, so it runs first.
window.addEventListener('error', swallowResizeLoop, { capture: true });

export const PAGE = 100;
export const THRESHOLD = 150;

/** `count` pending session requests (all received, none expired), newest first = s0, s1, ... */
export function adapterWith(count: number): MemoryAdapter {
  const sessions = Array.from({ length: count }, (_, i) => session(i, { direction: 'received' }));
  return new MemoryAdapter({ sessionRequests: sessions, messageRequests: [] });
}

export async function pageOf(
  adapter: MemoryAdapter,
  threshold: number = THRESHOLD,
  pageSize: number = PAGE,
): Promise<RequestsPage> {
  const el = await fixture<RequestsPage>(
    html`<requests-page
      .adapter=${adapter}
      page-size=${pageSize}
      .virtualizeThreshold=${threshold}
    ></requests-page>`,
  );
  await waitUntil(() => cards(el).length > 0, 'the list did not load');
  await settle(el);
  return el;
}

export const list = (el: RequestsPage) => root(el).querySelector<HTMLElement>('.list')!;
export const isVirtual = (el: RequestsPage) => list(el).classList.contains('virtual');
export const ids = (el: RequestsPage) => cards(el).map((card) => card.dataset.id!);
export const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

export const activeInPage = (el: RequestsPage) => root(el).activeElement as HTMLElement | null;
export const focusedCardId = (el: RequestsPage) =>
  activeInPage(el)?.matches('.card button')
    ? activeInPage(el)!.closest<HTMLElement>('.card')!.dataset.id
    : undefined;
