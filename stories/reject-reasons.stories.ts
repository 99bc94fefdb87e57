import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { deepQuery, deepQueryAll, waitForElement, waitForPart } from './support/dom.js';
import { loadedOf, mentorEdLoader, receivedSessionId, requestStory } from './support/mentored.js';

/** Args: the host's own reasons (`rejectReasons`, a property); none means the localized defaults. */
interface ReasonsArgs {
  rejectReasons?: string[];
}

/**
 * The reject confirmation of a session request: reasons to pick from (each fills the reason field, which
 * stays editable) and "Propose another time" (one to three times in the viewer's time zone, written into
 * the reason with their UTC offset, never past MentorEd's 50 words and 255 characters). Loaded in a chunk
 * of its own when the confirmation first opens. The play functions open it.
 */
const meta = {
  title: 'Elements/Session request detail/Reject reasons',
  component: 'session-request-detail',
  loaders: [mentorEdLoader],
  args: {},
  parameters: {
    ...requestStory(receivedSessionId),
    frame: { width: '44rem' },
    docs: {
      source: {
        code: `<session-request-detail request-id="1002" time-zone="Asia/Kolkata"></session-request-detail>
<script type="module">
  const detail = document.querySelector('session-request-detail');
  detail.adapter = adapter;
  // Optional: your own reasons (on <requests-page> too); unset, the localized defaults.
  detail.rejectReasons = ['I only mentor on weekends.', 'Please ask again next month.'];
</script>`,
      },
    },
  },
  render: (args: ReasonsArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    return html`<session-request-detail
      .adapter=${loaded.adapter}
      request-id=${loaded.requestId!}
      time-zone="Asia/Kolkata"
      .rejectReasons=${args.rejectReasons}
    ></session-request-detail>`;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'reject-button'));
    await waitForPart(canvasElement, 'dialog-reason', 'the reasons');
  },
} satisfies Meta<ReasonsArgs>;

export default meta;
type Story = StoryObj<ReasonsArgs>;

/** The localized default reasons; picking one fills the reason field. */
export const Defaults: Story = {
  play: async (context) => {
    await meta.play(context);
    const [first] = deepQueryAll<HTMLButtonElement>(context.canvasElement, '[part~="dialog-reason"]');
    await userEvent.click(first!);
    const field = deepQuery<HTMLTextAreaElement>(context.canvasElement, 'textarea')!;
    await expect(field.value).toBe(first!.textContent!.trim());
  },
};

/** The host's own list (`rejectReasons`) instead of the defaults. */
export const HostList: Story = {
  args: {
    rejectReasons: [
      'I only mentor on weekends.',
      'Please ask again next month.',
      'Ravi knows this topic best.',
    ],
  },
  play: async (context) => {
    await meta.play(context);
    const texts = deepQueryAll(context.canvasElement, '[part~="dialog-reason"]').map((b) =>
      b.textContent!.trim(),
    );
    await expect(texts).toEqual([
      'I only mentor on weekends.',
      'Please ask again next month.',
      'Ravi knows this topic best.',
    ]);
  },
};

/** "Propose another time" with two times, previewed, then written into the reason after a picked reason. */
export const ProposalWithTwoTimes: Story = {
  play: async (context) => {
    const root = context.canvasElement;
    await meta.play(context);
    await userEvent.click(deepQueryAll<HTMLButtonElement>(root, '[part~="dialog-reason"]')[0]!);
    await userEvent.click(await waitForPart(root, 'dialog-propose-button'));
    const add = await waitForElement(() => deepQuery<HTMLButtonElement>(root, '.rr-add'), 'Add another time');
    await userEvent.click(add);
    await waitForElement(() => deepQueryAll(root, '.rr-slot').length === 2 || undefined, 'two times');
    const preview = deepQuery(root, '[part~="dialog-preview"]')!.textContent!.trim();
    await expect(preview).toMatch(/\(UTC\+05:30\) or .+\(UTC\+05:30\)\?$/);
    await userEvent.click(deepQuery<HTMLButtonElement>(root, '.rr-row .button')!);
    await expect(deepQuery<HTMLTextAreaElement>(root, 'textarea')!.value).toContain(preview);
  },
};

/** In Arabic, right to left: the reasons, the proposal and its sentence in Arabic. */
export const Arabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  play: async (context) => {
    const root = context.canvasElement;
    await meta.play(context);
    await waitForElement(
      () => deepQuery(root, '[part~="dialog-reason"]')?.textContent?.includes('لست متاحًا') || undefined,
      'the Arabic reasons',
    );
    await userEvent.click(await waitForPart(root, 'dialog-propose-button'));
    await waitForElement(
      () => deepQuery(root, '[part~="dialog-preview"]')?.textContent?.includes('هل يمكننا') || undefined,
      'the Arabic sentence',
    );
  },
};
