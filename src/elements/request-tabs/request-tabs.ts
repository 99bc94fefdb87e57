import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TabChangeEvent, type RequestsTab } from '../../events-list.js';
import { LocalizeController } from '../../i18n/localize.js';
import { base, tokens } from '../../styles/tokens.js';
import { requestTabsStyles } from './request-tabs.styles.js';

const TABS: readonly RequestsTab[] = ['session', 'message'];

function isTab(value: unknown): value is RequestsTab {
  return value === 'session' || value === 'message';
}

/** A count that can be shown: a finite, non-negative integer; anything else counts as 0. */
function safeCount(value: unknown): number {
  const count = Number(value);
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

/**
 * The "Session requests" / "Message requests" tabs with pending-count badges, following the WAI-ARIA
 * APG tabs pattern with automatic activation. It renders both the tablist and the tabpanel in its own
 * shadow root, so `aria-controls` and `aria-labelledby` resolve; the panel's content is the default slot.
 *
 * Keyboard: ArrowLeft / ArrowRight move to and select the previous / next tab (mirrored in right-to-left
 * text, wrapping around), Home / End select the first / last tab. Only the selected tab is in the tab
 * sequence (roving tabindex). Setting `selected` fires nothing; a user's choice fires `tab-change`.
 *
 * @summary ARIA tabs for session and message requests, with pending counts.
 *
 * @fires tab-change - `TabChangeEvent`, `{ tab }`: the user selects a tab. Cancelable: `preventDefault()`
 *   keeps the current tab (nothing changes); otherwise the element selects the tab itself.
 *
 * @slot - The content of the tab panel (e.g. the selected tab's list).
 *
 * @csspart tablist - The row of tabs (`role="tablist"`).
 * @csspart tab - Each tab button.
 * @csspart tab-selected - The selected tab (in addition to `tab`).
 * @csspart badge - The pending-count badge of a tab (shown when the count is above 0).
 * @csspart panel - The tab panel (`role="tabpanel"`) that holds the slot.
 *
 * @cssprop --mr-color-primary - Selected tab indicator and badge.
 * @cssprop --mr-color-on-primary - Text on the selected tab's badge.
 * @cssprop --mr-color-text - Text color.
 * @cssprop --mr-color-muted - Text of the tabs that are not selected.
 * @cssprop --mr-color-surface - Hovered tab and badge background.
 * @cssprop --mr-color-border - Line under the tablist.
 * @cssprop --mr-color-focus - Focus ring.
 * @cssprop --mr-focus-ring-width - Focus ring width.
 * @cssprop --mr-radius - Corner radius of the tabs.
 * @cssprop --mr-space - Padding around the panel content.
 * @cssprop --mr-font - Font family.
 * @cssprop --mr-font-size - Base font size.
 */
export class RequestTabs extends LitElement {
  static override styles = [tokens, base, requestTabsStyles];
  // `static properties` rather than decorators: the helper tsc writes for decorators into each module
  // would weigh on the first paint (docs/performance.md). Lit wraps the `selected` accessor below.
  static override properties = {
    selected: { reflect: true },
    sessionCount: { type: Number, attribute: 'session-count' },
    messageCount: { type: Number, attribute: 'message-count' },
  };

  private readonly localize = new LocalizeController(this);

  #selected: RequestsTab = 'session';

  /** The selected tab: `session` or `message`. Any other value selects `session`. */
  get selected(): RequestsTab {
    return this.#selected;
  }
  set selected(value: RequestsTab) {
    this.#selected = isTab(value) ? value : 'session';
  }

  /** Pending session requests; the badge shows it when above 0. */
  sessionCount = 0;

  /** Pending message requests; the badge shows it when above 0. */
  messageCount = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An invalid `selected="…"` attribute fell back to `session`: keep the attribute truthful.
    if (this.getAttribute('selected') !== this.selected) this.setAttribute('selected', this.selected);
  }

  #focusTab(tab: RequestsTab): void {
    this.renderRoot.querySelector<HTMLButtonElement>(`#tab-${tab}`)?.focus();
  }

  /** A user action chose `tab`: ask the host (cancelable event), then select it and keep focus on it. */
  async #choose(tab: RequestsTab, moveFocus: boolean): Promise<void> {
    if (tab !== this.selected) {
      const event = new TabChangeEvent({ tab });
      this.dispatchEvent(event);
      if (event.defaultPrevented) {
        // Nothing changes; a click may have focused the other tab: keep focus on the selected one
        // (focusing the tab that already has focus does nothing).
        if (this.shadowRoot?.activeElement?.getAttribute('role') === 'tab') this.#focusTab(this.selected);
        return;
      }
      this.selected = tab;
      if (moveFocus) await this.updateComplete;
    }
    if (moveFocus) this.#focusTab(tab);
  }

  private isRtl(): boolean {
    const direction = this.isConnected ? getComputedStyle(this).direction : '';
    return direction ? direction === 'rtl' : this.localize.dir() === 'rtl';
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // From the tab that has focus (normally the selected one: roving tabindex).
    const from = (event.target as HTMLElement).closest?.('[role="tab"]')?.id.replace(/^tab-/, '');
    const index = TABS.indexOf(isTab(from) ? from : this.selected);
    const { key } = event;
    // +1 for the tab to the right (the next one, or the previous one in right-to-left text), -1 left.
    const arrow = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    let next: number;
    if (arrow) next = index + (this.isRtl() ? -arrow : arrow);
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    void this.#choose(TABS[(next + TABS.length) % TABS.length]!, true);
  };

  #renderTab(tab: RequestsTab): TemplateResult {
    const selected = tab === this.selected;
    const session = tab === 'session';
    const name = this.localize.term(session ? 'sessionRequests' : 'messageRequests');
    const count = safeCount(session ? this.sessionCount : this.messageCount);
    // No count yet (or none): nothing to format. The page's first render then builds no `Intl` object,
    // whose first one costs the engine's ICU start-up (~150 ms on a low-end phone): that happens in the
    // requests-page's own warm-up task while the counts are on the network (docs/performance.md).
    const shown = count ? this.localize.number(count) : '';
    return html`<button
      type="button"
      role="tab"
      id="tab-${tab}"
      part=${selected ? 'tab tab-selected' : 'tab'}
      aria-selected=${selected}
      aria-controls=${selected ? 'panel' : nothing}
      aria-label=${shown ? this.localize.term('tabWithCount', name, count, shown) : nothing}
      tabindex=${selected ? 0 : -1}
      @click=${() => void this.#choose(tab, false)}
    >
      <span class="label">${name}</span>
      ${shown ? html`<span part="badge" aria-hidden="true">${shown}</span>` : nothing}
    </button>`;
  }

  protected override render(): TemplateResult {
    return html`<div
        role="tablist"
        part="tablist"
        aria-label=${this.localize.term('tabsLabel')}
        @keydown=${this.#onKeydown}
      >
        ${TABS.map((tab) => this.#renderTab(tab))}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${this.selected}" tabindex="0">
        <slot></slot>
      </div>`;
  }
}
