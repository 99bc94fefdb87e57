/**
 * Scoped custom element registries: two copies or versions of the package on one page, each in its own
 * registry (README "Several copies on one page"). `defineElements(registry)` (define-elements.ts) defines
 * in a scoped registry the subclasses made here: each attaches its shadow root with that registry and has
 * Lit clone its templates into it, so the inner tags (`<request-tabs>`, the details, `<confirm-dialog>`) are
 * that registry's classes too, and nothing of this copy touches `customElements`.
 *
 * Why both: a shadow root attached without a registry uses the global one, and Lit clones templates with
 * `(creationScope ?? document).importNode(content, true)`, which creates them in the global registry too.
 * Chromium has no `ShadowRoot.importNode`, so the scope is an object whose `importNode` passes the registry
 * to `document.importNode`. Subclasses rather than a check in every element: the global registry's classes
 * (and the first paint, docs/performance.md) stay as they are, and this module loads with the lazy chunk.
 */
import type { LitElement } from 'lit';

type LitElementClass = abstract new (...args: any[]) => LitElement; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The subclasses made for each registry, so that defining twice in one registry finds its own classes. */
const made = new WeakMap<CustomElementRegistry, Map<LitElementClass, LitElementClass>>();

/** `elements`' classes, subclassed to render their inner tags through `registry` (same tags). */
export function scopedElements<T extends Record<string, LitElementClass>>(
  elements: T,
  registry: CustomElementRegistry,
): T {
  let subclasses = made.get(registry);
  if (!subclasses) made.set(registry, (subclasses = new Map()));
  const scoped: Record<string, LitElementClass> = {};
  for (const [tag, Element] of Object.entries(elements)) {
    let Scoped = subclasses.get(Element);
    if (!Scoped) {
      abstract class InRegistry extends Element {
        override attachShadow(init: ShadowRootInit): ShadowRoot {
          this.renderOptions.creationScope = {
            importNode: (node: Node) => document.importNode(node, { customElementRegistry: registry }),
          };
          return super.attachShadow({ ...init, customElementRegistry: registry });
        }
      }
      subclasses.set(Element, (Scoped = InRegistry));
    }
    scoped[tag] = Scoped;
  }
  return scoped as T;
}
