/**
 * The help of `<requests-page shortcuts>` (shortcuts.ts): a "Keyboard shortcuts" button, first in the page
 * and visually hidden until it has focus (as a skip link), and the modal dialog it and `?` open, a native
 * `<dialog>` labelled by its heading and described by its first sentence, which says that the shortcuts
 * exist and where they work. Both are rendered into a container of their own at the start of the page's
 * shadow root, before the page's template (the page's render never touches them), with their styles
 * adopted beside the page's.
 * @internal
 */
import { css, html, render, type CSSResult, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { adoptSheet } from '../shared/adopt-sheet.js';
import { dialogStyles } from '../shared/dialog.styles.js';

type Does = `shortcut${'Next' | 'Previous' | 'Open' | 'Accept' | 'Reject' | 'Back' | 'Help'}`;

/** The rows of the list: the key as printed (a term for named keys) and what it does. */
const ROWS: readonly [key: string, does: Does][] = [
  ['J', 'shortcutNext'],
  ['K', 'shortcutPrevious'],
  ['keyEnter', 'shortcutOpen'],
  ['A', 'shortcutAccept'],
  ['R', 'shortcutReject'],
  ['keyEscape', 'shortcutBack'],
  ['?', 'shortcutHelp'],
];

// `.shortcuts-bar`: a box of no height, so the button, shown over the tabs while it has focus, moves nothing.
// The dialog's box is the confirmation's (shared/dialog.styles.ts), a little wider for the table.
const styles: CSSResult = css`
  .shortcuts-bar {
    position: relative;
    block-size: 0;
  }
  .shortcuts-button {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 2;
  }
  .shortcuts-button:not(:focus) {
    inline-size: 1px;
    block-size: 1px;
    min-inline-size: 0;
    min-block-size: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .shortcuts-dialog {
    inline-size: min(34rem, calc(100vw - 2rem));
  }
  .shortcuts-dialog table {
    inline-size: 100%;
    margin-block-end: var(--_space);
    border-collapse: collapse;
  }
  .shortcuts-dialog th,
  .shortcuts-dialog td {
    padding-block: 0.5rem;
    padding-inline: 0 0.75rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  .shortcuts-dialog tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  kbd {
    display: inline-block;
    min-inline-size: 2em;
    padding-block: 0.125em;
    padding-inline: 0.375em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    font: inherit;
    font-weight: 600;
    text-align: center;
  }
  .shortcuts-actions {
    display: flex;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    kbd {
      border-color: CanvasText;
    }
  }
`;

/** The help control and dialog of one page, rendered into its shadow root `root`. */
export class ShortcutsHelp {
  readonly #root: ShadowRoot;
  readonly #localize: LocalizeController;
  #container?: HTMLElement;

  constructor(root: ShadowRoot, localize: LocalizeController) {
    this.#root = root;
    this.#localize = localize;
  }

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.#container?.querySelector('dialog');
  }

  /** Renders the control and the dialog (`on`), in the page's language now; or takes them away. */
  update(on: boolean): void {
    if (!on) {
      this.#dialog?.close();
      this.#container?.remove();
      this.#container = undefined;
      return;
    }
    adoptSheet(this.#root, dialogStyles, 'dialog');
    adoptSheet(this.#root, styles, 'shortcuts');
    if (!this.#container) {
      this.#container = document.createElement('div');
      this.#container.className = 'shortcuts';
      // Before the page's own template: its first control, and outside what its render manages.
      this.#root.prepend(this.#container);
    }
    render(this.#template(), this.#container);
  }

  /**
   * Opens the dialog, modal: the rest of the page is inert, focus goes to Close, and when it closes (Close,
   * Escape) focus returns where it was, by the dialog's own closing steps (HTML: its previously focused
   * element), also inside a shadow root.
   */
  open(): void {
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  #template(): TemplateResult {
    const t = this.#localize;
    return html`<div class="shortcuts-bar">
        <button
          type="button"
          class="button shortcuts-button"
          part="button shortcuts-button"
          aria-haspopup="dialog"
          aria-keyshortcuts="Shift+?"
          @click=${() => this.open()}
        >
          ${t.term('shortcutsTitle')} <kbd>?</kbd>
        </button>
      </div>
      <dialog
        class="dialog shortcuts-dialog"
        part="shortcuts-dialog"
        aria-labelledby="mr-shortcuts-heading"
        aria-describedby="mr-shortcuts-intro"
      >
        <h2 id="mr-shortcuts-heading" class="dialog-heading">${t.term('shortcutsTitle')}</h2>
        <p id="mr-shortcuts-intro" class="dialog-message">${t.term('shortcutsIntro')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">${t.term('shortcutsKey')}</th>
              <th scope="col">${t.term('shortcutsAction')}</th>
            </tr>
          </thead>
          <tbody>
            ${ROWS.map(
              ([key, does]) =>
                html`<tr>
                  <th scope="row">
                    <kbd>${key.length > 1 ? t.term(key as 'keyEnter' | 'keyEscape') : key}</kbd>
                  </th>
                  <td>${t.term(does)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="shortcuts-actions">
          <button
            type="button"
            class="button"
            part="button shortcuts-close-button"
            autofocus
            @click=${() => this.#dialog?.close()}
          >
            ${t.term('close')}
          </button>
        </div>
      </dialog>`;
  }
}
