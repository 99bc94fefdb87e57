/**
 * Shared switches of the reliability suite.
 *
 * `STRESS` is true when the page was opened by `web-test-runner.stress.config.mjs` (its runner HTML sets
 * `window.__STRESS__ = true`; `?stress` in the page URL works too). The normal suite (`npm test`) runs
 * every item at a CI-friendly size; the stress run uses the full sizes of issue 5.
 *
 * `figure()` prints one `[reliability] item | metric | value` line per measured figure, so the numbers of
 * `docs/reliability.md` can be read straight from the test output.
 */
declare global {
  interface Window {
    __STRESS__?: boolean;
    __pwned?: unknown;
    __reliabilityFigures?: Record<string, string | number>;
    gc?: () => void;
  }
}

/**
 * "ResizeObserver loop completed with undelivered notifications" is a notice Chromium dispatches as a
 * window `error` event (not an exception) when ResizeObserver callbacks resize what they observe within
 * one frame. @lit-labs/virtualizer's observers cause it when a list grows past the virtualize threshold
 * (only at stress sizes here). It would fail the mocha run, so it is stopped here (before mocha's
 * window.onerror) and counted: `benignNotices()` reports it next to the figures.
 */
const RO_LOOP = /ResizeObserver loop (completed with undelivered notifications|limit exceeded)/;
let resizeObserverNotices = 0;
window.addEventListener(
  'error',
  (event) => {
    if (!RO_LOOP.test(event.message ?? '')) return;
    resizeObserverNotices++;
    event.stopImmediatePropagation();
    event.preventDefault();
  },
  true,
);
export const benignNotices = (): number => resizeObserverNotices;

export const STRESS: boolean =
  window.__STRESS__ === true || new URLSearchParams(location.search).has('stress');

/** `normal` in `npm test`, `stress` in `npm run test:stress`. */
export function size<T>(normal: T, stress: T): T {
  return STRESS ? stress : normal;
}

/** Records and prints one measured figure. */
export function figure(item: string, metric: string, value: string | number): void {
  const figures = (window.__reliabilityFigures ??= {});
  figures[`${item} | ${metric}`] = value;
  // Printed on purpose: these lines are the figures of docs/reliability.md.
  console.log(`[reliability] ${item} | ${metric} | ${value} | ${STRESS ? 'stress' : 'normal'}`);
}

/** Milliseconds since `start`, rounded. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** Catches what would otherwise be an uncaught error or rejection while `run` is active. */
export function watchUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Records every console call (the original methods still run, except for `quiet` levels). */
export function captureConsole(quiet: ConsoleLevel[] = []): {
  entries: { level: ConsoleLevel; args: unknown[] }[];
  restore: () => void;
} {
  const entries: { level: ConsoleLevel; args: unknown[] }[] = [];
  const levels: ConsoleLevel[] = ['log', 'info', 'warn', 'error', 'debug'];
  const originals = new Map<ConsoleLevel, (...args: unknown[]) => void>();
  for (const level of levels) {
    const original = console[level] as (...args: unknown[]) => void;
    originals.set(level, original);
    console[level] = (...args: unknown[]) => {
      entries.push({ level, args });
      if (!quiet.includes(level)) original.apply(console, args);
    };
  }
  return {
    entries,
    restore: () => {
      for (const [level, original] of originals) console[level] = original;
    },
  };
}

/** Waits for `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `waitUntil` of @open-wc/testing (same arguments, same `Timeout: message` error), except that it clears
 * its timeout timer once `predicate` holds. open-wc's leaves that timer pending, and the timer keeps
 * `predicate`, and so whatever element it reads, reachable for the whole `timeout` after the wait is over:
 * a page unmounted right after `settle()` would stay alive for 4 s, which the leak test would count.
 */
export function waitFor(
  predicate: () => unknown,
  message: string,
  { interval = 50, timeout = 1000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const error = new Error(`Timeout: ${message}`); // made here, for the caller's stack
  return new Promise<void>((resolve, reject) => {
    let done = false;
    let poll: ReturnType<typeof setTimeout> | undefined;
    const finish = (fail?: unknown) => {
      done = true;
      clearTimeout(deadline);
      clearTimeout(poll);
      if (fail === undefined) resolve();
      else reject(fail);
    };
    const deadline = setTimeout(() => finish(error), timeout);
    const check = async () => {
      try {
        if (await predicate()) finish();
        else if (!done) poll = setTimeout(() => void check(), interval);
      } catch (cause) {
        finish(cause ?? error);
      }
    };
    void check();
  });
}
