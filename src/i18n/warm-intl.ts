/**
 * `warmIntl()`: the engine's `Intl` start-up, in a worker thread instead of the page's main thread.
 *
 * The first `Intl` object a document builds, whatever its kind, loads the engine's locale data: about
 * 50 ms of CPU on a desktop core and 150 to 300 ms on a phone four times slower, one long task in the first
 * load wherever it falls (docs/performance.md). That data is loaded once per process and shared by every
 * thread: built first in a worker, the page's first date format then takes about a millisecond.
 * `<requests-page>` waits for a warm-up under way before it builds its own formats.
 *
 * Opt-in, for a host's boot script: a library that starts a worker on its own would trip a strict Content
 * Security Policy. The default worker runs from a `blob:` URL (CSP `worker-src blob:`); a host whose policy
 * allows none passes `worker`, a factory of the same code served from its own origin
 * (`mentoring-requests/intl-worker`). Never throws: without workers, or when the worker fails or takes
 * longer than `timeout`, it resolves `false` and builds the same data on the main thread, in a task of its own.
 */
import { intlWorkerBody } from './intl-worker-body.js';
import { intlWarmUp } from './intl.js';

export interface WarmIntlOptions {
  /** The languages to load (BCP 47 tags). Default: the document's `lang`, else the browser's language. */
  langs?: readonly string[];
  /** The time zone the dates show in (IANA), as the elements' `time-zone`. Default: the viewer's. */
  timeZone?: string;
  /** Makes the worker; default: one run from a `blob:` URL. */
  worker?: () => Worker;
  /** Milliseconds to wait for the worker before giving up on it. Default 3,000. */
  timeout?: number;
}

/**
 * Starts the warm-up; resolves `true` once the worker has loaded the data, `false` if it could not.
 * Once per document: a second call returns the first call's promise.
 */
export function warmIntl(options: WarmIntlOptions = {}): Promise<boolean> {
  intlWarmUp.done ??= new Promise<boolean>((resolve) => {
    let worker: Worker | undefined;
    let url: string | undefined;
    const lang = globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en';
    const data = { langs: [...(options.langs ?? [lang])], timeZone: options.timeZone };
    let settled = false;
    const finish = (ok: boolean): void => {
      // Once: a worker that errs or answers after the timeout changes nothing.
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
      // Without the worker, the same start-up on the main thread, in a task of its own (what
      // `<requests-page>` does when no warm-up is under way, which it skipped for this one).
      if (!ok) setTimeout(() => runHere(data));
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), options.timeout ?? 3000);
    try {
      if (options.worker) worker = options.worker();
      else {
        url = URL.createObjectURL(new Blob([`(${intlWorkerBody})(self)`], { type: 'text/javascript' }));
        worker = new Worker(url);
      }
      worker.onmessage = () => finish(true);
      worker.onerror = (event) => {
        event.preventDefault();
        finish(false);
      };
      worker.postMessage(data);
    } catch {
      // No Worker here (a server, an old engine), or the policy refused it: the page does without.
      finish(false);
    }
  });
  return intlWarmUp.done;
}

/** The worker's code run on this thread (the fallback). */
function runHere(data: { langs: string[]; timeZone?: string }): void {
  const scope: Parameters<typeof intlWorkerBody>[0] = { onmessage: null, postMessage: () => {} };
  intlWorkerBody(scope);
  scope.onmessage?.({ data } as MessageEvent<typeof data>);
}
