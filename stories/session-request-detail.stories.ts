import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { deepQuery, waitForElement, waitForPart, waitForText } from './support/dom.js';
import {
  acceptWithZoomLink,
  loadedOf,
  makeLongAndNonLatin,
  mentorEdLoader,
  receivedSessionId,
  requestStory,
  sentPendingSessionId,
} from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface DetailArgs {
  'request-id'?: string;
  'time-zone'?: string;
}

const meta = {
  title: 'Elements/Session request detail',
  component: 'session-request-detail',
  loaders: [mentorEdLoader],
  args: {},
  argTypes: {
    'request-id': { control: 'text' },
    'time-zone': { control: 'text' },
  },
  parameters: {
    // By default: the first received, pending request, loaded by id through the adapter.
    ...requestStory(receivedSessionId),
    frame: { width: '44rem' },
    docs: {
      source: {
        code: `<session-request-detail request-id="1002" time-zone="Asia/Kolkata"></session-request-detail>
<script type="module">
  document.querySelector('session-request-detail').adapter = adapter; // or inside <requests-page>
</script>`,
      },
    },
  },
  render: (args: DetailArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    return html`<session-request-detail
      .adapter=${loaded.adapter}
      request-id=${ifDefined(args['request-id'] || loaded.requestId)}
      time-zone=${ifDefined(args['time-zone'] || undefined)}
    ></session-request-detail>`;
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** A request the viewer received: Accept and Reject. */
export const Received: Story = {};

/** A request the viewer sent: waiting for the mentor, no actions. */
export const Sent: Story = {
  parameters: requestStory(sentPendingSessionId),
};

/** Accepted, with a Zoom link (join link, meeting URL, Edit link). */
export const AcceptedWithZoomLink: Story = {
  parameters: requestStory(receivedSessionId, acceptWithZoomLink),
};

/** Accepted, no link yet (the server's default platform): "Add meeting link". */
export const AcceptedWithoutLink: Story = {
  parameters: requestStory(receivedSessionId, (db, id) => db.acceptElsewhere(id)),
};

/**
 * Accepted, and the session holds a link that is not https (upstream's Zoom pattern allows `http://`): it
 * shows as plain text, never a link, with a warning and Edit link to replace it.
 */
export const AcceptedWithStoredHttpLink: Story = {
  parameters: requestStory(receivedSessionId, (db, id) => {
    acceptWithZoomLink(db, id);
    const sessionId = db.sessionRequest(id)?.session_id;
    const session = db.sessions.find((s) => s.id === sessionId);
    if (session) session.meeting_info = { ...session.meeting_info, link: 'http://zoom.us/j/81234567890' };
  }),
  play: async ({ canvasElement }) => {
    await waitForElement(() => deepQuery(canvasElement, '.link-section .notice'), 'the stored-link warning');
    await waitForPart(canvasElement, 'link-button');
    await expect(deepQuery(canvasElement, '.link-section [href]')).toBeNull();
  },
};

/** Accepted on a deployment whose meetings run on the platform (BigBlueButton): the room opens at the start. */
export const AcceptedMeetingOnThePlatform: Story = {
  parameters: {
    mentorEd: {
      ...requestStory(receivedSessionId, (db, id) => db.acceptElsewhere(id)).mentorEd,
      defaultMeetingPlatform: 'BBB',
    },
  },
  play: async ({ canvasElement }) => {
    await waitForPart(canvasElement, 'link-button');
    await expect(deepQuery(canvasElement, '.link-section')?.textContent).toContain(
      'The meeting runs on the platform',
    );
  },
};

/** The meeting-link form, opened by the play function. */
export const AddingALink: Story = {
  parameters: AcceptedWithoutLink.parameters,
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'link-button'));
    await waitForPart(canvasElement, 'form');
  },
};

/** The link form refuses a link that is not a meeting URL (our link rules), before any call. */
export const InvalidLink: Story = {
  parameters: AcceptedWithoutLink.parameters,
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'link-button'));
    const url = await waitForElement(
      () => deepQuery<HTMLInputElement>(canvasElement, '#link-url'),
      'the URL field',
    );
    await userEvent.type(url, 'http://meet.google.com.evil.example/abc');
    url.blur(); // leaving a field checks it
    await waitForText(canvasElement, '[part~="field-error"]', 'a field error');
    // Save stays enabled: the message next to the field says what to fix.
    await expect(deepQuery<HTMLInputElement>(canvasElement, '#link-url')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
  },
};

/** The slot has ended: tagged Expired, no actions. */
export const Expired: Story = {
  parameters: requestStory(receivedSessionId, (db, id) => db.expire(id)),
};

/** Rejected (on another device), with the reason given. */
export const Rejected: Story = {
  parameters: requestStory(receivedSessionId, (db, id) =>
    db.rejectElsewhere(id, 'session', 'I am travelling that week; could you pick a slot in May?'),
  ),
};

/** Reject asks first, with an optional reason of at most 50 words (the confirm dialog in its reason form). */
export const RejectWithReason: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await waitForPart(canvasElement, 'reject-button'));
    const textarea = await waitForElement(
      () => deepQuery<HTMLTextAreaElement>(canvasElement, 'textarea'),
      'the reason field',
    );
    await waitForElement(() => textarea.checkVisibility() || undefined, 'the open dialog');
    textarea.value = 'I am travelling that week. Could we find another slot?';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** Accepted on another device while open: Accept answers "already handled", and the view refreshes. */
export const AlreadyHandledElsewhere: Story = {
  tags: ['fault'],
  play: async ({ canvasElement, loaded }) => {
    const { db, requestId } = loadedOf({ loaded });
    const accept = await waitForPart(canvasElement, 'accept-button');
    db.acceptElsewhere(requestId!);
    await userEvent.click(accept);
    await waitForText(canvasElement, '[part~="error"]', 'the "already handled" notice');
    await waitForElement(() => deepQuery(canvasElement, '[part~="status"].accepted'), 'the refreshed status');
    await expect(deepQuery(canvasElement, '[part~="accept-button"]')).toBeNull();
  },
};

/** The API never answers: the skeleton (announced as loading once). */
export const Loading: Story = {
  tags: ['loading'],
  parameters: requestStory(
    receivedSessionId,
    (db) => db.failNext('requestSessions/getDetails', 'hang', Number.POSITIVE_INFINITY),
    { timeoutMs: 0 },
  ),
};

/** Loading fails once (500): the error with Retry; Retry loads it. */
export const LoadError: Story = {
  tags: ['fault'],
  parameters: requestStory(receivedSessionId, (db) => db.failNext('requestSessions/getDetails', 500)),
};

/** A very long, non-Latin name, three designations, a long title and agenda ("Show more"). */
export const LongTextsAndNonLatinName: Story = {
  parameters: requestStory(receivedSessionId, makeLongAndNonLatin),
};

export const DarkTheme: Story = {
  globals: { scheme: 'dark' },
  parameters: AcceptedWithZoomLink.parameters,
};

export const RightToLeft: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  parameters: AcceptedWithZoomLink.parameters,
};
