/**
 * The session detail's schedule-conflict warning (README "Schedule conflicts"): a pending received request
 * whose slot overlaps one of the viewer's booked sessions (`adapter.listBookedSlots`, MentorEd's
 * `requestSessions/userAvailability`) or another pending request the inbox holds. Back to back is no clash.
 */
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { RequestsAdapter } from '../src/adapters/index.js';
import type { MentorEdDb } from '../src/mocks/index.js';
import { InboxStore } from '../src/store/index.js';
import { deepQuery, waitForPart } from './support/dom.js';
import { loadedOf, mentorEdLoader, receivedSessionId, requestStory } from './support/mentored.js';

interface ConflictArgs {
  'time-zone'?: string;
}

/** How the story's adapter is set up: as it is, without `listBookedSlots`, or with the queue listed first. */
type Variant = 'plain' | 'without-booked-slots' | 'queue-listed';

/** `adapter` with only the ten required methods: no `listBookedSlots`. */
function withoutBookedSlots(adapter: RequestsAdapter): RequestsAdapter {
  return new Proxy(adapter, {
    get: (target, key) => (key === 'listBookedSlots' ? undefined : Reflect.get(target, key, target)),
  });
}

const meta = {
  title: 'Elements/Session detail conflicts',
  component: 'session-request-detail',
  loaders: [mentorEdLoader],
  args: { 'time-zone': 'Asia/Kolkata' },
  argTypes: { 'time-zone': { control: 'text' } },
  parameters: { frame: { width: '44rem' }, variant: 'plain' satisfies Variant },
  render: (
    args: ConflictArgs,
    context: { loaded: Record<string, unknown>; parameters: Record<string, unknown> },
  ) => {
    const loaded = loadedOf(context);
    const variant = context.parameters.variant as Variant;
    const adapter = variant === 'without-booked-slots' ? withoutBookedSlots(loaded.adapter) : loaded.adapter;
    const detail = html`<session-request-detail
      .adapter=${adapter}
      request-id=${loaded.requestId!}
      time-zone=${args['time-zone'] || 'Asia/Kolkata'}
    ></session-request-detail>`;
    if (variant !== 'queue-listed') return detail;
    // As inside <requests-page>: the store holds the queue, so the other pending requests can be compared.
    return html`${until(
      InboxStore.for(adapter)
        .ensure({ kind: 'session' })
        .then(() => detail),
      '',
    )}`;
  },
} satisfies Meta<ConflictArgs>;

export default meta;
type Story = StoryObj<ConflictArgs>;

/** The request's slot, in epoch seconds. */
function slotOf(db: MentorEdDb, id: string): { start: number; end: number } {
  const request = db.sessionRequest(id)!;
  return { start: request.start_date, end: request.end_date };
}

/** Moves request `id` to a slot nothing else is near (60 days ahead, 10:00 UTC), one hour long. */
function alone(db: MentorEdDb, id: string): void {
  const request = db.sessionRequest(id)!;
  const start = Math.floor(db.now() / 86_400_000 + 60) * 86_400 + 10 * 3600;
  Object.assign(request, { start_date: start, end_date: start + 3600 });
}

const warning = async (canvas: HTMLElement) =>
  (await waitForPart<HTMLElement>(canvas, 'conflicts')).textContent ?? '';

/** A booked session overlaps the last half hour of the slot: named, with its time in the viewer's zone. */
export const BookedSessionClash: Story = {
  parameters: requestStory(receivedSessionId, (db, id) => {
    alone(db, id);
    const { start, end } = slotOf(db, id);
    db.bookSession({ start: start + 1800, end: end + 1800, title: 'Lesson planning' });
  }),
  play: async ({ canvasElement }) => {
    await expect(await warning(canvasElement)).toContain("You already have 'Lesson planning'");
  },
};

/** Another pending request asks for an overlapping slot: a button that opens it (`request-open`). */
export const PendingRequestClash: Story = {
  parameters: {
    ...requestStory(receivedSessionId, (db, id) => {
      alone(db, id);
      const { start, end } = slotOf(db, id);
      const other = db.receiveSessionRequest({ start_date: start - 1800, end_date: end - 1800 });
      const user = db.users.get(other.requestor_id);
      if (user) user.name = 'Ravi Kumar';
    }),
    variant: 'queue-listed' satisfies Variant,
  },
  play: async ({ canvasElement }) => {
    await waitForPart(canvasElement, 'conflict-button');
    await expect(await warning(canvasElement)).toContain('Overlaps a pending request from Ravi Kumar');
  },
};

/** Both kinds at once (the README's screenshot): a booked session and a pending request. */
export const BookedAndPending: Story = {
  parameters: {
    ...requestStory(receivedSessionId, (db, id) => {
      alone(db, id);
      const { start, end } = slotOf(db, id);
      db.bookSession({ start: start + 1800, end: end + 1800, title: 'Lesson planning' });
      const other = db.receiveSessionRequest({ start_date: start - 1800, end_date: end - 1800 });
      const user = db.users.get(other.requestor_id);
      if (user) user.name = 'Ravi Kumar';
    }),
    variant: 'queue-listed' satisfies Variant,
  },
  play: PendingRequestClash.play,
};

/** A session right after the slot (back to back) is no clash: no warning. Accept as usual. */
export const NoClash: Story = {
  parameters: requestStory(receivedSessionId, (db, id) => {
    alone(db, id);
    const { end } = slotOf(db, id);
    db.bookSession({ start: end, end: end + 3600, title: 'Right after' });
  }),
  play: async ({ canvasElement }) => {
    await waitForPart(canvasElement, 'accept-button');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(deepQuery(canvasElement, '[part~="conflicts"]')).toBeNull();
  },
};

/**
 * An adapter without the optional `listBookedSlots` (a host's own backend): the booked session is not known,
 * so there is no warning, and no error either.
 */
export const WithoutListBookedSlots: Story = {
  parameters: { ...BookedSessionClash.parameters, variant: 'without-booked-slots' satisfies Variant },
  play: async ({ canvasElement }) => {
    await waitForPart(canvasElement, 'accept-button');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(deepQuery(canvasElement, '[part~="conflicts"]')).toBeNull();
    await expect(deepQuery(canvasElement, '[part~="error"]')?.textContent ?? '').toBe('');
  },
};

export const RightToLeft: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  parameters: PendingRequestClash.parameters,
};
