/**
 * Issue 17, the fallback: in a browser without scoped registries (the feature hidden here before any copy
 * loads), the documented host code (README "Several copies on one page") defines the second copy in the
 * global registry: the tags stay the first copy's, one console warning names them, and the second inbox
 * still works, with the first copy's elements and its own adapter.
 */
import { waitUntil } from '@open-wc/testing';
import {
  COPY_A,
  COPY_B,
  acceptFirst,
  acceptsOf,
  expect,
  innerElements,
  loadCopy,
  mountInRoot,
  watchWarnings,
} from './two-copies.js';

describe('two copies on one page without scoped registries (the fallback)', () => {
  const hidden = Object.getOwnPropertyDescriptor(Element.prototype, 'customElementRegistry');
  before(() => {
    delete (Element.prototype as { customElementRegistry?: unknown }).customElementRegistry;
  });
  after(() => {
    if (hidden) Object.defineProperty(Element.prototype, 'customElementRegistry', hidden);
  });

  it("the second copy falls back to the global registry: the first copy's classes, one warning, both work", async () => {
    const a = await loadCopy(COPY_A);
    await a.defineElements();
    const watch = watchWarnings();
    try {
      const b = await loadCopy(COPY_B);
      // The README's host code: a scoped registry where the browser has them, else the global one.
      const scoped = 'customElementRegistry' in Element.prototype;
      expect(scoped, 'the feature is hidden').to.equal(false);
      const clashes = await b.defineElements(customElements);
      expect(clashes).to.have.members([
        'requests-page',
        'request-tabs',
        'session-request-detail',
        'message-request-detail',
        'confirm-dialog',
        'requests-badge',
      ]);
      expect(watch.warnings.length, 'one warning').to.equal(1);
      expect(String(watch.warnings[0]![0])).to.contain('already defined by another class');

      const adapterB = new b.MemoryAdapter({ seed: 4 });
      const pageB = mountInRoot(undefined);
      pageB.adapter = adapterB;
      const id = await acceptFirst(pageB);
      await waitUntil(() => acceptsOf(adapterB).length, 'accepted through its own adapter');
      expect(acceptsOf(adapterB)).to.deep.equal([id]);
      expect(pageB).to.be.instanceOf(a.RequestsPage);
      expect(innerElements(pageB).detail).to.be.instanceOf(a.SessionRequestDetail);
    } finally {
      watch.stop();
    }
  });
});
