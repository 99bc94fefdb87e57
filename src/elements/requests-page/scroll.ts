import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Infinite scroll: watches the host's `.sentinel` (found again after every update) with an
 * IntersectionObserver and calls `onVisible` when it comes near the viewport. `recheck()` makes the
 * observer report the current state again, e.g. after a page loaded and the sentinel is still in view.
 */
export class SentinelController implements ReactiveController {
  #observer?: IntersectionObserver;
  #observed?: Element;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onVisible: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onVisible: () => void) {
    this.#host = host;
    this.#onVisible = onVisible;
    host.addController(this);
  }

  hostUpdated(): void {
    const sentinel = this.#host.shadowRoot?.querySelector('.sentinel') ?? undefined;
    if (sentinel === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = sentinel;
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#onVisible();
      },
      { rootMargin: '0px 0px 240px 0px' },
    );
    this.#observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  recheck(): void {
    if (!this.#observer || !this.#observed) return;
    this.#observer.unobserve(this.#observed);
    this.#observer.observe(this.#observed);
  }
}

/** The nearest scrolling ancestor across slots and shadow roots, else the document's scroller. */
export function scrollParent(element: Element): Element {
  let node: Element | null = element;
  while (node) {
    node =
      node.assignedSlot ??
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
    if (!node) break;
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return document.scrollingElement ?? document.documentElement;
}
