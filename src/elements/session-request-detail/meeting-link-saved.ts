import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { MeetingLink } from '../../model/request.js';

/**
 * A saved Zoom link's meeting ID and passcode, for whoever joins from the Zoom app by ID rather than by
 * the link (MentorEd keeps both in `meeting_info.meta` as `meetingId` and `password`: the platform form
 * of src/database/migrations/20240227122534-update-platform-form.js, read back by sessionInvite.js).
 * The passcode is masked until the user presses Show (a toggle, `aria-pressed`); the mask has a fixed
 * length, so it does not tell the passcode's. IDs and passcodes are left-to-right text in any language.
 * @internal
 */
export function renderSavedDetails(
  localize: LocalizeController,
  link: MeetingLink,
  shown: boolean,
  toggle: () => void,
): TemplateResult | typeof nothing {
  if (link.platform !== 'zoom' || (!link.meetingId && !link.passcode)) return nothing;
  return html`<dl class="meeting-details">
    ${
      link.meetingId
        ? html`<div>
            <dt>${localize.term('meetingId')}</dt>
            <dd><bdi dir="ltr">${link.meetingId}</bdi></dd>
          </div>`
        : nothing
    }
    ${
      link.passcode
        ? html`<div>
            <dt>${localize.term('passcode')}</dt>
            <dd>
              ${
                shown
                  ? html`<bdi class="passcode" dir="ltr">${link.passcode}</bdi>`
                  : html`<span class="passcode" aria-hidden="true">••••••</span
                      ><span class="visually-hidden">${localize.term('passcodeHidden')}</span>`
              }
              <button
                type="button"
                class="button link"
                part="button"
                aria-pressed=${shown ? 'true' : 'false'}
                @click=${toggle}
              >
                ${localize.term('showPasscode')}
              </button>
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}
