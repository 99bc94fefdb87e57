import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loadedOf, mentorEdLoader, receivedSessionId, type MentorEdStoryParams } from './support/mentored.js';

/**
 * "Campus Connect": the same inbox dressed as another product, with **only** the public `--mr-*` tokens
 * and `::part()` selectors from the host page (no access to the shadow DOM, no element changes).
 */
const THEME = `
  .campus {
    /* Tokens: colors, shape, spacing, type, focus ring */
    --mr-color-bg: #fffdf8;
    --mr-color-surface: #f4efe4;
    --mr-color-text: #2b2118;
    --mr-color-muted: #66553f;
    --mr-color-border: #e2d6c0;
    --mr-color-primary: #0b6b58;
    --mr-color-on-primary: #ffffff;
    --mr-color-danger: #a1262c;
    --mr-color-on-danger: #ffffff;
    --mr-color-success: #0b6b58;
    --mr-color-warning: #8a4b00;
    --mr-color-focus: #b45309;
    --mr-focus-ring-width: 2px;
    --mr-radius: 1.25rem;
    --mr-space: 1.125rem;
    --mr-font: Georgia, 'Liberation Serif', 'DejaVu Serif', serif;
    --mr-font-size: 1.0625rem;

    max-inline-size: 52rem;
    margin-inline: auto;
    padding: 1.5rem;
    border-radius: 1.5rem;
    background: #f7f1e3;
    color: #2b2118;
    font-family: Georgia, 'Liberation Serif', serif;
  }
  .campus header {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-end: 1.25rem;
  }
  .campus .logo {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 0.75rem;
    background: #0b6b58;
    color: #fff;
    font-weight: 700;
  }
  .campus h1 {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 400;
    letter-spacing: 0.01em;
  }

  /* Parts: a segmented control for the tabs, pill buttons, soft shadowed cards */
  .campus requests-page { background: transparent; }
  .campus requests-page::part(tablist) {
    display: inline-flex;
    gap: 0.25rem;
    padding: 0.25rem;
    border: 0;
    border-radius: 999px;
    background: #ebe2cf;
  }
  .campus requests-page::part(tab) {
    margin: 0;
    border: 0;
    border-radius: 999px;
    color: #4a3b2a;
  }
  .campus requests-page::part(tab):hover { background: #fffdf8; }
  .campus requests-page::part(tab-selected) {
    background: #0b6b58;
    color: #ffffff;
  }
  .campus requests-page::part(tab-badge) {
    border: 0;
    background: #ffffff;
    color: #0b6b58;
    font-weight: 700;
  }
  .campus requests-page::part(card) {
    border-color: transparent;
    box-shadow: 0 1px 2px rgb(60 40 10 / 0.08), 0 8px 24px rgb(60 40 10 / 0.08);
  }
  .campus requests-page::part(card-expired) { box-shadow: none; border-color: #e2d6c0; }
  .campus requests-page::part(avatar) { border-radius: 0.9rem; border: 0; }
  .campus requests-page::part(name) { font-size: 1.125rem; font-weight: 700; }
  .campus requests-page::part(badge) {
    border: 0;
    background: #f4efe4;
    color: #4a3b2a;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    font-family: 'Liberation Sans', Arial, sans-serif;
    font-size: 0.72rem;
  }
  .campus requests-page::part(badge-expired) { background: #fbe9d0; color: #7a3f00; }
  .campus requests-page::part(open-button),
  .campus requests-page::part(refresh-button),
  .campus requests-page::part(load-more),
  .campus requests-page::part(detail-button) { border-radius: 999px; }
  .campus requests-page::part(detail-base) {
    padding: 1.5rem;
    border-radius: 1.5rem;
    background: #fffdf8;
    box-shadow: 0 8px 24px rgb(60 40 10 / 0.08);
  }
  .campus requests-page::part(detail-heading) { font-weight: 400; font-size: 1.6rem; }
  .campus requests-page::part(detail-avatar) { border-radius: 1.1rem; border: 0; }
`;

interface ThemeArgs {
  openId?: string;
}

const meta = {
  title: 'Theming/Another product',
  component: 'requests-page',
  loaders: [mentorEdLoader],
  parameters: {
    mentorEd: {} satisfies MentorEdStoryParams,
    docs: {
      description: {
        component:
          'The inbox restyled as "Campus Connect" with only `--mr-*` custom properties and `::part()` ' +
          'selectors (see the story source). Every color pair still meets WCAG AA contrast (checked by axe).',
      },
      source: { code: THEME.trim() },
    },
  },
  render: (_args: ThemeArgs, context: { loaded: Record<string, unknown> }) => {
    const loaded = loadedOf(context);
    const style = document.createElement('style');
    style.textContent = THEME;
    return html`${style}
      <div class="campus">
        <header>
          <span class="logo" aria-hidden="true">CC</span>
          <h1>Campus Connect · Requests</h1>
        </header>
        <requests-page
          .adapter=${loaded.adapter}
          open-id=${ifDefined((loaded.openId as string | undefined) || undefined)}
        ></requests-page>
      </div>`;
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

export const CampusConnect: Story = {};

/** The opened request in the same theme (the detail's parts, re-exported as `detail-*`). */
export const CampusConnectDetail: Story = {
  parameters: {
    mentorEd: { setup: (db) => ({ openId: receivedSessionId(db) }) } satisfies MentorEdStoryParams,
  },
};
