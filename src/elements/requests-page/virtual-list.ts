/**
 * The virtualized body of a long list: `@lit-labs/virtualizer`'s `virtualize` directive with its flow
 * layout (patched in virtual-layout.ts), its cards paced (paced-cards.ts), and the focus and position
 * kept while cards come and go. Only `<requests-page>` loads this module, with a dynamic `import()` and
 * only once a list grows past `virtualize-threshold`, so bundlers (and the CDN build) put it and the
 * virtualizer in a lazily loaded chunk: a page that never shows a long list never downloads them.
 * @internal
 */
import { dropLeftoverMarkers } from './leftover-markers.js';
import type { TemplateResult } from 'lit';
import type { AnyRequest } from '../../model/request.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { CardPacer } from './paced-cards.js';
import { LAYOUT, raiseSizeCap, reveal, rerender, settled, virtualizerOf } from './virtual-layout.js';

/** What the controller needs from `<requests-page>`. */
export interface VirtualListHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The shown list's requests, in order. */
  items(): readonly AnyRequest[];
  /** The rendered card of request `id`, if any. */
  cardFor(id: string): HTMLElement | null;
  /**
   * The element that scrolls `element` (scroll.ts). Passed in rather than imported: an import would make
   * a bundler split scroll.ts out of the page's first-paint code into a chunk shared with this one.
   */
  scrollParent(element: Element): Element;
}

/**
 * Focus and position in a virtualized list: its listeners go on the element around the list.
 *
 * - The virtualizer removes the cards that scroll far out of view. When the focused one goes, focus is
 *   parked on the list (a tabindex=-1 `<ul>`, so it is not lost to `<body>`) and given back to the
 *   card's button when the card comes back; Tab or ArrowDown on the parked list goes to the first card
 *   in view.
 * - When a plain list turns into a virtualized one, the focused card (else the first one in view) stays
 *   where it was on screen, and keeps its focus.
 */
export class VirtualListController {
  /** The card whose button has focus, kept while it is scrolled out of the window. */
  #focused?: { id: string; button: HTMLElement };
  /** The first card in the viewport. */
  #firstVisible = 0;
  #anchor?: { id: string; top: number; focus: boolean };
  /** The request `renderedCard()` is bringing into view. */
  #wanted?: string;
  /** The list whose ranges the pacer paces (a new tab or filter renders a new one); weak: not kept alive. */
  #paced?: WeakRef<Element>;
  readonly #pacer = new CardPacer<AnyRequest>({
    // The switch's anchor is one of these too: `afterSwitch()` brings it in through `renderedCard()`.
    required: (item) => item.id === this.#focused?.id || item.id === this.#wanted,
    rerender: () => rerender(this.#list),
    expectedSize: (index) => virtualizerOf(this.#list)?._layout?.expectedSize?.(index) ?? 0,
  });
  readonly #host: VirtualListHost;

  constructor(host: VirtualListHost) {
    this.#host = host;
  }

  /** The cards of `items` in a window that follows the scroll position (the host is the `<ul>`). */
  readonly cards = (
    items: readonly AnyRequest[],
    key: (item: AnyRequest) => string,
    render: (item: AnyRequest, index: number) => TemplateResult,
  ): unknown =>
    // The virtualizer only reads `items` (its type says Array).
    virtualize({
      items: items as AnyRequest[],
      keyFunction: key,
      renderItem: this.#pacer.renderItem(items, key, render),
      layout: LAYOUT,
    });

  /** Resolves once the list is laid out and every card in its window is built (not a placeholder). */
  async settled(): Promise<void> {
    await settled(this.#list);
    // Bounded: a list that never completes (none should) must not hold navigation for more than 2 s.
    const until = performance.now() + 2000;
    while (this.#pacer.pending && performance.now() < until) await settled(this.#list);
  }

  get #list(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.list.virtual');
  }

  get #active(): Element | null {
    return (this.#host.renderRoot as ShadowRoot).activeElement ?? null;
  }

  /** Forgets the focused card (e.g. a request was opened). */
  forget(): void {
    this.#focused = undefined;
  }

  /**
   * The card of the item at `index` (with that `id`), rendered first in a virtualized list: after its
   * pending layout, scrolled into the window when it is outside.
   */
  async renderedCard(index: number, id: string): Promise<HTMLElement | null> {
    const list = this.#list;
    this.#wanted = id;
    try {
      if (list) {
        await this.settled();
        if (!this.#host.cardFor(id)) {
          await reveal(list, index);
          await this.settled();
        }
      }
      return this.#host.cardFor(id);
    } finally {
      if (this.#wanted === id) this.#wanted = undefined;
    }
  }

  /**
   * Before the plain list is replaced by the virtualized one: remembers the focused card, else the first
   * one in view, and where it is. The list view keeps its height meanwhile, so the page does not shrink
   * (and lose its scroll position) before the virtualizer has sized the new list.
   */
  beforeSwitch(): void {
    const root = this.#host.renderRoot;
    const view = root.querySelector<HTMLElement>('.list-view');
    const cards = Array.from(root.querySelectorAll<HTMLElement>('.list .card[data-id]'));
    const active = this.#active;
    const focused = active ? cards.find((card) => card.contains(active)) : undefined;
    const card = focused ?? cards.find((c) => c.getBoundingClientRect().bottom > 0);
    if (!view || !card) return;
    view.style.minBlockSize = `${view.offsetHeight}px`;
    view.style.overflowAnchor = 'none';
    this.#anchor = { id: card.dataset.id!, top: card.getBoundingClientRect().top, focus: Boolean(focused) };
  }

  /** After the switch: the remembered card back where it was, focused if it was. */
  async afterSwitch(): Promise<void> {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    if (!anchor) return;
    const index = this.#host.items().findIndex((item) => item.id === anchor.id);
    const card = index >= 0 ? await this.renderedCard(index, anchor.id) : null;
    if (card) {
      const delta = card.getBoundingClientRect().top - anchor.top;
      if (delta !== 0) this.#host.scrollParent(card).scrollBy({ top: delta, behavior: 'instant' });
      if (anchor.focus) card.querySelector('button')?.focus({ preventScroll: true });
    }
    const view = this.#host.renderRoot.querySelector<HTMLElement>('.list-view');
    view?.style.removeProperty('min-block-size');
    view?.style.removeProperty('overflow-anchor');
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.matches('.list.virtual')) return; // parked: keep the card
    const card =
      target instanceof HTMLButtonElement ? target.closest<HTMLElement>('.list .card[data-id]') : null;
    this.#focused = card ? { id: card.dataset.id!, button: target as HTMLElement } : undefined;
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const point = this.#focused;
    if (next) {
      // Focus went to another control outside the element: forget the card.
      if (!this.#host.renderRoot.contains(next)) this.#focused = undefined;
      return;
    }
    // Focus went nowhere: the card was removed (the virtualizer recycled it; its button is gone after
    // this event), or the user clicked the page (then forget it), or the window lost focus (keep it).
    queueMicrotask(() => {
      if (!point || this.#focused !== point) return;
      if (!point.button.isConnected) this.#keepFocus();
      else if (this.#active !== point.button) this.#focused = undefined;
    });
  };

  /** Capture phase: runs before the virtualizer re-renders (the event does not bubble); check after it. */
  readonly onRangeChanged = {
    handleEvent: (event: Event): void => {
      const list = event.target as Element;
      raiseSizeCap(list);
      if (list !== this.#paced?.deref()) {
        this.#paced = new WeakRef(list);
        this.#pacer.reset();
      }
      queueMicrotask(() => {
        dropLeftoverMarkers(list);
        this.#keepFocus();
      });
    },
    capture: true,
  };

  readonly onVisibilityChanged = {
    handleEvent: (event: Event): void => {
      const { first, last } = event as Event & { first: number; last: number };
      this.#firstVisible = Math.max(0, first);
      this.#pacer.visible(first, last);
    },
    capture: true,
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const list = this.#list;
    if (!list || event.composedPath()[0] !== list) return;
    if (!(event.key === 'ArrowDown' || (event.key === 'Tab' && !event.shiftKey))) return;
    const item = this.#host.items()[this.#firstVisible];
    const button = item ? this.#host.cardFor(item.id)?.querySelector<HTMLElement>('button') : undefined;
    if (!button) return;
    event.preventDefault();
    button.focus();
  };

  #keepFocus(): void {
    const point = this.#focused;
    const list = this.#list;
    if (!point || !list) return;
    const active = this.#active;
    const button = this.#host.cardFor(point.id)?.querySelector<HTMLElement>('button');
    if (active === list && button) {
      button.focus({ preventScroll: true }); // the card is back in the window
      this.#focused = { id: point.id, button };
    } else if (!point.button.isConnected && !active && document.activeElement === document.body) {
      list.focus({ preventScroll: true }); // the focused card was removed: focus would be lost
    }
  }
}
