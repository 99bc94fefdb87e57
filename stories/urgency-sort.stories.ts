/**
 * `<requests-page sort="soonest">` and the urgency labels (README "Soonest first, and how soon"): the session
 * list by slot start, and each pending card saying how soon its slot starts ("In 45 minutes", "Tomorrow"; "Ends
 * in 20 minutes" once started), the detail in a sentence ("Starts in 45 minutes").
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { MentorEdDb } from '../src/mocks/index.js';
import { deepQuery, deepQueryAll, waitForElement, waitForPart } from './support/dom.js';
import { loadedOf, mentorEdLoader, type MentorEdStoryParams } from './support/mentored.js';

interface SortArgs {
  sort: 'newest' | 'soonest';
}

/**
 * Three requests that arrive last (so newest first shows them on top) with slots close at hand: one started
 * ten minutes ago (ending in 20), one in 45 minutes, one in 3 hours (and 5 minutes). Returns the id of the one
 * in 45 minutes.
 */
function soonSlots(db: MentorEdDb): { requestId: string } {
  // Epoch seconds, as MentorEd stores slots; 20 s more than the round figure, for the time the story takes.
  const now = Math.floor(Date.now() / 1000) + 20;
  // Made a second apart, the last the newest.
  const made = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();
  db.receiveSessionRequest({ start_date: now - 600, end_date: now + 1200, created_at: made(3) });
  const soon = db.receiveSessionRequest({
    start_date: now + 2700,
    end_date: now + 6300,
    created_at: made(2),
  });
  db.receiveSessionRequest({ start_date: now + 11_100, end_date: now + 14_700, created_at: made(1) });
  return { requestId: soon.id };
}

const meta = {
  title: 'Inbox/Soonest first and urgency',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  args: { sort: 'soonest' },
  argTypes: { sort: { control: 'inline-radio', options: ['newest', 'soonest'] } },
  parameters: { mentorEd: { setup: soonSlots } satisfies MentorEdStoryParams },
  render: (args: SortArgs, context: { loaded: Record<string, unknown> }) =>
    html`<requests-page .adapter=${loadedOf(context).adapter} sort=${args.sort}></requests-page>`,
} satisfies Meta<SortArgs>;

export default meta;
type Story = StoryObj<SortArgs>;

/** The labels of the cards, in order, once the first card has one. */
async function cardLabels(canvas: HTMLElement): Promise<string[]> {
  await waitForPart(canvas, 'urgency', 'an urgency label');
  return deepQueryAll(canvas, '[part~="card"] [part~="urgency"]').map((el) => el.textContent!.trim());
}

/** Soonest first: the started slot, then 45 minutes, then 3 hours; the Order control says so. */
export const SoonestFirst: Story = {
  play: async ({ canvasElement }) => {
    const labels = await cardLabels(canvasElement);
    await expect(labels.slice(0, 3)).toEqual(['Ends in 20 minutes', 'In 45 minutes', 'In 3 hours']);
    const order = await waitForElement(
      () => deepQuery<HTMLSelectElement>(canvasElement, '#filter-sort'),
      'the Order control',
    );
    await expect(order.value).toBe('soonest');
  },
};

/** Newest first (the default): the last requests made on top, each pending card with its label. */
export const NewestWithUrgency: Story = {
  args: { sort: 'newest' },
  play: async ({ canvasElement }) => {
    const labels = await cardLabels(canvasElement);
    await expect(labels.slice(0, 3)).toEqual(['In 3 hours', 'In 45 minutes', 'Ends in 20 minutes']);
  },
};

/** The same in Arabic, right to left: the locale's own relative time ("خلال 45 دقيقة"). */
export const SoonestFirstArabic: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
  play: async ({ canvasElement }) => {
    await waitForElement(
      () => (deepQuery(canvasElement, '[part~="urgency"]')?.textContent?.includes('خلال') ? true : undefined),
      'the Arabic labels',
    );
  },
};

/** The detail of the request in 45 minutes: "Starts in 45 minutes" under the slot. */
export const DetailStartsSoon: Story = {
  render: (_args: SortArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    return html`<requests-page
      .adapter=${loaded.adapter}
      tab="session"
      open-id=${loaded.requestId!}
    ></requests-page>`;
  },
  play: async ({ canvasElement }) => {
    const note = await waitForElement(() => {
      const detail = deepQuery(canvasElement, 'session-request-detail');
      return detail?.shadowRoot?.querySelector('[part~="urgency"]');
    }, 'the detail’s urgency');
    await expect(note.textContent!.trim()).toBe('Starts in 45 minutes');
  },
};
