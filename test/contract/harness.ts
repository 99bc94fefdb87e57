/**
 * The harness of the running contract test (not a test file itself): what a harness offers, the live
 * `h` and `adapter` the parts of the contract read, and the few reads over that adapter they share.
 */
import type { RequestsErrorKind } from '../../src/model/errors.js';
import type { MessageRequest, SessionRequest } from '../../src/model/request.js';
import type { RequestsAdapter, RequestsAdapterMethod } from '../../src/adapters/types.js';
import { ALL } from './support.js';

/** Error kinds a harness can inject on the next call of a method (`aborted` comes from a signal). */
export type InjectableKind = Exclude<RequestsErrorKind, 'aborted'>;
export type AdapterMethod = RequestsAdapterMethod;

export interface ContractHarness {
  adapter: RequestsAdapter;
  /** Which backend stands behind the adapter: see UNKNOWN_ID below, the one place they differ. */
  backend: 'memory' | 'mentored';
  /** The server marks a session request expired (its slot has passed). */
  expire(kind: 'session', id: string): void;
  /** Another device of the same user accepts or rejects the request on the server. */
  handleElsewhere(kind: 'session' | 'message', id: string, status: 'accepted' | 'rejected'): void;
  /** A new request arrives on the server: received, pending, the newest. Returns its id. */
  receive(kind: 'session' | 'message'): string;
  /** The next call of `method` fails in a way the adapter must report as `kind`. */
  fail(method: AdapterMethod, kind: InjectableKind): void;
  /** Every call takes `ms` (0 to stop). */
  setLatency(ms: number): void;
  /** Only adapters with a wire (HTTP): bad data from the server. */
  wire?: {
    /** Merges `patch` into the JSON row of a request wherever the server sends it. */
    corrupt(kind: 'session' | 'message', id: string, patch: Record<string, unknown>): void;
    /** The next call of `method` gets a 200 whose body is not JSON, or not the promised shape. */
    failBody(method: AdapterMethod, fault: 'malformed-json' | 'wrong-shape'): void;
  };
  dispose?(): void | Promise<void>;
}

export interface HarnessOptions {
  seed: number;
  sessionRequests: number;
  messageRequests: number;
}

export type MakeHarness = (options: HarnessOptions) => ContractHarness | Promise<ContractHarness>;

/** The harness of the running test, set before each test by runAdapterContract(). */
export let h: ContractHarness;
/** `h.adapter`. */
export let adapter: RequestsAdapter;

export function useHarness(next: ContractHarness): void {
  h = next;
  adapter = h.adapter;
}

/**
 * THE one place where the backends legitimately differ. MentorEd answers an unknown session
 * request id with a 500 (an upstream bug), and any 404 on an action means "handled elsewhere"
 * (conflict), because the server cannot tell an unknown id from a processed one. The memory
 * adapter knows the id simply does not exist.
 */
export const unknownId = () =>
  h.backend === 'mentored'
    ? {
        getSession: 'server',
        sessionAction: 'conflict',
        getMessage: 'not-found',
        messageAction: 'conflict',
      }
    : {
        getSession: 'not-found',
        sessionAction: 'not-found',
        getMessage: 'not-found',
        messageAction: 'not-found',
      };

export async function pendingReceivedSessions(): Promise<SessionRequest[]> {
  const page = await adapter.listSessionRequests(ALL);
  return page.items.filter((r) => r.direction === 'received' && r.status === 'requested');
}
export async function pendingReceivedMessages(): Promise<MessageRequest[]> {
  const page = await adapter.listMessageRequests(ALL);
  return page.items.filter((r) => r.direction === 'received' && r.status === 'requested');
}
