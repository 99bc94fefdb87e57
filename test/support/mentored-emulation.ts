/**
 * The MSW emulation of the MentorEd API for one test file: the service worker started before its tests
 * and stopped after, and a fresh seeded server (`db`) before each test. No other side effect on import.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
  type MentorEdHandlersOptions,
} from '../../src/mocks/index.js';

export const MENTORED_BASE_URL = `${location.origin}/mentoring/v1`;

/**
 * Registers the worker's hooks; `serve(...)` starts a fresh emulated server with the given data and
 * deployment options (call it in a test or a `beforeEach`).
 */
export function useMentorEdWorker(): {
  serve(options: MentorEdDbOptions, handlers?: Omit<MentorEdHandlersOptions, 'baseUrl' | 'db'>): MentorEdDb;
} {
  let worker: SetupWorker;
  before(async () => {
    worker = setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  });
  after(() => worker.stop());
  return {
    serve(options, handlers = {}) {
      const db = createMentorEdDb(options);
      worker.resetHandlers(...createMentorEdHandlers({ baseUrl: MENTORED_BASE_URL, db, ...handlers }));
      return db;
    },
  };
}

/** Registers the hooks; `server.db` is the current test's emulated server. */
export function useMentorEdEmulation(options: MentorEdDbOptions): { readonly db: MentorEdDb } {
  const { serve } = useMentorEdWorker();
  let db: MentorEdDb;
  beforeEach(() => {
    db = serve(options);
  });
  return {
    get db() {
      return db;
    },
  };
}
