/** The options and the public shapes of MemoryAdapter (memory-adapter.ts). */
import type { MessageRequest, Person, SessionRequest } from '../../model/request.js';
import type { RequestsAdapterMethod } from '../types.js';

export interface MemoryAdapterOptions {
  /** Seed of the generated data (default 1): the same seed and clock give the same requests. */
  seed?: number;
  /**
   * A count of pending session requests to generate (default: generateRequests' default, 12), or the
   * requests to start with (then exactly those: no history is added).
   */
  sessionRequests?: number | SessionRequest[];
  /**
   * How many handled session requests (accepted, rejected, expired, both directions) to generate in
   * addition to a generated `sessionRequests` (default 8, 0 for none; see `generateRequests`).
   */
  history?: number;
  /** A count to generate (default: generateRequests' default), or the requests to start with. */
  messageRequests?: number | MessageRequest[];
  /** Delay of every call in ms, or a function asked per call (e.g. for jitter). Default 0. */
  latencyMs?: number | (() => number);
  /** The viewer. Only informative: every stored request already holds the *other* person. */
  me?: Person;
  /**
   * Sessions the viewer has booked besides the accepted session requests (e.g. a session they published):
   * `listBookedSlots` answers these and the accepted requests (booked.ts).
   */
  bookedSessions?: { start: Date; end: Date; title: string }[];
  /** The clock (ms since epoch), used to generate the data and to read ended requests as expired. */
  now?: () => number;
  /**
   * The adapter's `identity` (see `RequestsAdapter.identity`; default none). Stores in tabs whose adapters
   * give the same identity share one poller and each other's actions; each tab's MemoryAdapter holds its
   * own data, so give one only where every tab holds the same data (same seed and clock), e.g. a demo of
   * cross-tab updates.
   */
  identity?: string;
}

/** One entry of {@link MemoryAdapter.calls}. `args` are the call's arguments without its CallOptions. */
export interface MemoryAdapterCall {
  method: RequestsAdapterMethod;
  args: unknown[];
}

/** What {@link MemoryAdapter.handleElsewhere} does to a request, as another device or person would. */
export type ElsewhereOutcome = 'accepted' | 'rejected' | 'withdrawn';

/** What {@link MemoryAdapter.snapshot} returns: copies of the store, with the stored statuses. */
export interface MemorySnapshot {
  sessionRequests: SessionRequest[];
  messageRequests: MessageRequest[];
}
