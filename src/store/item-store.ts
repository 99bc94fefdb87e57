/**
 * The loaded requests of one list, in order and without duplicates, changed in place.
 *
 * Why not a new array per change: a list scrolled to 100,000 requests receives 1,000 pages, and copying
 * the whole array for each one (`concat`) allocated about 200 MB over the scroll, O(n²), most of it as
 * large arrays that V8 puts straight into the old generation, where they add to its major GCs (measured
 * with Chromium's sampling heap profiler: 31 MB of 389 MB between pages 300 and 500; docs/performance.md).
 * Here a page costs what it holds: its items are pushed onto the one backing array and their ids added
 * to the one index. Replacing or removing a request (an accept, a reject) is done in place too.
 *
 * The virtualizer only notices new items through a new array identity (`items !== previous`); `view`
 * gives it one per change without copying.
 */
export class ItemStore<T extends { id: string }> {
  #list: T[] = [];
  readonly #ids = new Set<string>();
  #changes = 0;
  #viewed?: { version: number; view: readonly T[] };

  /** The items, in order. The same array until `replaceAll()`: read it, never keep it as a snapshot. */
  get items(): readonly T[] {
    return this.#list;
  }

  /** Goes up with every change: a cheap "did anything change" for renderers. */
  get version(): number {
    return this.#changes;
  }

  /**
   * The items as an array with a new identity per version, for the virtualizer (`Array.isArray()` is true
   * for a proxy of an array): it reads the backing array, so it costs O(1) whatever the length, and the
   * virtualizer only reads the length and the items of its window through it.
   */
  get view(): readonly T[] {
    if (this.#viewed?.version !== this.#changes) {
      this.#viewed = { version: this.#changes, view: new Proxy(this.#list, {}) };
    }
    return this.#viewed.view;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** The position of request `id`, or -1 (a scan: for user actions, not per page). */
  indexOf(id: string): number {
    return this.has(id) ? this.#list.findIndex((item) => item.id === id) : -1;
  }

  /** Replaces everything (a first page): the first of each id is kept. */
  replaceAll(items: readonly T[]): void {
    this.#list = [];
    this.#ids.clear();
    this.append(items);
    this.#changes++;
  }

  /** Appends the items whose id is not in the store yet (nor earlier in `items`); returns how many. */
  append(items: readonly T[]): number {
    let added = 0;
    for (const item of items) {
      if (this.#ids.has(item.id)) continue;
      this.#ids.add(item.id);
      this.#list.push(item);
      added++;
    }
    if (added > 0) this.#changes++;
    return added;
  }

  /** Puts `item` in the place of the stored request with its id; false when there is none. */
  replace(item: T): boolean {
    const at = this.indexOf(item.id);
    if (at < 0) return false;
    this.#list[at] = item;
    this.#changes++;
    return true;
  }

  /** Removes request `id`; false when it is not in the store. */
  remove(id: string): boolean {
    const at = this.indexOf(id);
    if (at < 0) return false;
    this.#list.splice(at, 1);
    this.#ids.delete(id);
    this.#changes++;
    return true;
  }
}
