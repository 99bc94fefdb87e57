/**
 * Every flow of the inbox, keyboard only (Tab, Shift+Tab, Enter, Space, Escape, arrow keys; typing only
 * into text fields), in light and dark, left-to-right and right-to-left, and in every shipped locale.
 * At every step the focused element must show a `:focus-visible` ring at least 2 px wide and at 3:1
 * against the color behind it (computed from getComputedStyle, see helpers.ts).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import {
  ALL_VARIANTS,
  assertFocusRing,
  deepActive,
  describe as describeElement,
  loadLocalesBefore,
  themed,
  variantName,
  type RingReport,
  type Variant,
} from './helpers.js';
import { inboxAdapter, q, settled, TZ } from './states.js';

type Check = (el: Element) => boolean;
const part =
  (name: string): Check =>
  (el) =>
    (el.getAttribute('part') ?? '').split(/\s+/).includes(name);
const isTab =
  (tab: string): Check =>
  (el) =>
    el.id === `tab-${tab}`;
const isHeading: Check = (el) => el.id === 'heading';

/** Drives the keyboard and checks the focus ring after every key. */
class Keyboard {
  readonly rings: RingReport[] = [];
  constructor(private readonly label: string) {}

  private step = 0;

  /** Presses `key` and waits for the elements to react (renders, focus moves). */
  async press(key: string): Promise<void> {
    if (key.startsWith('Shift+')) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key.slice(6) });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key });
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }

  /** Asserts the focus ring (and, when given, where focus is). */
  ring(expected?: Check, what = ''): void {
    this.step += 1;
    this.rings.push(assertFocusRing(expected, `${this.label} step ${this.step} ${what}`));
  }

  /** Presses `key` (Tab, Shift+Tab) until `target` has focus, checking the ring at every stop. */
  async moveTo(key: 'Tab' | 'Shift+Tab', target: Check, what: string, max = 25): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      await this.press(key);
      const active = deepActive();
      this.ring(undefined, `${key} towards ${what}`);
      if (active && target(active)) return;
    }
    throw new Error(
      `${this.label}: ${key} ×${max} never reached ${what}; focus is on ${describeElement(deepActive()!)}`,
    );
  }

  /** Presses `key` and waits until `target` has focus, then checks its ring. */
  async activate(key: string, target: Check, what: string): Promise<void> {
    await this.press(key);
    await waitUntil(
      () => {
        const active = deepActive();
        return active && target(active);
      },
      `${this.label}: after ${key}, focus never reached ${what} (on ${describeElement(deepActive() ?? document.body)})`,
    );
    this.ring(target, `${key} → ${what}`);
  }
}

const results: string[] = [];

describe('a11y: keyboard-only flows with a visible focus ring', function () {
  this.timeout(30000);
  loadLocalesBefore(ALL_VARIANTS);
  after(() => console.log(`keyboard flows\n${results.join('\n')}`));
  beforeEach(() => window.scrollTo(0, 0));

  async function inbox(v: Variant, adapter: MemoryAdapter): Promise<RequestsPage> {
    const { el } = await themed<HTMLElement>(
      html`<div>
        <button id="start">Start</button>
        <requests-page .adapter=${adapter} page-size="10" time-zone=${TZ} direction="all"></requests-page>
      </div>`,
      v,
    );
    const page = el.querySelector('requests-page') as RequestsPage;
    await settled(page);
    await waitUntil(() => q(q(page, 'request-tabs')!, '[part~="badge"]'), 'counts did not load');
    el.querySelector<HTMLButtonElement>('#start')!.focus();
    return page;
  }

  for (const v of ALL_VARIANTS) {
    const next = v.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';

    it(`${variantName(v)}: open, accept, add a meeting link, go back, reject with a reason, switch tabs, accept a message, cancel with Escape`, async function () {
      const adapter = inboxAdapter();
      const page = await inbox(v, adapter);
      const kb = new Keyboard(variantName(v));

      // Into the inbox: the selected tab (roving tabindex), the panel, the two filters, Refresh, the first card.
      await kb.moveTo('Tab', isTab('session'), 'the Session requests tab', 1);
      await kb.moveTo('Tab', part('open-button'), 'the first card', 6);
      expect(deepActive()!.closest('[data-id]')?.getAttribute('data-id')).to.equal('s0');

      // Open it: focus on the detail's heading.
      await kb.activate('Enter', isHeading, 'the session detail heading');
      expect(page.openId).to.equal('s0');

      // Accept: focus lands on "Add link".
      await kb.moveTo('Tab', part('accept-button'), 'Accept');
      await kb.activate('Enter', part('link-button'), 'Add link');
      expect(adapter.calls.filter((c) => c.method === 'acceptSessionRequest')).to.have.length(1);

      // Add a meeting link: platform select, link field, Save; focus lands on "Edit link".
      await kb.activate('Enter', (el) => el.id === 'link-platform', 'the platform select');
      await kb.moveTo('Tab', (el) => el.id === 'link-url', 'the link field', 1);
      await sendKeys({ type: 'https://meet.google.com/abc-defg-hij' });
      await kb.moveTo('Tab', part('save-button'), 'Save', 2);
      await kb.activate('Enter', part('link-button'), 'Edit link');
      const linkCalls = adapter.calls.filter((c) => c.method === 'setMeetingLink');
      expect(linkCalls).to.have.length(1);
      expect((linkCalls[0]!.args[1] as { url: string }).url).to.equal('https://meet.google.com/abc-defg-hij');

      // Go back: the list, with focus on a card (s0 left the pending list: its neighbour).
      await kb.moveTo('Shift+Tab', part('back-button'), 'Back');
      await kb.activate('Enter', part('open-button'), 'a card of the list');
      expect(page.openId).to.equal(undefined);

      // Reject s2 with a reason: the dialog opens on Cancel; the reason field is before it.
      await kb.moveTo(
        'Tab',
        (el) => part('open-button')(el) && el.closest('[data-id]')?.getAttribute('data-id') === 's2',
        'the s2 card',
      );
      await kb.activate('Enter', isHeading, 'the s2 detail heading');
      await kb.moveTo('Tab', part('reject-button'), 'Reject');
      await kb.activate('Enter', part('cancel-button'), 'Cancel in the dialog');
      await kb.moveTo('Shift+Tab', part('textarea'), 'the reason field', 1);
      await sendKeys({ type: 'I am travelling that week.' });
      await kb.moveTo('Tab', part('confirm-button'), 'Reject in the dialog', 2);
      await kb.activate('Enter', isHeading, 'the heading after rejecting');
      const rejects = adapter.calls.filter((c) => c.method === 'rejectSessionRequest');
      expect(rejects.map((c) => c.args)).to.deep.equal([['s2', 'I am travelling that week.']]);

      // Back, then to the tabs and switch with the arrow key (mirrored in RTL).
      await kb.moveTo('Shift+Tab', part('back-button'), 'Back');
      await kb.activate('Enter', part('open-button'), 'a card of the list');
      await kb.moveTo('Shift+Tab', isTab('session'), 'the Session requests tab');
      await kb.activate(next, isTab('message'), 'the Message requests tab');
      await waitUntil(() => page.tab === 'message');
      await settled(page);

      // Open the first message request and accept it with Space: focus lands on "Open chat".
      // The message tab has one filter (direction): panel, filter, Refresh, the first card.
      await kb.moveTo('Tab', part('open-button'), 'the first message card', 5);
      await kb.activate('Enter', isHeading, 'the message detail heading');
      await kb.moveTo('Tab', part('accept-button'), 'Accept');
      await kb.activate(' ', part('chat-button'), 'Open chat');
      expect(adapter.calls.filter((c) => c.method === 'acceptMessageRequest')).to.have.length(1);

      // Another message: Reject opens the dialog, Escape cancels it and focus returns to Reject.
      await kb.moveTo('Shift+Tab', part('back-button'), 'Back');
      await kb.activate('Enter', part('open-button'), 'a card of the list');
      const card = deepActive()!.closest('[data-id]')!.getAttribute('data-id');
      await kb.activate('Enter', isHeading, `the ${card} detail heading`);
      await kb.moveTo('Tab', part('reject-button'), 'Reject');
      await kb.activate('Enter', part('cancel-button'), 'Cancel in the dialog');
      await kb.activate('Escape', part('reject-button'), 'Reject again, after Escape');
      expect(adapter.calls.filter((c) => c.method === 'rejectMessageRequest')).to.have.length(0);

      // And back to the session tab with the other arrow key.
      await kb.moveTo('Shift+Tab', part('back-button'), 'Back');
      await kb.activate('Enter', part('open-button'), 'a card of the list');
      await kb.moveTo('Shift+Tab', isTab('message'), 'the Message requests tab');
      await kb.activate(
        v.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft',
        isTab('session'),
        'the Session requests tab',
      );
      await waitUntil(() => page.tab === 'session');

      const weakest = kb.rings.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      results.push(
        `  ${variantName(v)}: passed, ${kb.rings.length} focus stops, every ring ≥ 2px; ` +
          `lowest ring contrast ${weakest.ratio.toFixed(2)}:1 (${weakest.element}, ${weakest.ring} on ${weakest.background})`,
      );
    });
  }
});
