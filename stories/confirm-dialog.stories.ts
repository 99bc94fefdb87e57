import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { ConfirmDialog } from '../src/elements/confirm-dialog/confirm-dialog.js';
import { deepQuery, waitForElement } from './support/dom.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface DialogArgs {
  open: boolean;
  heading: string;
  message: string;
  'confirm-label': string;
  'cancel-label': string;
  tone: 'neutral' | 'danger';
  'with-reason': boolean;
  'reason-label': string;
  'reason-max-words': number;
  'reason-max-chars': number;
}

const meta = {
  title: 'Elements/Confirm dialog',
  component: 'confirm-dialog',
  args: {
    open: true,
    heading: 'Reject this request?',
    message: 'Asha Rao will be told that you rejected the request.',
    'confirm-label': 'Reject',
    'cancel-label': 'Cancel',
    tone: 'danger',
    'with-reason': false,
    'reason-label': '',
    'reason-max-words': 0,
    'reason-max-chars': 0,
  },
  argTypes: {
    tone: { control: 'inline-radio', options: ['neutral', 'danger'] },
  },
  parameters: { docs: { story: { iframeHeight: 460 } } },
  render: (args: DialogArgs) =>
    html`<confirm-dialog
      ?open=${args.open}
      heading=${args.heading}
      message=${args.message}
      confirm-label=${args['confirm-label']}
      cancel-label=${args['cancel-label']}
      tone=${args.tone}
      ?with-reason=${args['with-reason']}
      reason-label=${args['reason-label'] || nothing}
      reason-max-words=${args['reason-max-words']}
      reason-max-chars=${args['reason-max-chars']}
    ></confirm-dialog>`,
} satisfies Meta<DialogArgs>;

export default meta;
type Story = StoryObj<DialogArgs>;

/** The short form: a question, Cancel and a destructive Confirm (opened with the `open` attribute). */
export const WithoutReason: Story = {};

/** The reason form: an optional reason, at most 50 words, with a live counter. */
export const WithReason: Story = {
  args: {
    heading: 'Reject this session request?',
    message: 'You can tell Asha Rao why. The reason is sent with the rejection.',
    'with-reason': true,
    'reason-label': 'Reason for Asha Rao (optional)',
    'reason-max-words': 50,
  },
};

/** Over the word limit: the error is announced and Confirm is disabled. */
export const ReasonOverTheLimit: Story = {
  args: WithReason.args,
  play: async ({ canvasElement }) => {
    const textarea = await waitForElement(
      () => deepQuery<HTMLTextAreaElement>(canvasElement, 'textarea'),
      'the reason field',
    );
    textarea.value = Array.from({ length: 55 }, (_, i) => `word${i + 1}`).join(' ');
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitForElement(
      () => deepQuery(canvasElement, '[part~="error"]:not([hidden])'),
      'the word-limit error',
    );
    await expect(deepQuery<HTMLButtonElement>(canvasElement, '[part~="confirm-button"]')?.disabled).toBe(
      true,
    );
  },
};

/**
 * Both limits, as MentorEd has them: at most 50 words (its validator) and 255 characters (its column). The
 * counter shows both; the play function types a reason of 26 words and 256 characters, and the error says
 * which limit it exceeds.
 */
export const WithWordAndCharacterLimits: Story = {
  args: { ...WithReason.args, 'reason-max-chars': 255 },
  play: async ({ canvasElement }) => {
    const textarea = await waitForElement(
      () => deepQuery<HTMLTextAreaElement>(canvasElement, 'textarea'),
      'the reason field',
    );
    textarea.value = `${'abcdefghi '.repeat(25)}abcdef`;
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const error = await waitForElement(
      () => deepQuery(canvasElement, '[part~="error"]:not([hidden])'),
      'the character-limit error',
    );
    await expect(error.textContent).toBe('Use at most 255 characters.');
    await expect(deepQuery<HTMLButtonElement>(canvasElement, '[part~="confirm-button"]')?.disabled).toBe(
      true,
    );
  },
};

/** The neutral tone (a primary Confirm) with custom labels. */
export const Neutral: Story = {
  args: {
    heading: 'Accept this session request?',
    message: 'The slot will be booked in your calendar and Asha Rao will be told.',
    'confirm-label': 'Accept',
    'cancel-label': 'Not now',
    tone: 'neutral',
  },
};

/**
 * The usual way to use it from code: `await dialog.ask({ ... })` resolves with `{ confirmed, reason? }`.
 * The play function opens it from the button.
 */
export const AskFromCode: Story = {
  args: { open: false },
  render: () => {
    const onClick = async (event: Event) => {
      const host = (event.currentTarget as HTMLElement).closest('.ask-demo')!;
      const dialog = host.querySelector<ConfirmDialog>('confirm-dialog')!;
      const output = host.querySelector('output')!;
      const { confirmed, reason } = await dialog.ask({
        heading: 'Reject this session request?',
        message: 'You can tell Asha Rao why.',
        confirmLabel: 'Reject',
        tone: 'danger',
        withReason: true,
        reasonMaxWords: 50,
      });
      output.textContent = confirmed ? `Rejected${reason ? ` — reason: “${reason}”` : ''}` : 'Kept';
    };
    return html`<div class="ask-demo">
      <button type="button" @click=${onClick}>Reject request…</button>
      <p>Answer: <output>—</output></p>
      <confirm-dialog></confirm-dialog>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const trigger = await waitForElement(() => canvasElement.querySelector('button'), 'the trigger button');
    await userEvent.click(trigger);
    await waitForElement(() => deepQuery(canvasElement, 'dialog[open]'), 'the open dialog');
  },
};

export const DarkTheme: Story = {
  args: WithReason.args,
  globals: { scheme: 'dark' },
};

export const RightToLeft: Story = {
  args: {
    heading: 'رفض هذا الطلب؟',
    message: 'سيتم إخبار أشا راو بأنك رفضت الطلب.',
    'confirm-label': '',
    'cancel-label': '',
    'with-reason': true,
    'reason-max-words': 50,
  },
  globals: { dir: 'rtl', lang: 'ar' },
};
