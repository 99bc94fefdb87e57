/** badge.js on a page where another class holds `requests-badge`: left alone, one warning. Its own file. */
import { expect } from '@open-wc/testing';

class ForeignBadge extends HTMLElement {}

describe('badge.js with a foreign <requests-badge>', () => {
  it('keeps the foreign class and warns once', async () => {
    customElements.define('requests-badge', ForeignBadge);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      await import('../../src/badge.js');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('requests-badge')).to.equal(ForeignBadge);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<requests-badge> already defined by another class');
  });
});
