import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_LINK_LENGTH, isSafeMeetingUrl } from '../../adapters/meeting-link.js';
import { CalendarAddEvent, SessionLinkEvent, SessionLinkedEvent } from '../../events-detail.js';
import type { RequestsError } from '../../model/errors.js';
import {
  hasEnded,
  type ActionResult,
  type MeetingLink,
  type MeetingPlatform,
  type SessionRequest,
} from '../../model/request.js';
import { base, tokens } from '../../styles/tokens.js';
import { dangerButtons } from '../../styles/danger-buttons.js';
import { isolated } from '../shared/detail-parts.js';
import { detailStyles } from '../shared/detail.styles.js';
import { formatSlot } from '../shared/format.js';
import { avatarStyles } from '../shared/person.js';
import { RequestDetailBase, type RejectQuestion } from '../shared/request-detail-base.js';
import { MeetingLinkForm, platformLabel } from './meeting-link-form.js';
import { saveMeetingLink } from '../../store/store-actions.js';
import { styles } from './session-request-detail.styles.js';
import { urgencyNote, urgencyNoteStyles } from './urgency-note.js';
import { ConflictsHook } from './conflicts-hook.js';
import type { CalendarMenu } from './calendar-menu.js';
import type { RejectReasons } from './reject-reasons.js';
import type { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';

/** The form's platform for a stored link's label ("Zoom", "WhatsApp"…), to pre-fill the replacement. */
function guessPlatform(label: string): MeetingPlatform {
  const name = String(label ?? '').toLowerCase();
  return name.includes('zoom') ? 'zoom' : name.includes('whatsapp') ? 'whatsapp' : 'google-meet';
}

/** Agendas longer than this many characters fold behind "Show more". */
const AGENDA_FOLD = 150;
/** setTimeout's longest delay; later expiries re-arm the timer. */
const MAX_DELAY = 2_147_483_647;

/**
 * A link as text: one over the rules' length cap (refused, never an href) shows its first 100 characters and
 * "…", so 100,000 characters from the server cannot make the view a wall of text.
 */
const shownLink = (text: string) => (text.length > MAX_LINK_LENGTH ? `${text.slice(0, 100)}…` : text);

/**
 * One session request: who asks, the title, the agenda, the slot in the viewer's time zone and its
 * status. The receiver can Accept it or Reject it (with an optional reason); after accepting, they add or
 * edit the meeting link. While it is pending, it says how soon its slot starts. Give it `.request`, or
 * `request-id` to load it through the adapter (its own
 * `adapter`, else the one an ancestor `<requests-page>` provides).
 *
 * The reject reason's limits are the adapter's `capabilities.reasonMaxWords` and `reasonMaxChars` (without
 * them: 50 words, no character limit). The confirmation offers a few reasons to pick (`rejectReasons`) and
 * "Propose another time" (up to three times, in `time-zone`, written into the reason with their UTC offset,
 * never past its limits): a chunk of their own, loaded when the confirmation first opens. A meeting link is a link only when it passes the link rules; a
 * stored link that does not (`request.storedLink`) shows as text with a warning and Edit link to replace
 * it, and a meeting the platform hosts (`request.meetingHost === 'platform'`) says its room opens when the
 * session starts.
 *
 * @summary A session request with Accept, Reject and the meeting link.
 *
 * @fires request-accept - Cancelable. The user chose Accept; before the adapter call. `{ kind, request }`
 * @fires request-accepted - The adapter accepted. `{ kind, request, message? }`
 * @fires request-reject - Cancelable. The user confirmed Reject; before the adapter call. `{ kind, request, reason? }`
 * @fires request-rejected - The adapter rejected. `{ kind, request, reason?, message? }`
 * @fires session-link - Cancelable. The user saves a valid meeting link; before the adapter call. `{ request, link }`
 * @fires session-linked - The adapter saved the link. `{ request, link, message? }`
 * @fires calendar-add - Cancelable. The user picked an "Add to calendar" option of an accepted session; before
 *   the download or the navigation (cancel it to add the session yourself). `{ request, target: 'ics' | 'google' | 'outlook' }`
 * @fires profile-open - Cancelable. The user activated the name or the avatar. `{ person }`
 * @fires request-open - Cancelable. The user activated a pending request the schedule-conflict warning names;
 *   `<requests-page>` opens it (a standalone detail's host routes itself). `{ kind, request }`
 * @fires request-error - An adapter call failed. `{ kind, action: 'open' | 'accept' | 'reject' | 'link', error }`
 *
 * @csspart base - The detail's box.
 * @csspart heading - The heading (focused by `focus()`).
 * @csspart not-configured - Shown instead of a skeleton forever when there is no adapter (none set, none
 *   provided by an ancestor, or a string); the console says how to fix it.
 * @csspart avatar - The person's picture or initials.
 * @csspart name - The person's name (a button that opens the profile).
 * @csspart status - The status tag (Pending, Accepted, Rejected, Expired).
 * @csspart agenda - The agenda text.
 * @csspart urgency - How soon a pending request's slot starts ("Starts in 3 hours"; "Started, ends in 20
 *   minutes" once it has started), under the slot; kept up to date as time passes.
 * @csspart actions - The group of action buttons.
 * @csspart button - Every button.
 * @csspart accept-button - The Accept button.
 * @csspart reject-button - The Reject button.
 * @csspart link - The meeting link.
 * @csspart conflicts - The schedule-conflict warning of a pending received request: the booked sessions
 *   (`adapter.listBookedSlots`) and the other pending or accepted requests its slot overlaps (also `notice`).
 * @csspart conflict-button - A clashing pending request in that warning, which opens it (also `button`).
 * @csspart calendar-button - "Add to calendar" on an accepted session (also `button`): shows its options.
 * @csspart calendar-options - The list of "Add to calendar" options.
 * @csspart calendar-option - One option: the `.ics` download, Google Calendar, Outlook on the web.
 * @csspart form - The meeting link form.
 * @csspart input - The form's text fields.
 * @csspart select - The platform select.
 * @csspart field-error - A field's validation message.
 * @csspart notice - Success, info and error messages.
 * @csspart error - The error message of a failed action (also `notice`; `role="alert"`).
 * @csspart offline - Offline: why the actions are disabled (also `notice`; visually hidden inside a
 *   `<requests-page>`, whose banner says it).
 * @csspart retry-button - Retry, after the request failed to load.
 * @csspart link-button - Add link / Edit link (also `button`).
 * @csspart save-button - The meeting link form's Save button (also `button`).
 * @csspart cancel-button - The meeting link form's Cancel button (also `button`).
 * @csspart dialog - The Reject confirmation (`<confirm-dialog>`'s `dialog`).
 * @exportparts confirm-dialog ../shared/dialog-parts.js#DIALOG_EXPORTPARTS - The Reject confirmation
 * @csspart dialog-reasons - The reasons to pick from in the confirmation (`rejectReasons`, else localized defaults).
 * @csspart dialog-reason - One reason (a toggle button, also `dialog-button`): picking it fills the reason field.
 * @csspart dialog-propose-button - "Propose another time" (also `dialog-button`): shows the proposal.
 * @csspart dialog-proposal - The proposal: one to three times in the viewer's time zone, and its preview.
 * @csspart dialog-slot-input - A proposed time's date or time field (`<input type="date">`, `<input type="time">`).
 * @csspart dialog-preview - The sentence the proposal writes into the reason ("Could we meet instead on …?").
 *
 * @cssprop --mr-color-bg - Background.
 * @cssprop --mr-color-surface - Background of notices, tags and placeholders.
 * @cssprop --mr-color-text - Text color.
 * @cssprop --mr-color-muted - Secondary text color.
 * @cssprop --mr-color-border - Borders.
 * @cssprop --mr-color-primary - Accept button, links and focus.
 * @cssprop --mr-color-on-primary - Text on the primary color.
 * @cssprop --mr-color-danger - Reject button and errors.
 * @cssprop --mr-color-on-danger - Text on the confirmation's Reject button.
 * @cssprop --mr-color-success - Success messages and the Accepted tag.
 * @cssprop --mr-color-warning - The Expired tag.
 * @cssprop --mr-color-focus - Focus ring.
 * @cssprop --mr-focus-ring-width - Focus ring width.
 * @cssprop --mr-color-backdrop - The backdrop behind the Reject confirmation.
 * @cssprop --mr-radius - Corner radius.
 * @cssprop --mr-space - Base spacing.
 * @cssprop --mr-font - Font family.
 * @cssprop --mr-font-size - Base font size.
 */
export class SessionRequestDetail extends RequestDetailBase<SessionRequest> {
  static override styles = [
    tokens,
    base,
    dangerButtons,
    avatarStyles,
    detailStyles,
    styles,
    urgencyNoteStyles,
  ];

  /** IANA time zone for the slot (default: the viewer's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * The reasons offered in the reject confirmation, each a short sentence that fills the reason field
   * (still editable). Unset: the localized defaults (inside a `<requests-page>`, its `rejectReasons` first);
   * `[]`: none. A reason longer than the adapter's limits is not offered. Property only.
   */
  @property({ attribute: false }) rejectReasons?: string[];

  @state() private agendaOpen = false;

  protected readonly kind = 'session' as const;
  protected readonly headingTerm = 'sessionRequest' as const;
  protected readonly rejectedTerm = 'sessionRejected' as const;
  readonly #linkForm = new MeetingLinkForm(this, this.localize, () => this.store);
  /** What a pending received request's slot clashes with (conflicts.ts, loaded lazily). */
  readonly #conflicts = new ConflictsHook(this, {
    localize: this.localize,
    store: () => this.store,
    candidate: () => {
      const shown = this.shown;
      return shown && this.canAct(shown) && this.stillPending(shown) ? shown : undefined;
    },
    timeZone: () => this.timeZone,
    announce: (text) => (this.announcement = text),
  });
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #expiryFor?: SessionRequest;
  /** "Add to calendar" (calendar-menu.ts): its own chunk, loaded when an accepted session shows. */
  #calendar?: CalendarMenu | Promise<void>;

  /** The reasons and "propose another time" of the reject dialog (reject-reasons.ts): its own chunk. */
  #reasons?: RejectReasons;

  protected override async openingReject(
    dialog: ConfirmDialog,
    question: RejectQuestion,
    request: SessionRequest,
  ) {
    const { RejectReasons } = await import('./reject-reasons.js');
    return (this.#reasons ??= new RejectReasons(this, this.localize)).open(dialog, question, request);
  }

  protected rejectQuestion(request: SessionRequest): RejectQuestion {
    return {
      heading: this.localize.term('rejectSessionHeading'),
      message: this.localize.term('rejectSessionQuestion'),
      withReason: true,
      reasonLabel: this.localize.term('rejectSessionReasonLabel', request.person.name),
      // The adapter's limits (MentorEd: 50 words, 255 characters); without them, 50 words and no
      // character limit.
      reasonMaxWords: this.capability('reasonMaxWords') ?? 50,
      reasonMaxChars: this.capability('reasonMaxChars') ?? 0,
    };
  }

  /** True when the request can no longer be accepted: marked expired, or its slot has ended. */
  #isExpired(request: SessionRequest): boolean {
    return request.status === 'expired' || (request.status === 'requested' && hasEnded(request));
  }

  protected canAct(request: SessionRequest): boolean {
    return request.direction === 'received' && request.status === 'requested' && !this.#isExpired(request);
  }

  protected accepted(result: ActionResult<SessionRequest>, hadFocus: boolean): void {
    this.announcement = this.localize.term('slotBooked', result.item.person.name);
    void this.moveFocus('.link-section .button', hadFocus);
  }

  protected override resetPerRequest(): void {
    super.resetPerRequest();
    this.agendaOpen = false;
    // Hidden, not closed: what was typed for the previous request stays its draft.
    if (this.#linkForm.open) this.#linkForm.hide();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#armExpiry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = this.#expiryFor = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#armExpiry();
  }

  /** A pending request turns into an expired one while it is open: re-render when its slot ends. */
  #armExpiry(): void {
    // Not while out of the document: an update can still run there (a lazily loaded part that arrives after
    // the detail was closed asks for one), and its timer would keep the element, and the page around it,
    // alive until the slot ends. connectedCallback arms it again.
    if (!this.isConnected) return;
    const request = this.shown;
    if (request === this.#expiryFor && (this.#expiryTimer || !request)) return;
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
    this.#expiryFor = request;
    if (!request || request.status !== 'requested' || this.#isExpired(request)) return;
    const end = request.end instanceof Date ? request.end.getTime() : NaN;
    if (!Number.isFinite(end)) return;
    const wait = end - Date.now();
    this.#expiryTimer = setTimeout(
      () => {
        this.#expiryTimer = this.#expiryFor = undefined;
        if (this.shown === request && this.#isExpired(request))
          this.announcement = this.localize.term('requestExpired');
        else this.requestUpdate();
      },
      Math.min(Math.max(wait, 0) + 20, MAX_DELAY),
    );
  }

  protected renderRequest(request: SessionRequest): TemplateResult {
    const name = request.person.name;
    const expired = this.#isExpired(request);
    const status = expired ? 'expired' : request.status;
    const validDates = [request.start, request.end].every(
      (d) => d instanceof Date && !Number.isNaN(d.getTime()),
    );
    const { date, timeRange } = validDates
      ? formatSlot(this.localize, request.start, request.end, this.timeZone)
      : { date: '', timeRange: '' };
    // The wording follows the state: once accepted, a booked session; a received request is "requesting"
    // only while pending (past tense once rejected, expired or handled elsewhere); a sent one, "You asked".
    const sentence =
      request.status === 'accepted'
        ? 'slotBookedAt'
        : request.direction === 'sent'
          ? 'slotRequestSent'
          : this.stillPending(request) && !expired
            ? 'slotRequestReceived'
            : 'slotRequestedPast';
    const slot = isolated(this.localize, sentence, name, timeRange, date);
    return html`${this.renderHeader(request, status)}
    ${request.title ? html`<h3 class="title wrap" dir="auto">${request.title}</h3>` : nothing}
    ${validDates ? html`<p class="slot wrap">${slot}</p>` : nothing}
    ${urgencyNote(this.localize, request, this.timeZone, this.stillPending(request))}
    ${this.#conflicts.render()} ${this.#renderAgenda(request.agenda)} ${this.#renderOutcome(request, expired)}
    ${this.renderActions(request)}
    ${request.status === 'accepted' ? [this.#renderLinkSection(request), this.#renderCalendar(request)] : nothing}`;
  }

  #renderCalendar(request: SessionRequest): TemplateResult | typeof nothing {
    this.#calendar ??= import('./calendar-menu.js').then(
      ({ CalendarMenu }) => {
        this.#calendar = new CalendarMenu(this, this.localize, (request, target) =>
          this.dispatchEvent(new CalendarAddEvent({ request, target })),
        );
        this.requestUpdate();
      },
      // A chunk that failed to load (offline) is asked for again at the next render.
      () => void (this.#calendar = undefined),
    );
    return this.#calendar instanceof Promise ? nothing : this.#calendar.render(request);
  }

  #renderAgenda(agenda: string): TemplateResult | typeof nothing {
    const text = typeof agenda === 'string' ? agenda.trim() : '';
    if (!text) return nothing;
    const chars = Array.from(text);
    const folds = chars.length > AGENDA_FOLD;
    let shown = text;
    if (folds && !this.agendaOpen) {
      const cut = chars.slice(0, AGENDA_FOLD).join('');
      const space = cut.search(/\s\S*$/);
      shown = `${(space > AGENDA_FOLD * 0.66 ? cut.slice(0, space) : cut).trimEnd()}…`;
    }
    return html`<div class="agenda-box">
      <h3 class="label">${this.localize.term('agenda')}</h3>
      <p id="agenda" class="agenda wrap" part="agenda" dir="auto">${shown}</p>
      ${
        folds
          ? html`<button
              type="button"
              class="button link"
              part="button"
              aria-expanded=${this.agendaOpen ? 'true' : 'false'}
              aria-controls="agenda"
              @click=${() => (this.agendaOpen = !this.agendaOpen)}
            >
              ${this.localize.term(this.agendaOpen ? 'showLess' : 'showMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderOutcome(request: SessionRequest, expired: boolean): TemplateResult | typeof nothing {
    const name = request.person.name;
    if (expired) return html`<p class="notice" part="notice">${this.localize.term('requestExpired')}</p>`;
    const t = this.localize;
    if (request.status === 'accepted')
      return html`<p class="notice success" part="notice">${isolated(t, 'slotBooked', name)}</p>`;
    if (request.status === 'rejected') {
      return html`<div class="notice" part="notice">
        <p>${t.term('sessionRejected')}</p>
        ${request.rejectReason ? html`<p class="wrap">${isolated(t, 'rejectReasonShown', request.rejectReason)}</p>` : nothing}
      </div>`;
    }
    if (request.direction === 'sent')
      return html`<p class="notice" part="notice">${isolated(t, 'waitingFor', name)}</p>`;
    return nothing;
  }

  #renderLinkSection(request: SessionRequest): TemplateResult {
    const link = request.meetingLink;
    const stored = link ? undefined : request.storedLink;
    const mine = request.direction === 'received';
    const t = this.localize;
    let body: TemplateResult;
    if (mine && this.#linkForm.showsFor(request.id)) {
      body = this.#linkForm.render({
        editing: Boolean(link || stored),
        busy: this.acting,
        slow: this.slow === 'link',
        unavailable: this.offline ? 'offline' : undefined,
        onSave: (value) => void this.#saveLink(value),
        onCancel: () => this.#cancelLink(),
      });
    } else if (link?.url) {
      const label = t.term('joinOn', platformLabel(t, link.platform));
      body = html`${
          isSafeMeetingUrl(link.url)
            ? html`<p>
                <a class="join" part="link" href=${link.url} target="_blank" rel="noopener noreferrer"
                  >${label}</a
                >
              </p>`
            : html`<p class="muted">${t.term('meetingLinkNotSafe')}</p>`
        }
        <p class="url wrap muted">${shownLink(link.url)}</p>
        ${mine ? this.#linkButton('editLink', link) : nothing} ${this.#linkForm.renderSaved(link)}`;
    } else if (stored?.text) {
      // A stored link that fails our rules (http, or a platform we do not know): text, never an href.
      const text = stored.platformLabel
        ? t.term('storedLinkOn', stored.platformLabel, stored.text)
        : stored.text;
      // Edit pre-fills the form with it, checked at once: the form says what to change (https…).
      const replace = { platform: guessPlatform(stored.platformLabel), url: stored.text };
      body = html`<div class="notice warning" part="notice">
          <p>${t.term('storedLinkNotSafe')}</p>
          ${mine ? html`<p>${t.term('storedLinkReplace')}</p>` : nothing}
        </div>
        <p class="url wrap muted">${shownLink(text)}</p>
        ${mine ? this.#linkButton('editLink', replace) : nothing}`;
    } else {
      const none =
        request.meetingHost === 'platform' ? 'meetingOnPlatform' : mine ? 'noLinkYet' : 'noLinkYetSent';
      body = html`<p class="muted">${t.term(none)}</p>
        ${mine ? this.#linkButton('addLink') : nothing}`;
    }
    return html`<section class="link-section" aria-labelledby="link-heading">
      <h3 id="link-heading" class="label">${t.term('meetingLink')}</h3>
      ${body}
    </section>`;
  }

  #linkButton(term: 'addLink' | 'editLink', link?: MeetingLink): TemplateResult {
    const open = async () => {
      this.#linkForm.start(link);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#link-platform')?.focus();
    };
    return html`<button type="button" class="button" part="button link-button" @click=${open}>
      ${this.localize.term(term)}
    </button>`;
  }

  async #cancelLink(): Promise<void> {
    this.#linkForm.close();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.link-section .button')?.focus();
  }

  /** Save: `session-link` (cancelable), the adapter once, `session-linked`. */
  #saveLink(link: MeetingLink): Promise<void> {
    return this.runAction(
      'link',
      (request) => new SessionLinkEvent({ request, link }),
      (store, request) => saveMeetingLink(store, request.id, link),
      (result) =>
        new SessionLinkedEvent({
          request: result.item,
          link: result.item.meetingLink ?? link,
          ...(result.message ? { message: result.message } : {}),
        }),
      (_result, hadFocus) => {
        this.#linkForm.close();
        this.announcement = this.localize.term('linkSaved');
        void this.moveFocus('.link-section .button', hadFocus);
      },
    );
  }

  protected override fail(action: 'accept' | 'reject' | 'link', error: RequestsError): void {
    super.fail(action, error);
    if (action === 'accept') this.errorText = this.#conflicts.refusal(error) ?? this.errorText;
    if (action !== 'link') return;
    // Field errors show next to their fields; a refusal about the session itself (MentorEd: the edit
    // window has closed, the session is gone, not its creator) is the server's own text, not "some
    // details are not valid". Only the server's text (`serverMessage`, in the user's language): an
    // adapter's English default or an untranslated key keeps the localized message.
    if (
      error.kind === 'validation' &&
      !this.#linkForm.showServerErrors(error.fieldErrors) &&
      error.serverMessage
    )
      this.errorText = error.serverMessage;
    if (this.handledElsewhere) this.#linkForm.close();
  }
}
