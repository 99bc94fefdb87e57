import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { deepQuery, waitForElement, waitForPart, waitForText } from './support/dom.js';
import {
  loadedOf,
  makeLongMessage,
  mentorEdLoader,
  receivedMessageId,
  requestStory,
  sentPendingMessageId,
} from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface DetailArgs {
  'request-id'?: string;
}

const meta = {
  title: 'Elements/Message request detail',
  component: 'message-request-detail',
  loaders: [mentorEdLoader],
  args: {},
  argTypes: {
    'request-id': { control: 'text' },
  },
  parameters: {
    ...requestStory(receivedMessageId),
    frame: { width: '44rem' },
    docs: {
      source: {
        code: `<message-request-detail request-id="113"></message-request-detail>
<script type="module">
  const detail = document.querySelector('message-request-detail');
  detail.adapter = adapter; // or inside <requests-page>
  detail.addEventListener('chat-open', (e) => openChat(e.detail.roomId));
</script>`,
      },
    },
  },
  render: (args: DetailArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    return html`<message-request-detail
      .adapter=${loaded.adapter}
      request-id=${ifDefined(args['request-id'] || loaded.requestId)}
    ></message-request-detail>`;
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** A message request the viewer received: the first message, Accept and Reject. */
export const Received: Story = {};

/** A message request the viewer sent: waiting for an answer. */
export const Sent: Story = {
  parameters: requestStory(sentPendingMessageId),
};

/** Accepted: "Open chat" (fires `chat-open` with the room id). */
export const Accepted: Story = {
  parameters: requestStory(receivedMessageId, (db, id) => db.acceptElsewhere(id, 'message')),
};

/** Accept: `request-accept`, `request-accepted`, then `chat-open` (see Actions). */
export const AcceptFlow: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'accept-button'));
    await waitForPart(canvasElement, 'chat-button');
  },
};

/** Reject asks first: the confirm dialog without a reason field. */
export const RejectDialog: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'reject-button'));
    const dialog = await waitForElement(
      () => deepQuery<HTMLDialogElement>(canvasElement, 'dialog[open]'),
      'the open dialog',
    );
    await expect(deepQuery(dialog, 'textarea')).toBeNull();
  },
};

/** Withdrawn or accepted elsewhere while open: Accept answers "already handled". */
export const AlreadyHandledElsewhere: Story = {
  tags: ['fault'],
  play: async ({ canvasElement, loaded }) => {
    const { db, requestId } = loadedOf({ loaded });
    const accept = await waitForPart(canvasElement, 'accept-button');
    db.acceptElsewhere(requestId!, 'message');
    await userEvent.click(accept);
    await waitForText(canvasElement, '[part~="error"]', 'the "already handled" notice');
    await expect(deepQuery(canvasElement, '[part~="accept-button"]')).toBeNull();
  },
};

/** The API never answers: the skeleton. */
export const Loading: Story = {
  tags: ['loading'],
  parameters: requestStory(
    receivedMessageId,
    (db) => db.failNext('connections/getInfo', 'hang', Number.POSITIVE_INFINITY),
    { timeoutMs: 0 },
  ),
};

/** A long Arabic name and a long first message with a long link (wraps inside the bubble). */
export const LongMessageAndNonLatinName: Story = {
  parameters: requestStory(receivedMessageId, makeLongMessage),
};

export const DarkTheme: Story = {
  globals: { scheme: 'dark' },
};

export const RightToLeft: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
};
