/**
 * The patches this package makes to `@lit-labs/virtualizer` 2.1.1 (pinned exactly in package.json, as
 * they use its protected and private members), and the helpers that wait for its layout. Part of the
 * lazily loaded virtualized list (virtual-list.ts); tests pin each patch (test/virtualized-list.test.ts).
 * @internal
 */
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { PLACEHOLDER_CLASS } from './paced-cards.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

/**
 * The virtualizer observes the size of each child it renders and never unobserves it: a card that leaves
 * the window (`repeat` removes it) is reported once more, at size 0, in the next ResizeObserver delivery,
 * and 2.1.1 answers that with a whole layout pass that measures nothing (the removed cards are no longer
 * its children): a forced style and layout of the new window, a reflow and a DOM update, in every frame
 * of a scroll, and the observer's list of targets grows with every card ever shown. This observer
 * unobserves the removed targets and leaves out a delivery with nothing else; `provideResizeObserver()`
 * is the library's own hook (meant for a polyfill), read when a virtualizer connects. What that costs:
 * after a delivery left out, `layoutComplete` waits for the next one (`settled()` gives up after three
 * frames), and the hook is the module's: a host's own virtualizers on the same copy of 2.1.1 (a bundler
 * that dedupes it) get this observer too, with the same saving.
 */
if (typeof ResizeObserver === 'function') {
  class PresentOnlyResizeObserver extends ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => {
        const present = entries.filter((entry) => entry.target.isConnected);
        if (present.length === entries.length) return callback(entries, observer);
        for (const entry of entries) if (!entry.target.isConnected) observer.unobserve(entry.target);
        if (present.length > 0) callback(present, observer);
      });
    }
  }
  provideResizeObserver(PresentOnlyResizeObserver);
}

/** What this package uses of the virtualizer instance the directive leaves on its host element. */
export interface Virtualizer {
  readonly layoutComplete: Promise<void>;
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  // Private in 2.1.1 (the version is pinned exactly in package.json): see `reveal()`, `raiseSizeCap()`,
  // `rerender()`.
  _layout?: { unpin?(): void; expectedSize?(index: number): number } | null;
  _first?: number;
  _last?: number;
  _finishDOMUpdate?(): void;
  _updateLayout?(): void;
  _hostElement?: HTMLElement;
  _isScroller?: boolean;
  _sizeHostElement?(size: { width: number | null; height: number | null } | null): void;
}

const raised = new WeakSet<object>();

/** Replaces the virtualizer's host sizing (2.1.1's own code) with one that allows `maxHostSize()`. */
export function raiseSizeCap(list: Element): void {
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
    // The average the flow layout's estimates read (`_getAverageSize`, `_estimatePosition`): of cards.
    const cache = this._metricsCache;
    const all = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(cache), 'averageChildSize')?.get;
    Object.defineProperty(cache, 'averageChildSize', {
      get: () => (this.#cards.size > 0 ? this.#cardsTotal / this.#cards.size : (all?.call(cache) as number)),
    });
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

  /** Sizes measured on cards (not placeholders), by index, and their sum. */
  #cards = new Map<number, number>();
  #cardsTotal = 0;
  /** Each item's last measurement (size and margins), to tell a measurement that changes nothing. */
  #measured = new Map<number, string>();

  /**
   * Placeholders (paced-cards.ts) have the size they were given: they say nothing about the size of
   * cards. Counted in the average size (the estimate of every card not measured yet, the list's height,
   * each placeholder's size), they kept it where the first cards left it (130 px in the bench's 360 px
   * wide list, whose cards measure 180 to 230 px), and each one's rounding moved it, and the list's
   * height, a little in every frame (a host resize, and another layout pass). A measurement equal to
   * the last one of its index schedules no reflow, unless the layout placed items by estimate (not
   * `_stable`: a card back in the window is placed at the average size until it is measured again,
   * and this measurement is what corrects it).
   */
  override updateItemSizes(sizes: ChildMeasurements): void {
    let changed = false;
    for (const [key, m] of Object.entries(sizes as unknown as Record<number, Measurement>)) {
      const index = Number(key);
      const signature = `${m.height} ${m.marginTop} ${m.marginBottom} ${m.width}`;
      if (this.#measured.get(index) !== signature) {
        changed = true;
        this.#measured.set(index, signature);
      }
      if (!m.placeholder) {
        this.#cardsTotal += m.height - (this.#cards.get(index) ?? 0);
        this.#cards.set(index, m.height);
      }
    }
    if (changed || !this._stable) super.updateItemSizes(sizes);
  }

  /** The size of the card at `index` when it was last measured, else the average (for a placeholder). */
  expectedSize(index: number): number {
    return this.#cards.get(index) ?? this._getAverageSize();
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

type ChildMeasurements = Parameters<FlowLayout['updateItemSizes']>[0];
interface Measurement {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  placeholder: boolean;
}

/** 2.1.1's own measurement of a child (`_measureChild`), and whether it is a placeholder. */
function measure(element: Element): Measurement {
  const { width, height } = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    width,
    height,
    marginTop: px(style.marginTop),
    marginRight: px(style.marginRight),
    marginBottom: px(style.marginBottom),
    marginLeft: px(style.marginLeft),
    placeholder: element.classList.contains(PLACEHOLDER_CLASS),
  };
}
// The layout's measurement of each child: the virtualizer takes a function as `measureChildren`
// (FlowLayout's typings declare that property a boolean, hence not a getter in the class).
Object.defineProperty(NearFlowLayout.prototype, 'measureChildren', { get: () => measure });

/** One layout object for every list: a new one per render would make the virtualizer reconfigure. */
export const LAYOUT = { type: NearFlowLayout };

export function virtualizerOf(list: Element | null | undefined): Virtualizer | undefined {
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

/**
 * Renders the items of the current range again (the placeholders of paced-cards.ts become cards), then
 * places and observes the new elements as the virtualizer does after its own renders: the directive
 * re-renders on `rangeChanged`, and `_finishDOMUpdate` positions the range's children and watches
 * their size (2.1.1's own sequence in `_updateDOM`).
 */
export function rerender(list: Element | null | undefined): boolean {
  const virtualizer = virtualizerOf(list);
  if (!list || !virtualizer) return false;
  // A scroll the virtualizer has not seen yet (a script scrolled in this frame's animation callbacks,
  // before this one: its scroll event comes in the next frame): lay out for it first. A new range
  // renders itself (the pacer builds its cards then); upgrading the old one would be thrown away.
  const range = [virtualizer._first, virtualizer._last];
  virtualizer._updateLayout?.();
  const { _first: first, _last: last } = virtualizer;
  if (first !== range[0] || last !== range[1]) return true;
  if (first === undefined || last === undefined || first < 0) return false;
  list.dispatchEvent(new RangeChangedEvent({ first, last }));
  virtualizer._finishDOMUpdate?.();
  return true;
}
