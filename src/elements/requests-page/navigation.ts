import type { LitElement, PropertyValues } from 'lit';
import { RequestOpenEvent } from '../../events-detail.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest, RequestKind } from '../../model/request.js';
import { scrollParent } from './scroll.js';

const DETAIL_TAGS = 'session-request-detail, message-request-detail';

/** The rendered card of request `id` in `root`, if any. */
export function cardIn(root: ParentNode, id: string): HTMLElement | null {
  const cards = root.querySelectorAll<HTMLElement>('.list .card[data-id]');
  return Array.from(cards).find((card) => card.dataset.id === id) ?? null;
}

/** Where a Back should land: the card that was opened, and where it was on screen. */
interface ReturnPoint {
  kind: RequestKind;
  id: string;
  index: number;
  top?: number;
}

/** The element whose navigation this is: its shadow root, `open-id`, `shortcuts`, events and updates. */
export type NavigationElement = LitElement & { openId?: string; shortcuts?: boolean };

/** What else the navigation needs from `<requests-page>`, asked at the time it is needed. */
export interface NavigationOptions {
  /** The active tab's kind. */
  kind(): RequestKind;
  /** Whether a request's detail is shown (`open-id` set). */
  detailOpen(): boolean;
  /** The shown list's loaded requests, in order. */
  items(): readonly AnyRequest[];
  /** The page's words (with en-details.ts): the shortcuts' help dialog says them. */
  localize: LocalizeController;
  /** The virtualized list's controller, when the list is virtualized (it renders a card on demand). */
  virtualList():
    { renderedCard(index: number, id: string): Promise<HTMLElement | null>; forget(): void } | undefined;
}

/**
 * Between the list and a request's detail, for `<requests-page>`: which request is opened, and where
 * focus and the scroll position go on the way in and back.
 *
 * A controller of its own because these steps span several updates: opening remembers the card and its
 * place on screen, the next render shows the detail and only then can its heading take focus; Back (or a
 * host that clears `open-id`) renders the list again, and only after that render (and, in a virtualized
 * list, after the card is rendered at all) can the card go back where it was with its button focused.
 */
export class DetailNavigation {
  #returnTo?: ReturnPoint;
  #focusDetailNext = false;
  #restoreFocusNext = false;
  /** The keyboard shortcuts (shortcuts.ts, a chunk of its own), loaded the first time `shortcuts` is on. */
  #shortcuts?: Promise<unknown>;
  readonly #element: NavigationElement;
  readonly #options: NavigationOptions;

  constructor(element: NavigationElement, options: NavigationOptions) {
    this.#element = element;
    this.#options = options;
    element.addEventListener(RequestOpenEvent.eventName, (e) => this.#fromDetail(e as RequestOpenEvent));
  }

  /**
   * The shown detail asks to open another request (a pending request its schedule-conflict warning names):
   * after the whole dispatch, so that a host listening above the page can cancel it, its detail takes the
   * place of the shown one. Back still returns to the list, to the card first opened from it.
   */
  #fromDetail(event: RequestOpenEvent): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element) || origin === this.#element || !origin.matches(DETAIL_TAGS)) return;
    if (origin.getRootNode() !== this.#element.renderRoot) return; // a detail of a page nested in ours
    const request = event.detail?.request;
    queueMicrotask(() => {
      const open = request?.kind === this.#options.kind() && this.#options.detailOpen();
      if (event.defaultPrevented || !open) return;
      this.#element.openId = request.id;
      this.#focusDetailNext = true;
    });
  }

  /** The card of the item at `index` (with that `id`); a virtualized list renders it first. */
  #card(index: number, id: string): Promise<HTMLElement | null> {
    const virtual = this.#options.virtualList();
    return virtual ? virtual.renderedCard(index, id) : Promise.resolve(cardIn(this.#element.renderRoot, id));
  }

  /** Focuses the button of the card of request `id` at `index` (a virtualized list renders it first). */
  async focusCard(index: number, id: string): Promise<void> {
    const card = await this.#card(index, id);
    card?.querySelector('button')?.focus();
  }

  /** The user opens `request` (at `index` in the list): a cancelable `request-open`, then its detail. */
  open(request: AnyRequest, index: number): void {
    const card = cardIn(this.#element.renderRoot, request.id);
    this.#returnTo = { kind: request.kind, id: request.id, index, top: card?.getBoundingClientRect().top };
    if (!this.#element.dispatchEvent(new RequestOpenEvent({ kind: request.kind, request }))) return;
    this.#options.virtualList()?.forget();
    this.#element.openId = request.id;
    this.#focusDetailNext = true;
  }

  /** The user goes back to the list: focus returns to the opened card. */
  back(): void {
    this.#restoreFocusNext = true;
    this.#element.openId = undefined;
  }

  /** Before a render: what closing the detail needs. */
  willUpdate(changed: PropertyValues): void {
    const detailOpen = this.#options.detailOpen();
    if (changed.has('openId') && !detailOpen && changed.get('openId')) {
      // Focus was in the detail that goes away (Back, or a host that cleared open-id): bring it to the list
      // (not after a tab switch: the user is on the tabs, and the list is another one).
      this.#restoreFocusNext ||=
        !changed.has('tab') && Boolean(this.#element.renderRoot.querySelector('.detail-view:focus-within'));
    }
  }

  /** After a render: focus into the detail that was just opened, or back onto the list. */
  updated(changed: PropertyValues): void {
    const detailOpen = this.#options.detailOpen();
    if (this.#focusDetailNext && detailOpen) {
      this.#focusDetailNext = false;
      void this.#focusDetail();
    }
    if (this.#restoreFocusNext && !detailOpen) {
      this.#restoreFocusNext = false;
      void this.#restoreList();
    }
    if (changed.has('openId') && !detailOpen) this.#returnTo = undefined;
    if (this.#element.shortcuts)
      this.#shortcuts ??= import('./shortcuts.js').then(
        ({ PageShortcuts }) =>
          new PageShortcuts(this.#element, {
            ...this.#options,
            focusCard: (index, id) => this.focusCard(index, id),
            back: () => this.back(),
            detail: () => this.#element.renderRoot.querySelector<LitElement>(DETAIL_TAGS),
          }),
        (error: unknown) => console.warn('mentoring-requests: the keyboard shortcuts did not load.', error),
      );
  }

  async #focusDetail(): Promise<void> {
    const detail = this.#element.renderRoot.querySelector<LitElement>(DETAIL_TAGS);
    if (!detail) return;
    // define.ts defines the details when their chunk arrives: a request opened before that waits for it.
    await (detail.customElementRegistry ?? customElements).whenDefined(detail.localName);
    await detail.updateComplete;
    if (detail.isConnected && this.#options.detailOpen()) detail.focus();
  }

  /** Back in the list: the opened card (or its neighbour) where it was on screen, its button focused. */
  async #restoreList(): Promise<void> {
    const kind = this.#options.kind();
    const point = this.#returnTo?.kind === kind ? this.#returnTo : undefined;
    const items = this.#options.items();
    const at = point ? Math.min(point.index, items.length - 1) : 0;
    if (this.#element.renderRoot.querySelector('.list.virtual')) {
      // Only the cards near the viewport exist: render the one to return to first.
      const kept = point ? items.findIndex((item) => item.id === point.id) : -1;
      const index = kept >= 0 ? kept : at;
      if (index >= 0) await this.#card(index, items[index]!.id);
      if (this.#options.detailOpen() || !this.#element.isConnected) return;
    }
    const id = point && cardIn(this.#element.renderRoot, point.id) ? point.id : items[at]?.id;
    const card = id === undefined ? null : cardIn(this.#element.renderRoot, id);
    if (card && point?.top !== undefined) {
      const delta = card.getBoundingClientRect().top - point.top;
      if (delta !== 0) scrollParent(card).scrollBy({ top: delta, behavior: 'instant' });
    }
    const target =
      card?.querySelector('button') ?? this.#element.renderRoot.querySelector<HTMLElement>('.refresh');
    target?.focus({ preventScroll: Boolean(card) });
  }
}
