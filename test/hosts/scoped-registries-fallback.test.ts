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
  scopedRegistry,
  TAGS,
  watchWarnings,
} from './two-copies.js';

describe('two copies on one page without scoped registries (the fallback)', () => {
  // As in a browser without the feature (Firefox 150 has `customElementRegistry` properties but no
  // constructor): `new CustomElementRegistry()` throws, and elements have no `customElementRegistry`.
  const constructor = window.CustomElementRegistry;
  const property = Object.getOwnPropertyDescriptor(Element.prototype, 'customElementRegistry');
  before(() => {
    window.CustomElementRegistry = function () {
      throw new TypeError('Illegal constructor');
    } as unknown as typeof CustomElementRegistry;
    delete (Element.prototype as { customElementRegistry?: unknown }).customElementRegistry;
  });
  after(() => {
    window.CustomElementRegistry = constructor;
    if (property) Object.defineProperty(Element.prototype, 'customElementRegistry', property);
  });

  it("the second copy falls back to the global registry: the first copy's classes, one warning, both work", async () => {
    const a = await loadCopy(COPY_A);
    await a.defineElements();
    const watch = watchWarnings();
    try {
      const b = await loadCopy(COPY_B);
      const registry = scopedRegistry();
      expect(registry, 'the feature is hidden').to.equal(undefined);
      const clashes = await b.defineElements(registry);
      expect(clashes).to.have.members([...TAGS]);
      expect(watch.warnings.length, 'one warning').to.equal(1);
      expect(String(watch.warnings[0]![0])).to.contain('already defined by another class');

      const adapterB = new b.MemoryAdapter({ seed: 4 });
      const pageB = mountInRoot(registry);
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
