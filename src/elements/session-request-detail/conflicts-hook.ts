/**
 * The session detail's hook for the schedule-conflict check: a few lines in the details' chunk that load the
 * check itself (conflicts.ts, a chunk of its own) the first time a pending received request is shown, and
 * hand it what it needs from this chunk and the first paint's (the store's records with the status they are
 * shown with, the `<bdi>` sentence builder, the `request-open` event, the slot-clash test), so that its chunk
 * imports none of their modules: each module it shared with them would make a bundler split their code into
 * one more chunk (the first paint's gzip grew by 0.4 KB that way).
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RequestOpenEvent } from '../../events-detail.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { isSlotClash } from '../../adapters/types.js';
import type { RequestsError } from '../../model/errors.js';
import type { SessionRequest } from '../../model/request.js';
import { effectiveStatus } from '../../store/filters.js';
import { storeCores, type InboxStore } from '../../store/inbox-store.js';
import type { HeldRequest } from '../../store/schedule-conflicts.js';
import { isolated } from '../shared/detail-parts.js';
import type { ConflictCheck } from './conflicts.js';

export interface ConflictsOptions {
  localize: LocalizeController;
  store(): InboxStore | undefined;
  /** The request to check: the shown one while it is pending and received; else undefined (nothing is checked). */
  candidate(): SessionRequest | undefined;
  /** The viewer's IANA time zone (the detail's `time-zone`). */
  timeZone(): string | undefined;
  /** Says `text` to screen readers (the detail's status region). */
  announce(text: string): void;
}

/** What the check gets: the options, the element, and the parts of the details' chunk it uses. */
export interface ConflictsKit extends ConflictsOptions {
  host: ReactiveControllerHost & HTMLElement;
  isolated: typeof isolated;
  /** Fires the cancelable `request-open` for `request` from the detail (`<requests-page>` opens it). */
  open(request: SessionRequest): void;
  /** The session requests the store holds (its records, read now), with the status each is shown with. */
  held(): Iterable<HeldRequest>;
}

/** The session records of `store`, each with the status it is shown with (an ended pending one is expired). */
function* heldBy(store: InboxStore | undefined): Iterable<HeldRequest> {
  const core = store && storeCores.get(store);
  if (!core) return;
  const now = core.now();
  for (const request of core.records.session.values())
    if (request.kind === 'session') yield { request, status: effectiveStatus(request, now) };
}

export class ConflictsHook implements ReactiveController {
  #check?: ConflictCheck;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ConflictsOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#check || this.#loading || !this.options.candidate()) return;
    this.#loading = true;
    const host = this.host;
    import('./conflicts.js').then(
      ({ ConflictCheck }) => {
        const open = (request: SessionRequest) =>
          host.dispatchEvent(new RequestOpenEvent({ kind: 'session', request }));
        const held = () => heldBy(this.options.store());
        this.#check = new ConflictCheck({ ...this.options, host, isolated, open, held });
        host.requestUpdate();
      },
      // The chunk did not load (offline): no warning, and the next update tries again.
      () => (this.#loading = false),
    );
  }

  /** The warning (what the shown pending request clashes with), once the check has loaded. */
  render(): TemplateResult | typeof nothing {
    return this.#check?.render() ?? nothing;
  }

  /**
   * The text for an accept the server refused as a clash (`isSlotClash`) when the check knows better than the
   * generic one: all it found is a session back to back with the slot (see ConflictCheck `backToBackOnly`).
   */
  refusal(error: RequestsError): string | undefined {
    return isSlotClash(error) ? this.#check?.backToBackOnly() : undefined;
  }
}
