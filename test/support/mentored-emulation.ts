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
} from '../../src/mocks/index.js';

export const MENTORED_BASE_URL = `${location.origin}/mentoring/v1`;

/** Registers the hooks; `server.db` is the current test's emulated server. */
export function useMentorEdEmulation(options: MentorEdDbOptions): { readonly db: MentorEdDb } {
  let worker: SetupWorker;
  let db: MentorEdDb;
  before(async () => {
    worker = setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  });
  beforeEach(() => {
    db = createMentorEdDb(options);
    worker.resetHandlers(...createMentorEdHandlers({ baseUrl: MENTORED_BASE_URL, db }));
  });
  after(() => worker.stop());
  return {
    get db() {
      return db;
    },
  };
}
