import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { RequestsAdapter } from '../../adapters/types.js';
import {
  RequestAcceptEvent,
  RequestAcceptedEvent,
  RequestRejectEvent,
  RequestRejectedEvent,
  ProfileOpenEvent,
} from '../../events-detail.js';
import { RequestErrorEvent } from '../../events-list.js';
import enDetails from '../../i18n/en-details.js';
import { LocalizeController } from '../../i18n/localize.js';
import { RequestsError, toRequestsError } from '../../model/errors.js';
import type { ActionResult, AnyRequest, RequestKind, RequestStatus } from '../../model/request.js';
import type { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';
import { InboxStore } from '../../store/inbox-store.js';
import {
  acceptRequest,
  putRequest,
  readRequest,
  rejectRequest,
  runningAction,
} from '../../store/store-actions.js';
import { adapterContext } from './adapter-context.js';
import type { StoreErrorEvent } from '../../store/store-events.js';
import { StoreSubscription, storeContext } from './store-context.js';
import { DIALOG_EXPORTPARTS } from './dialog-parts.js';
import { canRetry, errorMessage } from './format.js';
import { personBlock, skeleton, statusTag, whenSlow } from './detail-parts.js';
import { notConfiguredView } from './not-configured.js';

/** The actions a detail view runs through {@link RequestDetailBase.runAction}. */
export type DetailAction = 'accept' | 'reject' | 'link';

export interface RejectQuestion {
  heading: string;
  message: string;
  withReason: boolean;
  reasonLabel?: string;
  reasonMaxWords?: number;
  reasonMaxChars?: number;
}

const CONNECTIVITY = ['online', 'offline'];
const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;
/** A busy button's label once its action is slow. */
const SLOW_TERMS = { accept: 'accepting', reject: 'rejecting', link: 'saving' } as const;

/** Whether `element` is inside a `<requests-page>` (across shadow roots): the page says "offline" itself. */
function inPage(element: Element): boolean {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    if (root.host.localName === 'requests-page') return true;
  return false;
}

/**
 * What both detail elements share: the store (of its own `adapter`, else the one an ancestor
 * `<requests-page>` provides), the request shown from the store's record (given as an object, or read by
 * id: a @lit/task, aborted when the id changes or the element leaves the DOM), the loading / error /
 * not-found states, and the one action runner: a cancelable "before" event, busy state, exactly one
 * adapter call however many clicks (the store runs it), the "after" event, and errors (already handled
 * elsewhere, unauthorized, offline) that keep the request as it was. The element keeps no copy of the
 * request: the store's record is the one truth, so an action anywhere shows here too.
 * @internal
 */
export abstract class RequestDetailBase<T extends AnyRequest> extends LitElement {
  /** The adapter to use. When unset, the store an ancestor `<requests-page>` provides. */
  @property({ attribute: false }) adapter?: RequestsAdapter;

  /** @internal */
  @consume({ context: storeContext, subscribe: true })
  @state()
  private contextStore?: InboxStore;

  /** @internal An adapter a host provides through `adapterContext` (its store is used). */
  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter?: RequestsAdapter;

  /** The id of the request to load. Not needed when `request` is set (then nothing is fetched). */
  @property({ attribute: 'request-id' }) requestId?: string;

  /**
   * The request to show. Set it to show a request without fetching it (it joins the store, so every
   * element on the same adapter shows it); reading it gives the store's record, updated after every action.
   */
  @property({ attribute: false, noAccessor: true })
  get request(): T | undefined {
    return this.shown ?? this.#given;
  }

  set request(value: T | undefined) {
    const old = this.request;
    this.#given = value;
    this.requestUpdate('request', old);
  }

  /** True while an action's adapter call runs (here, or from another element on the same store). */
  @state() protected busy = false;
  /** The visible error or notice of the last action (shown in a `role="alert"` box). */
  @state() protected errorText = '';
  /** Announced politely to screen readers (visually hidden). */
  @state() protected announcement = '';
  /** The request was handled elsewhere: its actions are gone. */
  @state() protected handledElsewhere = false;
  /** The browser is offline: actions are disabled, with the reason. */
  @state() protected offline = false;
  /** This element's action that has run for 400 ms: its button says so ("Accepting…"). */
  @state() protected slow?: DetailAction;

  protected abstract readonly kind: RequestKind;
  protected readonly localize = new LocalizeController(this, enDetails);

  #given?: T;
  #asking = false;
  #reloadOnConnect = false;
  readonly #subscription = new StoreSubscription(this, (event) => this.#onStoreError(event));

  /** Reads the request by id through the store; a known record (a given object) is used as is. */
  readonly #loader = new Task<[InboxStore | undefined, string | undefined], T>(this, {
    args: () => [this.#store, this.requestId],
    task: async ([store, id], { signal }) => {
      if (!id || !store) return initialState;
      try {
        return (await readRequest(store, this.kind, id, { signal })) as T;
      } catch (e) {
        const error = toRequestsError(e);
        if (!signal.aborted && error.kind !== 'aborted') this.#report('open', error);
        throw error;
      }
    },
  });

  /** The store in use: the own adapter's wins over the provided store, then the provided adapter's. */
  get #store(): InboxStore | undefined {
    // An object only: a string (an `adapter` attribute copied onto the property by a template) is none.
    const own = typeof this.adapter === 'object' ? this.adapter : undefined;
    const adapter = own ?? (this.contextStore ? undefined : this.contextAdapter);
    return adapter ? InboxStore.for(adapter) : this.contextStore;
  }

  /** The store in use, as the scope of per-store view state (the meeting link form's drafts). */
  protected get store(): InboxStore | undefined {
    return this.#store;
  }

  /** The adapter in use (the store's). */
  get #adapter(): RequestsAdapter | undefined {
    return this.#store?.adapter;
  }

  /** A limit of the adapter's `capabilities` (`reasonMaxWords`…) when it is a positive number. */
  protected capability(key: 'reasonMaxWords' | 'reasonMaxChars'): number | undefined {
    const value = this.#adapter?.capabilities?.[key];
    return typeof value === 'number' && value > 0 ? value : undefined;
  }

  /**
   * The request that is shown: the store's record of `request-id` (else of the given request's id), or
   * the given request itself when there is no store.
   */
  protected get shown(): T | undefined {
    const given = this.#given;
    const id = this.requestId || given?.id;
    if (!id) return undefined;
    const record = this.#store?.get(this.kind, id) as T | undefined;
    return record ?? (given?.id === id ? given : undefined);
  }

  /** Whether an action runs on the shown request, here or from another element on the same store. */
  protected get acting(): boolean {
    const request = this.shown;
    return this.busy || Boolean(request && this.#store && runningAction(this.#store, this.kind, request.id));
  }
  /** The heading's term. */
  protected abstract readonly headingTerm: 'sessionRequest' | 'messageRequest';
  /** Announced after a successful reject (focus then goes to the heading). */
  protected abstract readonly rejectedTerm: 'sessionRejected' | 'messageRejected';
  protected abstract rejectQuestion(request: T): RejectQuestion;
  /**
   * Called before the reject confirmation opens, e.g. to load and slot in more of it (the session detail's
   * reasons); the function it resolves to runs once the dialog has closed.
   */
  protected async openingReject(
    _dialog: ConfirmDialog,
    _question: RejectQuestion,
    _request: T,
  ): Promise<(() => void) | void> {}
  protected abstract renderRequest(request: T): TemplateResult;
  /** After a successful accept: announce, extra events, focus. */
  protected abstract accepted(result: ActionResult<T>, hadFocus: boolean): void;
  /** Whether Accept / Reject are offered for this request. */
  protected abstract canAct(request: T): boolean;

  /** Moves focus to the detail's heading (call it after opening the detail). */
  override focus(options?: FocusOptions): void {
    const heading = this.#heading;
    if (heading) heading.focus(options);
    else void this.updateComplete.then(() => this.#heading?.focus(options));
  }

  get #heading(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('#heading');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of CONNECTIVITY) window.addEventListener(type, this.#onConnectivity);
    this.offline = isOffline();
    if (this.#reloadOnConnect) {
      this.#reloadOnConnect = false;
      void this.#loader.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of CONNECTIVITY) window.removeEventListener(type, this.#onConnectivity);
    if (this.#loader.status === TaskStatus.PENDING) {
      this.#reloadOnConnect = true;
      this.#loader.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const store = this.#store;
    this.#subscription.store = store;
    // A request the host gives joins the store: every element on it shows the same record.
    if (this.#given && (changed.has('request') || store !== this.#putIn)) {
      this.#putIn = store;
      if (store) putRequest(store, this.#given);
    }
    const shownId = this.shown?.id;
    if (shownId !== this.#shownId) {
      if (this.#shownId !== undefined) this.resetPerRequest();
      this.#shownId = shownId;
    }
    this.#noticeHandledElsewhere();
  }

  /** The shown request's status at the last update, and the request this element acted on itself. */
  #lastStatus?: { id: string; status: RequestStatus };
  #actedOn?: string;

  /**
   * The shown request was answered while it was open, not by this element: another tab, another device
   * (a poll found it), or another element. Say so, as when an action finds it handled.
   */
  #noticeHandledElsewhere(): void {
    const shown = this.shown;
    const last = this.#lastStatus;
    this.#lastStatus = shown ? { id: shown.id, status: shown.status } : undefined;
    if (!shown || last?.id !== shown.id || last.status !== 'requested' || this.#actedOn === shown.id) return;
    if (shown.status === 'accepted' || shown.status === 'rejected') {
      this.handledElsewhere = true;
      this.errorText = this.localize.term('errorConflict');
    }
  }

  #shownId?: string;
  /** The store the given request was last put in. */
  #putIn?: InboxStore;
  /** The store could not read again the request this detail found handled elsewhere: say so to the host. */
  #onStoreError(e: StoreErrorEvent): void {
    if (e.action === 'open' && e.kind === this.kind && e.id !== undefined && e.id === this.shown?.id)
      this.#report('open', e.error);
  }

  /** Per-request view state to forget when another request is shown. */
  protected resetPerRequest(): void {
    this.errorText = '';
    this.announcement = '';
    this.handledElsewhere = false;
  }

  /**
   * Offline: one message. Inside a `<requests-page>` its banner says it (and is announced): the detail's
   * reason is only the actions' description; on its own, the detail shows and announces it. Back online,
   * the actions work again and a load that failed meanwhile runs again.
   */
  readonly #onConnectivity = (): void => {
    this.offline = isOffline();
    const said = this.localize.term('offline');
    // Back online, clear only the offline notice: an announcement made meanwhile (an action's result) stays.
    if (!inPage(this) && (this.offline || this.announcement === said))
      this.announcement = this.offline ? said : '';
    const failed = this.#loader.status === TaskStatus.ERROR && (this.#loader.error as RequestsError).kind;
    if (!this.offline && failed === 'network') void this.#loader.run();
  };

  /** The reason the actions are disabled while offline (their `aria-describedby`). */
  #renderOffline(): TemplateResult | typeof nothing {
    if (!this.offline) return nothing;
    return html`<p id="offline" class=${inPage(this) ? 'visually-hidden' : 'notice'} part="notice offline">
      ${this.localize.term('offline')}
    </p>`;
  }

  protected override render(): TemplateResult {
    const request = this.shown;
    // Computed first so the <h2> stays on one line through formatting: its text must have no surrounding
    // white space (the heading is the accessible name of the section and is compared in tests).
    const heading = this.localize.term(this.headingTerm);
    return html`<section class="detail" part="base" aria-labelledby="heading">
        <h2 id="heading" class="heading" part="heading" tabindex="-1">${heading}</h2>
        ${this.#renderOffline()} ${request ? this.renderRequest(request) : this.#renderPlaceholder()}
        <p class="error" part="notice error" role="alert">${this.errorText}</p>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </section>
      <confirm-dialog exportparts=${DIALOG_EXPORTPARTS}></confirm-dialog>`;
  }

  #renderPlaceholder(): TemplateResult {
    const error =
      this.#loader.status === TaskStatus.ERROR ? (this.#loader.error as RequestsError) : undefined;
    // Nothing to show and no store to read from (no adapter, none provided): "not configured" after a
    // grace, never a skeleton forever (DESIGN.md, "States every view must render").
    if (!this.#store && !this.request)
      return notConfiguredView(this, this.localize) ?? skeleton(this.localize);
    if (!error || error.kind === 'aborted') return skeleton(this.localize);
    if (error.kind === 'not-found') {
      return html`<div class="state" part="notice">
        <p>${this.localize.term('errorNotFound')}</p>
      </div>`;
    }
    // Signed out or not allowed: trying again cannot help (the host must sign in again), so no Retry.
    return html`<div class="state" part="notice" role="alert">
      <p><strong>${this.localize.term('errorLoadRequest')}</strong></p>
      ${
        // Offline, the offline message says why (one message); it loads again once online.
        this.offline ? nothing : html`<p>${errorMessage(this.localize, error)}</p>`
      }
      ${
        canRetry(error) && !this.offline
          ? html`<button
              type="button"
              class="button"
              part="button retry-button"
              @click=${() => this.#loader.run()}
            >
              ${this.localize.term('retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Person (avatar, name that opens the profile, designations, experience), status tag and direction. */
  protected renderHeader(request: T, status: RequestStatus = request.status): TemplateResult {
    const person = request.person;
    return html`${personBlock(this.localize, person, () => this.dispatchEvent(new ProfileOpenEvent({ person })))}
      <div class="meta">
        ${
          // Handled elsewhere while the store still has it pending (gone, or not read again yet): no
          // "Pending" beside "already handled".
          status === 'requested' && this.handledElsewhere ? nothing : statusTag(this.localize, status)
        }
        <span class="direction"
          >${this.localize.term(request.direction === 'sent' ? 'sent' : 'received')}</span
        >
      </div>`;
  }

  /** Whether the request is pending as far as this view knows (not found handled elsewhere). */
  protected stillPending(request: T): boolean {
    return request.status === 'requested' && !this.handledElsewhere;
  }

  /** Whether Accept / Reject are offered now: the request allows it and was not handled elsewhere. */
  #actionable(request: T): boolean {
    return this.canAct(request) && !this.handledElsewhere;
  }

  /**
   * Accept and Reject when they are offered, disabled and `aria-busy` while an action runs. The methods
   * are the listeners themselves: Lit calls them with the element as `this`.
   */
  protected renderActions(request: T): TemplateResult | typeof nothing {
    if (!this.#actionable(request)) return nothing;
    const busy = this.acting;
    // Offline, they stay focusable (aria-disabled, the listeners do nothing) and say why.
    const offline = this.offline ? 'true' : nothing;
    const described = this.offline ? 'offline' : nothing;
    const t = this.localize;
    return html`<div class="actions" part="actions" aria-busy=${busy ? 'true' : 'false'}>
      <button
        type="button"
        class="button primary"
        part="button accept-button"
        ?disabled=${busy}
        aria-disabled=${offline}
        aria-describedby=${described}
        @click=${this.#accept}
      >
        ${t.term(this.slow === 'accept' ? 'accepting' : 'accept')}
      </button>
      <button
        type="button"
        class="button danger"
        part="button reject-button"
        ?disabled=${busy}
        aria-disabled=${offline}
        aria-describedby=${described}
        @click=${this.#reject}
      >
        ${t.term(this.slow === 'reject' ? 'rejecting' : 'reject')}
      </button>
    </div>`;
  }

  /** Accept: fires `request-accept`, then calls the adapter once. */
  #accept(): Promise<void> {
    return this.runAction(
      'accept',
      (request) => new RequestAcceptEvent({ kind: this.kind, request }),
      (store, request) => acceptRequest(store, this.kind, request.id),
      (result) => new RequestAcceptedEvent({ kind: this.kind, request: result.item, ...withMessage(result) }),
      (result, hadFocus) => this.accepted(result, hadFocus),
    );
  }

  /** Reject: asks in the built-in dialog, then fires `request-reject` and calls the adapter once. */
  async #reject(): Promise<void> {
    const request = this.shown;
    const dialog = this.renderRoot.querySelector('confirm-dialog') as ConfirmDialog | null;
    if (!request || this.acting || this.#asking || isOffline() || typeof dialog?.ask !== 'function') return;
    this.#asking = true;
    let answer: { confirmed: boolean; reason?: string };
    let done: (() => void) | void = undefined;
    try {
      const question = this.rejectQuestion(request);
      // A part that failed to load leaves the plain dialog: rejecting never depends on it.
      done = await this.openingReject(dialog, question, request).catch(() => undefined);
      answer = await dialog.ask({
        ...question,
        confirmLabel: this.localize.term('reject'),
        cancelLabel: this.localize.term('cancel'),
        tone: 'danger',
      });
    } finally {
      this.#asking = false;
      done?.();
    }
    if (!answer?.confirmed || this.shown !== request) return;
    const reason = answer.reason?.trim() || undefined;
    const detail = reason ? { reason } : {};
    await this.runAction(
      'reject',
      (r) => new RequestRejectEvent({ kind: this.kind, request: r, ...detail }),
      (store, r) => rejectRequest(store, this.kind, r.id, reason),
      (result) =>
        new RequestRejectedEvent({
          kind: this.kind,
          request: result.item,
          ...detail,
          ...withMessage(result),
        }),
      (_result, hadFocus) => {
        this.announcement = this.localize.term(this.rejectedTerm);
        void this.moveFocus('#heading', hadFocus);
      },
    );
  }

  /**
   * The one action runner. Fires `before` (cancelable: prevented means the host acts itself, no adapter
   * call), marks the view busy, asks the store (which calls the adapter exactly once and updates the
   * record, the lists and the counts), fires `after` to the host and calls `done` while the request is
   * still shown. While it runs, further calls return at once. Failures fire `request-error` and keep the
   * request as it was.
   */
  protected async runAction(
    action: DetailAction,
    before: (request: T) => Event,
    call: (store: InboxStore, request: T) => Promise<ActionResult<AnyRequest>>,
    after: (result: ActionResult<T>) => Event,
    done: (result: ActionResult<T>, hadFocus: boolean) => void,
  ): Promise<void> {
    const request = this.shown;
    // Offline, the actions are disabled (and say why): no event, no call.
    if (!request || this.acting || isOffline()) return;
    if (action !== 'link' && !this.#actionable(request)) return;
    this.busy = true; // synchronously, before anything else can run: this is the double-click guard
    this.#actedOn = request.id;
    try {
      if (!this.dispatchEvent(before(request))) return;
      const store = this.#store;
      if (!store) {
        console.warn(`mentoring-requests: <${this.localName}> has no adapter; handle "${action}" yourself.`);
        return;
      }
      const hadFocus = this.matches(':focus-within');
      this.errorText = '';
      this.announcement = '';
      try {
        // The store changes the record, its lists and the counts; this element only reports and moves focus.
        const work = call(store, request);
        // Slow: the button says so ("Accepting…") and it is announced once; quicker, nothing flickers.
        whenSlow(work, () => {
          this.slow = action;
          this.announcement = this.localize.term(SLOW_TERMS[action]);
        });
        const result = (await work) as ActionResult<T>;
        this.dispatchEvent(after(result));
        if (this.shown?.id === request.id) done(result, hadFocus);
      } catch (e) {
        this.fail(action, toRequestsError(e));
      }
    } finally {
      this.busy = false;
      // A failure leaves no "Accepting…" in the status region (a success has replaced it).
      if (this.slow && this.announcement === this.localize.term(SLOW_TERMS[this.slow]))
        this.announcement = '';
      this.slow = undefined;
    }
  }

  /** Reports a failed action and shows what happened; the request stays as it was. */
  protected fail(action: DetailAction, error: RequestsError): void {
    this.#report(action, error);
    if (error.kind === 'conflict' || error.kind === 'not-found') {
      this.handledElsewhere = true;
      // The store reads it again (and its lists and the counts): the record shows where it stands now.
      this.errorText = this.localize.term('errorConflict');
    } else if (error.kind === 'network' && isOffline()) {
      // The offline message says it (one message): the actions are disabled until back online.
      this.offline = true;
      this.errorText = '';
    } else {
      this.errorText = errorMessage(this.localize, error);
    }
  }

  /** Fires `request-error`. */
  #report(action: DetailAction | 'open', error: RequestsError): void {
    this.dispatchEvent(new RequestErrorEvent({ kind: this.kind, action, error }));
  }

  /** After the next render, focuses `selector` (else the heading), when focus was inside before. */
  protected async moveFocus(selector: string, hadFocus: boolean): Promise<void> {
    if (!hadFocus) return;
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>(selector) ?? this.#heading)?.focus();
  }
}

function withMessage(result: { message?: string }): { message?: string } {
  return typeof result.message === 'string' && result.message ? { message: result.message } : {};
}
