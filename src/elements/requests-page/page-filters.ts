import type { RequestKind } from '../../model/request.js';
import { DEFAULT_FILTER, normalizeFilter, type ListFilter } from '../../store/filters.js';

/** A tab's filter and order, every one set. */
type Filter = Required<ListFilter>;

/** The element whose `direction`, `status` and `sort` properties these are. */
interface Host {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/**
 * `<requests-page>`'s filters and order: each tab remembers its own, and the `direction` / `status` / `sort`
 * properties show the shown tab's. A value a host or the user sets wins at the next update, even when it equals the old
 * one: set together with `tab` (a routing host restoring a URL), it beats what the new tab remembers.
 */
export class PageFilters {
  readonly #host: Host;
  /** Each tab's own filter. */
  readonly #kept: Record<RequestKind, Filter> = { session: DEFAULT_FILTER, message: DEFAULT_FILTER };
  /** The values of `direction`, `status` and `sort` (as set, until the next update checks them). */
  #shown: Filter = { ...DEFAULT_FILTER };
  readonly #setSinceUpdate = new Set<keyof ListFilter>();

  constructor(host: Host) {
    this.#host = host;
  }

  /** The value the property shows. */
  shown<K extends keyof Filter>(key: K): Filter[K] {
    return this.#shown[key];
  }

  /** The filter of `kind`'s tab. */
  of(kind: RequestKind): Filter {
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
   * values fall back to the defaults; the message tab's status is always `pending`, its sort `newest`.
   */
  sync(kind: RequestKind, firstUpdate: boolean): void {
    const kept: Record<string, string> = { ...this.#kept[kind] };
    for (const key of this.#setSinceUpdate) kept[key] = this.#shown[key];
    const filter = normalizeFilter(kind, kept);
    this.#setSinceUpdate.clear();
    this.#kept[kind] = filter;
    for (const key of ['direction', 'status', 'sort'] as const) {
      const old = this.#shown[key];
      this.#shown = { ...this.#shown, [key]: filter[key] };
      // The first update reflects the attributes even when they keep their default.
      if (old !== filter[key] || firstUpdate) this.#host.requestUpdate(key, firstUpdate ? undefined : old);
    }
  }
}
