/**
 * The model and the real system of store-model.test.ts: the `InboxStore` of a MentorEdAdapter over the MSW
 * emulation, driven through its public API only (no `#private` field, no `storeCores`). The operations
 * started by the commands run concurrently; a Pause waits until they and every adapter call have landed,
 * then checks the invariants on the store's public state (`get`, `list(spec)`, `counts`).
 */
import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import type { RequestsAdapter } from '../../../src/adapters/types.js';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
} from '../../../src/mocks/index.js';
import type { AnyRequest } from '../../../src/model/request.js';
import { InboxStore, type ListSpec } from '../../../src/store/inbox-store.js';
import { normalizeFilter, statusesFor, type ListFilter } from '../../../src/store/filters.js';
import { sleep } from './env.js';
import { BASE_URL, adapter as mentoredAdapter, serve } from './mentored.js';
import { expectWorldErrorsOnly, listKey, type Call, type Kind, type Recorded } from './model.js';

/**
 * The lists the commands use, by index (a small set, so that commands meet on the same lists): the
 * mentor's queue in two page sizes (two lists of one filter), the history filters, the sent requests,
 * and the message lists.
 */
export const SPECS: readonly (ListSpec & { filter: ListFilter; pageSize: number })[] = [
  { kind: 'session', filter: { direction: 'received', status: 'pending' }, pageSize: 5 },
  { kind: 'session', filter: { direction: 'received', status: 'pending' }, pageSize: 3 },
  { kind: 'session', filter: { direction: 'all', status: 'all' }, pageSize: 5 },
  { kind: 'session', filter: { direction: 'received', status: 'accepted' }, pageSize: 3 },
  { kind: 'session', filter: { direction: 'received', status: 'rejected' }, pageSize: 3 },
  { kind: 'session', filter: { direction: 'all', status: 'expired' }, pageSize: 3 },
  { kind: 'session', filter: { direction: 'sent', status: 'pending' }, pageSize: 3 },
  { kind: 'message', filter: { direction: 'received', status: 'pending' }, pageSize: 3 },
  { kind: 'message', filter: { direction: 'all', status: 'pending' }, pageSize: 5 },
];

export const specName = (i: number): string => {
  const s = SPECS[i % SPECS.length]!;
  return `${s.kind}/${s.filter.direction}/${s.filter.status}/${s.pageSize}`;
};

export interface StoreModel {
  /** Bumped by every server change the store was not told of: the world's, and actions of unknown outcome. */
  serverVersion: number;
  /** `kind:id` of the requests accepted or rejected through the store (the action resolved). */
  handledHere: Set<string>;
}

export interface StoreReal extends Recorded {
  db: MentorEdDb;
  adapter: RequestsAdapter;
  store: InboxStore;
  model: StoreModel;
  /** The operations started by the commands and not settled yet. */
  ops: Set<Promise<unknown>>;
  /** The accepts and rejects that succeeded: the request as the action left it, when it started and landed. */
  landed: { action: string; item: AnyRequest; startedAt: number; landedAt: number }[];
  /** What failed: an operation's rejection, or a store `error` event (`event:<action>`). */
  errors: { action: string; kind: string; message?: string }[];
}

export const key = (kind: Kind, id: string) => `${kind}:${id}`;

/**
 * Starts `op` without waiting for it (the next command may run while it is in flight). Its rejection is
 * recorded as an error of `action` (and so is handled: an unhandled rejection would be a test bug).
 */
export function track<T>(
  r: StoreReal,
  action: string,
  op: Promise<T>,
  onOk?: (value: T) => void,
  onError?: (kind: string) => void,
): void {
  const settled = op.then(
    (value) => onOk?.(value),
    (error: unknown) => {
      const kind = (error as { kind?: string } | null)?.kind ?? 'thrown';
      r.errors.push({ action, kind, message: (error as Error | null)?.message });
      onError?.(kind);
    },
  );
  r.ops.add(settled);
  void settled.finally(() => r.ops.delete(settled));
}

/** Until every operation started and every adapter call (the store's own follow-ups too) has landed. */
export async function settleStore(r: StoreReal): Promise<void> {
  const deadline = performance.now() + 8000;
  for (;;) {
    await Promise.all([...r.ops]);
    // One more turn: an answer that just arrived may schedule a follow-up call (counts after an accept).
    await sleep(0);
    if (r.ops.size === 0 && r.calls.every((c) => c.done)) return;
    if (performance.now() > deadline) throw new Error('the store did not settle');
    if (!r.calls.every((c) => c.done)) await sleep(1);
  }
}

/** The ids the server lists for `spec` (what the adapter should deliver), newest first. */
export function serverIds(db: MentorEdDb, spec: ListSpec): string[] {
  const filter = normalizeFilter(spec.kind, spec.filter);
  const me = db.me;
  const wantDirection = (received: boolean) =>
    filter.direction === 'all' || (filter.direction === 'received') === received;
  if (spec.kind === 'message') {
    // Upstream keeps pending message requests only (the filter's status is always `pending`).
    return db
      .sortNewest(
        db.connections.filter(
          (c) =>
            c.status === 'REQUESTED' &&
            (c.requester_id === me || c.target_id === me) &&
            wantDirection(c.target_id === me),
        ),
      )
      .filter((c) => db.users.has(c.target_id === me ? c.requester_id : c.target_id))
      .map((c) => (c.target_id === me ? c.requester_id : c.target_id));
  }
  const statuses = statusesFor(filter.status);
  const now = db.now();
  const status = (r: (typeof db.sessionRequests)[number]) =>
    r.status === 'REQUESTED' && r.end_date * 1000 <= now ? 'expired' : r.status.toLowerCase();
  return db
    .sortNewest(
      db.sessionRequests.filter(
        (r) =>
          (r.requestor_id === me || r.requestee_id === me) &&
          wantDirection(r.requestee_id === me) &&
          statuses.includes(status(r) as never) &&
          db.users.has(db.otherParty(r, me)),
      ),
    )
    .map((r) => r.id);
}

/** The list calls of `spec`'s list (its adapter method, filter and page size). */
function callsOf(r: StoreReal, spec: ListSpec): Call[] {
  const filter = normalizeFilter(spec.kind, spec.filter);
  const method = spec.kind === 'session' ? 'listSessionRequests' : 'listMessageRequests';
  const k = listKey(method, {
    direction: filter.direction,
    status: statusesFor(filter.status),
    pageSize: spec.pageSize,
  });
  return r.calls.filter((c) => c.list === k);
}

/** How often each invariant was checked on something (not skipped as not applicable). */
export const storeApplied = { i1: 0, i2: 0, i3: 0, i3Fresh: 0, i4: 0, i5: 0 };

/**
 * The invariants, on the store's public state only:
 *   I1 a request handled through the store is never pending: not its record, not in any list;
 *   I2 the counts equal the server's pending received requests whenever the count read the store holds
 *      began after the server's last change (and nothing is loading);
 *   I3 no list holds a request twice, every item belongs to its list's filter, and a list loaded since the
 *      server's last change (valid, not loading, every read of it since its first page at the current
 *      version) is the server's list for its filter up to its length, with the server's total;
 *   I4 every item of every list is the store's record (the same object as `store.get(kind, id)`);
 *   I5 only the errors the world causes: the network, a request handled or gone elsewhere, and an accept
 *      whose slot clashes (validation); nothing else is thrown, and no call is left in flight.
 */
export function checkStoreInvariants(m: StoreModel, r: StoreReal): void {
  const { store, db } = r;

  // I1: the records of requests handled here.
  for (const handled of m.handledHere) {
    const [kind, id] = handled.split(':') as [Kind, string];
    const record = store.get(kind, id);
    if (record && ++storeApplied.i1)
      expect(record.status, `I1: record ${handled} is pending again`).to.not.equal('requested');
  }

  for (const [i, spec] of SPECS.entries()) {
    const list = store.list(spec);
    const ids = list.items.map((item) => item.id);
    const name = specName(i);

    // I3: no duplicates; every item belongs to the filter.
    expect(new Set(ids).size, `I3: duplicate in ${name}: ${ids.join(',')}`).to.equal(ids.length);
    for (const item of list.items) {
      expect(list.belongs(item), `I3: ${item.id} (${item.status}) does not belong in ${name}`).to.equal(true);
      // I1: a handled request is never pending in any list.
      if (m.handledHere.has(key(spec.kind, item.id)) && ++storeApplied.i1)
        expect(item.status, `I1: handled ${item.id} pending in ${name}`).to.not.equal('requested');
      // I4: one object per request.
      storeApplied.i4++;
      const record = store.get(spec.kind, item.id);
      expect(
        item === record,
        `I4: ${name} item ${item.id} (${item.status}) is not the record (${record?.status}); ${JSON.stringify(
          r.errors,
        )}; handled here: ${[...m.handledHere].join(',')}`,
      ).to.equal(true);
    }
    expect(list.items.length, `I3: ${name} holds more than its total`).to.be.at.most(
      Math.max(list.total, list.items.length),
    );
    if (list.loaded) storeApplied.i3++;

    // I3: a list loaded since the server last changed is the server's list, nothing lost or reordered.
    const calls = callsOf(r, spec);
    const first = calls
      .filter((c) => c.page === 1 && c.ok && (c.endedAt ?? Infinity) <= list.loadedAt)
      .at(-1);
    const since = calls.filter((c) => (c.endedAt ?? Infinity) > list.loadedAt);
    const fresh =
      list.valid &&
      !list.loading &&
      first?.version === m.serverVersion &&
      since.every((c) => c.version === m.serverVersion);
    if (fresh) {
      storeApplied.i3Fresh++;
      const server = serverIds(db, spec);
      expect(ids, `I3: ${name} is not the server's list`).to.deep.equal(server.slice(0, ids.length));
      expect(list.total, `I3: ${name} total`).to.equal(server.length);
    }
  }

  // I2: the counts, when the read the store holds began after the server's last change.
  const counts = store.counts;
  const countCalls = r.calls.filter((c) => c.method === 'countPending');
  const taken = countCalls.filter((c) => c.ok && (c.endedAt ?? Infinity) <= counts.loadedAt).at(-1);
  if (counts.value && !counts.loading && taken?.version === m.serverVersion) {
    storeApplied.i2++;
    const expected = db.pendingReceivedCounts();
    expect(
      JSON.stringify({ session: counts.value.session, message: counts.value.message }),
      'I2: counts',
    ).to.equal(JSON.stringify(expected));
  }

  expectWorldErrorsOnly(r.errors, 'I5');
  expect(r.calls.filter((c) => !c.done).length, 'I5: calls still in flight').to.equal(0);
}

/** The store of a run: a fresh adapter (so a fresh store) with the given freshness. */
export function storeFor(adapter: RequestsAdapter, freshness: number): InboxStore {
  const store = InboxStore.for(adapter);
  store.freshness = freshness;
  return store;
}

/** The loaded items of every list of SPECS, received ones of `kind`, without repeats (what a user can act on). */
export function actionable(r: StoreReal, kind: Kind): AnyRequest[] {
  const seen = new Map<string, AnyRequest>();
  for (const spec of SPECS)
    if (spec.kind === kind)
      for (const item of r.store.list(spec).items)
        if (item.direction === 'received' && !seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/**
 * The emulated server of a run and the adapter over it. `worker`: through the service worker, as every
 * reliability test (a few ms per call). `direct`: the same handlers and db answer in the page, without the
 * worker (MSW's `getResponse`): the same emulation and adapter code, about 20 times faster, which is what
 * lets the normal suite make 100 runs in a few seconds. A dropped connection (`HttpResponse.error()`) and
 * an aborted call reject as `fetch` does.
 */
export function emulated(
  transport: 'direct' | 'worker',
  options: MentorEdDbOptions,
): { db: MentorEdDb; adapter: RequestsAdapter } {
  if (transport === 'worker') {
    const db = serve(options);
    return { db, adapter: mentoredAdapter() };
  }
  const db = createMentorEdDb({ seed: 3, sessionRequests: 14, messageRequests: 6, ...options });
  const handlers = createMentorEdHandlers({ baseUrl: BASE_URL, db });
  const fetchHere = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (request.signal.aborted) throw aborted();
    const response = await getResponse(handlers, request);
    if (request.signal.aborted) throw aborted();
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  return { db, adapter: mentoredAdapter({ fetch: fetchHere }) };
}

/**
 * An adapter whose chosen answers are held: `hold(method, match)` makes the next matching call reach the
 * server at once and keeps its answer until `release()` (a slow answer, made deterministic). `answered`
 * resolves once the server has answered it.
 */
export function gated(target: RequestsAdapter): {
  adapter: RequestsAdapter;
  hold: (
    method: string,
    match?: (args: unknown[]) => boolean,
  ) => { answered: Promise<void>; release: () => void };
} {
  const holds: {
    method: string;
    match: (args: unknown[]) => boolean;
    gate: Promise<void>;
    answered: () => void;
  }[] = [];
  const adapter = new Proxy(target, {
    get(obj, name, receiver) {
      const value = Reflect.get(obj, name, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const at = holds.findIndex((h) => h.method === name && h.match(args));
        const answer = (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        if (at < 0) return answer;
        const [held] = holds.splice(at, 1);
        await answer.then(held!.answered, held!.answered);
        await held!.gate;
        return answer;
      };
    },
  });
  return {
    adapter,
    hold(method, match = () => true) {
      let release!: () => void;
      let answered!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const done = new Promise<void>((resolve) => (answered = resolve));
      holds.push({ method, match, gate, answered });
      return { answered: done, release };
    },
  };
}
