/**
 * `<requests-page shortcuts>`: the opt-in keyboard shortcuts (README "Keyboard shortcuts"). J / K move
 * between the cards, Enter opens, A moves focus to Accept (it never accepts), R asks to reject, Escape goes
 * back, ? lists them in this dialog. The "Keyboard shortcuts" button is the page's first control, hidden
 * until it has focus.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { deepQuery, waitForElement, waitForPart } from './support/dom.js';
import { loadedOf, mentorEdLoader, type MentorEdStoryParams } from './support/mentored.js';

const meta = {
  title: 'Inbox/Keyboard shortcuts',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  // A fresh seeded emulation of the MentorEd API per story (the loader builds it from this parameter).
  parameters: { mentorEd: {} satisfies MentorEdStoryParams, controls: { include: /^--/ } },
  render: (_args: object, context: { loaded: Record<string, unknown> }) =>
    html`<requests-page .adapter=${loadedOf(context).adapter} shortcuts></requests-page>`,
} satisfies Meta<object>;

export default meta;
type Story = StoryObj<object>;

/** Focuses the first card and presses `?`, as a user does: the help dialog opens, modal, focus on Close. */
async function pressQuestionMark(canvas: HTMLElement): Promise<HTMLDialogElement> {
  const card = await waitForElement(
    () => deepQuery<HTMLButtonElement>(canvas, '[part~="open-button"]'),
    'the first card',
  );
  await waitForPart(canvas, 'shortcuts-button', 'the "Keyboard shortcuts" button');
  card.focus();
  card.dispatchEvent(
    new KeyboardEvent('keydown', { key: '?', code: 'Slash', shiftKey: true, bubbles: true, composed: true }),
  );
  const dialog = await waitForPart<HTMLDialogElement>(canvas, 'shortcuts-dialog', 'the help dialog');
  await waitForElement(() => dialog.open || undefined, 'the help dialog open');
  return dialog;
}

/** `?` pressed in the list: the dialog that lists the shortcuts, in English. */
export const HelpOpen: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await pressQuestionMark(canvasElement);
    await expect(dialog.querySelector('h2')?.textContent).toBe('Keyboard shortcuts');
    await expect(dialog.querySelectorAll('tbody tr')).toHaveLength(7);
  },
};

/** The same in Arabic, right to left (`dir="rtl" lang="ar"` on an ancestor). */
export const HelpOpenArabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await pressQuestionMark(canvasElement);
    await waitForElement(
      () => (dialog.querySelector('h2')?.textContent === 'اختصارات لوحة المفاتيح' ? dialog : undefined),
      'the Arabic heading',
    );
  },
};
