import type { RequestKind } from '../../model/request.js';
import { DEFAULT_FILTER, normalizeFilter, type ListFilter } from '../../store/filters.js';

/** The element whose `direction` and `status` properties these are. */
interface Host {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/**
 * `<requests-page>`'s filters: each tab remembers its own, and the `direction` / `status` properties show
 * the shown tab's. A value a host or the user sets wins at the next update, even when it equals the old
 * one: set together with `tab` (a routing host restoring a URL), it beats what the new tab remembers.
 */
export class PageFilters {
  readonly #host: Host;
  /** Each tab's own filter. */
  readonly #kept: Record<RequestKind, ListFilter> = { session: DEFAULT_FILTER, message: DEFAULT_FILTER };
  /** The values of `direction` and `status` (as set, until the next update checks them). */
  #shown: ListFilter = { ...DEFAULT_FILTER };
  readonly #setSinceUpdate = new Set<keyof ListFilter>();

  constructor(host: Host) {
    this.#host = host;
  }

  /** The value the property shows. */
  shown<K extends keyof ListFilter>(key: K): ListFilter[K] {
    return this.#shown[key];
  }

  /** The filter of `kind`'s tab. */
  of(kind: RequestKind): ListFilter {
    return this.#kept[kind];
  }

  /** A host's or the user's value (checked at the next update). */
  set(key: keyof ListFilter, value: string): void {
    const old = this.#shown[key];
    this.#shown = { ...this.#shown, [key]: value };
    this.#setSinceUpdate.add(key);
    this.#host.requestUpdate(key, old);
  }

  /**
   * Before an update: the shown tab's filter is what was set now, else what the tab remembers. Unknown
   * values fall back to the defaults; the message tab's status is always `pending`.
   */
  sync(kind: RequestKind, firstUpdate: boolean): void {
    const kept = this.#kept[kind];
    const set = this.#setSinceUpdate;
    const filter = normalizeFilter(kind, {
      direction: set.has('direction') ? this.#shown.direction : kept.direction,
      status: set.has('status') ? this.#shown.status : kept.status,
    });
    set.clear();
    this.#kept[kind] = filter;
    for (const key of ['direction', 'status'] as const) {
      const old = this.#shown[key];
      this.#shown = { ...this.#shown, [key]: filter[key] };
      // The first update reflects the attributes even when they keep their default.
      if (old !== filter[key] || firstUpdate) this.#host.requestUpdate(key, firstUpdate ? undefined : old);
    }
  }
}
