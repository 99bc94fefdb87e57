/**
 * The keyboard shortcuts of `<requests-page shortcuts>` (README "Keyboard shortcuts"):
 *
 * | key | what it does |
 * |---|---|
 * | J / K | focus the next / previous card's open control (a virtualized list renders it first) |
 * | Enter | opens the focused card: the control's own behaviour, left alone here |
 * | A | focuses Accept in the open detail; never accepts: an accept books the mentor's time (upstream
 *   `src/services/requestSessions.js` `accept()` creates the session with `sessionService.create`) |
 * | R | opens the Reject confirmation of the open detail (a click on Reject: the dialog still asks) |
 * | Escape | back to the list, as the Back button; inside a dialog it only closes the dialog |
 * | ? | opens the help dialog listing them (shortcuts-help.ts) |
 *
 * Never while the user types in a field (input, textarea, select, contenteditable, in any shadow root: the
 * event's composed path says), with Ctrl, Alt or Meta held, or inside a dialog. One `keydown` listener on the
 * page: keyboard events are composed, so it hears keys pressed anywhere in its shadow root and the detail's.
 *
 * Loaded only when `shortcuts` is on: the page declares the property; navigation.ts (with the page's lazy
 * parts) imports this module the first time it sees it set. So that bundlers keep it a chunk of its own
 * without splitting the details' chunk, it imports nothing from that chunk: what it needs of it (the
 * navigation, the English of its words) it is given.
 *
 * Discoverability, as the WAI-ARIA APG recommends ("Keyboard Shortcuts": the primary means of making
 * shortcuts discoverable is revealing the key assignments on the elements themselves): the controls the keys
 * reach carry `aria-keyshortcuts` (Accept `A`, Reject `R`, Back `Escape`), and the page's first control is
 * a "Keyboard shortcuts" button (`aria-keyshortcuts="Shift+?"`), visually hidden until it has focus, that
 * opens the list: the first thing a screen reader or a Tab reaches in the inbox.
 * @internal
 */
import type { LitElement, ReactiveController } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { NavigationOptions } from './navigation.js';
import { ShortcutsHelp } from './shortcuts-help.js';

type Shortcut = 'next' | 'previous' | 'accept' | 'reject' | 'back' | 'help';

/** The letter keys, by their Latin letter. */
const LETTERS: Record<string, Shortcut | undefined> = { j: 'next', k: 'previous', a: 'accept', r: 'reject' };

/**
 * The shortcut `event` asks for, if any. A letter is read from `key` (on an AZERTY or Dvorak layout the J
 * shortcut follows the J letter); a key that types a non-Latin character (ت or र for J on an Arabic or Hindi
 * InScript layout) is read from the physical key (`code`), so the shortcuts work whatever the layout.
 */
export function shortcutOf(event: KeyboardEvent): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  const { key, code } = event;
  if (key === 'Escape') return 'back';
  if (key === '?') return 'help';
  if (/^[a-z]$/i.test(key)) return LETTERS[key.toLowerCase()];
  if (key.length > 0 && key.charCodeAt(0) > 0x7f) {
    if (code === 'Slash' && event.shiftKey) return 'help';
    if (/^Key[A-Z]$/.test(code)) return LETTERS[code.slice(3).toLowerCase()];
  }
  return undefined;
}

/** Whether the element on the event's path takes typed keys (a field) or is a dialog (its keys are its own). */
function ownsKeys(node: EventTarget): boolean {
  return (
    node instanceof HTMLElement &&
    (node.isContentEditable || node instanceof HTMLDialogElement || node.matches('input, textarea, select'))
  );
}

/** `<requests-page>` as the shortcuts see it. */
export type ShortcutsPage = LitElement & { shortcuts?: boolean };

/** What the shortcuts need of the page's navigation (navigation.ts), asked when a key is pressed. */
export interface ShortcutsOptions extends Pick<NavigationOptions, 'detailOpen' | 'items'> {
  /**
   * The help dialog's words: the page's controller (with en-details.ts, which the details' chunk holds).
   * Given, not made here: importing localize.ts from this chunk would split it and English out of the first
   * paint's shared chunk (one more gzip stream at first paint).
   */
  localize: LocalizeController;
  /** Focuses the open control of the card at `index` (a virtualized list renders it and scrolls to it). */
  focusCard(index: number, id: string): Promise<void>;
  /** What the Back button does. */
  back(): void;
  /** The open detail element, if any. */
  detail(): LitElement | null;
}

/** The card whose control has focus in `root`, if any. */
const cardId = (root: ShadowRoot): string | undefined =>
  root.activeElement?.closest<HTMLElement>('.card[data-id]')?.dataset.id;

/** Sets (or, with `undefined`, removes) `aria-keyshortcuts` on `element`. */
function announceKeys(element: Element | null | undefined, keys: string | undefined): void {
  if (!element) return;
  if (keys) element.setAttribute('aria-keyshortcuts', keys);
  else element.removeAttribute('aria-keyshortcuts');
}

/** A detail's controls the shortcuts reach, by part name, and their `aria-keyshortcuts`. */
const DETAIL_KEYS = [
  ['accept-button', 'A'],
  ['reject-button', 'R'],
] as const;

/**
 * The shortcuts of one page: a controller of it, made once `shortcuts` is first turned on and kept (the
 * listener does nothing while it is off; the help control and the `aria-keyshortcuts` go away).
 */
export class PageShortcuts implements ReactiveController {
  readonly #page: ShortcutsPage;
  readonly #options: ShortcutsOptions;
  readonly #help: ShortcutsHelp;
  /** The card a J / K is moving to (a virtualized list renders it first): the next J starts there. */
  #moving?: number;
  /** The last card whose control had focus: a J on a list that parked focus (virtual-list.ts) goes on from it. */
  #lastCard?: string;
  /** The details given a controller that marks their Accept and Reject after each of their renders. */
  readonly #watched = new WeakSet<LitElement>();

  constructor(page: ShortcutsPage, options: ShortcutsOptions) {
    this.#page = page;
    this.#options = options;
    this.#help = new ShortcutsHelp(page.renderRoot as ShadowRoot, options.localize);
    page.addController(this);
    page.requestUpdate();
  }

  hostConnected(): void {
    this.#page.addEventListener('keydown', this.#onKeydown);
    this.#page.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    this.#page.removeEventListener('keydown', this.#onKeydown);
    this.#page.removeEventListener('focusin', this.#onFocusIn);
  }

  /** After each render of the page: the help control and dialog, and the keys on Back and the detail. */
  hostUpdated(): void {
    const on = Boolean(this.#page.shortcuts);
    this.#help.update(on);
    announceKeys(this.#page.renderRoot.querySelector('.back'), on ? 'Escape' : undefined);
    const detail = this.#options.detail();
    if (detail) this.#watch(detail);
  }

  /** Marks the detail's Accept and Reject now and after each of its renders (its buttons come and go). */
  #watch(detail: LitElement): void {
    if (this.#watched.has(detail)) return this.#markDetail(detail);
    this.#watched.add(detail);
    // A detail opened before the details' chunk defined its class: once it is upgraded.
    void (detail.customElementRegistry ?? customElements).whenDefined(detail.localName).then(() => {
      detail.addController({ hostUpdated: () => this.#markDetail(detail) });
      this.#markDetail(detail);
    });
  }

  #markDetail(detail: LitElement): void {
    const on = Boolean(this.#page.shortcuts);
    for (const [part, keys] of DETAIL_KEYS)
      announceKeys(detail.shadowRoot?.querySelector(`[part~="${part}"]`), on ? keys : undefined);
  }

  /** The detail's control with part `part`, when it can be used (not disabled). */
  #detailButton(part: string): HTMLButtonElement | undefined {
    if (!this.#options.detailOpen()) return undefined;
    const button = this.#options.detail()?.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
    return button && !button.disabled ? button : undefined;
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    const card = target instanceof Element ? target.closest<HTMLElement>('.card[data-id]') : null;
    if (card) this.#lastCard = card.dataset.id;
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (!this.#page.shortcuts || event.defaultPrevented) return;
    const shortcut = shortcutOf(event);
    if (!shortcut || event.composedPath().some(ownsKeys)) return;
    if (this.#run(shortcut)) event.preventDefault();
  };

  /** Runs `shortcut`; false when it does nothing here (then the key keeps its default). */
  #run(shortcut: Shortcut): boolean {
    switch (shortcut) {
      case 'next':
      case 'previous':
        return this.#move(shortcut === 'next' ? 1 : -1);
      case 'accept': {
        // Focus only: Enter or Space on it accepts, as a click does.
        const accept = this.#detailButton('accept-button');
        accept?.focus();
        return Boolean(accept);
      }
      case 'reject': {
        // The button's own click: the detail asks in its confirmation dialog, as for a pointer.
        const reject = this.#detailButton('reject-button');
        reject?.click();
        return Boolean(reject);
      }
      case 'back':
        if (!this.#options.detailOpen()) return false;
        this.#options.back();
        return true;
      case 'help':
        this.#help.open();
        return true;
    }
  }

  /** J / K: the card `step` away from the focused one (the first card when none has focus). */
  #move(step: 1 | -1): boolean {
    if (this.#options.detailOpen()) return false;
    const items = this.#options.items();
    if (items.length === 0) return false;
    const root = this.#page.renderRoot as ShadowRoot;
    const id = cardId(root) ?? (root.activeElement?.matches('.list') ? this.#lastCard : undefined);
    const from = this.#moving ?? items.findIndex((item) => item.id === id);
    const to = from < 0 ? 0 : Math.min(Math.max(from + step, 0), items.length - 1);
    const item = items[to]!;
    this.#moving = to;
    this.#lastCard = item.id;
    void this.#options.focusCard(to, item.id).finally(() => {
      if (this.#moving === to) this.#moving = undefined;
    });
    return true;
  }
}
