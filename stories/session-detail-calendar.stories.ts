import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { deepQuery, deepQueryAll, waitForPart } from './support/dom.js';
import {
  acceptWithZoomLink,
  loadedOf,
  mentorEdLoader,
  receivedSessionId,
  requestStory,
} from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface DetailArgs {
  'request-id'?: string;
  'time-zone'?: string;
}

/**
 * "Add to calendar" on an accepted session (issue 15): a disclosure with the `.ics` download, Google
 * Calendar and Outlook on the web. Its code is a chunk of its own, loaded with the accepted view; each
 * option fires the cancelable `calendar-add` first.
 */
const meta = {
  title: 'Elements/Session request detail: Add to calendar',
  component: 'session-request-detail',
  loaders: [mentorEdLoader],
  args: {},
  argTypes: {
    'request-id': { control: 'text' },
    'time-zone': { control: 'text' },
  },
  parameters: {
    // The first received request, accepted, with a Zoom link (what the calendar entry carries).
    ...requestStory(receivedSessionId, acceptWithZoomLink),
    frame: { width: '44rem' },
    docs: {
      source: {
        code: `<session-request-detail request-id="1002" time-zone="Asia/Kolkata"></session-request-detail>
<script type="module">
  const detail = document.querySelector('session-request-detail');
  detail.adapter = adapter;
  // Optional: add the session your own way (e.g. Outlook for work accounts, outlook.office.com).
  detail.addEventListener('calendar-add', (event) => {
    if (event.detail.target === 'outlook') event.preventDefault(); // then open your own link
  });
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

/** Opens the options with the button, as a user would, and checks what they offer. */
async function openMenu(canvasElement: HTMLElement): Promise<void> {
  const toggle = await waitForPart(canvasElement, 'calendar-button');
  await userEvent.click(toggle);
  await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const links = deepQueryAll<HTMLAnchorElement>(canvasElement, 'a[part~="calendar-option"]');
  await expect(links.map((a) => new URL(a.href).host)).toEqual(['calendar.google.com', 'outlook.live.com']);
  await expect(deepQuery(canvasElement, 'button[part~="calendar-option"]')).not.toBeNull();
}

/** Closed: the "Add to calendar" button under the meeting link. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const toggle = await waitForPart(canvasElement, 'calendar-button');
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
  },
};

/** Open: download the .ics file, or open Google Calendar or Outlook.com in a new tab. */
export const Open: Story = {
  play: async ({ canvasElement }) => openMenu(canvasElement),
};

/** Closed, in Arabic (right to left). */
export const ClosedArabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  play: Closed.play,
};

/** Open, in Arabic (right to left). */
export const OpenArabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  play: async ({ canvasElement }) => openMenu(canvasElement),
};

/** Open, in Arabic, dark. */
export const OpenArabicDark: Story = {
  globals: { dir: 'rtl', lang: 'ar', scheme: 'dark' },
  play: async ({ canvasElement }) => openMenu(canvasElement),
};
