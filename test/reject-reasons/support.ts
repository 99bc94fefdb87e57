/**
 * Shared setup of the reject reasons tests (not a test file itself): opening the reject confirmation of a
 * session detail, and reading and driving its reasons, its proposal and the dialog's reason field.
 */
import { waitUntil } from '@open-wc/testing';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { $, $$, button } from '../detail-helpers.js';

/** The MentorEd limits (validators/v1/requestSessions.js `reject`; the VARCHAR(255) column). */
export const MENTORED_LIMITS = { reasonMaxWords: 50, reasonMaxChars: 255 };

/** Clicks Reject (its label in any language: the part) and waits for the dialog with its reasons part. */
export async function openReject(el: HTMLElement): Promise<ConfirmDialog> {
  $<HTMLButtonElement>(el, '[part~="reject-button"]')!.click();
  return opened(el);
}

/** Waits for the reject dialog (opened by a click or a key) with its reasons part. */
export async function opened(el: HTMLElement): Promise<ConfirmDialog> {
  const dialog = $<ConfirmDialog>(el, 'confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');
  await waitUntil(() => $(el, '[part~="dialog-propose-button"]'), 'the reasons did not load');
  return dialog;
}

export const inDialog = <E extends Element = HTMLElement>(dialog: ConfirmDialog, selector: string): E =>
  dialog.shadowRoot!.querySelector<E>(selector)!;

export const field = (dialog: ConfirmDialog) => inDialog<HTMLTextAreaElement>(dialog, 'textarea');
export const counter = (dialog: ConfirmDialog) => inDialog(dialog, '[part~="counter"]').textContent!.trim();
export const confirmButton = (dialog: ConfirmDialog) =>
  inDialog<HTMLButtonElement>(dialog, '[part~="confirm-button"]');
export const cancelButton = (dialog: ConfirmDialog) =>
  inDialog<HTMLButtonElement>(dialog, '[part~="cancel-button"]');

/** The reasons offered (their visible text). */
export const chips = (el: HTMLElement): HTMLButtonElement[] =>
  $$<HTMLButtonElement>(el, '[part~="dialog-reason"]');
export const chipTexts = (el: HTMLElement): string[] => chips(el).map((c) => c.textContent!.trim());
export const chip = (el: HTMLElement, text: string) => chips(el).find((c) => c.textContent!.trim() === text)!;

/** Types `text` into the dialog's reason field as a user's input would. */
export async function typeReason(dialog: ConfirmDialog, text: string): Promise<void> {
  const box = field(dialog);
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
}

/** Everything rendered: the detail (which renders the slotted part) and the dialog (its field, counter). */
export async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }, dialog: ConfirmDialog) {
  await el.updateComplete;
  await dialog.updateComplete;
}

// ---- The proposal ----------------------------------------------------------------------------------

/** Each proposed time's group (a fieldset of a date field and a time field). */
export const slots = (el: HTMLElement) => $$<HTMLFieldSetElement>(el, '.rr-slot');
/** The `index`th proposed time's date and time fields. */
export const slotFields = (el: HTMLElement, index: number) =>
  Array.from(slots(el)[index]!.querySelectorAll<HTMLInputElement>('[part~="dialog-slot-input"]')) as [
    HTMLInputElement,
    HTMLInputElement,
  ];
/** The proposed times as "date T time" ("2037-12-05T16:00"). */
export const slotValues = (el: HTMLElement) =>
  slots(el).map((_, i) =>
    slotFields(el, i)
      .map((input) => input.value)
      .join('T'),
  );
export const preview = (el: HTMLElement) => $(el, '[part~="dialog-preview"]')!.textContent!.trim();
export const addTime = (el: HTMLElement) => button(el, 'Add another time');
export const insertButton = (el: HTMLElement) => button(el, 'Add to reason')!;
/** The message that says why a time cannot be added or the proposal cannot go in ('' when none). */
export const noRoom = (el: HTMLElement) => $(el, '#rr-room')?.textContent?.trim() ?? '';

/** Opens "Propose another time". */
export async function propose(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="dialog-propose-button"]')!.click();
  await el.updateComplete;
}

/** Sets the `index`th proposed time ("2037-12-05T16:00", or '' to clear it) as picking it would. */
export async function setSlot(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  index: number,
  value: string,
): Promise<void> {
  const [date = '', time = ''] = value.split('T');
  const [dateField, timeField] = slotFields(el, index);
  for (const [input, part] of [
    [dateField, date],
    [timeField, time],
  ] as const) {
    input.value = part;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

/** `count` short words ("w1 w2 …"). */
export const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i + 1}`).join(' ');
