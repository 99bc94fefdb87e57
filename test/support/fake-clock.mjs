// A simulated clock for the InboxStore (`new InboxStore(adapter, { clock })`, or `InboxStore.for(adapter,
// { clock })` before an element makes the store): the store's live updates (src/store/live.ts) poll on
// its timers, so a test runs an hour of polling in milliseconds and counts requests, not wall time.
// Shared by the Node tests (test/node/store-live.test.mjs) and the browser tests (test/live/*.test.ts).

/** Lets queued microtasks and settled promises run (a macrotask turn). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A simulated clock for the store (`new InboxStore(adapter, { clock })`): timers run only when the test
 * advances the time, in order, with the promises they start settled in between.
 */
export class FakeClock {
  time;
  #timers = new Map();
  #next = 1;
  constructor(start = Date.UTC(2026, 11, 4, 9)) {
    this.time = start;
  }

  now = () => this.time;
  setTimeout = (callback, ms) => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };
  clearTimeout = (id) => {
    this.#timers.delete(id);
  };

  /** Timers waiting. */
  get pending() {
    return this.#timers.size;
  }

  /** Moves the time on by `ms`, running every timer due on the way. */
  async advance(ms) {
    const end = this.time + ms;
    for (;;) {
      await settle();
      let due;
      for (const [id, timer] of this.#timers)
        if (timer.at <= end && (!due || timer.at < due[1].at)) due = [id, timer];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
    await settle();
  }
}
