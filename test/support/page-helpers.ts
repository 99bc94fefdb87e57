/**
 * Reading and driving a <requests-page> from a test: its cards, the open detail, the reject dialog.
 * No side effects on import (no global listeners, no service worker), so any test file can use it.
 */
import { waitUntil } from '@open-wc/testing';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { RequestTabs } from '../../src/elements/request-tabs/request-tabs.js';

export type Lit = HTMLElement & { updateComplete: Promise<boolean> };

export const root = (el: RequestsPage): ShadowRoot => el.shadowRoot!;
export const tabsOf = (el: RequestsPage) => root(el).querySelector('request-tabs') as RequestTabs;
export const cards = (el: RequestsPage): HTMLElement[] =>
  Array.from(root(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));
export const cardIds = (el: RequestsPage): string[] => cards(el).map((card) => card.dataset.id!);
export const detailOf = (el: RequestsPage): Lit | null =>
  root(el).querySelector<Lit>('session-request-detail, message-request-detail');
export const inDetail = <T extends HTMLElement = HTMLElement>(el: RequestsPage, selector: string): T | null =>
  detailOf(el)?.shadowRoot?.querySelector<T>(selector) ?? null;
/** Clicks Reject in the open detail and confirms the dialog (with `reason` typed in when given). */
export async function confirmReject(el: RequestsPage, reason?: string): Promise<void> {
  inDetail<HTMLButtonElement>(el, '[part~="reject-button"]')!.click();
  const dialog = inDetail<Lit>(el, 'confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');
  if (reason !== undefined) {
    const box = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = reason;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await dialog.updateComplete;
  }
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
}

export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}
