/**
 * Issue 17: two copies of the package side by side, the second in a scoped custom element registry
 * (Chromium ships `new CustomElementRegistry()`; support/two-copies.ts explains the two copies). Each
 * inbox accepts through its own adapter, each one's inner elements are its own classes, no warning, and
 * the scoped copy never touches the global registry.
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
  type Copy,
} from './two-copies.js';

describe('two copies on one page, the second in a scoped registry', () => {
  let a: Copy;
  let b: Copy;
  let registry: CustomElementRegistry;
  const watch = watchWarnings();
  const globalDefines: string[] = [];

  before(async () => {
    expect('customElementRegistry' in Element.prototype, 'this Chromium has scoped registries').to.equal(
      true,
    );
    a = await loadCopy(COPY_A);
    await a.defineElements();
    const define = customElements.define;
    customElements.define = (name, ...rest) => {
      globalDefines.push(name);
      return define.call(customElements, name, ...rest);
    };
    try {
      b = await loadCopy(COPY_B);
      registry = scopedRegistry()!;
      expect(registry, 'this Chromium has scoped registries').to.be.instanceOf(CustomElementRegistry);
      const clashes = await b.defineElements(registry);
      expect(clashes, 'tags another class holds in the scoped registry').to.deep.equal([]);
      expect(await b.defineElements(registry), 'defined again: its own classes').to.deep.equal([]);
    } finally {
      customElements.define = define;
    }
  });
  after(() => watch.stop());

  it('loads two copies: distinct classes under the same six tags', () => {
    expect(a.RequestsPage).to.not.equal(b.RequestsPage);
    for (const tag of TAGS) {
      expect(customElements.get(tag), `global <${tag}>`).to.be.a('function');
      expect(registry.get(tag), `scoped <${tag}>`).to.be.a('function');
      expect(registry.get(tag), `<${tag}> is another class in each registry`).to.not.equal(
        customElements.get(tag),
      );
    }
    expect(globalDefines, 'the scoped copy defined nothing globally').to.deep.equal([]);
  });

  it('both inboxes accept through their own adapters, with their own inner elements, and no warning', async () => {
    const adapterA = new a.MemoryAdapter({ seed: 3 });
    const adapterB = new b.MemoryAdapter({ seed: 4 });
    const pageA = document.createElement('requests-page');
    pageA.pageSize = 5;
    pageA.adapter = adapterA;
    document.body.append(pageA);
    const pageB = mountInRoot(registry);
    pageB.adapter = adapterB;

    const acceptedA: string[] = [];
    const acceptedB: string[] = [];
    pageA.addEventListener('request-accepted', (e) => acceptedA.push((e as CustomEvent).detail.request.id));
    pageB.addEventListener('request-accepted', (e) => acceptedB.push((e as CustomEvent).detail.request.id));

    const idA = await acceptFirst(pageA);
    const idB = await acceptFirst(pageB);
    await waitUntil(() => acceptedA.length && acceptedB.length, 'both accepted');
    expect(acceptsOf(adapterA)).to.deep.equal([idA]);
    expect(acceptsOf(adapterB)).to.deep.equal([idB]);
    expect([acceptedA, acceptedB]).to.deep.equal([[idA], [idB]]);

    expect(pageA).to.be.instanceOf(a.RequestsPage);
    expect(pageB).to.be.instanceOf(b.RequestsPage);
    expect(pageB).to.not.be.instanceOf(a.RequestsPage);
    const innerA = innerElements(pageA);
    const innerB = innerElements(pageB);
    expect(innerA.tabs).to.be.instanceOf(a.RequestTabs);
    expect(innerA.detail).to.be.instanceOf(a.SessionRequestDetail);
    expect(innerA.dialog).to.be.instanceOf(a.ConfirmDialog);
    expect(innerB.tabs).to.be.instanceOf(b.RequestTabs);
    expect(innerB.detail).to.be.instanceOf(b.SessionRequestDetail);
    expect(innerB.dialog).to.be.instanceOf(b.ConfirmDialog);
    expect(innerB.detail, 'B opened its detail in its own registry').to.not.be.instanceOf(
      a.SessionRequestDetail,
    );
    expect(watch.warnings, 'console warnings').to.deep.equal([]);
  });
});
