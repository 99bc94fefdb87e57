/**
 * `defineElements(registry)` and the tag → class maps, without side effects: importing this module defines
 * nothing (`define.js` imports it and defines the tags globally). A page that loads two copies or versions
 * of the package gives each its own registry (`new CustomElementRegistry()`, where the browser has scoped
 * registries) and calls `defineElements(registry)`: every tag of that copy is defined there and nowhere
 * else, and its elements render their inner tags through that registry (elements/shared/scoped-root.ts;
 * README "Several copies on one page").
 */
import { RequestTabs } from './elements/request-tabs/request-tabs.js';
import { RequestsPage } from './elements/requests-page/requests-page.js';
import { defineTags, warnClashes } from './registry.js';

/**
 * Tag → class of the two tags defined at once (the other four: `DETAIL_ELEMENTS` in define-details.ts).
 * custom-elements-manifest.config.mjs reads the tag names from this object.
 */
export const ELEMENTS = {
  'requests-page': RequestsPage,
  'request-tabs': RequestTabs,
} as const;

/**
 * Defines every tag that is not defined yet in `registry` (default: the global one): the list's two at
 * once, the other four when their chunk has loaded. Resolves with the tags that another class holds there;
 * those are left as they are, with one console warning per page. In a scoped registry all six are defined
 * when the chunk has loaded, as subclasses that keep their inner tags in it (elements/shared/scoped-root.ts).
 */
export async function defineElements(registry: CustomElementRegistry = customElements): Promise<string[]> {
  const scoped = registry !== customElements;
  const clashes = scoped ? [] : defineTags(ELEMENTS, registry);
  try {
    const { DETAIL_ELEMENTS, scopedElements } = await import('./define-details.js');
    const later = scoped ? scopedElements({ ...ELEMENTS, ...DETAIL_ELEMENTS }, registry) : DETAIL_ELEMENTS;
    clashes.push(...defineTags(later, registry));
  } finally {
    warnClashes(clashes);
  }
  return clashes;
}
