/**
 * Shared setup of the MentorEdAdapter tests (not a test file itself): the MSW worker that emulates
 * MentorEd, a fresh emulated server and adapter per test, and helpers to read the calls it received.
 */
import type { SetupWorker } from 'msw/browser';
import {
  MentorEdAdapter,
  type MentorEdAdapterOptions,
} from '../../src/adapters/mentored/mentored-adapter.js';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
  type MentorEdHandlersOptions,
} from '../../src/mocks/index.js';
import { startMentorEdWorker } from '../../src/mocks/browser.js';

export const BASE = 'https://mentored.test/mentoring/v1';
export const TOKEN = 'secret-token-4f9a2c';
export const GMEET = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' } as const;

/** The running worker, set by useMentorEdWorker() before the file's first test. */
export let worker: SetupWorker;

/** Starts the emulation's worker before the file's tests and stops it after them. */
export function useMentorEdWorker(): void {
  before(async () => {
    ({ worker } = await startMentorEdWorker({ baseUrl: BASE }));
  });
  after(() => worker.stop());
}

export function setup(
  dbOptions: MentorEdDbOptions = {},
  adapterOptions: Partial<MentorEdAdapterOptions> = {},
  handlerOptions: Omit<MentorEdHandlersOptions, 'baseUrl' | 'db'> = {},
) {
  const db = createMentorEdDb({ seed: 5, sessionRequests: 12, messageRequests: 6, ...dbOptions });
  worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE, db, ...handlerOptions }));
  const adapter = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, ...adapterOptions });
  return { db, adapter };
}

/**
 * What `countPending` must answer on `db` (what the tabs should show): the counts and the ids, newest
 * first, as the server lists them.
 */
export function pendingOf(db: MentorEdDb) {
  const session = db.pendingReceivedSessionIds();
  const message = db.pendingReceivedMessageIds();
  return { session: session.length, message: message.length, ids: { session, message } };
}

export const paths = (db: MentorEdDb) => db.calls.map((c) => `${c.method} ${c.url.slice(BASE.length)}`);
export const ALL = { page: 1, pageSize: 100 };

export async function acceptedRequest(db: MentorEdDb, adapter: MentorEdAdapter) {
  const id = db.pendingReceivedSessionIds()[0]!;
  const { item } = await adapter.acceptSessionRequest(id);
  db.calls.length = 0;
  return item;
}
