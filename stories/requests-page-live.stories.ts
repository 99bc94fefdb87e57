/**
 * Live updates (docs/live.md): the inbox polls the emulated MentorEd server, here every 1.5 s (the default
 * is 60 s), and offers what arrived as "N new requests" instead of moving the list under the pointer.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent } from 'storybook/test';
import { deepQuery, waitForElement, waitForPart } from './support/dom.js';
import { loadedOf, mentorEdLoader, type MentorEdStoryParams } from './support/mentored.js';

interface LiveArgs {
  'poll-interval': number;
}

const meta = {
  title: 'Inbox/Live updates',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  // A fresh seeded emulation per story (the loader builds it from this parameter).
  // Only the control this render uses, and the CSS custom properties (applied around every story).
  parameters: { mentorEd: {} satisfies MentorEdStoryParams, controls: { include: /^(poll-interval|--.*)$/ } },
  args: { 'poll-interval': 1500 },
  argTypes: { 'poll-interval': { control: { type: 'number', min: 0, step: 500 } } },
  render: (args: LiveArgs, context: { loaded: Record<string, unknown> }) =>
    html`<requests-page
      .adapter=${loadedOf(context).adapter}
      poll-interval=${args['poll-interval']}
    ></requests-page>`,
} satisfies Meta<LiveArgs>;

export default meta;
type Story = StoryObj<LiveArgs>;

const cards = (canvas: HTMLElement) =>
  waitForElement(() => deepQuery(canvas, '[part~="card"]:not([part~="skeleton"])'), 'the cards');

/** A request arrives on the server (another device sends it): the next poll offers it, the list stays. */
export const NewRequestArrives: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { db } = loadedOf({ loaded });
    await cards(canvasElement);
    db.receiveSessionRequest();
    await waitForPart(canvasElement, 'new-requests', 'the "1 new request" control');
  },
};

/** The user shows the new request: the list's first page again, focus on the new card. */
export const NewRequestShown: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { db } = loadedOf({ loaded });
    await cards(canvasElement);
    db.receiveSessionRequest();
    await userEvent.click(await waitForPart(canvasElement, 'new-requests', 'the "1 new request" control'));
    await waitForElement(
      () => !deepQuery(canvasElement, '[part~="new-requests"]') || undefined,
      'the new request shown',
    );
  },
};
