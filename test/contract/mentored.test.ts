/**
 * The adapter contract against MentorEdAdapter talking, through real fetch, to the MSW emulation of
 * the MentorEd API running in a service worker.
 */
import type { SetupWorker } from 'msw/browser';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdEndpoint,
  type MentorEdFault,
} from '../../src/mocks/index.js';
import { startMentorEdWorker } from '../../src/mocks/browser.js';
import { runAdapterContract, type AdapterMethod, type InjectableKind } from './adapter-contract.js';

const BASE_URL = 'https://mentored.test/mentoring/v1';

/** Which endpoint a method's failure is injected into (the call that decides its outcome). */
const ENDPOINT: Record<AdapterMethod, MentorEdEndpoint> = {
  listSessionRequests: 'requestSessions/list',
  getSessionRequest: 'requestSessions/getDetails',
  acceptSessionRequest: 'requestSessions/accept',
  rejectSessionRequest: 'requestSessions/reject',
  setMeetingLink: 'sessions/update',
  listMessageRequests: 'connections/pending',
  getMessageRequest: 'connections/getInfo',
  acceptMessageRequest: 'connections/accept',
  rejectMessageRequest: 'connections/reject',
  countPending: 'requestSessions/list',
  listBookedSlots: 'requestSessions/userAvailability',
};

/** The wire fault that the adapter must read as each kind (per docs/mentored-api.md §5, the error mapping). */
const FAULT: Record<InjectableKind, MentorEdFault> = {
  network: 'network',
  timeout: 'hang',
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  validation: 422,
  server: 500,
};

let worker: SetupWorker;

before(async () => {
  ({ worker } = await startMentorEdWorker({ baseUrl: BASE_URL, seed: 1 }));
});
after(() => worker.stop());

runAdapterContract('MentorEdAdapter + MSW (browser)', (options) => {
  const db = createMentorEdDb(options);
  worker.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE_URL, db }));
  // 1 s: a 'hang' fault waits it out, and a busy CI machine once took over 400 ms to answer a 403 (the
  // contract then saw 'timeout' instead of 'forbidden').
  const adapter = new MentorEdAdapter({ baseUrl: `${BASE_URL}/`, token: 'contract-token', timeoutMs: 1000 });
  return {
    adapter,
    backend: 'mentored',
    expire: (_kind, id) => db.expire(id),
    handleElsewhere: (kind, id, status) =>
      status === 'accepted' ? db.acceptElsewhere(id, kind) : db.rejectElsewhere(id, kind),
    // A message request's id is the other user's id.
    receive: (kind) =>
      kind === 'session' ? db.receiveSessionRequest().id : db.receiveMessageRequest().requester_id,
    fail: (method, kind) => db.failNext(ENDPOINT[method], FAULT[kind]),
    setLatency: (ms) => {
      db.latencyMs = ms;
    },
    wire: {
      corrupt: (kind, id, patch) => db.corrupt(kind, id, patch),
      failBody: (method, fault) => db.failNext(ENDPOINT[method], fault),
    },
    dispose: () => db.clearFaults(),
  };
});
