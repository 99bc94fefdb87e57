import type { LitElement } from 'lit';
import type { AnyRequest } from '../../model/request.js';
import { cardIn } from './navigation.js';
import { scrollParent } from './scroll.js';

/** The lazily loaded virtualized list (see virtual-list.ts). */
type VirtualList = typeof import('./virtual-list.js');
type VirtualListController = InstanceType<VirtualList['VirtualListController']>;

/**
 * When `<requests-page>` renders its list through the virtualizer, and the switch between the two.
 *
 * Kept apart from the element because it is one concern with its own state: the virtualizer is loaded
 * with `import()` the first time a list is going to be long (so a page that never shows one never
 * downloads it), and a list that crosses `virtualize-threshold` swaps its plain `<ul>` for a virtualized
 * one in the middle of the user's scrolling, which must keep the card in view (and its focus) in place:
 * `willUpdate()` notes the card before the swap, `updated()` puts it back after.
 */
export class VirtualSwitch {
  /** The list view that has the controller's listeners. */
  #listening?: HTMLElement;
  /** The focus / position controller of the virtualized list (with its directive), once loaded. */
  #controller?: VirtualListController;
  #loading?: Promise<void>;
  /** Whether the last render was virtualized. */
  #rendered = false;
  /** The list switched to the virtualizer in this update. */
  #switched = false;
  readonly #element: LitElement;
  /** The shown list's requests, in order. */
  readonly #items: () => readonly AnyRequest[];

  constructor(element: LitElement, items: () => readonly AnyRequest[]) {
    this.#element = element;
    this.#items = items;
  }

  /** The virtualized list's focus and position controller (its listeners go around the list), once loaded. */
  get controller(): VirtualListController | undefined {
    return this.#controller;
  }

  /** Starts loading the virtualizer (once), e.g. as soon as the server says a list will be long. */
  load(): void {
    this.#loading ??= import('./virtual-list.js').then(
      (module) => {
        const root = this.#element.renderRoot;
        this.#controller = new module.VirtualListController({
          items: this.#items,
          cardFor: (id) => cardIn(root, id),
          renderRoot: root,
          scrollParent,
        });
        this.#element.requestUpdate();
      },
      (error: unknown) =>
        console.warn('mentoring-requests: the virtualizer did not load; lists render in full.', error),
    );
  }

  /**
   * Before a render: whether it is virtualized (`wanted` and loaded). On a switch to the virtualizer in a
   * list the user is looking at (`visible`), remembers the card to keep in place.
   */
  willUpdate(wanted: boolean, visible: boolean): void {
    const virtual = wanted && Boolean(this.#controller);
    if (virtual === this.#rendered) return;
    this.#rendered = virtual;
    this.#switched = virtual && visible;
    if (this.#switched) this.#controller!.beforeSwitch();
  }

  /**
   * After a render: the controller's listeners on the list view (once; the page renders the same element
   * for its whole life), and the remembered card back where it was, once the virtualizer has laid it out.
   * Added here rather than bound in the page's template, which is part of the first paint.
   */
  updated(): void {
    const controller = this.#controller;
    const view = this.#element.renderRoot.querySelector<HTMLElement>('.list-view');
    if (controller && view && view !== this.#listening) {
      this.#listening = view;
      view.addEventListener('focusin', controller.onFocusIn);
      view.addEventListener('focusout', controller.onFocusOut);
      view.addEventListener('keydown', controller.onKeydown);
      // Both in the capture phase (these events do not bubble): the objects say so themselves.
      view.addEventListener('rangeChanged', controller.onRangeChanged, controller.onRangeChanged);
      view.addEventListener(
        'visibilityChanged',
        controller.onVisibilityChanged,
        controller.onVisibilityChanged,
      );
    }
    if (!this.#switched) return;
    this.#switched = false;
    void this.#controller?.afterSwitch();
  }
}
