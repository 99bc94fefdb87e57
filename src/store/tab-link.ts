/**
 * Tabs of one origin whose adapters name the same identity: a `BroadcastChannel` carries each tab's
 * actions (the record itself, so the other tabs show it without a request) and the leader's poll results;
 * a Web Lock elects the leader, the one tab that polls for all. When the leader's tab closes or hides,
 * the browser grants the lock to the next tab that asked, which polls one interval after the last read.
 *
 * Both names carry the identity, never a token: two users signed in on one browser have two identities,
 * so they share nothing. Without `BroadcastChannel` nothing is shared; without Web Locks every tab polls
 * (and still shares its actions).
 */
import type { AnyRequest, PendingCounts } from '../model/request.js';

export type TabMessage = { type: 'counts'; counts: PendingCounts } | { type: 'record'; request: AnyRequest };

interface Locks {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<void>;
}

const PREFIX = 'mentoring-requests';

export class TabLink {
  /** The link of `identity`, or `undefined` where the browser (or Node) has no `BroadcastChannel`. */
  static open(identity: string, onMessage: (message: TabMessage) => void): TabLink | undefined {
    if (typeof BroadcastChannel !== 'function') return undefined;
    return new TabLink(identity, onMessage);
  }

  readonly #channel: BroadcastChannel;
  readonly #lockName: string;
  /** Set while this tab asked for the lock and has not got it yet, or holds it. */
  #asking?: AbortController;
  /** Ends the lock's callback (releases the lock) while this tab leads. */
  #release?: () => void;
  #leading = false;
  /** The lock manager refused this tab (not an abort of ours): it polls on its own. */
  #refused = false;

  private constructor(identity: string, onMessage: (message: TabMessage) => void) {
    this.#channel = new BroadcastChannel(`${PREFIX}:${identity}`);
    // Node keeps a process alive while a channel is open; a store must not.
    (this.#channel as { unref?: () => void }).unref?.();
    this.#channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message && (message.type === 'counts' || message.type === 'record')) onMessage(message);
    };
    this.#lockName = `${PREFIX}:poll:${identity}`;
  }

  /** Whether tabs can elect one poller (Web Locks). */
  get canLead(): boolean {
    return locks() !== undefined && !this.#refused;
  }

  /** Asks to lead; `onLead` runs when this tab leads (at once when it does already). */
  lead(onLead: () => void): void {
    if (this.#leading) {
      onLead();
      return;
    }
    const lockManager = locks();
    if (this.#asking || !lockManager) return;
    const asking = new AbortController();
    this.#asking = asking;
    lockManager
      .request(this.#lockName, { signal: asking.signal }, () => {
        this.#leading = true;
        onLead();
        return new Promise<void>((resolve) => (this.#release = resolve));
      })
      .catch(() => {
        // Aborted while waiting (this tab hid or closed): nothing to release. Refused (a sandboxed frame's
        // SecurityError): this tab polls on its own, as without Web Locks.
        if (asking.signal.aborted) return;
        this.#refused = true;
        onLead();
      })
      .finally(() => {
        if (this.#asking === asking) this.#asking = undefined;
      });
  }

  /** Stops leading, or stops waiting to (another tab takes over). */
  leave(): void {
    this.#leading = false;
    this.#asking?.abort();
    this.#asking = undefined;
    this.#release?.();
    this.#release = undefined;
  }

  /** Tells the other tabs (a record that cannot be cloned is not sent: they learn it at their next read). */
  post(message: TabMessage): void {
    try {
      this.#channel.postMessage(message);
    } catch {
      // DataCloneError: a host's adapter put something uncloneable in a request.
    }
  }

  close(): void {
    this.leave();
    this.#channel.close();
  }
}

function locks(): Locks | undefined {
  return (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
}
