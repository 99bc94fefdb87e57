import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { RequestsAdapter } from '../../adapters/types.js';
import {
  RequestAcceptEvent,
  RequestAcceptedEvent,
  RequestErrorEvent,
  RequestRejectEvent,
  RequestRejectedEvent,
  ProfileOpenEvent,
} from '../../events.js';
import enDetails from '../../i18n/en-details.js';
import { LocalizeController } from '../../i18n/localize.js';
import { RequestsError, toRequestsError } from '../../model/errors.js';
import type { ActionResult, AnyRequest, RequestKind, RequestStatus } from '../../model/request.js';
import type { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';
import { adapterContext } from './adapter-context.js';
import { DIALOG_EXPORTPARTS } from './dialog-parts.js';
import { canRetry, errorMessage } from './format.js';
import { personBlock, skeleton, statusTag } from './detail-parts.js';

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

/**
 * What both detail elements share: the adapter (own property, else the one an ancestor provides), the
 * request given as an object or loaded by id (a @lit/task, aborted when the id changes or the element
 * leaves the DOM), the loading / error / not-found states, and the one action runner: a cancelable
 * "before" event, busy state, exactly one adapter call however many clicks, the "after" event, and
 * errors (already handled elsewhere, unauthorized, offline) that keep the request as it was.
 * @internal
 */
export abstract class RequestDetailBase<T extends AnyRequest> extends LitElement {
  /** The adapter to use. When unset, the one provided by an ancestor `<requests-page>`. */
  @property({ attribute: false }) adapter?: RequestsAdapter;

  /** @internal */
  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter?: RequestsAdapter;

  /** The id of the request to load. Not needed when `request` is set (then nothing is fetched). */
  @property({ attribute: 'request-id' }) requestId?: string;

  /** The request to show. Set it to show a request without fetching it; updated after every action. */
  @property({ attribute: false }) request?: T;

  /** True while an action's adapter call runs. */
  @state() protected busy = false;
  /** The visible error or notice of the last action (shown in a `role="alert"` box). */
  @state() protected errorText = '';
  /** Announced politely to screen readers (visually hidden). */
  @state() protected announcement = '';
  /** The request was handled elsewhere: its actions are gone. */
  @state() protected handledElsewhere = false;

  protected abstract readonly kind: RequestKind;
  protected readonly localize = new LocalizeController(this, enDetails);

  #asking = false;
  #reloadOnConnect = false;

  /** Loads the request by id; a given object with that id is used as is. */
  readonly #loader = new Task<[RequestsAdapter | undefined, string | undefined], T>(this, {
    args: () => [this.#adapter, this.requestId],
    task: async ([adapter, id], { signal }) => {
      if (!id) return initialState;
      if (this.request?.id === id) return this.request;
      if (!adapter) return initialState;
      try {
        const loaded = await this.fetchRequest(adapter, id, { signal });
        signal.throwIfAborted();
        // An answer about another request (a server that mixes up ids) would leave the view loading forever.
        if (loaded?.id !== id)
          throw new RequestsError('server', 'The server sent data in an unexpected shape.');
        this.request = loaded;
        return loaded;
      } catch (e) {
        const error = toRequestsError(e);
        if (!signal.aborted && error.kind !== 'aborted') this.#report('open', error);
        throw error;
      }
    },
  });

  /** The adapter in use: the own property wins over the provided one. */
  get #adapter(): RequestsAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** A limit of the adapter's `capabilities` (`reasonMaxWords`…) when it is a positive number. */
  protected capability(key: 'reasonMaxWords' | 'reasonMaxChars'): number | undefined {
    const value = this.#adapter?.capabilities?.[key];
    return typeof value === 'number' && value > 0 ? value : undefined;
  }

  /** The request that is shown: the given or loaded one, when it matches `request-id`. */
  protected get shown(): T | undefined {
    const request = this.request;
    return request && (!this.requestId || request.id === this.requestId) ? request : undefined;
  }

  /** `options` is `{ signal }` for loads, absent for the refetch after a conflict. */
  protected abstract fetchRequest(
    adapter: RequestsAdapter,
    id: string,
    options?: { signal: AbortSignal },
  ): Promise<T>;
  protected abstract acceptCall(adapter: RequestsAdapter, request: T): Promise<ActionResult<T>>;
  protected abstract rejectCall(
    adapter: RequestsAdapter,
    request: T,
    reason?: string,
  ): Promise<ActionResult<T>>;
  /** The heading's term. */
  protected abstract readonly headingTerm: 'sessionRequest' | 'messageRequest';
  /** Announced after a successful reject (focus then goes to the heading). */
  protected abstract readonly rejectedTerm: 'sessionRejected' | 'messageRejected';
  protected abstract rejectQuestion(request: T): RejectQuestion;
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
    const old = changed.get('request') as T | undefined;
    if (changed.has('request') && old?.id !== this.request?.id) this.resetPerRequest();
  }

  /** Per-request view state to forget when another request is shown. */
  protected resetPerRequest(): void {
    this.errorText = '';
    this.announcement = '';
    this.handledElsewhere = false;
  }

  readonly #onConnectivity = (): void => {
    const offline = this.localize.term('offline');
    if (isOffline()) this.errorText = offline;
    else if (this.errorText === offline) this.errorText = '';
  };

  protected override render(): TemplateResult {
    const request = this.shown;
    // Computed first so the <h2> stays on one line through formatting: its text must have no surrounding
    // white space (the heading is the accessible name of the section and is compared in tests).
    const heading = this.localize.term(this.headingTerm);
    return html`<section class="detail" part="base" aria-labelledby="heading">
        <h2 id="heading" class="heading" part="heading" tabindex="-1">${heading}</h2>
        ${request ? this.renderRequest(request) : this.#renderPlaceholder()}
        <p class="error" part="notice error" role="alert">${this.errorText}</p>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </section>
      <confirm-dialog exportparts=${DIALOG_EXPORTPARTS}></confirm-dialog>`;
  }

  #renderPlaceholder(): TemplateResult {
    const error =
      this.#loader.status === TaskStatus.ERROR ? (this.#loader.error as RequestsError) : undefined;
    if (!error || error.kind === 'aborted') return skeleton(this.localize);
    if (error.kind === 'not-found') {
      return html`<div class="state" part="notice">
        <p>${this.localize.term('errorNotFound')}</p>
      </div>`;
    }
    // Signed out or not allowed: trying again cannot help (the host must sign in again), so no Retry.
    return html`<div class="state" part="notice" role="alert">
      <p><strong>${this.localize.term('errorLoadRequest')}</strong></p>
      <p>${isOffline() ? this.localize.term('offline') : errorMessage(this.localize, error)}</p>
      ${
        canRetry(error)
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
        ${statusTag(this.localize, status)}
        <span class="direction"
          >${this.localize.term(request.direction === 'sent' ? 'sent' : 'received')}</span
        >
      </div>`;
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
    return html`<div class="actions" part="actions" aria-busy=${this.busy ? 'true' : 'false'}>
      <button
        type="button"
        class="button primary"
        part="button accept-button"
        ?disabled=${this.busy}
        @click=${this.#accept}
      >
        ${this.localize.term('accept')}
      </button>
      <button
        type="button"
        class="button danger"
        part="button reject-button"
        ?disabled=${this.busy}
        @click=${this.#reject}
      >
        ${this.localize.term('reject')}
      </button>
    </div>`;
  }

  /** Accept: fires `request-accept`, then calls the adapter once. */
  #accept(): Promise<void> {
    return this.runAction(
      'accept',
      (request) => new RequestAcceptEvent({ kind: this.kind, request }),
      (adapter, request) => this.acceptCall(adapter, request),
      (result, hadFocus) => {
        this.dispatchEvent(
          new RequestAcceptedEvent({ kind: this.kind, request: result.item, ...withMessage(result) }),
        );
        this.accepted(result, hadFocus);
      },
    );
  }

  /** Reject: asks in the built-in dialog, then fires `request-reject` and calls the adapter once. */
  async #reject(): Promise<void> {
    const request = this.shown;
    const dialog = this.renderRoot.querySelector('confirm-dialog') as ConfirmDialog | null;
    if (!request || this.busy || this.#asking || typeof dialog?.ask !== 'function') return;
    this.#asking = true;
    let answer: { confirmed: boolean; reason?: string };
    try {
      const question = this.rejectQuestion(request);
      answer = await dialog.ask({
        ...question,
        confirmLabel: this.localize.term('reject'),
        cancelLabel: this.localize.term('cancel'),
        tone: 'danger',
      });
    } finally {
      this.#asking = false;
    }
    if (!answer?.confirmed || this.shown !== request) return;
    const reason = answer.reason?.trim() || undefined;
    const detail = reason ? { reason } : {};
    await this.runAction(
      'reject',
      (r) => new RequestRejectEvent({ kind: this.kind, request: r, ...detail }),
      (adapter, r) => this.rejectCall(adapter, r, reason),
      (result, hadFocus) => {
        this.dispatchEvent(
          new RequestRejectedEvent({
            kind: this.kind,
            request: result.item,
            ...detail,
            ...withMessage(result),
          }),
        );
        this.announcement = this.localize.term(this.rejectedTerm);
        void this.moveFocus('#heading', hadFocus);
      },
    );
  }

  /**
   * The one action runner. Fires `before` (cancelable: prevented means the host acts itself, no adapter
   * call), marks the view busy, calls the adapter exactly once, updates `request` and calls `done`. While
   * it runs, further calls return at once. Failures fire `request-error` and keep the request as it was.
   */
  protected async runAction<R extends ActionResult<T>>(
    action: DetailAction,
    before: (request: T) => Event,
    call: (adapter: RequestsAdapter, request: T) => Promise<R>,
    done: (result: R, hadFocus: boolean) => void,
  ): Promise<void> {
    const request = this.shown;
    if (!request || this.busy) return;
    if (action !== 'link' && !this.#actionable(request)) return;
    this.busy = true; // synchronously, before anything else can run: this is the double-click guard
    try {
      if (!this.dispatchEvent(before(request))) return;
      const adapter = this.#adapter;
      if (!adapter) {
        console.warn(`mentoring-requests: <${this.localName}> has no adapter; handle "${action}" yourself.`);
        return;
      }
      if (isOffline()) {
        this.errorText = this.localize.term('offline');
        return;
      }
      const hadFocus = this.matches(':focus-within');
      this.errorText = '';
      this.announcement = '';
      try {
        const result = await call(adapter, request);
        if (this.shown?.id !== request.id) return;
        this.request = result.item;
        done(result, hadFocus);
      } catch (e) {
        this.fail(action, toRequestsError(e), request);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Reports a failed action and shows what happened; the request stays as it was. */
  protected fail(action: DetailAction, error: RequestsError, request: T): void {
    this.#report(action, error);
    if (error.kind === 'conflict' || error.kind === 'not-found') {
      this.handledElsewhere = true;
      this.errorText = this.localize.term('errorConflict');
      void this.#refetch(request.id);
    } else if (error.kind === 'network' && isOffline()) {
      this.errorText = this.localize.term('offline');
    } else {
      this.errorText = errorMessage(this.localize, error);
    }
  }

  /** Fetches a request that was handled elsewhere, to show where it stands now. */
  async #refetch(id: string): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter) return;
    try {
      const fresh = await this.fetchRequest(adapter, id);
      if (this.shown?.id === id && fresh?.id === id) this.request = fresh;
    } catch (e) {
      const error = toRequestsError(e);
      if (error.kind !== 'aborted') this.#report('open', error);
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
