/**
 * Reasons that help, in the reject confirmation of a session request: a few short reasons to pick from
 * (localized defaults, or the host's `rejectReasons` list), and "Propose another time": one to three times
 * in the viewer's time zone, written into the reason as a sentence the requester can read (date, time, UTC
 * offset), with a preview. The reason field stays the dialog's own (editable, counted live); this part only
 * writes into it through `<confirm-dialog>`'s `reason`, and never past the reason's limits.
 *
 * Its own lazily loaded chunk: session-request-detail.ts imports it when the reject dialog opens. It renders
 * into the detail's `<confirm-dialog>` (its default slot), so the dialog stays generic.
 */
import {
  html,
  nothing,
  render,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionRequest } from '../../model/request.js';
import { adoptSheet } from '../shared/adopt-sheet.js';
import { reasonOverLimit } from '../../model/reason.js';
import { safeTimeZone } from '../../i18n/intl.js';
import {
  MAX_SLOTS,
  fromWallTime,
  formatOffset,
  nextDay,
  proposalSentence,
  toWallTime,
  withPicked,
  withSentence,
} from './propose-time.js';
import { rejectReasonsStyles } from './reject-reasons.styles.js';

type Host = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment; rejectReasons?: unknown; timeZone?: string };

interface Limits {
  maxWords?: number;
  maxChars?: number;
}

/** The localized reasons offered when the host gives none. */
const DEFAULT_REASONS = ['rejectReasonUnavailable', 'rejectReasonExpertise', 'rejectReasonBusy'] as const;

/** The `rejectReasons` of the `<requests-page>` that `element` is in (across shadow roots), if any. */
function pageReasons(element: Element): unknown {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    if (root.host.localName === 'requests-page') return (root.host as Host).rejectReasons;
  return undefined;
}

/**
 * A host's list as offered: its strings, trimmed, once each, that fit the reason's limits on their own
 * (one that cannot be sent is not offered). Not an array: undefined (the defaults). An empty array: none.
 */
export function offeredReasons(value: unknown, limits: Limits): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const reasons = new Set<string>();
  for (const item of value) {
    const text = typeof item === 'string' ? item.trim() : '';
    if (text && !reasonOverLimit(text, limits)) reasons.add(text);
  }
  return [...reasons];
}

/** The long name of `timeZone` ("India Standard Time"), or its id. */
function zoneName(lang: string, timeZone: string | undefined, at: Date): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const parts = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'long' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/**
 * The controller of the session detail that renders the reasons and the proposal into its reject dialog
 * while that dialog is open (`open()` … the function it returns).
 */
export class RejectReasons implements ReactiveController {
  readonly #host: Host;
  readonly #localize: LocalizeController;
  #dialog?: ConfirmDialog;
  #limits: Limits = {};
  /** The reason picked last (the text starts with it while it is picked). */
  #picked?: string;
  /** The proposal sentence written into the reason last. */
  #inserted?: string;
  #proposing = false;
  /** The proposed times as wall-clock "date T time" ("2037-12-05T16:00"; a part may be empty), in the viewer's zone. */
  #slots: string[] = [];
  #announcement = '';

  constructor(host: Host, localize: LocalizeController) {
    this.#host = host;
    this.#localize = localize;
    host.addController(this);
  }

  /** Renders into `dialog` (about to open for `request`) until the returned function is called. */
  open(
    dialog: ConfirmDialog,
    limits: { reasonMaxWords?: number; reasonMaxChars?: number },
    request: SessionRequest,
  ): () => void {
    adoptSheet(this.#host.renderRoot, rejectReasonsStyles, 'reject-reasons');
    this.#dialog = dialog;
    this.#limits = { maxWords: limits.reasonMaxWords, maxChars: limits.reasonMaxChars };
    this.#picked = this.#inserted = undefined;
    this.#proposing = false;
    this.#announcement = '';
    // A first time to start from: the requested one, a day later (or a day from now, if that has passed).
    const zone = this.#zone;
    const start =
      request.start instanceof Date && request.start.getTime() > Date.now() ? request.start : new Date();
    this.#slots = [nextDay(toWallTime(start, zone))];
    dialog.addEventListener('input', this.#onInput);
    this.#render();
    return () => {
      dialog.removeEventListener('input', this.#onInput);
      render(nothing, dialog);
      if (this.#dialog === dialog) this.#dialog = undefined;
    };
  }

  hostUpdated(): void {
    if (this.#dialog) this.#render();
  }

  get #zone(): string | undefined {
    return safeTimeZone(this.#host.timeZone);
  }

  /** The reasons offered now: the detail's own list, else its page's, else the localized defaults. */
  get #reasons(): string[] {
    const own = this.#host.rejectReasons;
    const given = offeredReasons(
      own !== undefined && own !== null ? own : pageReasons(this.#host),
      this.#limits,
    );
    return given ?? DEFAULT_REASONS.map((key) => this.#localize.term(key));
  }

  readonly #onInput = (): void => this.#host.requestUpdate();

  #update(): void {
    this.#host.requestUpdate();
  }

  #render(): void {
    if (this.#dialog) render(this.#template(this.#dialog), this.#dialog, { host: this.#host });
  }

  #pick(reason: string): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    const on = !(this.#picked === reason && dialog.reason.startsWith(reason));
    dialog.reason = withPicked(dialog.reason, this.#picked, on ? reason : undefined);
    this.#picked = on ? reason : undefined;
    this.#update();
  }

  /** The valid times proposed (set, not past), once each, and the index of each slot's problem. */
  #times(): { times: Date[]; past: Set<number> } {
    const zone = this.#zone;
    const now = Date.now();
    const times: Date[] = [];
    const past = new Set<number>();
    this.#slots.forEach((wall, index) => {
      const time = fromWallTime(wall, zone);
      if (!time) return;
      if (time.getTime() <= now) past.add(index);
      else if (!times.some((t) => t.getTime() === time.getTime())) times.push(time);
    });
    return { times, past };
  }

  /** The reason with the proposal of `times` in it, and the limit it would break. */
  #withProposal(text: string, times: Date[]): { text: string; over?: 'words' | 'chars' } {
    const next = withSentence(text, this.#inserted, proposalSentence(this.#localize, times, this.#zone));
    return { text: next, over: reasonOverLimit(next, this.#limits) };
  }

  /** Whether one more time (a day after the last) would still fit; the limit it would break otherwise. */
  #roomForAnother(text: string, times: Date[]): 'words' | 'chars' | undefined {
    const last = this.#slots.at(-1);
    const extra = last ? fromWallTime(nextDay(last), this.#zone) : undefined;
    return extra ? this.#withProposal(text, [...times, extra]).over : undefined;
  }

  async #addSlot(refused: boolean): Promise<void> {
    if (refused || this.#slots.length >= MAX_SLOTS) return;
    const last = this.#slots.at(-1);
    this.#slots = [...this.#slots, last ? nextDay(last) : ''];
    this.#update();
    await this.#host.updateComplete;
    this.#focus(`#rr-date-${this.#slots.length - 1}`);
  }

  async #removeSlot(index: number): Promise<void> {
    this.#slots = this.#slots.filter((_, i) => i !== index);
    this.#update();
    await this.#host.updateComplete;
    this.#focus(`#rr-date-${Math.min(index, this.#slots.length - 1)}`);
  }

  #focus(selector: string): void {
    this.#dialog?.querySelector<HTMLElement>(selector)?.focus();
  }

  #insert(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    const { times } = this.#times();
    const next = this.#withProposal(dialog.reason, times);
    if (!times.length || next.over) return;
    dialog.reason = next.text;
    this.#inserted = proposalSentence(this.#localize, times, this.#zone);
    this.#announcement = this.#localize.term('proposeInserted');
    this.#update();
  }

  #template(dialog: ConfirmDialog): TemplateResult {
    const t = this.#localize;
    const reasons = this.#reasons;
    const text = dialog.reason;
    return html`<div class="rr">
      ${
        reasons.length
          ? html`<div class="rr-reasons" part="dialog-reasons" role="group" aria-labelledby="rr-label">
              <p id="rr-label" class="rr-label">${t.term('rejectReasonsLabel')}</p>
              <div class="rr-chips">
                ${reasons.map(
                  (reason) =>
                    html`<button
                      type="button"
                      class="button rr-chip"
                      part="dialog-button dialog-reason"
                      dir="auto"
                      aria-pressed=${this.#picked === reason && text.startsWith(reason) ? 'true' : 'false'}
                      @click=${() => this.#pick(reason)}
                    >
                      ${reason}
                    </button>`,
                )}
              </div>
            </div>`
          : nothing
      }
      <button
        type="button"
        class="button link"
        part="dialog-button dialog-propose-button"
        aria-expanded=${this.#proposing ? 'true' : 'false'}
        aria-controls="rr-proposal"
        @click=${() => {
          this.#proposing = !this.#proposing;
          this.#update();
        }}
      >
        ${t.term('proposeTime')}
      </button>
      ${this.#proposal(text)}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }

  /**
   * One proposed time: a date and a time field (a single date-time field is wider than a 320 px phone's
   * dialog), named "Option 1" by their group, read in the viewer's time zone (`rr-zone`).
   */
  #slot(wall: string, index: number, past: boolean, now: Date): TemplateResult {
    const t = this.#localize;
    const [date = '', time = ''] = wall.split('T');
    const min = toWallTime(now, this.#zone).slice(0, 10);
    const described = past ? `rr-zone rr-slot-${index}-error` : 'rr-zone';
    const set = (which: 0 | 1) => (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      const next = `${which === 0 ? value : date}T${which === 1 ? value : time}`;
      this.#slots = this.#slots.map((v, i) => (i === index ? next : v));
      this.#update();
    };
    return html`<li>
      <fieldset class="rr-slot">
        <legend>${t.term('proposeSlotLabel', index + 1)}</legend>
        <span class="rr-field">
          <label for="rr-date-${index}">${t.term('proposeDateLabel')}</label>
          <input
            id="rr-date-${index}"
            type="date"
            part="dialog-slot-input"
            .value=${date}
            min=${min}
            aria-invalid=${past ? 'true' : nothing}
            aria-describedby=${described}
            @input=${set(0)}
          />
        </span>
        <span class="rr-field">
          <label for="rr-time-${index}">${t.term('proposeTimeLabel')}</label>
          <input
            id="rr-time-${index}"
            type="time"
            part="dialog-slot-input"
            .value=${time}
            aria-invalid=${past ? 'true' : nothing}
            aria-describedby=${described}
            @input=${set(1)}
          />
        </span>
        ${
          this.#slots.length > 1
            ? html`<button
                type="button"
                class="button"
                part="dialog-button"
                aria-label=${t.term('proposeRemoveSlot', index + 1)}
                @click=${() => this.#removeSlot(index)}
              >
                ${t.term('proposeRemove')}
              </button>`
            : nothing
        }
        ${past ? html`<p id="rr-slot-${index}-error" class="rr-error">${t.term('proposeSlotPast')}</p>` : nothing}
      </fieldset>
    </li>`;
  }

  #proposal(text: string): TemplateResult {
    const t = this.#localize;
    const zone = this.#zone;
    const now = new Date();
    const { times, past } = this.#times();
    const sentence = proposalSentence(t, times, zone);
    const insertOver = sentence ? this.#withProposal(text, times).over : undefined;
    const full = this.#slots.length >= MAX_SLOTS;
    const addOver = full ? undefined : this.#roomForAnother(text, times);
    const over = insertOver ?? addOver;
    const limits = this.#limits;
    const why = over
      ? over === 'words'
        ? t.term('proposeNoRoomWords', limits.maxWords ?? 0)
        : t.term('proposeNoRoomChars', limits.maxChars ?? 0)
      : '';
    const cannotInsert = !sentence || Boolean(insertOver);
    return html`<fieldset
      id="rr-proposal"
      class="rr-proposal"
      part="dialog-proposal"
      ?hidden=${!this.#proposing}
    >
      <legend>${t.term('proposeLegend')}</legend>
      <p id="rr-zone" class="rr-hint">
        ${t.term('proposeZone', zoneName(t.lang(), zone, now), formatOffset(t, now, zone))}
      </p>
      <ol class="rr-slots">
        ${this.#slots.map((wall, index) => this.#slot(wall, index, past.has(index), now))}
      </ol>
      ${
        full
          ? nothing
          : html`<button
              type="button"
              class="button rr-add"
              part="dialog-button"
              aria-disabled=${addOver ? 'true' : 'false'}
              aria-describedby=${addOver ? 'rr-room' : nothing}
              @click=${() => this.#addSlot(Boolean(addOver))}
            >
              ${t.term('proposeAddSlot')}
            </button>`
      }
      <p class="rr-label">${t.term('proposePreview')}</p>
      <p class="rr-preview ${sentence ? '' : 'empty'}" part="dialog-preview" dir="auto">
        ${sentence || t.term('proposeNoTimes')}
      </p>
      ${why ? html`<p id="rr-room" class="rr-error" role="alert">${why}</p>` : nothing}
      <div class="rr-row">
        <button
          type="button"
          class="button"
          part="dialog-button"
          aria-disabled=${cannotInsert ? 'true' : 'false'}
          aria-describedby=${insertOver ? 'rr-room' : nothing}
          @click=${() => this.#insert()}
        >
          ${t.term('proposeInsert')}
        </button>
      </div>
    </fieldset>`;
  }
}
