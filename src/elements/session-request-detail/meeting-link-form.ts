import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  MEETING_PLATFORMS,
  validateMeetingLink,
  type MeetingLinkErrorKey,
  type MeetingLinkField,
  type MeetingLinkValidation,
} from '../../adapters/meeting-link.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { TermKey } from '../../i18n/en.js';
import type { MeetingLink, MeetingPlatform } from '../../model/request.js';

type TextField = Exclude<MeetingLinkField, 'platform'>;

interface Values {
  platform: MeetingPlatform;
  url: string;
  meetingId: string;
  passcode: string;
}

const PLATFORM_TERMS: Record<MeetingPlatform, TermKey> = {
  'google-meet': 'platformGoogleMeet',
  zoom: 'platformZoom',
  whatsapp: 'platformWhatsapp',
};

const PLACEHOLDER_TERMS: Record<MeetingPlatform, TermKey> = {
  'google-meet': 'linkPlaceholderGoogleMeet',
  zoom: 'linkPlaceholderZoom',
  whatsapp: 'linkPlaceholderWhatsapp',
};

/** Server field names (MentorEd's and ours) mapped to the form's fields. */
const SERVER_FIELDS: Record<string, MeetingLinkField> = {
  url: 'url',
  link: 'url',
  meetingId: 'meetingId',
  meeting_id: 'meetingId',
  passcode: 'passcode',
  password: 'passcode',
  platform: 'platform',
};

/**
 * Each validation key's message (`wrongHost` and `wrongPath` name the platform). A missing platform
 * (`required` on the platform field) reads "Choose a platform." too; see `term()`.
 */
const ERROR_TERMS: Record<MeetingLinkErrorKey, TermKey> = {
  required: 'linkErrorRequired',
  invalidUrl: 'linkErrorInvalidUrl',
  httpsOnly: 'linkErrorHttpsOnly',
  userInfo: 'linkErrorUserInfo',
  port: 'linkErrorPort',
  wrongHost: 'linkErrorWrongHost',
  wrongPath: 'linkErrorWrongPath',
  meetingIdFormat: 'linkErrorMeetingId',
  passcodeFormat: 'linkErrorPasscode',
  unknownPlatform: 'linkErrorPlatform',
};

/** The localized name of a platform ("Google Meet", "Zoom", "WhatsApp"). */
export function platformLabel(localize: LocalizeController, platform: MeetingPlatform): string {
  const term = PLATFORM_TERMS[platform];
  return term ? (localize.term(term) as string) : String(platform);
}

const empty = (): Values => ({ platform: 'google-meet', url: '', meetingId: '', passcode: '' });

export interface LinkFormOptions {
  editing: boolean;
  busy: boolean;
  onSave: (link: MeetingLink) => void;
  onCancel: () => void;
}

/**
 * The Add / Edit meeting link form of `<session-request-detail>`: platform select, the fields that
 * platform needs, inline validation with `validateMeetingLink` on input and blur (errors next to the
 * field, `aria-invalid`, `aria-describedby`, `role="alert"`), Save disabled until the link is valid.
 * Its state lives with the host element, which it re-renders through `requestUpdate()` (it needs no
 * lifecycle callbacks, so it is not registered as a controller).
 * @internal
 */
export class MeetingLinkForm {
  /** Whether the form is shown. */
  open = false;
  #values: Values = empty();
  #touched = new Set<MeetingLinkField>();
  #serverErrors: Partial<Record<MeetingLinkField, string>> = {};

  readonly #host: ReactiveControllerHost;
  readonly #localize: LocalizeController;

  constructor(host: ReactiveControllerHost, localize: LocalizeController) {
    this.#host = host;
    this.#localize = localize;
  }

  /** Opens the form, pre-filled with `link` when editing. */
  start(link?: MeetingLink): void {
    const platform = link && MEETING_PLATFORMS.includes(link.platform) ? link.platform : 'google-meet';
    this.#values = link
      ? { platform, url: link.url ?? '', meetingId: link.meetingId ?? '', passcode: link.passcode ?? '' }
      : empty();
    // A pre-filled link is checked at once: an old link that breaks today's rules says why.
    this.#touched = new Set(link ? (['url', 'meetingId', 'passcode'] as const) : []);
    this.#serverErrors = {};
    this.open = true;
    this.#host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.#serverErrors = {};
    this.#host.requestUpdate();
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

  #set(field: keyof Values, value: string, touch: boolean): void {
    this.#values = { ...this.#values, [field]: value };
    delete this.#serverErrors[field];
    if (touch) this.#touched.add(field);
    this.#host.requestUpdate();
  }

  #onPlatform = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as MeetingPlatform;
    this.#set('platform', MEETING_PLATFORMS.includes(value) ? value : 'google-meet', false);
  };

  /** Typing re-checks a field that was already left once; leaving a field checks it. */
  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#set(input.name as TextField, input.value, false);
  };

  #onBlur = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.value !== '' || this.#touched.has(input.name as TextField))
      this.#set(input.name as TextField, input.value, true);
  };

  #submit(event: Event, options: LinkFormOptions): void {
    event.preventDefault();
    const verdict = this.verdict;
    if (options.busy) return;
    if (verdict.ok) {
      options.onSave(verdict.link);
      return;
    }
    this.#touched = new Set(['platform', 'url', 'meetingId', 'passcode']);
    this.#host.requestUpdate();
  }

  #field(
    field: TextField,
    label: string,
    verdict: MeetingLinkValidation,
    extra: Partial<{ type: string; inputmode: string; placeholder: string }> = {},
  ): TemplateResult {
    const id = `link-${field}`;
    const error = this.#message(field, verdict);
    return html`<div class="field">
      <label for=${id}>${label}</label>
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
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${live(this.#values[field])}
        @input=${this.#onInput}
        @blur=${this.#onBlur}
      />
      <p id="${id}-error" class="field-error" part="field-error" role="alert">${error ?? ''}</p>
    </div>`;
  }

  render(options: LinkFormOptions): TemplateResult {
    const verdict = this.verdict;
    const { platform } = this.#values;
    const title = this.#localize.term(options.editing ? 'editLink' : 'addLink');
    const platformError = this.#message('platform', verdict);
    return html`<form
      class="link-form"
      part="form"
      novalidate
      aria-label=${title}
      @submit=${(e: Event) => this.#submit(e, options)}
    >
      <div class="field">
        <label for="link-platform">${this.#localize.term('platform')}</label>
        <select
          id="link-platform"
          name="platform"
          part="select"
          aria-invalid=${platformError ? 'true' : 'false'}
          aria-describedby=${platformError ? 'link-platform-error' : nothing}
          @change=${this.#onPlatform}
        >
          ${MEETING_PLATFORMS.map(
            (p) =>
              html`<option value=${p} ?selected=${p === platform}>
                ${platformLabel(this.#localize, p)}
              </option>`,
          )}
        </select>
        <p id="link-platform-error" class="field-error" part="field-error" role="alert">
          ${platformError ?? ''}
        </p>
      </div>
      ${this.#field('url', this.#localize.term('linkUrl'), verdict, {
        type: 'url',
        inputmode: 'url',
        // `platform` is always a known one: start() and the select's handler only store those.
        placeholder: this.#localize.term(PLACEHOLDER_TERMS[platform]),
      })}
      ${
        platform === 'zoom'
          ? html`${this.#field('meetingId', this.#localize.term('meetingId'), verdict, { inputmode: 'numeric' })}
            ${this.#field('passcode', this.#localize.term('passcode'), verdict)}`
          : nothing
      }
      <div class="actions" part="actions" aria-busy=${options.busy ? 'true' : 'false'}>
        <button
          type="submit"
          class="button primary"
          part="button save-button"
          ?disabled=${!verdict.ok || options.busy}
        >
          ${this.#localize.term(options.busy ? 'saving' : 'save')}
        </button>
        <button
          type="button"
          class="button"
          part="button cancel-button"
          ?disabled=${options.busy}
          @click=${options.onCancel}
        >
          ${this.#localize.term('cancel')}
        </button>
      </div>
    </form>`;
  }
}
