/**
 * `mentoring-requests/mocks/browser`: starts the MentorEd emulation in a browser with MSW's service
 * worker, for a host's demos, prototypes and browser tests (and this repository's demo, stories and
 * tests). The host installs msw (an optional peer dependency) and copies its worker file into the
 * folder its dev server serves at `/`: `npx msw init public --save` writes `public/mockServiceWorker.js`.
 * A separate entry from `mentoring-requests/mocks` because `msw/browser` does not load in Node.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMentorEdDb, type MentorEdDb, type MentorEdDbOptions } from './db.js';
import { createMentorEdHandlers, type MentorEdHandlersOptions } from './handlers.js';

export interface StartMentorEdWorkerOptions extends MentorEdDbOptions {
  /** The API root the adapter uses, e.g. `${location.origin}/mentoring/v1`. */
  baseUrl: string;
  /** An existing store (then the data options are ignored). */
  db?: MentorEdDb;
  /** Token → user id (see `createMentorEdHandlers`). */
  tokens?: Record<string, string>;
  /** Auth variants of the deployment (see `createMentorEdHandlers`): bearer prefix, header name, more headers. */
  auth?: Pick<MentorEdHandlersOptions, 'bearer' | 'tokenHeader' | 'requiredHeaders' | 'denied'>;
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
}

/**
 * Registers the worker with the MentorEd handlers and resolves once it intercepts requests.
 * Unhandled requests go to the network untouched. Returns the worker (for `use` / `resetHandlers` /
 * `stop`) and the db (for its fault knobs and helpers).
 */
export async function startMentorEdWorker(
  options: StartMentorEdWorkerOptions,
): Promise<{ worker: SetupWorker; db: MentorEdDb }> {
  const { baseUrl, db: given, tokens, serviceWorkerUrl, auth, ...dbOptions } = options;
  const db = given ?? createMentorEdDb(dbOptions);
  const worker = setupWorker(
    ...createMentorEdHandlers({ baseUrl, db, ...auth, ...(tokens ? { tokens } : {}) }),
  );
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { worker, db };
}
