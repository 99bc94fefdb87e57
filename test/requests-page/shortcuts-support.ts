/** Shared by the keyboard shortcut tests (test/requests-page/shortcuts*.test.ts); not a test file itself. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { detailOf, openButton, pageWith, root } from '../requests-page-fixtures.js';

/** A page of `adapter` with `shortcuts` on, once their chunk has loaded (the help control is there). */
export async function shortcutsPage(adapter: MemoryAdapter): Promise<RequestsPage> {
  const el = await pageWith(adapter, { shortcuts: true });
  await waitUntil(() => helpButton(el), 'the shortcuts did not load');
  return el;
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A real key press (the browser's input pipeline), e.g. `j`, `?`, `Escape`. */
export const press = (key: string): Promise<void> => sendKeys({ press: key });

/** Types `text` into the focused element, as a user does. */
export const type = (text: string): Promise<void> => sendKeys({ type: text });

/** A keydown as a given keyboard sends it (modifiers, other layouts), on the focused element. */
export function keydown(init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  deepActive()!.dispatchEvent(event);
  return event;
}

export const helpButton = (el: RequestsPage) =>
  root(el).querySelector<HTMLButtonElement>('[part~="shortcuts-button"]');
export const helpDialog = (el: RequestsPage) =>
  root(el).querySelector<HTMLDialogElement>('[part~="shortcuts-dialog"]');

/** The open control of the card of request `id`. */
export const cardButton = (el: RequestsPage, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`.card[data-id="${id}"] button`);

/** The id of the card whose open control has focus. */
export const focusedCard = (el: RequestsPage): string | undefined => {
  const active = root(el).activeElement;
  return active?.matches('.card button') ? active.closest<HTMLElement>('.card')!.dataset.id : undefined;
};

export const inDetail = <E extends Element = HTMLElement>(el: RequestsPage, selector: string) =>
  detailOf(el)?.shadowRoot?.querySelector<E>(selector) ?? null;

/** The open detail's confirmation dialog (the native `<dialog>` inside its `<confirm-dialog>`). */
export const confirmation = (el: RequestsPage) =>
  inDetail(el, 'confirm-dialog')?.shadowRoot?.querySelector('dialog') ?? null;

/** Opens the request of the card named `name` with a click; resolves once focus is on its heading. */
export async function openByClick(el: RequestsPage, name: string): Promise<void> {
  openButton(el, name).click();
  await waitUntil(() => inDetail(el, '[part~="accept-button"]'), 'the detail did not open');
  await waitUntil(() => deepActive()?.id === 'heading', 'focus did not reach the heading');
}
