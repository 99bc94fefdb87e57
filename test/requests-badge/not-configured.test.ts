/**
 * `<requests-badge>` without an adapter: nothing visible, and one console warning per page (however many
 * badges) that says how to set it. Its own file: the warning is once per page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
