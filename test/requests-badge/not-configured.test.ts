/**
 * `<requests-badge>` without an adapter: nothing visible, and one console warning per page (however many
 * badges) that says how to set it. Its own file: the warning is once per page.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { countsAdapter, shown, visible, type RequestsBadge } from './support.js';

async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<requests-badge> without an adapter', () => {
  // First: the warning is once per page, so this must run before a test that lets it fire.
  it('an adapter set within the grace (made after the header rendered): no warning', async () => {
    const warnings = await warningsDuring(async () => {
      const badge = document.createElement('requests-badge') as RequestsBadge;
      document.body.append(badge);
      await badge.updateComplete;
      await aTimeout(100);
      badge.adapter = countsAdapter({ session: 1, message: 0 });
      await waitUntil(() => shown(badge) === '1');
      await aTimeout(400);
      badge.remove();
    });
    expect(warnings.filter((w) => w.includes('has no adapter'))).to.have.length(0);
  });

  it('shows nothing, warns once with the fix, never throws on a bad adapter, and works once one is set', async () => {
    let wrapper!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <requests-badge></requests-badge>
          <requests-badge kind="session"></requests-badge>
          <requests-badge .adapter=${'not an adapter'}></requests-badge>
          <requests-badge adapter="an attribute"></requests-badge>
        </div>`,
      );
      const badges = [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      // Removed and put back: still the one warning.
      badges[0]!.remove();
      wrapper.append(badges[0]!);
      await badges[0]!.updateComplete;
      await aTimeout(500); // the warning waits out a short grace (an adapter often comes a moment later)
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<requests-badge> has no adapter');
    expect(warnings[0]).to.contain('badge.adapter = adapter');
    const badges = [...wrapper.querySelectorAll<RequestsBadge>('requests-badge')];
    for (const badge of badges) {
      expect(visible(badge), 'no box').to.equal(false);
      expect(badge.shadowRoot!.textContent!.trim(), 'no text').to.equal('');
    }

    const plain = wrapper.querySelector<RequestsBadge>('requests-badge:not([kind]):not([adapter])')!;
    plain.adapter = countsAdapter({ session: 1, message: 1 });
    await waitUntil(() => shown(plain) === '2');
    expect(visible(plain)).to.equal(true);
  });
});
