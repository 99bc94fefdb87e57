/** Types of fake-clock.mjs for the browser tests. */
export class FakeClock {
  constructor(start?: number);
  time: number;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: unknown) => void;
  /** Timers waiting. */
  readonly pending: number;
  /** Moves the time on by `ms`, running every timer due on the way. */
  advance(ms: number): Promise<void>;
}
