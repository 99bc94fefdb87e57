/**
 * The session detail's hook for the schedule-conflict check: a few lines in the details' chunk that load the
 * check itself (conflicts.ts, a chunk of its own) the first time a pending received request is shown, and
 * hand it what it needs from this chunk (the `<bdi>` sentence builder, the `request-open` event), so that
 * its chunk imports nothing the details' chunk has and a bundler has no shared code to split out.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RequestOpenEvent } from '../../events-detail.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RequestsError } from '../../model/errors.js';
import type { SessionRequest } from '../../model/request.js';
import type { InboxStore } from '../../store/inbox-store.js';
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
        this.#check = new ConflictCheck({ ...this.options, host, isolated, open });
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

  /** The text for a refused accept when the check knows better than the generic one (see ConflictCheck). */
  refusal(error: RequestsError): string | undefined {
    return this.#check?.refusal(error);
  }
}
