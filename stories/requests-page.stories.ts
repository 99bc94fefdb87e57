import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import cem from '../custom-elements.json' with { type: 'json' };
import type { RequestsTab } from '../src/events.js';
import { deepQuery, deepQueryAll, waitForElement, waitForPart, waitForText } from './support/dom.js';
import { controlsOff, storyManifest } from './support/manifest.js';
import {
  loadedOf,
  makeLongAndNonLatin,
  mentorEdLoader,
  receivedSessionId,
  type MentorEdStoryParams,
} from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface PageArgs {
  tab: RequestsTab;
  'page-size': number;
  'open-id'?: string;
  'time-zone'?: string;
  freshness: number;
}

const meta = {
  title: 'Inbox/Requests page',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  args: { tab: 'session', 'page-size': 20, freshness: 60_000 },
  argTypes: {
    ...controlsOff(storyManifest(cem), 'requests-page', ['adapter']),
    tab: { control: 'inline-radio', options: ['session', 'message'] },
  },
  parameters: {
    mentorEd: {} satisfies MentorEdStoryParams,
    docs: {
      description: {
        component:
          'The whole inbox. Every story here talks to the MSW emulation of the MentorEd API through the real ' +
          '`MentorEdAdapter` (`new MentorEdAdapter({ baseUrl: location.origin + "/mentoring/v1", token })`), ' +
          'with fresh seeded data per story. Use the toolbar to switch theme, direction and language.',
      },
      source: {
        code: `<requests-page tab="session" page-size="20"></requests-page>
<script type="module">
  import 'mentoring-requests/define.js';
  import { MentorEdAdapter } from 'mentoring-requests/adapters';
  document.querySelector('requests-page').adapter =
    new MentorEdAdapter({ baseUrl: 'https://mentoring.example.org/mentoring/v1', token: userToken });
</script>`,
      },
    },
  },
  render: (args: PageArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    const openId = args['open-id'] || (loaded.openId as string | undefined);
    return html`<requests-page
      .adapter=${loaded.adapter}
      tab=${args.tab}
      page-size=${args['page-size']}
      .freshness=${args.freshness}
      open-id=${ifDefined(openId || undefined)}
      time-zone=${ifDefined(args['time-zone'] || undefined)}
    ></requests-page>`;
  },
} satisfies Meta<PageArgs>;

export default meta;
type Story = StoryObj<PageArgs>;

const page = (canvas: HTMLElement) =>
  waitForElement(() => deepQuery(canvas, 'requests-page'), '<requests-page>');

/** The open buttons of received, pending cards (the emphasized ones). */
const actionableCards = (canvas: HTMLElement) =>
  deepQueryAll<HTMLButtonElement>(canvas, 'button.open.primary');

/** The seeded data: received and sent session requests, pending and expired. */
export const Default: Story = {};

export const MessageRequests: Story = {
  args: { tab: 'message' },
};

/** 64 session and 30 message requests, 8 per page: "Load more" and infinite scroll. */
export const ManyRequests: Story = {
  args: { 'page-size': 8 },
  parameters: { mentorEd: { sessionRequests: 64, messageRequests: 30 } satisfies MentorEdStoryParams },
};

export const Empty: Story = {
  parameters: { mentorEd: { sessionRequests: 0, messageRequests: 0 } satisfies MentorEdStoryParams },
};

/** The API never answers: the skeleton stays (no layout jump when data arrives). */
export const Loading: Story = {
  tags: ['loading'],
  parameters: {
    mentorEd: {
      setup: (db) => db.failNext('any', 'hang', Number.POSITIVE_INFINITY),
      adapter: { timeoutMs: 0 },
    } satisfies MentorEdStoryParams,
  },
};

/** The list (and the counts) fail once with a 500: the error with Retry. Retry recovers. */
export const LoadError: Story = {
  tags: ['fault'],
  parameters: {
    mentorEd: { setup: (db) => db.failNext('requestSessions/list', 500, 2) } satisfies MentorEdStoryParams,
  },
};

/** As LoadError, then the play function presses Retry and the list arrives. */
export const ErrorThenRetry: Story = {
  tags: ['fault'],
  parameters: {
    mentorEd: { setup: (db) => db.failNext('requestSessions/list', 500, 2) } satisfies MentorEdStoryParams,
  },
  play: async ({ canvasElement }) => {
    // The list's own error (with its title), not the counts' alone: when the counts fail first, their Retry
    // shows while the list is still loading, and clicking it retries only the counts.
    await waitForElement(() => deepQuery(canvasElement, '.error-title'), 'the list error');
    const retry = await waitForPart(canvasElement, 'retry-button', 'the Retry button');
    await userEvent.click(retry);
    await waitForElement(
      () => deepQuery(canvasElement, '[part~="card"]:not([part~="skeleton"])'),
      'the cards',
    );
    // The pending counts failed too; their Retry runs alongside: the error goes once both are back.
    await waitForElement(() => !deepQuery(canvasElement, '[part~="error"]'), 'the error to go');
    await expect(deepQuery(canvasElement, '[part~="error"]')).toBeNull();
  },
};

/** The browser is offline (navigator.onLine false) and every API call fails as a dropped connection. */
export const Offline: Story = {
  tags: ['fault'],
  parameters: {
    offline: true,
    mentorEd: {
      setup: (db) => {
        db.offline = true;
      },
    } satisfies MentorEdStoryParams,
  },
};

/** `open-id` deep-links to one request: the detail with Back. */
export const OpenedRequest: Story = {
  parameters: {
    mentorEd: { setup: (db) => ({ openId: receivedSessionId(db) }) } satisfies MentorEdStoryParams,
  },
};

/** Opens the first received request and accepts it: `request-open`, `request-accept`, `request-accepted`. */
export const AcceptFlow: Story = {
  play: async ({ canvasElement }) => {
    await page(canvasElement);
    const open = await waitForElement(() => actionableCards(canvasElement)[0], 'a received request');
    await userEvent.click(open);
    const accept = await waitForPart(canvasElement, 'accept-button', 'the Accept button');
    await userEvent.click(accept);
    await waitForElement(() => deepQuery(canvasElement, '.notice.success'), 'the success message');
  },
};

/** The request is accepted on another device while it is open: Accept says so and the list refreshes. */
export const AlreadyHandledElsewhere: Story = {
  tags: ['fault'],
  play: async ({ canvasElement, loaded }) => {
    const { db } = loadedOf({ loaded });
    const id = db.pendingReceivedSessionIds()[0]!;
    await page(canvasElement);
    const card = await waitForElement(
      () => deepQuery<HTMLElement>(canvasElement, `[part~="card"][data-id="${id}"] button.open`),
      `the card of request ${id}`,
    );
    await userEvent.click(card);
    const accept = await waitForPart(canvasElement, 'accept-button', 'the Accept button');
    db.acceptElsewhere(id);
    await userEvent.click(accept);
    await waitForText(canvasElement, '[part~="error"]', 'the "already handled" notice');
  },
};

/** Long titles, agendas and designations, and names in Devanagari, Arabic, Han, Cyrillic and Tamil. */
export const LongTextsAndNonLatinNames: Story = {
  parameters: {
    mentorEd: {
      sessionRequests: 24,
      setup: (db) => {
        for (const id of db.pendingReceivedSessionIds().slice(0, 2)) makeLongAndNonLatin(db, id);
      },
    } satisfies MentorEdStoryParams,
  },
};

/** `color-scheme: dark` on an ancestor: the tokens follow (light-dark()). */
export const DarkTheme: Story = {
  globals: { scheme: 'dark' },
};

/** `dir="rtl" lang="ar"` on an ancestor: Arabic, mirrored layout, arrow keys mirrored in the tabs. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
};

/** `lang="hi"` on an ancestor: Hindi, loaded lazily. */
export const Hindi: Story = {
  globals: { lang: 'hi' },
};

/** The detail in dark and right-to-left. */
export const OpenedRequestDarkRtl: Story = {
  globals: { scheme: 'dark', dir: 'rtl', lang: 'ar' },
  parameters: OpenedRequest.parameters,
};

/** 320 CSS px wide (reflow): cards stack, nothing scrolls sideways. */
export const Narrow: Story = {
  parameters: { frame: { width: '320px', padding: '0.5rem' } },
  play: async ({ canvasElement }) => {
    const inbox = await page(canvasElement);
    await waitForElement(() => deepQuery(canvasElement, 'button.open'), 'the cards');
    await expect(inbox.scrollWidth).toBeLessThanOrEqual(inbox.clientWidth);
  },
};
