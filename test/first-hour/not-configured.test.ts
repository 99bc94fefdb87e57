/**
 * Issue 16, point 2: a `<requests-page>` without an adapter, or with `adapter` written as an attribute
 * (plain HTML, Vue without `.prop`, Angular without `[adapter]`), says "not configured" on screen and warns
 * once in the console with the fix, instead of a skeleton forever. A host that sets the property right
 * after connecting sees no flash of that state and no warning.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { cards, session } from './support.js';

const notConfigured = (page: RequestsPage) => page.shadowRoot!.querySelector('[part~="not-configured"]');
const skeleton = (page: RequestsPage) => page.shadowRoot!.querySelector('.skeleton');
const adapter = () =>
  new MemoryAdapter({ sessionRequests: [session('s1')], messageRequests: [], latencyMs: 0 });

/**
 * The "no adapter" console warnings of each test of the calling `describe` (emptied before each test);
 * other warnings go through.
 */
function noAdapterWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).includes('no adapter')) warnings.push(args);
      else original(...args);
    };
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

describe('first hour: a page without an adapter (issue 16, point 2)', () => {
  const warnings = noAdapterWarnings();

  it('no adapter: says "not configured" instead of a skeleton, and warns once with the fix', async () => {
    const page = await fixture<RequestsPage>(html`<requests-page></requests-page>`);
    await waitUntil(() => notConfigured(page), 'the not-configured state shows', { timeout: 3000 });
    expect(skeleton(page), 'no skeleton').to.equal(null);
    expect(notConfigured(page)!.textContent).to.include('not set up');
    expect(notConfigured(page)!.getAttribute('role')).to.equal('alert');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('el.adapter = new MentorEdAdapter(');
    expect(String(warnings[0]![0])).to.include(':adapter.prop');
    expect(String(warnings[0]![0])).to.include('[adapter]');
    expect(warnings[0]![1], 'names the element').to.equal(page);
    // Re-rendering (a language change, a reconnection) does not warn again.
    page.remove();
    document.body.append(page);
    page.requestUpdate();
    await aTimeout(500);
    expect(warnings).to.have.length(1);
    await expect(page).to.be.accessible();
    page.remove();
  });

  it('adapter written as an attribute: the same state, and the warning says an attribute cannot carry it', async () => {
    const page = await fixture<RequestsPage>(html`<requests-page adapter="mentored"></requests-page>`);
    await waitUntil(() => notConfigured(page), 'the not-configured state shows', { timeout: 3000 });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('attribute');
    // A string copied onto the property (a template without `.prop`) is no adapter either, and never throws.
    (page as unknown as { adapter: unknown }).adapter = 'mentored';
    await page.updateComplete;
    expect(notConfigured(page)).to.not.equal(null);
  });

  it('the adapter set right after connecting (or within the grace): no flash of "not configured", no warning', async () => {
    const seen: boolean[] = [];
    const page = document.createElement('requests-page') as RequestsPage;
    const watch = new MutationObserver(() => seen.push(!!notConfigured(page)));
    document.body.append(page);
    watch.observe(page.shadowRoot!, { childList: true, subtree: true });
    await aTimeout(100); // e.g. a framework's effect after the first paint
    page.adapter = adapter();
    await waitUntil(() => cards(page).length === 1, 'the list shows');
    await aTimeout(400);
    watch.disconnect();
    expect(seen.some(Boolean), 'never shown').to.equal(false);
    expect(warnings).to.have.length(0);
    page.remove();
  });

  it('an adapter set later replaces the state with the list', async () => {
    const page = await fixture<RequestsPage>(html`<requests-page></requests-page>`);
    await waitUntil(() => notConfigured(page), 'the not-configured state shows', { timeout: 3000 });
    page.adapter = adapter();
    await waitUntil(() => cards(page).length === 1, 'the list shows');
    expect(notConfigured(page)).to.equal(null);
  });
});

describe('first hour: a standalone detail without an adapter (DESIGN.md, "not configured")', () => {
  const warnings = noAdapterWarnings();

  const shownIn = (el: Element) => el.shadowRoot!.querySelector('[part~="not-configured"]');

  for (const tag of ['session-request-detail', 'message-request-detail']) {
    it(`<${tag} request-id> with no adapter: "not configured" and one warning, not a skeleton forever`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('request-id', 's1');
      document.body.append(el);
      await waitUntil(() => shownIn(el), 'the not-configured state shows', { timeout: 3000 });
      expect(shownIn(el)!.textContent).to.include('not set up');
      expect(el.shadowRoot!.querySelector('[part~="skeleton"], .skeleton'), 'no skeleton').to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]![1]).to.equal(el);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('a detail that gets its adapter within the grace shows the request, with no warning', async () => {
    const el = document.createElement('session-request-detail') as HTMLElement & { adapter?: unknown };
    el.setAttribute('request-id', 's1');
    document.body.append(el);
    await aTimeout(100);
    el.adapter = adapter();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Accept'), 'the request shows', {
      timeout: 3000,
    });
    await aTimeout(400);
    expect(shownIn(el)).to.equal(null);
    expect(warnings).to.have.length(0);
    el.remove();
  });
});
