import { html, nothing, type TemplateResult } from 'lit';
import { ChatOpenEvent } from '../../events-detail.js';
import type { ActionResult, MessageRequest } from '../../model/request.js';
import { base, tokens } from '../../styles/tokens.js';
import { dangerButtons } from '../../styles/danger-buttons.js';
import { isolated } from '../shared/detail-parts.js';
import { detailStyles } from '../shared/detail.styles.js';
import { avatarStyles } from '../shared/person.js';
import { RequestDetailBase, type RejectQuestion } from '../shared/request-detail-base.js';
import { styles } from './message-request-detail.styles.js';

/**
 * One message request: who wrote, their first message as a chat bubble with its time, and, for a
 * received request, Accept and Reject. Accepting adds the person to the viewer's connections and fires
 * `chat-open` so the host can open its chat. Give it `.request`, or `request-id` to load it through the
 * adapter (its own `adapter`, else the one an ancestor `<requests-page>` provides).
 *
 * @summary A message request with Accept and Reject.
 *
 * @fires request-accept - Cancelable. The user chose Accept; before the adapter call. `{ kind, request }`
 * @fires request-accepted - The adapter accepted. `{ kind, request, message? }`
 * @fires chat-open - Right after `request-accepted`, and when the user activates "Open chat". `{ request, roomId? }`
 * @fires request-reject - Cancelable. The user confirmed Reject; before the adapter call. `{ kind, request }`
 * @fires request-rejected - The adapter rejected. `{ kind, request, message? }`
 * @fires profile-open - Cancelable. The user activated the name or the avatar. `{ person }`
 * @fires request-error - An adapter call failed. `{ kind, action: 'open' | 'accept' | 'reject', error }`
 *
 * @csspart base - The detail's box.
 * @csspart heading - The heading (focused by `focus()`).
 * @csspart not-configured - Shown instead of a skeleton forever when there is no adapter (none set, none
 *   provided by an ancestor, or a string); the console says how to fix it.
 * @csspart avatar - The person's picture or initials.
 * @csspart name - The person's name (a button that opens the profile).
 * @csspart status - The status tag (Pending, Accepted, Rejected).
 * @csspart bubble - The first message.
 * @csspart actions - The group of action buttons.
 * @csspart button - Every button.
 * @csspart accept-button - The Accept button.
 * @csspart reject-button - The Reject button.
 * @csspart chat-button - The Open chat button.
 * @csspart notice - Info, success and error messages.
 * @csspart error - The error message of a failed action (also `notice`; `role="alert"`).
 * @csspart offline - Offline: why the actions are disabled (also `notice`; visually hidden inside a
 *   `<requests-page>`, whose banner says it).
 * @csspart retry-button - Retry, after the request failed to load.
 * @csspart dialog - The Reject confirmation (`<confirm-dialog>`'s `dialog`).
 * @exportparts confirm-dialog ../shared/dialog-parts.js#DIALOG_EXPORTPARTS - The Reject confirmation
 *
 * @cssprop --mr-color-bg - Background.
 * @cssprop --mr-color-surface - Background of the bubble, notices and placeholders.
 * @cssprop --mr-color-text - Text color.
 * @cssprop --mr-color-muted - Secondary text color.
 * @cssprop --mr-color-border - Borders.
 * @cssprop --mr-color-primary - Accept button and focus.
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
export class MessageRequestDetail extends RequestDetailBase<MessageRequest> {
  static override styles = [tokens, base, dangerButtons, avatarStyles, detailStyles, styles];

  protected readonly kind = 'message' as const;
  protected readonly headingTerm = 'messageRequest' as const;
  protected readonly rejectedTerm = 'messageRejected' as const;

  protected rejectQuestion(): RejectQuestion {
    return {
      heading: this.localize.term('rejectMessageHeading'),
      message: this.localize.term('rejectMessageQuestion'),
      withReason: false,
    };
  }

  protected canAct(request: MessageRequest): boolean {
    return request.direction === 'received' && request.status === 'requested';
  }

  protected accepted(result: ActionResult<MessageRequest>, hadFocus: boolean): void {
    this.announcement = this.localize.term('messageAccepted', result.item.person.name);
    this.#openChat(result.item);
    void this.moveFocus('.chat-button', hadFocus);
  }

  #openChat(request: MessageRequest): void {
    this.dispatchEvent(new ChatOpenEvent({ request, ...(request.roomId ? { roomId: request.roomId } : {}) }));
  }

  protected renderRequest(request: MessageRequest): TemplateResult {
    const created = request.createdAt instanceof Date ? request.createdAt : new Date(NaN);
    const time = this.localize.date(created, { dateStyle: 'medium', timeStyle: 'short' });
    return html`${this.renderHeader(request)}
      <figure class="bubble ${request.direction}" part="bubble">
        <blockquote class="wrap" dir="auto">${request.message}</blockquote>
        ${
          time
            ? html`<figcaption>
                <time datetime=${created.toISOString()}>${isolated(this.localize, 'sentAt', time)}</time>
              </figcaption>`
            : nothing
        }
      </figure>
      ${this.#renderOutcome(request)} ${this.renderActions(request)}`;
  }

  /** What happened, in words that follow the state and the direction (who answered whom). */
  #renderOutcome(request: MessageRequest): TemplateResult | typeof nothing {
    const name = request.person.name;
    const t = this.localize;
    const sent = request.direction === 'sent';
    switch (request.status) {
      case 'accepted':
        return html`<div class="notice success" part="notice">
          <p>${isolated(t, sent ? 'messageAcceptedSent' : 'messageAccepted', name)}</p>
          <p>
            <button
              type="button"
              class="button primary chat-button"
              part="button chat-button"
              @click=${() => this.#openChat(request)}
            >
              ${this.localize.term('openChat')}
            </button>
          </p>
        </div>`;
      case 'rejected':
        return html`<p class="notice" part="notice">
          ${sent ? isolated(t, 'messageRejectedSent', name) : t.term('messageRejected')}
        </p>`;
      case 'expired':
        return html`<p class="notice" part="notice">${this.localize.term('requestExpired')}</p>`;
      default:
        // Handled elsewhere while still pending here (gone): the alert says so, nothing invites an answer.
        if (this.handledElsewhere) return nothing;
        return sent
          ? html`<p class="notice" part="notice">${isolated(t, 'waitingToRespond', name)}</p>`
          : html`<div class="notice info" part="notice">
              <p>${isolated(t, 'hasSentYouMessage', name)}</p>
              <p>${isolated(t, 'ifYouAccept', name)}</p>
            </div>`;
    }
  }
}
