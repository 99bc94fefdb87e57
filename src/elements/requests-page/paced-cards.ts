/**
 * Paces how many cards a virtualized list builds in one frame (issue 18). Only virtual-list.ts imports
 * this module, so it comes with the lazily loaded virtualizer.
 * @internal
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * Most of a frame's work when the list scrolls is building, styling, laying out and painting the cards
 * that enter the window (docs/performance.md, "Long tasks while scrolling"): a jump of five screens on a
 * phone four times slower than a desktop core brings 7 new cards and a 70 ms task. A task over 50 ms is
 * a long task; a frame's work is kept to this, leaving room for the rest of the page's work in it.
 */
const FRAME_BUDGET_MS = 30;

/** How much the last measurement counts in the running estimates (the rest is the previous estimate). */
const WEIGHT = 0.5;

/**
 * A card's share of a frame (ms) before anything is measured: a low-end phone's, so the first jump on
 * one stays under the budget; a fast device shows it can do more after its first frame.
 */
const FIRST_GUESS = { frame: 6, card: 8 };

/** The class of a placeholder (`.card.skeleton.paced`): the layout does not count its size as a card's. */
export const PLACEHOLDER_CLASS = 'paced';

/**
 * One channel for every pacer, its port 2 posting, its port 1 telling each pacer that waits that its task
 * is over. A port with a listener stays alive as long as its channel: one per pacer would keep every page
 * that ever virtualized a list alive, through the listener that reaches the page.
 */
const waiting = new Set<() => void>();
let probe: MessageChannel | undefined;
function afterTask(done: () => void): void {
  if (!probe) {
    probe = new MessageChannel();
    probe.port1.onmessage = () => {
      const calls = [...waiting];
      waiting.clear();
      for (const call of calls) call();
    };
  }
  waiting.add(done);
  probe.port2.postMessage(0);
}

/** What the pacer needs from the list it paces. */
export interface PacedList<T> {
  /** The item must render as a real card now, whatever the budget (the focused one, one being revealed). */
  required(item: T): boolean;
  /** Re-renders the cards of the current range (the virtualizer's `rangeChanged`); false if it has none. */
  rerender(): boolean;
  /** The size the layout expects for the item at `index` (px along the list), for its placeholder. */
  expectedSize(index: number): number;
}

/** One render of the range: the keys built as cards so far, the last index, visible new cards to come. */
interface Pass {
  readonly cards: Set<string>;
  last: number;
  visibleToCome: number;
}

/** One task's render passes (a scroll can make the virtualizer render twice in one frame). */
interface Task {
  readonly start: number;
  /** Cards built anew in it. */
  built: number;
}

/**
 * Each render pass of the virtualized list asks this for its items. A card already in the DOM is
 * rendered again as it is (cheap: Lit only updates what changed). A card entering the window is built
 * when the frame's budget allows, visible cards first; the others get a placeholder of the expected size
 * (`.card.skeleton`, aria-hidden, no control) and are built in the following frames, a budget's worth per
 * frame, until the window is complete. A slow scroll brings one or two cards a frame and never shows a
 * placeholder; a fling shows them for a few frames instead of freezing the screen.
 *
 * The budget adapts to the device: after each frame that built cards, the time from the first render
 * pass to the end of the task (style, layout and paint included, measured with a message posted to the
 * next task) gives the cost of a card, and a frame without new cards gives the fixed cost.
 * Not paced: the visible cards of a list's first render (nothing to show instead), and `required` items.
 */
export class CardPacer<T> {
  /** Keys of the items rendered as real cards by the last pass (the DOM's cards). */
  #shown = new Set<string>();
  /** The pass being rendered (its keys so far, the last index, visible new cards still to come in it). */
  #pass?: Pass;
  #task?: Task;
  /** Cards that may still be built in this task. */
  #left: number;
  /** The last pass left placeholders. */
  #deferred = false;
  #upgradeScheduled = false;
  /** No pass has rendered since the list was created: its visible cards are built at once. */
  #fresh = true;
  #visible = { first: 0, last: -1 };
  #frameMs = FIRST_GUESS.frame;
  #cardMs = FIRST_GUESS.card;
  readonly #list: PacedList<T>;

  constructor(list: PacedList<T>) {
    this.#list = list;
    this.#left = this.#budget();
  }

  /** Placeholders are in the DOM: more cards will be built in the next frames. */
  get pending(): boolean {
    return this.#deferred;
  }

  /** The items in view, as the virtualizer reports them (before each range it renders). */
  visible(first: number, last: number): void {
    this.#visible = { first, last };
  }

  /** The list was replaced by a new one (another tab or filter): its first render is not paced. */
  reset(): void {
    this.#shown.clear();
    this.#fresh = true;
    this.#deferred = false;
  }

  /** The `renderItem` of the virtualizer for `items`: the card, or its placeholder for now. */
  renderItem(
    items: readonly T[],
    key: (item: T) => string,
    card: (item: T, index: number) => TemplateResult,
  ): (item: T, index: number) => TemplateResult {
    return (item, index) => {
      // Lit's `repeat` asks for the range in order: an index that does not grow starts another render.
      const pass = this.#pass && index > this.#pass.last ? this.#pass : this.#openPass(items, key);
      pass.last = index;
      const id = key(item);
      const built = this.#shown.has(id);
      const visible = index >= this.#visible.first && index <= this.#visible.last;
      if (visible && !built) pass.visibleToCome--;
      // A card outside the view leaves what is left of the budget to the visible ones still to come.
      const reserve = visible ? 0 : pass.visibleToCome;
      const now = built || this.#list.required(item) || (visible && this.#fresh) || this.#left > reserve;
      if (!now) {
        this.#deferred = true;
        return placeholder(this.#list.expectedSize(index));
      }
      if (!built) {
        this.#left--;
        this.#task!.built++;
      }
      pass.cards.add(id);
      return card(item, index);
    };
  }

  #openPass(items: readonly T[], key: (item: T) => string): Pass {
    // Lit's `repeat` renders the whole range synchronously: a pass ends before the next microtask, or
    // when another render starts (what it built is then the DOM's cards).
    if (this.#pass) this.#close(this.#pass);
    let visibleToCome = 0;
    const last = Math.min(this.#visible.last, items.length - 1);
    for (let i = Math.max(0, this.#visible.first); i <= last; i++) {
      if (!this.#shown.has(key(items[i]!))) visibleToCome++;
    }
    const pass: Pass = { cards: new Set<string>(), last: -1, visibleToCome };
    this.#pass = pass;
    this.#deferred = false;
    if (!this.#task) {
      this.#task = { start: performance.now(), built: 0 };
      afterTask(this.#learn);
    }
    queueMicrotask(() => {
      if (this.#pass === pass) this.#close(pass);
    });
    return pass;
  }

  #close(pass: Pass): void {
    this.#shown = pass.cards;
    if (pass.cards.size > 0) this.#fresh = false;
    if (this.#pass === pass) this.#pass = undefined;
  }

  /** The task that rendered is over (its style, layout and paint too): learn from it, then go on. */
  readonly #learn = (): void => {
    const task = this.#task;
    this.#task = undefined;
    if (!task) return;
    const ms = performance.now() - task.start;
    // Bounded: one slow task (a host's work, garbage collection) must not leave the budget at one card.
    if (task.built === 0)
      this.#frameMs = Math.min(FRAME_BUDGET_MS / 2, this.#frameMs + (ms - this.#frameMs) * WEIGHT);
    else this.#cardMs += (Math.max(0.25, (ms - this.#frameMs) / task.built) - this.#cardMs) * WEIGHT;
    this.#left = this.#budget();
    if (this.#deferred && !this.#upgradeScheduled) {
      this.#upgradeScheduled = true;
      requestAnimationFrame(() => {
        this.#upgradeScheduled = false;
        // A scroll in this frame has rendered already (and measures its own task): nothing to add.
        // A list that renders nothing now (hidden behind a detail) has no placeholder left to build.
        if (this.#deferred && !this.#task && !this.#list.rerender()) this.#deferred = false;
      });
    }
  };

  #budget(): number {
    return Math.max(1, Math.floor((FRAME_BUDGET_MS - this.#frameMs) / this.#cardMs));
  }
}

/**
 * A card not built yet: an empty card of the size the layout expects, so the list does not move when
 * the card replaces it. Hidden from assistive technology and holds no control; `.skeleton` like the
 * placeholders of a loading list (hosts style both through `::part(skeleton)`).
 */
function placeholder(size: number): TemplateResult {
  return html`<li
    class="card skeleton ${PLACEHOLDER_CLASS}"
    part="card skeleton"
    aria-hidden="true"
    style=${styleMap({ blockSize: `${Math.round(size)}px`, minBlockSize: '0' })}
  ></li>`;
}
