import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { FilterChangeEvent, RequestsTab } from '../src/events.js';
import type { DirectionFilter, StatusFilter } from '../src/store/filters.js';
import {
  deepQuery,
  deepQueryAll,
  deepQueryByText,
  waitForElement,
  waitForPart,
  waitForText,
} from './support/dom.js';
import {
  ensureHistory,
  loadedOf,
  makeLongAndNonLatin,
  mentorEdLoader,
  receivedSessionId,
  rejectedWithReason,
  type MentorEdStoryParams,
} from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface PageArgs {
  tab: RequestsTab;
  /** Whose requests: `received` (default: the queue), `sent` or `all`. */
  direction: DirectionFilter;
  /** Session tab only: `pending` (default), `accepted`, `rejected`, `expired` or `all`. */
  status: StatusFilter;
  'page-size': number;
  'open-id'?: string;
  'time-zone'?: string;
  freshness: number;
  'poll-interval'?: number;
  'virtualize-threshold'?: number;
}

const meta = {
  title: 'Inbox/Requests page',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  args: { tab: 'session', direction: 'received', status: 'pending', 'page-size': 20, freshness: 60_000 },
  argTypes: {
    tab: { control: 'inline-radio', options: ['session', 'message'] },
    direction: { control: 'inline-radio', options: ['received', 'sent', 'all'] },
    status: { control: 'select', options: ['pending', 'accepted', 'rejected', 'expired', 'all'] },
  },
  parameters: {
    // The seeded history (accepted, rejected, expired), completed through the db API where it lacks a kind.
    mentorEd: { setup: ensureHistory } satisfies MentorEdStoryParams,
    docs: {
      description: {
        component:
          'The whole inbox. Every story here talks to the MSW emulation of the MentorEd API through the real ' +
          '`MentorEdAdapter` (`new MentorEdAdapter({ baseUrl: location.origin + "/mentoring/v1", token })`), ' +
          'with fresh seeded data per story. Use the toolbar to switch theme, direction and language.',
      },
      source: {
        code: `<requests-page tab="session" direction="received" status="pending" page-size="20"></requests-page>
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
      direction=${args.direction}
      status=${args.status}
      page-size=${args['page-size']}
      .freshness=${args.freshness}
      open-id=${ifDefined(openId || undefined)}
      time-zone=${ifDefined(args['time-zone'] || undefined)}
      poll-interval=${ifDefined(args['poll-interval'])}
      virtualize-threshold=${ifDefined(args['virtualize-threshold'])}
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

/** The cards shown in the active list (not the skeleton). */
const cards = (canvas: HTMLElement) => deepQueryAll(canvas, '[part~="card"]:not([part~="skeleton"])');
const waitForCards = (canvas: HTMLElement) => waitForElement(() => cards(canvas)[0], 'the cards');
const select = (canvas: HTMLElement, id: 'filter-direction' | 'filter-status') =>
  waitForElement(() => deepQuery<HTMLSelectElement>(canvas, `#${id}`), `the #${id} select`);

/**
 * The default view: the mentor's queue, received and pending (exactly what the tab's count counts),
 * with the filters above it. No card carries a Sent / Received or status tag.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    await expect((await select(canvasElement, 'filter-direction')).value).toBe('received');
    await expect((await select(canvasElement, 'filter-status')).value).toBe('pending');
    await expect(deepQueryAll(canvasElement, '.card [part~="badge"]')).toHaveLength(0);
  },
};

/** `direction="sent"`: the requests the viewer sent, still pending. */
export const Sent: Story = {
  args: { direction: 'sent' },
};

/** `direction="all"`: both directions; each card says Sent or Received. */
export const AllDirections: Story = {
  args: { direction: 'all' },
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    await expect(deepQueryAll(canvasElement, '.card [part~="badge-direction"]').length).toBe(
      cards(canvasElement).length,
    );
  },
};

/** `status="accepted"`: accepted requests stay reachable; opening one offers Add link / Edit link. */
export const Accepted: Story = {
  args: { status: 'accepted' },
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    await expect(deepQuery(canvasElement, '.card .badge.accepted')).not.toBeNull();
    const open = await waitForElement(
      () => deepQuery<HTMLButtonElement>(canvasElement, '.card button.open'),
      'an accepted request',
    );
    await userEvent.click(open);
    await waitForPart(canvasElement, 'link-button', 'the Add link / Edit link button');
  },
};

/** `status="rejected"`: rejected requests; opening one shows the reason it was rejected with. */
export const Rejected: Story = {
  args: { status: 'rejected' },
  parameters: {
    mentorEd: {
      setup: (db) => {
        ensureHistory(db);
        return { rejected: rejectedWithReason(db) };
      },
    } satisfies MentorEdStoryParams,
  },
  play: async ({ canvasElement, loaded }) => {
    const { id, reason } = loadedOf({ loaded }).rejected as { id: string; reason: string };
    const open = await waitForElement(
      () => deepQuery<HTMLButtonElement>(canvasElement, `.card[data-id="${id}"] button.open`),
      `the card of rejected request ${id}`,
    );
    await expect(deepQuery(canvasElement, `.card[data-id="${id}"] .badge.rejected`)).not.toBeNull();
    await userEvent.click(open);
    await waitForElement(() => deepQueryByText(canvasElement, 'p', reason), 'the reject reason');
  },
};

/** `status="expired"`: ended requests nobody answered, tagged; opened, they have no actions. */
export const Expired: Story = {
  args: { status: 'expired' },
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    await expect(deepQueryAll(canvasElement, '.card .badge.expired').length).toBe(
      cards(canvasElement).length,
    );
    const open = await waitForElement(
      () => deepQuery<HTMLButtonElement>(canvasElement, '.card button.open'),
      'an expired request',
    );
    await userEvent.click(open);
    await waitForPart(canvasElement, 'notice', 'the expired notice');
    await expect(deepQuery(canvasElement, '[part~="accept-button"]')).toBeNull();
  },
};

/** `status="all"`: the received queue and its history together; each card not pending says its status. */
export const AllStatuses: Story = {
  args: { status: 'all' },
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    await waitForElement(() => deepQuery(canvasElement, '.card .badge.accepted'), 'an Accepted tag');
    await expect(deepQuery(canvasElement, '.card .badge.rejected')).not.toBeNull();
  },
};

/** `direction="all" status="all"`: every session request, both tags where they apply. */
export const Everything: Story = {
  args: { direction: 'all', status: 'all' },
};

export const MessageRequests: Story = {
  args: { tab: 'message' },
  play: async ({ canvasElement }) => {
    await waitForCards(canvasElement);
    // Message requests have no history upstream: no status filter, a note instead.
    await expect(deepQuery(canvasElement, '#filter-status')).toBeNull();
    await expect(deepQuery(canvasElement, '[part~="history-note"]')).not.toBeNull();
  },
};

/** The message tab, `direction="sent"`: the message requests the viewer sent, still pending. */
export const MessageRequestsSent: Story = {
  args: { tab: 'message', direction: 'sent' },
  play: MessageRequests.play,
};

/** The message tab, `direction="all"`: both directions, each card says Sent or Received. */
export const MessageRequestsAllDirections: Story = {
  args: { tab: 'message', direction: 'all' },
  play: async (context) => {
    await MessageRequests.play!(context);
    await expect(deepQuery(context.canvasElement, '.card [part~="badge-direction"]')).not.toBeNull();
  },
};

/**
 * A routing host cancels `filter-change` (here: always) and would set `direction` / `status` itself,
 * e.g. from the URL. The user picks "Accepted": the event says so, and the select goes back to the
 * filter still shown (Pending); the list does not change.
 */
export const FilterChangeCanceled: Story = {
  render: (args, context) =>
    html`<div @filter-change=${(event: Event) => event.preventDefault()}>${meta.render(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const inbox = await page(canvasElement);
    await waitForCards(canvasElement);
    const shown = cards(canvasElement).map((card) => card.dataset.id);
    const status = await select(canvasElement, 'filter-status');
    const heard: FilterChangeEvent[] = [];
    const listen = (event: FilterChangeEvent) => heard.push(event);
    canvasElement.addEventListener('filter-change', listen);
    try {
      await userEvent.selectOptions(status, 'accepted');
    } finally {
      canvasElement.removeEventListener('filter-change', listen);
    }
    await expect(heard).toHaveLength(1);
    await expect(heard[0]!.detail).toEqual({
      tab: 'session',
      direction: 'received',
      status: 'accepted',
      sort: 'newest',
    });
    await expect(heard[0]!.defaultPrevented).toBe(true);
    await waitForElement(() => status.value === 'pending', 'the select back on Pending');
    await expect(status.value).toBe('pending');
    await expect(inbox.getAttribute('status')).toBe('pending');
    await expect(cards(canvasElement).map((card) => card.dataset.id)).toEqual(shown);
  },
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
  play: async ({ canvasElement, loaded }) => {
    // The list's own error (with its title), not the counts' alone: when the counts fail first, their Retry
    // shows while the list is still loading, and clicking it retries only the counts.
    await waitForElement(() => deepQuery(canvasElement, '.error-title'), 'the list error');
    // The server is back before the user retries, however many calls the first load made (the list and
    // the counts may share one).
    loadedOf({ loaded }).db.clearFaults();
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

/** 320 CSS px wide (reflow): cards stack, the two filters fit side by side, nothing scrolls sideways. */
export const Narrow: Story = {
  parameters: { frame: { width: '320px', padding: '0.5rem' } },
  play: async ({ canvasElement }) => {
    const inbox = await page(canvasElement);
    await waitForElement(() => deepQuery(canvasElement, 'button.open'), 'the cards');
    await expect(inbox.scrollWidth).toBeLessThanOrEqual(inbox.clientWidth);
    const filters = await waitForPart<HTMLElement>(canvasElement, 'filters', 'the filters');
    await expect(filters.scrollWidth).toBeLessThanOrEqual(filters.clientWidth);
    const [direction, status] = [
      await select(canvasElement, 'filter-direction'),
      await select(canvasElement, 'filter-status'),
    ];
    await expect(direction.getBoundingClientRect().top).toBe(status.getBoundingClientRect().top);
  },
};

/** The history at 320 CSS px: Sent / Received and status tags wrap under the name. */
export const NarrowEverything: Story = {
  args: { direction: 'all', status: 'all' },
  parameters: Narrow.parameters,
  play: Narrow.play,
};
