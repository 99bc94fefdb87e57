import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { RequestsTab } from '../src/events.js';
import { deepQuery, waitForElement } from './support/dom.js';

/** Args are the attributes (the docs table's "attributes" rows carry the controls). */
interface TabsArgs {
  selected: RequestsTab;
  'session-count': number;
  'message-count': number;
}

const meta = {
  title: 'Elements/Request tabs',
  component: 'request-tabs',
  args: { selected: 'session', 'session-count': 3, 'message-count': 1 },
  argTypes: {
    selected: { control: 'inline-radio', options: ['session', 'message'] },
    'session-count': { control: { type: 'number', min: 0 } },
    'message-count': { control: { type: 'number', min: 0 } },
  },
  render: (args: TabsArgs) =>
    html`<request-tabs
      selected=${args.selected}
      session-count=${args['session-count']}
      message-count=${args['message-count']}
    >
      <p>The selected tab's content goes in the default slot (inside the tab panel).</p>
    </request-tabs>`,
} satisfies Meta<TabsArgs>;

export default meta;
type Story = StoryObj<TabsArgs>;

/** Session requests selected; the badges show received requests still pending. */
export const Default: Story = {};

export const MessageSelected: Story = {
  args: { selected: 'message', 'session-count': 12, 'message-count': 4 },
};

/** No pending requests: no badges. */
export const NothingPending: Story = {
  args: { 'session-count': 0, 'message-count': 0 },
};

export const LargeCounts: Story = {
  args: { 'session-count': 128, 'message-count': 1204 },
};

/** ArrowRight selects the next tab (automatic activation) and fires `tab-change`. */
export const KeyboardSelection: Story = {
  play: async ({ canvasElement }) => {
    const tab = await waitForElement(
      () => deepQuery<HTMLButtonElement>(canvasElement, '[role="tab"][aria-selected="true"]'),
      'the selected tab',
    );
    tab.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitForElement(
      () => deepQuery(canvasElement, '#tab-message[aria-selected="true"]'),
      'the message tab',
    );
    await expect(deepQuery(canvasElement, 'request-tabs')?.getAttribute('selected')).toBe('message');
  },
};

export const DarkTheme: Story = {
  globals: { scheme: 'dark' },
};

/** Arabic, right to left: the tab order and the arrow keys are mirrored. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', lang: 'ar' },
};
