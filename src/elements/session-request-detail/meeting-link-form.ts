import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import {
  MEETING_PLATFORMS,
  readMeetingUrl,
  validateMeetingLink,
  type MeetingLinkErrorKey,
  type MeetingLinkField,
  type MeetingLinkValidation,
} from '../../adapters/meeting-link.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { TermKey } from '../../i18n/en.js';
import type { MeetingLink, MeetingPlatform } from '../../model/request.js';
import { ERROR_TERMS, PLACEHOLDER_TERMS, SERVER_FIELDS, platformLabel } from './meeting-link-terms.js';
import { renderSavedDetails } from './meeting-link-saved.js';

export { platformLabel };

type TextField = Exclude<MeetingLinkField, 'platform'>;

interface Values {
  platform: MeetingPlatform;
  url: string;
  meetingId: string;
  passcode: string;
}

const empty = (): Values => ({ platform: 'google-meet', url: '', meetingId: '', passcode: '' });
const FIELDS = ['platform', 'url', 'meetingId', 'passcode'] as const;

/** A pause in typing this long checks the field (errors show while typing, not only on leaving it). */
const CHECK_DELAY_MS = 500;

/** What the user typed and did not save, kept when they leave the detail (Back) and shown again. */
interface Draft {
  values: Values;
  initial: Values;
  autoId: string;
}

/**
 * Drafts per request id, per store (else per element): they live as long as the page keeps the store,
 * so a detail reopened after Back (a new element) finds what was typed. Cancel and Save forget them.
 */
const drafts = new WeakMap<object, Map<string, Draft>>();

export interface LinkFormOptions {
  editing: boolean;
  busy: boolean;
  /** The save has run for 400 ms (the detail's `whenSlow`): Save reads "Saving…" (a quick one never does). */
  slow?: boolean;
  /** Save cannot work now (offline): it is `aria-disabled`, described by the element with this id. */
  unavailable?: string;
  onSave: (link: MeetingLink) => void;
  onCancel: () => void;
}

/**
 * The Add / Edit meeting link form of `<session-request-detail>`: platform select, the fields that
 * platform needs (marked required), validation with `validateMeetingLink` after a pause in typing, on
 * leaving a field and on Save (errors next to the field, `aria-invalid`, `aria-describedby`,
 * `role="alert"`; Save is never disabled for an invalid link: it says what to fix and focuses the first
 * field to fix). A pasted link picks its platform and fills the Zoom meeting ID. Unsaved input survives
 * leaving the detail (see `drafts`). Its state lives with the host element, which it re-renders through
 * `requestUpdate()`; a controller of it only to stop its typing-pause check when the element leaves the
 * document (the draft stays; reopening checks it again).
 * @internal
 */
export class MeetingLinkForm implements ReactiveController {
  #open = false;
  #values: Values = empty();
  /** The values the form opened with: a draft equal to them is no draft. */
  #initial: Values = empty();
  #touched = new Set<MeetingLinkField>();
  /** Fields typed into since the last check, checked when typing pauses. */
  #pending = new Set<TextField>();
  #timer?: ReturnType<typeof setTimeout>;
  #serverErrors: Partial<Record<MeetingLinkField, string>> = {};
  /** The meeting ID the form took from the link: the next link's replaces it, never a typed one. */
  #autoId = '';
  /** The request the form is for (set by `showsFor()`), and whether it reopened with a draft. */
  #id?: string;
  #restored = false;
  #passcodeShown = false;

  readonly #host: ReactiveControllerHost;
  readonly #localize: LocalizeController;
  readonly #scope: () => object | undefined;

  /** `scope` gives the store the drafts belong to (without one, the host element). */
  constructor(
    host: ReactiveControllerHost,
    localize: LocalizeController,
    scope: () => object | undefined = () => undefined,
  ) {
    this.#host = host;
    this.#localize = localize;
    this.#scope = scope;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopTimer();
  }

  /** Whether the form is shown. */
  get open(): boolean {
    return this.#open;
  }

  /**
   * Whether the form shows for request `id`. Called at render: another request than the last one brings
   * back its draft (open) or none (closed); the previous request's draft stays.
   */
  showsFor(id: string): boolean {
    if (id !== this.#id) {
      this.#id = id;
      this.#passcodeShown = false;
      const draft = this.#drafts().get(id);
      this.#reset(draft?.values, draft?.initial);
      this.#autoId = draft?.autoId ?? '';
      this.#restored = this.#open = Boolean(draft);
    }
    return this.#open;
  }

  /** Opens the form, pre-filled with `link` when editing. */
  start(link?: MeetingLink): void {
    const platform = link && MEETING_PLATFORMS.includes(link.platform) ? link.platform : 'google-meet';
    const values = link
      ? { platform, url: link.url ?? '', meetingId: link.meetingId ?? '', passcode: link.passcode ?? '' }
      : empty();
    this.#reset(values, values);
    // A saved ID that is the saved link's own follows the link when the user pastes another one.
    this.#autoId = readMeetingUrl(values.url).meetingId === values.meetingId ? values.meetingId : '';
    this.#restored = false;
    this.#open = true;
    this.#host.requestUpdate();
  }

  /** Closes the form and forgets its draft (Cancel, saved, or the session can no longer take a link). */
  close(): void {
    if (this.#id !== undefined) this.#drafts().delete(this.#id);
    this.hide();
  }

  /** Closes the form and keeps its draft (another request is shown). */
  hide(): void {
    // Forget which request it was for: the next `showsFor()` looks its draft up again, also for the same
    // request after one without a link section (which never calls `showsFor()`).
    this.#id = undefined;
    this.#open = this.#restored = false;
    this.#serverErrors = {};
    this.#stopTimer();
    this.#host.requestUpdate();
  }

  /** Fills the form; fields with a value are checked at once (an old link breaking today's rules says why). */
  #reset(values = empty(), initial = empty()): void {
    this.#values = { ...values };
    this.#initial = { ...initial };
    this.#touched = new Set(FIELDS.filter((f) => f !== 'platform' && values[f] !== ''));
    this.#serverErrors = {};
    this.#stopTimer();
  }

  #drafts(): Map<string, Draft> {
    const scope = this.#scope() ?? this.#host;
    let map = drafts.get(scope);
    if (!map) drafts.set(scope, (map = new Map()));
    return map;
  }

  /** Keeps what the user changed as the request's draft (none when it is back to what the form opened with). */
  #keepDraft(): void {
    if (this.#id === undefined) return;
    const changed = FIELDS.some((f) => this.#values[f] !== this.#initial[f]);
    if (changed)
      this.#drafts().set(this.#id, {
        values: { ...this.#values },
        initial: this.#initial,
        autoId: this.#autoId,
      });
    else this.#drafts().delete(this.#id);
  }

  #stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
  }

  /** Shows an adapter's validation errors next to their fields; false when none is about a field of the form. */
  showServerErrors(fieldErrors: Record<string, string> | undefined): boolean {
    this.#serverErrors = {};
    for (const [key, text] of Object.entries(fieldErrors ?? {})) {
      // MentorEd names nested fields by path: `meeting_info.link`, `meeting_info.meta.password`.
      // Own keys only: a hostile `param` such as "__proto__" or "constructor" maps to nothing.
      const known = (name: string) => (Object.hasOwn(SERVER_FIELDS, name) ? SERVER_FIELDS[name] : undefined);
      const field = known(key) ?? known(key.split('.').pop() ?? '');
      if (field && typeof text === 'string' && text) this.#serverErrors[field] = text;
    }
    this.#host.requestUpdate();
    return Object.keys(this.#serverErrors).length > 0;
  }

  get verdict(): MeetingLinkValidation {
    return validateMeetingLink(this.#values);
  }

  #message(field: MeetingLinkField, verdict: MeetingLinkValidation): string | undefined {
    const server = this.#serverErrors[field];
    // A server that answers with one of our keys gets our message; any other text is shown as is.
    if (server)
      return Object.hasOwn(ERROR_TERMS, server) ? this.#term(server as MeetingLinkErrorKey) : server;
    if (verdict.ok || !this.#touched.has(field)) return undefined;
    const key = verdict.errors[field];
    return key ? this.#term(key, field) : undefined;
  }

  #term(key: MeetingLinkErrorKey, field?: MeetingLinkField): string {
    const term = key === 'required' && field === 'platform' ? 'linkErrorPlatform' : ERROR_TERMS[key];
    // One call for every key: terms without a placeholder ignore the platform name (the cast says so, as
    // TypeScript cannot check the arguments of a key that is only known at run time).
    const name = platformLabel(this.#localize, this.#values.platform);
    return (this.#localize.term as (key: TermKey, platform: string) => string)(term, name);
  }

  /** A change the user made: kept as the draft, re-rendered. */
  #set(changes: Partial<Values>): void {
    this.#values = { ...this.#values, ...changes };
    for (const field of Object.keys(changes)) delete this.#serverErrors[field as MeetingLinkField];
    this.#keepDraft();
    this.#host.requestUpdate();
  }

  /**
   * What a link tells: its platform when the chosen one does not fit it (a Zoom link pasted while Google
   * Meet, the default, is chosen), and the Zoom meeting ID, unless the user typed one.
   */
  #fromLink(url: string, platform = this.#values.platform): Partial<Values> {
    const read = readMeetingUrl(url);
    const changes: Partial<Values> = {};
    if (read.platform && read.platform !== platform) changes.platform = platform = read.platform;
    const id = this.#values.meetingId;
    if (platform === 'zoom' && read.meetingId && (id === '' || id === this.#autoId)) {
      changes.meetingId = this.#autoId = read.meetingId;
    }
    return changes;
  }

  #onPlatform = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as MeetingPlatform;
    const platform = MEETING_PLATFORMS.includes(value) ? value : 'google-meet';
    const { meetingId } = this.#fromLink(this.#values.url, platform);
    this.#set({ platform, ...(meetingId ? { meetingId } : {}) });
  };

  /** Typing shows the field's error once typing pauses; a field already checked re-checks at once. */
  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name as TextField;
    this.#set({ [field]: input.value, ...(field === 'url' ? this.#fromLink(input.value) : {}) });
    this.#pending.add(field);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      for (const f of this.#pending) this.#touched.add(f);
      this.#stopTimer();
      this.#host.requestUpdate();
    }, CHECK_DELAY_MS);
  };

  /** Leaving a field checks it (an empty one only once it was checked before). */
  #onBlur = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name as TextField;
    // A closed form's field that had focus blurs as the render removes it: nothing to check.
    if (!this.#open || (input.value === '' && !this.#touched.has(field))) return;
    this.#touched.add(field);
    this.#pending.delete(field);
    this.#host.requestUpdate();
  };

  /** Save checks everything: a valid link is saved, else every error shows and the first field to fix gets focus. */
  async #submit(event: Event, options: LinkFormOptions): Promise<void> {
    event.preventDefault();
    if (options.busy || options.unavailable) return;
    const form = event.currentTarget as HTMLFormElement;
    const verdict = this.verdict;
    if (verdict.ok) {
      options.onSave(verdict.link);
      return;
    }
    this.#stopTimer();
    this.#touched = new Set(FIELDS);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #field(
    field: TextField,
    label: string,
    verdict: MeetingLinkValidation,
    extra: Partial<{ type: string; inputmode: string; placeholder: string; hint: string }> = {},
  ): TemplateResult {
    const id = `link-${field}`;
    const error = this.#message(field, verdict);
    const described = [extra.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}${required}</label>
      <input
        id=${id}
        name=${field}
        part="input"
        type=${extra.type ?? 'text'}
        inputmode=${extra.inputmode ?? nothing}
        placeholder=${extra.placeholder ?? nothing}
        autocomplete="off"
        spellcheck="false"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${live(this.#values[field])}
        @input=${this.#onInput}
        @blur=${this.#onBlur}
      />
      ${extra.hint ? html`<p id="${id}-hint" class="field-hint">${extra.hint}</p>` : nothing}
      <p id="${id}-error" class="field-error" part="field-error" role="alert">${error ?? ''}</p>
    </div>`;
  }

  /** The saved link's Zoom meeting ID and passcode (masked, with a Show toggle), under the Join link. */
  renderSaved(link: MeetingLink): TemplateResult | typeof nothing {
    return renderSavedDetails(this.#localize, link, this.#passcodeShown, () => {
      this.#passcodeShown = !this.#passcodeShown;
      this.#host.requestUpdate();
    });
  }

  render(options: LinkFormOptions): TemplateResult {
    const verdict = this.verdict;
    const { platform, meetingId } = this.#values;
    const t = this.#localize;
    const title = t.term(options.editing ? 'editLink' : 'addLink');
    const platformError = this.#message('platform', verdict);
    return html`<form
      class="link-form"
      part="form"
      novalidate
      aria-label=${title}
      @submit=${(e: Event) => void this.#submit(e, options)}
    >
      ${this.#restored ? html`<p class="notice" part="notice">${t.term('linkDraftKept')}</p>` : nothing}
      <p class="field-hint">${t.term('linkRequiredNote')}</p>
      <div class="field">
        <label for="link-platform">${t.term('platform')}${required}</label>
        <select
          id="link-platform"
          name="platform"
          part="select"
          required
          aria-invalid=${platformError ? 'true' : 'false'}
          aria-describedby=${platformError ? 'link-platform-error' : nothing}
          @change=${this.#onPlatform}
        >
          ${MEETING_PLATFORMS.map(
            (p) => html`<option value=${p} ?selected=${p === platform}>${platformLabel(t, p)}</option>`,
          )}
        </select>
        <p id="link-platform-error" class="field-error" part="field-error" role="alert">
          ${platformError ?? ''}
        </p>
      </div>
      ${this.#field('url', t.term('linkUrl'), verdict, {
        type: 'url',
        inputmode: 'url',
        // `platform` is always a known one: start() and the select's handler only store those.
        placeholder: t.term(PLACEHOLDER_TERMS[platform]),
      })}
      ${
        platform === 'zoom'
          ? html`${this.#field('meetingId', t.term('meetingId'), verdict, {
              inputmode: 'numeric',
              ...(meetingId !== '' && meetingId === this.#autoId
                ? { hint: t.term('meetingIdFromLink') }
                : {}),
            })}
            ${this.#field('passcode', t.term('passcode'), verdict, { hint: t.term('passcodeHint') })}`
          : nothing
      }
      <div class="actions" part="actions" aria-busy=${options.busy ? 'true' : 'false'}>
        <button
          type="submit"
          class="button primary"
          part="button save-button"
          ?disabled=${options.busy}
          aria-disabled=${options.unavailable ? 'true' : nothing}
          aria-describedby=${options.unavailable ?? nothing}
        >
          ${t.term(options.slow ? 'saving' : 'save')}
        </button>
        <button
          type="button"
          class="button"
          part="button cancel-button"
          ?disabled=${options.busy}
          @click=${options.onCancel}
        >
          ${t.term('cancel')}
        </button>
      </div>
    </form>`;
  }
}

/** The visual mark of a required field (the controls say `required` themselves; the note explains `*`). */
const required = html`<span class="required" aria-hidden="true">*</span>`;
