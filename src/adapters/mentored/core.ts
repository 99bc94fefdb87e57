/**
 * What the session-request and message-request halves of the MentorEd adapter share: the wire, the
 * clock, the row warnings (each said once), the requests last seen and the list snapshots. Split out of
 * the adapter so that each half lives in its own module and yet both remember into, and warn through,
 * one place per adapter: two adapters on a page (two users) never share remembered requests or warnings.
 */
import type { ActionResult, MessageRequest, SessionRequest } from '../../model/request.js';
import type { Envelope, MentorEdHttp } from './http.js';
import type { MapContext } from './map-rows.js';
import { ListSnapshots } from './paging.js';

/** Rows warned about, remembered so a list refreshed every minute does not flood the console. */
const MAX_WARNED = 1000;
/** Requests remembered per kind (the most recently seen), so an action need not read its request again. */
const MAX_SEEN = 500;

type Remembered<K extends 'session' | 'message'> = K extends 'session' ? SessionRequest : MessageRequest;

export class MentorEdCore {
  private readonly warned = new Set<string>();
  /** Copies of the requests last listed or read, by id (see `remember`). */
  private readonly seen = {
    session: new Map<string, SessionRequest>(),
    message: new Map<string, MessageRequest>(),
  };

  /** The rows of the last whole-list reads, serving later pages (paging.ts `ListSnapshots`). */
  readonly lists: ListSnapshots;

  constructor(
    readonly http: MentorEdHttp,
    private readonly clock: () => number,
  ) {
    this.lists = new ListSnapshots(clock);
  }

  /** The context rows are mapped with: the time now, and a warning said once per bad row. */
  context(): MapContext {
    return {
      now: this.clock(),
      warn: (key, text) => {
        if (this.warned.has(key)) return;
        if (this.warned.size >= MAX_WARNED) this.warned.clear();
        this.warned.add(key);
        console.warn(text);
      },
    };
  }

  /** Keeps a copy of what the server last said about a request (the oldest go beyond MAX_SEEN). */
  remember(item: SessionRequest | MessageRequest): void {
    const map: Map<string, SessionRequest | MessageRequest> = this.seen[item.kind];
    map.delete(item.id);
    map.set(item.id, structuredClone(item));
    if (map.size > MAX_SEEN) map.delete(map.keys().next().value!);
  }

  /**
   * A list's rows as requests: each mapped (a row `map` cannot read is skipped, with one warning), kept
   * when its status is one the list asked for, and remembered.
   */
  mapList<T extends SessionRequest | MessageRequest>(
    rows: readonly unknown[],
    map: (row: unknown, ctx: MapContext) => T | null,
    statuses: readonly string[],
  ): T[] {
    const ctx = this.context();
    const items = rows
      .map((row) => map(row, ctx))
      .filter((item): item is T => item !== null && statuses.includes(item.status));
    items.forEach((item) => this.remember(item));
    return items;
  }

  /** A copy of the remembered request, if any. */
  recall<K extends 'session' | 'message'>(kind: K, id: string): Remembered<K> | undefined {
    const found = this.seen[kind].get(id);
    return found && (structuredClone(found) as Remembered<K>);
  }
}

/** Reject and `sessions/update` answer `result: []`: a list, an object or nothing; a bare value is not that. */
export function isEmptyResult(result: unknown): boolean {
  return result === undefined || result === null || typeof result === 'object';
}

/** The action's result, with the server's message when it sent readable text. */
export function withMessage<T>(item: T, env: Envelope): ActionResult<T> {
  return env.message === undefined ? { item } : { item, message: env.message };
}
