/**
 * "Add to calendar" on an accepted session of `<session-request-detail>`: a disclosure (a button with
 * `aria-expanded` and the list it shows, WAI-ARIA APG "Disclosure") offering the `.ics` download, Google
 * Calendar and Outlook on the web. Its own chunk: the detail imports this module (and, through it, the
 * `.ics` writer and the links) only when it shows an accepted session.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  buildIcs,
  calendarEntry,
  googleCalendarUrl,
  outlookCalendarUrl,
  type CalendarEntry,
} from '../../calendar/index.js';
import type { CalendarTarget } from '../../events-detail.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionRequest } from '../../model/request.js';
import { adoptSheet } from '../shared/adopt-sheet.js';

/**
 * How long a download's `blob:` URL lives after the click. Every browser has started reading the file by
 * then (the download starts on the click; downloadjs waits 250 ms); revoking it frees the memory.
 */
const REVOKE_AFTER_MS = 1000;

const styles = css`
  .calendar {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  /* A down chevron (the same in either direction), turned up while the options show. */
  .calendar-toggle svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .calendar-toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .calendar-options {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    inline-size: 100%;
    max-inline-size: 22rem;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .calendar-options[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface);
  }
`;

/** The title as a file name: no characters file systems refuse, at most 60 code points, `.ics`. */
function fileName(title: string): string {
  const name = Array.from(title.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, ' ').replace(/^[.\s]+/, ''))
    .slice(0, 60)
    .join('')
    .trim();
  return `${name || 'session'}.ics`;
}

/**
 * The menu's state (open for which request) and rendering; the detail element renders it and re-renders
 * through `requestUpdate()`. Styles join the element's shadow root as one more adopted sheet (no inline
 * `<style>`: a strict `style-src` policy allows constructed sheets).
 * @internal
 */
export class CalendarMenu {
  /** The request the options are shown for: another request opens with them closed. */
  #openFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly localize: LocalizeController,
    /**
     * Fires the cancelable `calendar-add`; true when the library does the adding. Given by the detail, not
     * made here: importing the event classes from this chunk would split their base module out of the
     * first paint's shared chunk (one more gzip stream at first paint).
     */
    private readonly ask: (request: SessionRequest, target: CalendarTarget) => boolean,
  ) {}

  render(request: SessionRequest): TemplateResult | typeof nothing {
    const t = this.localize;
    const entry = calendarEntry(request, {
      withPerson: t.term('calendarWith', request.person?.name ?? ''),
      link: (url) => t.term('calendarLink', url),
    });
    if (!entry) return nothing;
    adoptSheet(this.host.renderRoot, styles, 'calendar-menu');
    const open = this.#openFor === request.id;
    // A middle click opens a link too: it asks first as well (a right click's menu is the browser's).
    const follow = (target: CalendarTarget) => (event: MouseEvent) => {
      if ((event.type === 'click' || event.button === 1) && !this.ask(request, target))
        event.preventDefault();
    };
    const link = (target: 'google' | 'outlook', href: string, term: 'calendarGoogle' | 'calendarOutlook') =>
      html`<li>
        <a
          class="option"
          part="calendar-option"
          href=${href}
          target="_blank"
          rel="noopener noreferrer"
          @click=${follow(target)}
          @auxclick=${follow(target)}
          >${t.term(term)} <span class="visually-hidden">${t.term('opensInNewTab')}</span></a
        >
      </li>`;
    return html`<div class="calendar" @keydown=${this.#onKeydown}>
      <button
        id="calendar-toggle"
        type="button"
        class="button calendar-toggle"
        part="button calendar-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="calendar-options"
        @click=${() => this.#show(open ? undefined : request.id)}
      >
        ${t.term('addToCalendar')}
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </button>
      <ul id="calendar-options" class="calendar-options" part="calendar-options" ?hidden=${!open}>
        ${
          // The options exist only while shown: the links are built then, from the request as it is now.
          open
            ? html`<li>
                  <button
                    type="button"
                    class="option"
                    part="calendar-option"
                    @click=${() => this.#download(request, entry)}
                  >
                    ${t.term('calendarDownload')}
                  </button>
                </li>
                ${link('google', googleCalendarUrl(entry), 'calendarGoogle')}
                ${link('outlook', outlookCalendarUrl(entry), 'calendarOutlook')}`
            : nothing
        }
      </ul>
    </div>`;
  }

  #show(id: string | undefined): void {
    this.#openFor = id;
    this.host.requestUpdate();
  }

  /** Escape closes the options and puts focus back on the button; the page's own Escape never sees it. */
  readonly #onKeydown = async (event: KeyboardEvent): Promise<void> => {
    if (event.key !== 'Escape' || this.#openFor === undefined) return;
    event.stopPropagation();
    event.preventDefault();
    this.#show(undefined);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#calendar-toggle')?.focus();
  };

  /** The `.ics` file through a `blob:` URL on a download link of our own, revoked once the download began. */
  #download(request: SessionRequest, entry: CalendarEntry): void {
    if (!this.ask(request, 'ics')) return;
    const url = URL.createObjectURL(new Blob([buildIcs(entry)], { type: 'text/calendar;charset=utf-8' }));
    const anchor = this.host.ownerDocument.createElement('a');
    anchor.href = url;
    anchor.download = fileName(entry.title);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
