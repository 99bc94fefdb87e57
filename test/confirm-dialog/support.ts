/** Shared helpers of the <confirm-dialog> tests (not a test file itself): its parts, opening it, typing a reason. */
import { sendKeys } from '@web/test-runner-commands';
import '../support/define-all.js';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import type { ConfirmDialogCloseEvent } from '../../src/events.js';

export const root = (el: ConfirmDialog) => el.shadowRoot!;
export const dialog = (el: ConfirmDialog) => root(el).querySelector('dialog')!;
export const part = <T extends HTMLElement = HTMLElement>(el: ConfirmDialog, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`);
export const confirmButton = (el: ConfirmDialog) => part<HTMLButtonElement>(el, 'confirm-button')!;
export const cancelButton = (el: ConfirmDialog) => part<HTMLButtonElement>(el, 'cancel-button')!;
export const textarea = (el: ConfirmDialog) => part<HTMLTextAreaElement>(el, 'textarea')!;

/** Collects the `confirm-dialog-close` events fired on `el`. */
export function record(el: HTMLElement): ConfirmDialogCloseEvent[] {
  const events: ConfirmDialogCloseEvent[] = [];
  el.addEventListener('confirm-dialog-close', (event) => events.push(event));
  return events;
}

export async function opened(el: ConfirmDialog): Promise<void> {
  el.show();
  await el.updateComplete;
}

/** Waits for the CSS transitions and animations running inside `el` (computed colours mid-fade lie). */
export async function animationsDone(el: ConfirmDialog): Promise<void> {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

/** Types into the reason field like a user (focus + keyboard). */
export async function typeReason(el: ConfirmDialog, text: string): Promise<void> {
  textarea(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function clearReason(el: ConfirmDialog): Promise<void> {
  const field = textarea(el);
  field.value = '';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
