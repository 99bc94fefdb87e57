/**
 * What a screen reader hears without moving focus: results in polite status regions, errors in alerts,
 * loading announced once (not per card), and the tabs' names with their pending counts, read from the
 * browser's own accessibility tree (a11ySnapshot), not from attributes.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { deepQueryAll, themed, type Variant } from './helpers.js';
import { cardsOf, inboxAdapter, page, q, session, settled, TZ } from './states.js';
import { MemoryAdapter as Memory } from '../../src/adapters/memory/memory-adapter.js';

const LIGHT: Variant = { lang: 'en', scheme: 'light', dir: 'ltr' };

interface AxNode {
  role: string;
  name: string;
  selected?: boolean;
}

/** Live regions under `root`: role status / alert / log, or an explicit aria-live other than off. */
function liveRegions(root: Element): HTMLElement[] {
  return deepQueryAll(root, '[role="status"], [role="alert"], [role="log"], [aria-live]').filter(
    (el) => el.getAttribute('aria-live') !== 'off',
  );
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const politeness = (el: Element) =>
  el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite');

/**
 * Records every text a live region takes, once per animation frame (what a screen reader would be
 * told): `[politeness, text]` in order, consecutive repeats collapsed per region.
 */
function recordAnnouncements(root: Element): { stop: () => string[] } {
  const last = new Map<Element, string>();
  const said: string[] = [];
  let running = true;
  const tick = () => {
    for (const region of liveRegions(root)) {
      const text = textOf(region);
      if (text && last.get(region) !== text) said.push(`${politeness(region)}: ${text}`);
      last.set(region, text);
    }
    if (running) requestAnimationFrame(tick);
  };
  tick();
  return {
    stop: () => {
      running = false;
      tick();
      return said;
    },
  };
}

interface AxeText {
  setup(node: Element): unknown;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
}

/**
 * The tabs' accessible names as computed by axe's implementation of the accessible name algorithm
 * (accname 1.2, shadow DOM included). The test runner's a11ySnapshot command would read Chromium's
 * tree instead, but this project's runner config does not load that plugin.
 */
async function tabNodes(root: Element): Promise<AxNode[]> {
  const axe = (window as unknown as { axe: AxeText }).axe;
  axe.setup(document.documentElement);
  try {
    return deepQueryAll(root, '[role="tab"]').map((tab) => ({
      role: 'tab',
      name: axe.commons.text.accessibleText(tab),
      selected: tab.getAttribute('aria-selected') === 'true',
    }));
  } finally {
    axe.teardown();
  }
}

describe('a11y: live regions and names', function () {
  this.timeout(15000);

  describe('tab names with their counts (browser accessibility tree)', () => {
    it('<request-tabs>: "Session requests, 3 pending" / "Message requests, 1 pending"; no count, no suffix', async () => {
      const { el } = await themed(
        html`<request-tabs session-count="3" message-count="1"><p>Panel</p></request-tabs>`,
        LIGHT,
      );
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      let tabs = await tabNodes(el);
      expect(tabs.map((t) => [t.name, Boolean(t.selected)])).to.deep.equal([
        ['Session requests, 3 pending', true],
        ['Message requests, 1 pending', false],
      ]);
      el.setAttribute('message-count', '0');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      tabs = await tabNodes(el);
      expect(tabs.map((t) => t.name)).to.deep.equal(['Session requests, 3 pending', 'Message requests']);
    });

    it('<requests-page>: the tabs read the pending counts of the adapter', async () => {
      const adapter = inboxAdapter();
      const counts = await adapter.countPending();
      const { el } = await page(adapter, LIGHT);
      await settled(el);
      await waitUntil(() => q(q(el, 'request-tabs')!, '[part~="badge"]'));
      const tabs = await tabNodes(el);
      expect(tabs.map((t) => t.name)).to.deep.equal([
        `Session requests, ${counts.session} pending`,
        `Message requests, ${counts.message} pending`,
      ]);
    });
  });

  describe('lists', () => {
    it('loading is announced once by one status region, not per card; the result replaces it', async () => {
      // Each page waits until the test lets it through, so every phase is seen.
      let release!: () => void;
      let gate!: Promise<void>;
      const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)));
      hold();
      const adapter = inboxAdapter();
      const list = adapter.listSessionRequests.bind(adapter);
      adapter.listSessionRequests = async (query, options) => {
        await gate;
        return list(query, options);
      };
      const { wrapper, el } = await page(adapter, LIGHT);
      const recorder = recordAnnouncements(wrapper);
      await waitUntil(() => q(el, '.skeleton'));
      // While loading: the skeleton is hidden from assistive technology and holds no live region.
      expect(q(el, '.list')!.getAttribute('aria-hidden')).to.equal('true');
      expect(liveRegions(el).filter((r) => r.closest('.card'))).to.deep.equal([]);
      const polite = liveRegions(el).filter((r) => textOf(r) === 'Loading requests…');
      expect(polite).to.have.length(1);
      expect(polite[0]!.getAttribute('role')).to.equal('status');
      release();
      await settled(el);
      // Load more: "Loading more…" once, then the new total.
      hold();
      q<HTMLButtonElement>(el, '.load-more')!.click();
      await waitUntil(() => q(el, '.load-more[aria-disabled="true"]'));
      release();
      await settled(el);
      await waitUntil(() => textOf(deepQueryAll(el, '[role="status"]')[0]!) === 'Showing 14 of 14');
      const said = recorder.stop();
      expect(said).to.deep.equal([
        'polite: Loading requests…',
        'polite: Showing 10 of 14',
        'polite: Loading more…',
        'polite: Showing 14 of 14',
      ]);
      // No card is a live region: 14 cards, still four announcements.
      expect(cardsOf(el)).to.have.length(14);
      expect(
        cardsOf(el).some((card) => liveRegions(card).length > 0 || card.matches('[aria-live]')),
      ).to.equal(false);
    });

    it('an empty list says so in the status region', async () => {
      const { el } = await page(inboxAdapter({ sessions: 0 }), LIGHT, 10, {
        direction: 'received',
        status: 'pending',
      });
      await settled(el);
      expect(liveRegions(el).map(textOf)).to.include('No session requests');
    });

    it('list, counts and load-more errors are alerts', async () => {
      const failing = inboxAdapter();
      failing.failNext('listSessionRequests', 'server');
      const first = await page(failing, LIGHT);
      await waitUntil(() => q(first.el, '.error'));
      expect(q(first.el, '.error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(q(first.el, '.error')!)).to.contain('The requests could not be loaded.');

      const counts = inboxAdapter();
      counts.failNext('countPending', 'forbidden');
      const second = await page(counts, LIGHT);
      await waitUntil(() => q(second.el, '.error'));
      expect(q(second.el, '.error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(q(second.el, '.error')!)).to.contain('You do not have permission to do this.');

      const more = inboxAdapter();
      const third = await page(more, LIGHT);
      await settled(third.el);
      more.failNext('listSessionRequests', 'timeout');
      q<HTMLButtonElement>(third.el, '.load-more')!.click();
      await waitUntil(() => q(third.el, '.more .error'));
      expect(q(third.el, '.more .error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(q(third.el, '.more .error')!)).to.contain('The server took too long to answer.');
    });

    it('going offline is announced politely', async () => {
      const { el } = await page(inboxAdapter(), LIGHT);
      await settled(el);
      window.dispatchEvent(new Event('offline'));
      await waitUntil(() => q(el, '.banner.offline'));
      expect(q(el, '.banner.offline')!.getAttribute('role')).to.equal('status');
      window.dispatchEvent(new Event('online'));
    });
  });

  describe('details', () => {
    async function sessionDetail(adapter: MemoryAdapter): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
      const r = await themed<HTMLElement>(
        html`<session-request-detail
          .adapter=${adapter}
          request-id="s1"
          time-zone=${TZ}
        ></session-request-detail>`,
        LIGHT,
      );
      await waitUntil(() => q(r.el, '.person .name'));
      return r;
    }
    const statusText = (el: Element) => textOf(q(el, '.visually-hidden[role="status"]')!);

    it('accept, the meeting link and reject are announced in the status region; nothing else speaks', async () => {
      const adapter = new Memory({ sessionRequests: [session('s1')], messageRequests: [] });
      const { wrapper, el } = await sessionDetail(adapter);
      const recorder = recordAnnouncements(wrapper);
      q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
      await waitUntil(() => statusText(el) === 'Slot booked with Asha Rao');
      q<HTMLButtonElement>(el, '[part~="link-button"]')!.click();
      await waitUntil(() => q(el, '#link-url'));
      const input = q<HTMLInputElement>(el, '#link-url')!;
      input.value = 'https://meet.google.com/abc-defg-hij';
      input.dispatchEvent(new Event('input'));
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      q<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
      await waitUntil(() => statusText(el) === 'Meeting link saved.');
      expect(recorder.stop()).to.deep.equal([
        'polite: Slot booked with Asha Rao',
        'polite: Meeting link saved.',
      ]);
    });

    it('a rejected request is announced; a failed action is an alert; a field error is an alert', async () => {
      const adapter = new Memory({
        sessionRequests: [session('s1'), session('s2', { status: 'accepted' })],
        messageRequests: [],
      });
      const { el } = await sessionDetail(adapter);
      adapter.failNext('acceptSessionRequest', 'server');
      q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
      await waitUntil(() => textOf(q(el, '.error')!));
      expect(q(el, '.error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(q(el, '.error')!)).to.equal('Something went wrong on the server. Try again.');

      const dialog = q(el, 'confirm-dialog') as HTMLElement & { shadowRoot: ShadowRoot };
      q<HTMLButtonElement>(el, '[part~="reject-button"]')!.click();
      await waitUntil(() => dialog.shadowRoot.querySelector('dialog')!.open);
      // The word counter is a polite live region; going over the limit adds the error to it.
      const textarea = dialog.shadowRoot.querySelector('textarea')!;
      textarea.value = Array.from({ length: 51 }, () => 'word').join(' ');
      textarea.dispatchEvent(new Event('input'));
      await waitUntil(() => dialog.shadowRoot.querySelector('[part~="error"]:not([hidden])'));
      const meta = dialog.shadowRoot.querySelector('.meta')!;
      expect(meta.getAttribute('aria-live')).to.equal('polite');
      // The MemoryAdapter holds MentorEd's two limits (capabilities): both are counted.
      expect(textOf(meta)).to.equal('Use at most 50 words. 51 of 50 words · 254 of 255 characters');
      textarea.value = 'Travelling.';
      textarea.dispatchEvent(new Event('input'));
      await waitUntil(
        () => !dialog.shadowRoot.querySelector('[part~="confirm-button"]')!.hasAttribute('disabled'),
      );
      dialog.shadowRoot.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
      await waitUntil(() => statusText(el) === 'This session request was rejected.');

      // The meeting-link form: a field's error is an alert, tied to the field.
      const other = await themed<HTMLElement>(
        html`<session-request-detail
          .adapter=${adapter}
          request-id="s2"
          time-zone=${TZ}
        ></session-request-detail>`,
        LIGHT,
      );
      await waitUntil(() => q(other.el, '[part~="link-button"]'));
      q<HTMLButtonElement>(other.el, '[part~="link-button"]')!.click();
      await waitUntil(() => q(other.el, '#link-url'));
      const url = q<HTMLInputElement>(other.el, '#link-url')!;
      url.value = 'http://meet.google.com/abc-defg-hij';
      url.dispatchEvent(new Event('input'));
      url.dispatchEvent(new Event('blur'));
      await waitUntil(() => textOf(q(other.el, '#link-url-error')!));
      expect(q(other.el, '#link-url-error')!.getAttribute('role')).to.equal('alert');
      expect(url.getAttribute('aria-describedby')).to.equal('link-url-error');
      expect(url.getAttribute('aria-invalid')).to.equal('true');
    });

    it('a message accepted is announced; "already handled" is an alert', async () => {
      const adapter = new Memory({
        sessionRequests: [],
        messageRequests: [
          { ...session('x'), kind: 'message', id: 'm1', message: 'Hello' } as never,
          { ...session('x'), kind: 'message', id: 'm2', message: 'Hi' } as never,
        ],
      });
      const { el } = await themed<HTMLElement>(
        html`<message-request-detail .adapter=${adapter} request-id="m1"></message-request-detail>`,
        LIGHT,
      );
      await waitUntil(() => q(el, '.person .name'));
      q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
      await waitUntil(() =>
        textOf(q(el, '[role="status"]')!).startsWith('You have accepted this message request'),
      );

      const second = await themed<HTMLElement>(
        html`<message-request-detail .adapter=${adapter} request-id="m2"></message-request-detail>`,
        LIGHT,
      );
      await waitUntil(() => q(second.el, '.person .name'));
      adapter.handleElsewhere('message', 'm2', 'accepted');
      q<HTMLButtonElement>(second.el, '[part~="accept-button"]')!.click();
      await waitUntil(() => textOf(q(second.el, '.error')!));
      expect(q(second.el, '.error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(q(second.el, '.error')!)).to.equal('This request was already handled.');
    });
  });

  it('every live region is present before it speaks (text changes inside an existing region)', async () => {
    // A region inserted together with its text is missed by some screen readers: the status regions
    // of the page and the details are rendered empty from the start.
    const adapter = inboxAdapter();
    const { el } = await page(adapter, LIGHT);
    expect(deepQueryAll(el as RequestsPage, ':host, [role="status"]').length).to.be.greaterThan(0);
    const detail = await themed<HTMLElement>(
      html`<session-request-detail
        .adapter=${new Memory({ sessionRequests: [session('s1')], messageRequests: [] })}
        request-id="s1"
      ></session-request-detail>`,
      LIGHT,
    );
    await waitUntil(() => q(detail.el, '.person .name'));
    const region = q(detail.el, '.visually-hidden[role="status"]')!;
    expect(textOf(region)).to.equal('');
    q<HTMLButtonElement>(detail.el, '[part~="accept-button"]')!.click();
    await waitUntil(() => textOf(region) !== '');
    expect(q(detail.el, '.visually-hidden[role="status"]')).to.equal(region);
  });
});
