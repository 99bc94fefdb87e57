import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { RequestsAdapter } from '../src/adapters/types.js';
import type { RequestsBadgeKind } from '../src/elements/requests-badge/requests-badge.js';
import type { PendingCounts } from '../src/model/request.js';
import { deepQuery, waitForElement } from './support/dom.js';
import { loadedOf, mentorEdLoader, type MentorEdStoryParams } from './support/mentored.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface BadgeArgs {
  kind: RequestsBadgeKind;
  'hide-zero': boolean;
}

/**
 * An adapter that answers fixed counts (the badge only calls `countPending`): stories about a given number
 * (plurals, zero, large counts) without editing the emulation's data. A new object per story: its own store.
 */
const fixedCounts = (counts: PendingCounts): RequestsAdapter =>
  ({ countPending: async () => ({ ...counts }) }) as unknown as RequestsAdapter;

/** A host's header: the badge inside the link to the inbox (its name then reads "Requests, 3 pending requests"). */
const header = (badge: unknown) =>
  html`<nav aria-label="Site" style="display: flex; gap: 1.5rem; align-items: center; padding: 0.5rem 0">
    <a href="#home">Home</a>
    <a href="#requests" style="display: inline-flex; gap: 0.4rem; align-items: center">Requests ${badge}</a>
    <a href="#profile">Profile</a>
  </nav>`;

const meta = {
  title: 'Elements/Requests badge',
  component: 'requests-badge',
  loaders: [mentorEdLoader],
  args: { kind: 'all', 'hide-zero': false },
  argTypes: {
    kind: { control: 'inline-radio', options: ['all', 'session', 'message'] },
    'hide-zero': { control: 'boolean' },
  },
  parameters: {
    mentorEd: {} satisfies MentorEdStoryParams,
    docs: {
      description: {
        component:
          'The pending count for a host header or menu. Give it the same adapter object as the inbox: ' +
          'they share one store, one read and one poll. These stories read the MSW emulation of the ' +
          'MentorEd API (received pending requests), except where a story fixes the counts.',
      },
      source: {
        code: `<a href="/requests">Requests <requests-badge></requests-badge></a>
<script type="module">
  import 'mentoring-requests/badge.js'; // or define.js, which registers it too
  document.querySelector('requests-badge').adapter = adapter; // the inbox's adapter object
</script>`,
      },
    },
  },
  render: (args: BadgeArgs, context: { loaded: Record<string, unknown> }) =>
    header(
      html`<requests-badge
        .adapter=${loadedOf(context).adapter}
        kind=${args.kind}
        ?hide-zero=${args['hide-zero']}
      ></requests-badge>`,
    ),
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** Both kinds: received session and message requests still pending. The pill shows a number. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const pill = await waitForElement(() => deepQuery(canvasElement, '[part~="badge"]'), 'the badge');
    await expect(pill.textContent?.trim()).toMatch(/^\d+$/);
  },
};

export const Sessions: Story = { args: { kind: 'session' } };

export const Messages: Story = { args: { kind: 'message' } };

/** Nothing pending: "0" by default. */
export const Zero: Story = {
  render: (args) =>
    header(
      html`<requests-badge
        .adapter=${fixedCounts({ session: 0, message: 0 })}
        kind=${args.kind}
        ?hide-zero=${args['hide-zero']}
      ></requests-badge>`,
    ),
};

/** `hide-zero`: nothing pending, no badge (the link reads "Requests"). */
export const HiddenAtZero: Story = { ...Zero, args: { 'hide-zero': true } };

export const LargeCount: Story = {
  render: () =>
    header(html`<requests-badge .adapter=${fixedCounts({ session: 1180, message: 24 })}></requests-badge>`),
};

export const DarkTheme: Story = { globals: { scheme: 'dark' } };

/** Hindi. */
export const Hindi: Story = { globals: { lang: 'hi' } };

/** Arabic, right to left: "11 طلبًا معلّقًا" (the "many" form). */
export const Arabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  render: () =>
    header(html`<requests-badge .adapter=${fixedCounts({ session: 7, message: 4 })}></requests-badge>`),
};

/** Themed by the host through the tokens and `::part(badge)`. */
export const Themed: Story = {
  render: (args, context) =>
    html`<style>
        .brand {
          --mr-color-primary: #0b6b58;
          --mr-color-on-primary: #ffffff;
        }
        .brand requests-badge::part(badge) {
          border-radius: 0.35rem;
        }
      </style>
      <div class="brand">${meta.render(args, context)}</div>`,
};
