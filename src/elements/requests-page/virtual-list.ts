/**
 * The virtualized body of a long list: `@lit-labs/virtualizer`'s `virtualize` directive with its flow
 * layout. Only `<requests-page>` loads this module, with a dynamic `import()` and only once a list grows
 * past `virtualize-threshold`, so bundlers (and the CDN build) put it and the virtualizer in a lazily
 * loaded chunk: a page that never shows a long list never downloads them.
 * @internal
 */
import { dropLeftoverMarkers } from './leftover-markers.js';
import type { TemplateResult } from 'lit';
import type { AnyRequest } from '../../model/request.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** What this module uses of the virtualizer instance the directive leaves on its host element. */
interface Virtualizer {
  readonly layoutComplete: Promise<void>;
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  // Private in 2.1.1 (the version is pinned exactly in package.json): see `reveal()`, `raiseSizeCap()`.
  _layout?: { unpin?(): void } | null;
  _hostElement?: HTMLElement;
  _isScroller?: boolean;
  _sizeHostElement?(size: { width: number | null; height: number | null } | null): void;
}

const raised = new WeakSet<object>();

/** Replaces the virtualizer's host sizing (2.1.1's own code) with one that allows `maxHostSize()`. */
function raiseSizeCap(list: Element): void {
  const proto = Object.getPrototypeOf(virtualizerOf(list) ?? {}) as Virtualizer;
  if (raised.has(proto) || typeof proto._sizeHostElement !== 'function') return;
  raised.add(proto);
  const original = proto._sizeHostElement;
  proto._sizeHostElement = function (this: Virtualizer, size) {
    const style = this._hostElement?.style;
    if (this._isScroller || !style) return original.call(this, size);
    const max = maxHostSize();
    const width = size?.width ? Math.min(max, size.width) : 0;
    const height = size?.height ? Math.min(max, size.height) : 0;
    style.minWidth = width ? `${width}px` : '100%';
    style.minHeight = height ? `${height}px` : '100%';
  };
}

let measuredMax: number | undefined;

/**
 * The virtualizer caps its host's height at 8,200,000 px (for old Safari and Firefox limits), which
 * 100,000 cards of ~120 px exceed: the last ~30,000 could never be scrolled to. Current engines lay out
 * far taller boxes, so the cap is the tallest box this engine lays out, measured once (a hidden box asked
 * for 10⁹ px: Chromium and WebKit give ~33,554,000, Firefox ~17,895,000), less 1 %. A fixed 16,000,000
 * (below Firefox's) left the last third of 100,000 requests out of reach on a 360 px phone, where the
 * narrow layout makes each card ~245 px tall (`npm run bench -- --profile low-end`); Firefox still ends
 * there, at its own limit.
 * @internal Exported for test/virtualized-list.test.ts.
 */
export function maxHostSize(): number {
  if (measuredMax === undefined) {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;inline-size:0;block-size:1000000000px';
    document.documentElement.append(probe);
    const height = probe.getBoundingClientRect().height;
    probe.remove();
    // A box that was not laid out (no rendering) measures 0: keep the limit every current engine has.
    measuredMax = height > 16_000_000 ? Math.floor(height * 0.99) : 16_000_000;
  }
  return measuredMax;
}

/**
 * How far beyond the viewport (px, above and below) cards are kept rendered. The virtualizer's own
 * default is 1,000 px: about 24 cards in the DOM for an 800 px window, all rendered anew, styled, laid
 * out and painted whenever the user jumps further than that (a scrollbar drag, End, a fling). With 400 px
 * (about 14 cards), the bench's 100,000-request scroll costs the main thread 28% less CPU (39 → 28 s in
 * Chromium traces) and has 2–4 instead of 12 tasks over 15 ms of CPU (docs/performance.md). Three cards
 * or more stay ready on each side: Tab always finds the next card rendered, and the compositor can
 * scroll several frames ahead of a busy main thread before it reaches an empty area.
 */
const OVERHANG = 400;

/**
 * The flow layout with a nearer overhang (`_overhang` is the protected field the base layout reads), and
 * without the scroll corrections that made a jump cost several renders (docs/performance.md, "Long tasks
 * while scrolling: the trace"). @lit-labs/virtualizer 2.1.1's flow layout (pinned exactly in
 * package.json) places its window around an *anchor* item:
 *
 * - It keeps its anchor from one reflow to the next until the range stops changing. After a jump further
 *   than the rendered window (a scrollbar drag, End, a fling), the kept anchor lies outside the new
 *   window, and the layout "corrects" the scroll position back towards it: it reads `scrollTop` (a forced
 *   style and layout), scrolls, and lays out again in the same frame. 375 corrections in the bench's 300
 *   jumps of 5 screens, 8,600 px each on average.
 * - A new anchor's index is taken from the average item size counted from the top, but its position is
 *   estimated from the rendered items: the two drift apart as real heights replace the average, and
 *   the difference is corrected the same way.
 *
 * Here a kept anchor outside the window is dropped, and a new one is chosen where its estimated position
 * is the middle of the window. Both use fields and methods that 2.1.1's typings declare on FlowLayout;
 * test/virtualized-list.test.ts pins the library's behaviour, and fails (saying this can go) once a
 * version no longer corrects the scroll after such jumps.
 * @internal Exported for that test only.
 */
export class NearFlowLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG;
  }

  /** The rendered window's bounds: the viewport plus the overhang on each side. */
  #window(): [number, number] {
    return [this._scrollPosition - this._overhang, this._scrollPosition + this._viewDim1 + this._overhang];
  }

  override _getItems(): void {
    if (this.pin === null) {
      const [lower, upper] = this.#window();
      const index = this._anchorIdx;
      const pos = this._anchorPos;
      const kept = index !== null && pos !== null;
      if (!kept || pos + (this._getSize(index) ?? this._getAverageSize()) < lower || pos > upper) {
        // No anchor, or the kept one is outside the window: when the window is beyond the rendered
        // items, choose the new anchor here (the base layout would look for it among stale positions).
        const first = this._first >= 0 ? this._getPhysicalItem(this._first) : undefined;
        const last = this._last >= 0 ? this._getPhysicalItem(this._last) : undefined;
        const beyond =
          !first || !last || first.pos > upper || last.pos + (this._getSize(this._last) ?? 0) < lower;
        if (beyond && this.items.length > 0) {
          const anchor = this._calculateAnchor(lower, upper);
          this._anchorIdx = anchor;
          this._anchorPos = this._getPosition(anchor);
        } else if (kept) {
          this._anchorIdx = null;
          this._anchorPos = null;
        }
      }
    }
    super._getItems();
  }

  override _calculateAnchor(lower: number, upper: number): number {
    const index = super._calculateAnchor(lower, upper);
    const last = this.items.length - 1;
    // The first and the last item are placed exactly by the base layout; no rendered item: the base
    // layout's estimate counts from the top too, so the index already matches it.
    if (index <= 0 || index >= last || this._first < 0 || this._last < 0) return index;
    if (!this._getPhysicalItem(this._first) || !this._getPhysicalItem(this._last)) return index;
    const off = this._getPosition(index) - (lower + upper) / 2;
    return Math.max(1, Math.min(last - 1, index - Math.round(off / this._delta)));
  }
}

/** One layout object for every list: a new one per render would make the virtualizer reconfigure. */
const LAYOUT = { type: NearFlowLayout };

/** The cards of `items` in a window that follows the scroll position (the host is the `<ul>`). */
export function virtualCards<T>(
  items: readonly T[],
  key: (item: T) => string,
  render: (item: T, index: number) => TemplateResult,
): unknown {
  // The virtualizer only reads `items` (its type says Array).
  return virtualize({ items: items as T[], keyFunction: key, renderItem: render, layout: LAYOUT });
}

function virtualizerOf(list: Element | null | undefined): Virtualizer | undefined {
  return (list as (Element & { [virtualizerRef]?: Virtualizer }) | null | undefined)?.[virtualizerRef];
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the virtualizer has laid out the current items (or after a few frames, whichever is
 * first: `layoutComplete` only settles when a child was measured).
 */
export async function settled(list: Element | null | undefined): Promise<void> {
  const virtualizer = virtualizerOf(list);
  if (!virtualizer) return;
  await Promise.race([virtualizer.layoutComplete.catch(() => undefined), frame().then(frame).then(frame)]);
}

/** Scrolls the item at `index` into the window (rendering it), then waits for the layout. */
export async function reveal(list: Element | null | undefined, index: number): Promise<void> {
  const virtualizer = virtualizerOf(list);
  if (!virtualizer) return;
  virtualizer.element(index)?.scrollIntoView({ block: 'center' });
  await settled(list);
  // scrollIntoView() of an item outside the window *pins* the layout to it until the user scrolls: a
  // page loaded meanwhile would scroll the view back to it. Once it is rendered, let go.
  virtualizer._layout?.unpin?.();
}

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
  readonly #host: VirtualListHost;

  constructor(host: VirtualListHost) {
    this.#host = host;
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
    if (list) {
      await settled(list);
      if (!this.#host.cardFor(id)) await reveal(list, index);
    }
    return this.#host.cardFor(id);
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
      queueMicrotask(() => {
        dropLeftoverMarkers(list);
        this.#keepFocus();
      });
    },
    capture: true,
  };

  readonly onVisibilityChanged = {
    handleEvent: (event: Event): void => {
      this.#firstVisible = Math.max(0, (event as Event & { first: number }).first);
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
