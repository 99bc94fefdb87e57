import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ConfirmDialogCloseEvent, type ConfirmDialogCloseDetail } from '../../events-detail.js';
import enDetails from '../../i18n/en-details.js';
import { LocalizeController } from '../../i18n/localize.js';
import { base, tokens } from '../../styles/tokens.js';
import { dangerButtons } from '../../styles/danger-buttons.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { confirmDialogStyles } from './confirm-dialog.styles.js';
import { reasonLength, reasonOverLimits } from '../../model/reason.js';
import { DIALOG_OPTION_KEYS } from '../shared/dialog-options.js';

export type ConfirmDialogTone = 'neutral' | 'danger';

/** What {@link ConfirmDialog.ask} can set before it opens the dialog; omitted keys keep their value. */
export interface ConfirmDialogOptions {
  heading: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  tone: ConfirmDialogTone;
  withReason: boolean;
  reasonLabel: string;
  reasonMaxWords: number;
  reasonMaxChars: number;
}

/** The answer of {@link ConfirmDialog.ask}: `reason` is trimmed and present only when not empty. */
export type ConfirmDialogResult = ConfirmDialogCloseDetail;

/**
 * Words in `text`, counted as a server that validates with `value.trim().split(/\s+/).length` does
 * (MentorEd's reason rule): whitespace-separated tokens, 0 for blank text. The adapters count with the
 * same rule (src/model/reason.ts).
 */
export function countWords(text: string): number {
  return reasonLength(String(text ?? '')).words;
}

/**
 * Characters in `text` as a database column counts them: Unicode code points of the trimmed text (an
 * emoji is one, not two UTF-16 units).
 */
export function countChars(text: string): number {
  return reasonLength(String(text ?? '')).chars;
}

/** A limit as given (a number, or an attribute's string): a positive whole number, else 0 (no limit). */
const limit = (value: unknown): number => {
  const max = Math.floor(Number(value));
  return max > 0 && Number.isFinite(max) ? max : 0;
};

/** The focused element, looking inside shadow roots (document.activeElement stops at the first host). */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * A modal confirmation on the native `<dialog>` (`showModal()`), with `role="alertdialog"` labelled by
 * its heading and described by its message, and an optional reason field with a word limit and a
 * character limit (counted as a server does: see `reason-max-words` and `reason-max-chars`).
 *
 * Opening moves focus to Cancel, the safest choice; closing returns it to the element that had focus
 * before (also inside a shadow root). Escape and Cancel both cancel. `ask()` is the easy way:
 * `const { confirmed, reason } = await dialog.ask({ heading, message, tone: 'danger', withReason: true })`.
 *
 * Opening and closing render asynchronously: after `show()` or `open = true`, await `updateComplete`.
 * Setting `open` to false closes without an event (no user action); a pending `ask()` then resolves
 * with `{ confirmed: false }`, as it does when the element is removed while open.
 *
 * @summary Modal confirmation dialog (native `<dialog>`), with an optional reason and its word and character limits.
 *
 * @fires confirm-dialog-close - `ConfirmDialogCloseEvent`, `{ confirmed, reason? }`: the dialog closed
 *   through Confirm, Cancel, Escape or `close()`. `reason` is trimmed and present only when not empty.
 *   Not cancelable.
 *
 * @slot - Content between the message and the reason field, e.g. choices that fill the reason (set `reason`).
 *
 * @csspart dialog - The native `<dialog>` (`role="alertdialog"`).
 * @csspart heading - The heading that names the dialog.
 * @csspart message - The message that describes the dialog.
 * @csspart label - The reason field's label.
 * @csspart textarea - The optional reason field (`with-reason`).
 * @csspart counter - The live counter, with `reason-max-words` and/or `reason-max-chars` ("12 of 50 words",
 *   "80 of 255 characters", or both).
 * @csspart error - The error that names the limit the reason exceeds ("Use at most 50 words.", "Use at most
 *   255 characters."); announced, and the reason field's `aria-describedby` points to it.
 * @csspart actions - The row of buttons.
 * @csspart button - Both buttons.
 * @csspart confirm-button - The Confirm button.
 * @csspart cancel-button - The Cancel button.
 *
 * @cssprop --mr-color-backdrop - The backdrop behind the modal dialog.
 * @cssprop --mr-color-bg - Dialog background.
 * @cssprop --mr-color-text - Text color.
 * @cssprop --mr-color-muted - Message and counter text.
 * @cssprop --mr-color-border - Dialog, field and button borders.
 * @cssprop --mr-color-primary - Confirm button in the neutral tone.
 * @cssprop --mr-color-on-primary - Text on the neutral Confirm button.
 * @cssprop --mr-color-danger - Confirm button in the danger tone, and the limit error.
 * @cssprop --mr-color-on-danger - Text on the danger Confirm button.
 * @cssprop --mr-color-focus - Focus ring.
 * @cssprop --mr-focus-ring-width - Focus ring width.
 * @cssprop --mr-radius - Corner radius.
 * @cssprop --mr-space - Spacing unit.
 * @cssprop --mr-font - Font family.
 * @cssprop --mr-font-size - Base font size.
 */
export class ConfirmDialog extends LitElement {
  static override styles = [tokens, base, dangerButtons, dialogStyles, confirmDialogStyles];

  readonly #localize = new LocalizeController(this, enDetails);

  /** Whether the dialog is open. Setting it opens or closes the dialog without firing an event. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The heading; it names the dialog (defaults to the localized "Confirm" when empty). */
  @property() heading = '';

  /** The question or explanation; it describes the dialog. */
  @property() message = '';

  /** The confirm button's text; empty means the localized "Confirm". */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';

  /** The cancel button's text; empty means the localized "Cancel". */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';

  /** `danger` styles the confirm button as destructive; anything else is `neutral`. */
  @property({ reflect: true }) tone: ConfirmDialogTone = 'neutral';

  /** Adds an optional, labelled reason field; its trimmed text comes back as `reason`. */
  @property({ type: Boolean, attribute: 'with-reason' }) withReason = false;

  /** The reason field's label; empty means the localized "Reason (optional)". */
  @property({ attribute: 'reason-label' }) reasonLabel = '';

  /**
   * At most this many words in the reason (0: no limit), counted as `value.trim().split(/\s+/)` does.
   * With a limit, a live counter shows, and a longer reason cannot be confirmed.
   */
  @property({ type: Number, attribute: 'reason-max-words' }) reasonMaxWords = 0;

  /**
   * At most this many characters in the reason (0: no limit), counted as Unicode code points of the
   * trimmed text (what a database column counts). With a limit, a live counter shows, and a longer reason
   * cannot be confirmed.
   */
  @property({ type: Number, attribute: 'reason-max-chars' }) reasonMaxChars = 0;

  /**
   * The reason typed so far. Every opening starts empty; set it while the dialog is open to replace the
   * field's text (e.g. from a choice of reasons in the slot). The field stays editable.
   */
  @property({ attribute: false }) reason = '';

  @query('dialog') private dialog?: HTMLDialogElement | null;

  /** The dialog is shown by this element (between showModal() and the close steps). */
  #shown = false;
  #returnFocus?: HTMLElement;
  #resolveAsk?: (result: ConfirmDialogResult) => void;

  /** Opens the dialog (on the next update). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog as Cancel would: fires `confirm-dialog-close` with `{ confirmed: false }`. */
  close(): void {
    if (this.#shown) this.#finish({ confirmed: false }, true);
    else if (this.open) {
      this.open = false;
      this.#settle({ confirmed: false });
    }
  }

  /**
   * Sets the given options, opens the dialog and resolves when it closes: `{ confirmed, reason? }`.
   * A previous `ask()` that is still pending resolves with `{ confirmed: false }`.
   */
  ask(options: Partial<ConfirmDialogOptions> = {}): Promise<ConfirmDialogResult> {
    const target = this as unknown as Record<string, unknown>;
    for (const key of DIALOG_OPTION_KEYS) {
      if (options?.[key] !== undefined) target[key] = options[key];
    }
    this.#settle({ confirmed: false });
    const answer = new Promise<ConfirmDialogResult>((resolve) => {
      this.#resolveAsk = resolve;
    });
    this.open = true;
    return answer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `open` set while disconnected: open now that showModal() can work.
    if (this.hasUpdated && this.open && !this.#shown) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#shown) this.#finish({ confirmed: false }, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Every opening starts with an empty reason.
    if (changed.has('open') && this.open && !this.#shown) this.reason = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.open && !this.#shown) this.#openDialog();
    else if (!this.open && this.#shown) this.#finish({ confirmed: false }, false);
  }

  /** Which limits the reason exceeds now (none without a reason field). */
  get #over(): { words: boolean; chars: boolean } {
    if (!this.withReason) return { words: false, chars: false };
    return reasonOverLimits(this.reason, {
      maxWords: limit(this.reasonMaxWords),
      maxChars: limit(this.reasonMaxChars),
    });
  }

  get #overLimit(): boolean {
    const over = this.#over;
    return over.words || over.chars;
  }

  #openDialog(): void {
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    this.#returnFocus = deepActiveElement();
    try {
      if (dialog.open) dialog.close();
      dialog.showModal();
    } catch {
      // Not in a document that can show a modal (e.g. inert or being moved): fall back to non-modal.
      if (!dialog.open) dialog.show();
    }
    this.#shown = true;
    this.renderRoot.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
  }

  /** Closes the dialog, returns focus, answers a pending ask() and, for a user's close, fires the event. */
  #finish(result: ConfirmDialogResult, notify: boolean): void {
    if (!this.#shown) return;
    this.#shown = false;
    const dialog = this.dialog;
    try {
      if (dialog?.open) dialog.close();
    } catch {
      // nothing to close
    }
    this.open = false;
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    if (notify) {
      // Through a variable: the manifest analyzer reads `dispatchEvent(new X(arg))` as an event named `arg`.
      const event = new ConfirmDialogCloseEvent(result);
      this.dispatchEvent(event);
    }
    this.#settle(result);
  }

  #settle(result: ConfirmDialogResult): void {
    const resolve = this.#resolveAsk;
    this.#resolveAsk = undefined;
    resolve?.(result);
  }

  readonly #onCancelEvent = (event: Event): void => {
    // Escape: close ourselves, as a cancel, so focus and the event are handled in one place.
    event.preventDefault();
    this.#finish({ confirmed: false }, true);
  };

  readonly #onCloseEvent = (): void => {
    // The browser closed the dialog itself (e.g. a second Escape that may not be prevented).
    if (this.#shown && !this.dialog?.open) this.#finish({ confirmed: false }, true);
  };

  readonly #onCancelClick = (): void => {
    this.#finish({ confirmed: false }, true);
  };

  readonly #onConfirmClick = (): void => {
    if (this.#overLimit) return;
    const reason = this.withReason ? this.reason.trim() : '';
    this.#finish(reason ? { confirmed: true, reason } : { confirmed: true }, true);
  };

  readonly #onInput = (event: Event): void => {
    this.reason = (event.target as HTMLTextAreaElement).value;
  };

  #renderReason(): TemplateResult | typeof nothing {
    if (!this.withReason) return nothing;
    const maxWords = limit(this.reasonMaxWords);
    const maxChars = limit(this.reasonMaxChars);
    const over = this.#over;
    const invalid = over.words || over.chars;
    const words = countWords(this.reason);
    const chars = countChars(this.reason);
    const t = this.#localize;
    const counter =
      maxWords && maxChars
        ? t.term('wordAndCharCount', words, maxWords, chars, maxChars)
        : maxWords
          ? t.term('wordCount', words, maxWords)
          : t.term('charCount', chars, maxChars);
    // Each limit exceeded is named, in one sentence each (both when both are).
    const error = [
      over.words ? t.term('tooManyWords', maxWords) : '',
      over.chars ? t.term('tooManyChars', maxChars) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const limited = maxWords > 0 || maxChars > 0;
    const describedBy = limited ? (invalid ? 'counter reason-error' : 'counter') : undefined;
    return html`<div class="field ${invalid ? 'over' : ''}">
      <label for="reason" part="label">${this.reasonLabel || t.term('reasonOptional')}</label>
      <textarea
        id="reason"
        part="textarea"
        rows="4"
        .value=${this.reason}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy ?? nothing}
        @input=${this.#onInput}
      ></textarea>
      ${
        limited
          ? html`<div class="meta" aria-live="polite">
              <span id="reason-error" part="error" ?hidden=${!invalid}>${error}</span>
              <span id="counter" part="counter">${counter}</span>
            </div>`
          : nothing
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    const danger = this.tone === 'danger';
    const heading = this.heading || this.#localize.term('confirm');
    return html`<dialog
      class="dialog"
      part="dialog"
      role="alertdialog"
      aria-labelledby="heading"
      aria-describedby=${this.message ? 'message' : nothing}
      @cancel=${this.#onCancelEvent}
      @close=${this.#onCloseEvent}
    >
      <h2 id="heading" part="heading" class="dialog-heading wrap">${heading}</h2>
      ${this.message ? html`<p id="message" part="message" class="dialog-message wrap">${this.message}</p>` : nothing}
      <slot></slot>
      ${this.#renderReason()}
      <div part="actions">
        <button type="button" part="button cancel-button" class="button" @click=${this.#onCancelClick}>
          ${this.cancelLabel || this.#localize.term('cancel')}
        </button>
        <button
          type="button"
          part="button confirm-button"
          class="button ${danger ? 'danger solid' : 'primary'}"
          ?disabled=${this.#overLimit}
          @click=${this.#onConfirmClick}
        >
          ${this.confirmLabel || this.#localize.term('confirm')}
        </button>
      </div>
    </dialog>`;
  }
}
