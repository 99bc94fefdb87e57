/**
 * The live side of MemoryAdapter: its push channel (`subscribe`) and the requests its "a new request
 * arrives" control makes. Split from memory-adapter.ts so that module keeps to the adapter contract and
 * its controls.
 */
import type { MessageRequest, RequestKind, SessionRequest } from '../../model/request.js';
import type { CallOptions, RequestsChange } from '../types.js';
import { generateRequests } from './generate.js';

type Listener = (change: RequestsChange) => void;

/**
 * The listeners of `MemoryAdapter.subscribe`. A push reaches every listener synchronously, inside the
 * change that caused it (a control's call, or an action before its promise settles), so a test can assert
 * right after calling a control. A listener that throws does not stop the others nor the change: its error
 * is reported as uncaught (`reportError`), as an event listener's would be.
 */
export class Pushes {
  readonly #listeners = new Set<Listener>();

  subscribe(listener: Listener, o?: CallOptions): () => void {
    if (typeof listener !== 'function') throw new TypeError('subscribe: the listener must be a function');
    const signal = o?.signal;
    if (signal?.aborted) return () => {};
    // A wrapper per call, so the same function subscribed twice is two subscriptions, each stopped alone.
    const entry: Listener = (change) => listener(change);
    const stop = () => {
      this.#listeners.delete(entry);
      signal?.removeEventListener('abort', stop);
    };
    this.#listeners.add(entry);
    signal?.addEventListener('abort', stop, { once: true });
    return stop;
  }

  /** Tells every listener that the requests of `kind` with these ids were added, changed or removed. */
  push(kind: RequestKind, ids: string[]): void {
    if (ids.length === 0) return;
    // A copy per listener: one listener cannot change what the next one is told.
    for (const listener of [...this.#listeners]) {
      try {
        listener({ kind, ids: [...ids] });
      } catch (error) {
        report(error);
      }
    }
  }

  /** How many subscriptions are active (for tests of leaks). */
  get size(): number {
    return this.#listeners.size;
  }
}

function report(error: unknown): void {
  const g = globalThis as { reportError?: (e: unknown) => void };
  if (typeof g.reportError === 'function') g.reportError(error);
  else
    queueMicrotask(() => {
      throw error;
    });
}

/**
 * A request that has just arrived: received, pending, created at `now`, from a new person (a name,
 * designations and experience from the seeded generator), a session's slot one to 21 days ahead on the
 * hour. `seed` and `n` make it reproducible; `taken` says which ids the store already holds (a taken id
 * moves `n` on). A message request's id is its person's id, as everywhere in this library.
 */
export function arrival(
  kind: RequestKind,
  seed: number,
  n: number,
  now: number,
  taken: (id: string) => boolean,
): SessionRequest | MessageRequest {
  let seq = n;
  while (taken(kind === 'session' ? `new-${seq}` : `new-u${seq}`)) seq++;
  // One generated request of each kind; the first of each is received, and the first slot is upcoming.
  const data = generateRequests({
    seed: seed * 7919 + seq,
    sessionRequests: 1,
    messageRequests: 1,
    history: 0,
    now,
  });
  const createdAt = new Date(now);
  if (kind === 'session') {
    const request = data.sessionRequests[0]!;
    return {
      ...request,
      id: `new-${seq}`,
      direction: 'received',
      status: 'requested',
      createdAt,
      person: { ...request.person, id: `new-p${seq}` },
    };
  }
  const request = data.messageRequests[0]!;
  const id = `new-u${seq}`;
  return {
    ...request,
    id,
    direction: 'received',
    status: 'requested',
    createdAt,
    person: { ...request.person, id },
  };
}
