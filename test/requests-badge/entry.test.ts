/**
 * `mentoring-requests/badge.js` (src/badge.ts) defines `<requests-badge>` alone, idempotently. Its own file
 * (definitions can't be undone): nothing else here imports an entry that defines tags.
 */
import { expect } from '@open-wc/testing';
import { RequestsBadge } from '../../src/elements/requests-badge/requests-badge.js';
import { defineTags } from '../../src/registry.js';

describe('badge.js', () => {
  it('defines just <requests-badge>, and a second import or definition is a no-op without a warning', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const entry = await import('../../src/badge.js');
      expect(customElements.get('requests-badge')).to.equal(RequestsBadge);
      expect(entry.RequestsBadge).to.equal(RequestsBadge);
      for (const tag of ['requests-page', 'request-tabs', 'session-request-detail', 'confirm-dialog'])
        expect(customElements.get(tag), tag).to.equal(undefined);
      await import('../../src/badge.js');
      expect(defineTags(entry.BADGE_ELEMENTS)).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
