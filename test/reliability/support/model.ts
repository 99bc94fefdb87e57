/**
 * The model and the real system of model-based.test.ts (issue 5, item 5): the recording adapter, settling
 * the page, and the invariants I1–I4 checked at every Pause.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RequestsAdapter } from '../../../src/adapters/types.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';
import { InboxStore } from '../../../src/store/inbox-store.js';
import type { MentorEdDb } from '../../../src/mocks/index.js';
import {
  cardIds,
  cards,
  detailOf,
  idle,
  inDetail,
  serverMessageList,
  serverSessionList,
  tabsOf,
  type Lit,
} from './mentored.js';

export type Kind = 'session' | 'message';

export interface Model {
  /** Bumped by every change the page did not make itself. */
  serverVersion: number;
  /** `kind:id` of the requests accepted or rejected through this page. */
  handledHere: Set<string>;
}

export interface Call {
  method: string;
  page?: number;
  /** The list the call reads: `method|direction|statuses|pageSize` (see `listKey`), for list calls. */
  list?: string;
  /**
   * The server version the answer may reflect at the oldest: the version when the call started, or an
   * older one when a call begun before a server change was still in flight (the MentorEd adapter shares
   * identical GETs in flight, and the count and the queue read one URL, so this call may get its answer).
   */
  version: number;
  ok?: boolean;
  done: boolean;
  startedAt?: number;
  endedAt?: number;
}

export interface Real extends Recorded {
  db: MentorEdDb;
  el: RequestsPage;
  errors: { action: string; kind: string }[];
  model: Model;
}

/** What `recording` needs of a run: where calls go, the server version, and the answers' delay. */
export interface Recorded {
  calls: Call[];
  model: { serverVersion: number };
  /** Added to every answer, or only to the lists' (see SlowAnswers). */
  answerDelay: number;
  answerDelayOnlyLists: boolean;
}

/** The key of a list read: the method, the direction, the statuses and the page size asked for. */
export function listKey(
  method: string,
  query: { direction?: string; status?: readonly string[]; pageSize?: number },
): string {
  return `${method}|${query.direction ?? ''}|${(query.status ?? []).join(',')}|${query.pageSize ?? ''}`;
}

/** Records every adapter call with the server version its answer may reflect (see `Call.version`). */
export function recording(target: RequestsAdapter, real: () => Recorded): RequestsAdapter {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const r = real();
        const method = String(key);
        const query = args[0] as
          { page?: number; pageSize?: number; direction?: string; status?: string[] } | undefined;
        const isQuery = typeof query === 'object' && query !== null;
        let version = r.model.serverVersion;
        for (const c of r.calls) if (!c.done && c.version < version) version = c.version;
        const call: Call = {
          method,
          page: isQuery ? query.page : undefined,
          list: isQuery && method.startsWith('list') ? listKey(method, query) : undefined,
          version,
          done: false,
          startedAt: Date.now(),
        };
        r.calls.push(call);
        const delay = r.answerDelayOnlyLists && !method.startsWith('list') ? 0 : r.answerDelay;
        const promise = (value as (...a: unknown[]) => Promise<unknown>)
          .apply(obj, args)
          .then(async (result) => {
            // The server has answered; the answer travels `delay` ms (the race window of a slow network).
            if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
            return result;
          });
        promise.then(
          () => Object.assign(call, { ok: true, done: true, endedAt: Date.now() }),
          () => Object.assign(call, { ok: false, done: true, endedAt: Date.now() }),
        );
        return promise;
      };
    },
  });
}

export const key = (kind: Kind, id: string) => `${kind}:${id}`;
export const kindOf = (el: RequestsPage): Kind => (el.tab === 'message' ? 'message' : 'session');
/** The page's shown list, read from its store (public API: `InboxStore.for(adapter).list(...)`). */
export const shownList = (el: RequestsPage) =>
  InboxStore.for(el.adapter!).list({
    kind: kindOf(el),
    filter: { direction: el.direction, status: el.status },
    pageSize: el.pageSize,
  });

export async function settleAll(r: Real): Promise<void> {
  await waitUntil(
    () => {
      if (!r.calls.every((c) => c.done)) return false;
      if (!idle(r.el)) return false;
      const dialog = inDetail<Lit>(r.el, 'confirm-dialog');
      return !dialog?.shadowRoot?.querySelector('dialog[open]');
    },
    'the page did not settle',
    { timeout: 8000, interval: 5 },
  );
  await r.el.updateComplete;
  await detailOf(r.el)?.updateComplete;
  // One more turn: an answer that just arrived may schedule a follow-up call (counts after an accept).
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!r.calls.every((c) => c.done)) await settleAll(r);
}

/** How often each invariant was checked on something (not skipped as not applicable). */
export const applied = { i1: 0, i2: 0, i3: 0 };

export function checkInvariants(m: Model, r: Real): void {
  const { el, db } = r;
  const kind = kindOf(el);
  const detail = detailOf(el);

  // I1: handled here → never offered again.
  if (detail) {
    const id = (detail as unknown as { requestId?: string }).requestId ?? '';
    if (m.handledHere.has(key(kind, id)) && ++applied.i1)
      expect(
        inDetail(el, '[part~="accept-button"], [part~="reject-button"]'),
        `I1: actions on handled ${id}`,
      ).to.equal(null);
  } else {
    for (const card of cards(el)) {
      if (m.handledHere.has(key(kind, card.dataset.id!)) && ++applied.i1)
        expect(
          card.querySelector('button.open.primary'),
          `I1: card ${card.dataset.id} still actionable`,
        ).to.equal(null);
    }
  }

  // I2: counts.
  const countCalls = r.calls.filter((c) => c.method === 'countPending');
  const last = countCalls.at(-1);
  if (last?.ok && last.version === m.serverVersion) {
    applied.i2++;
    const expected = db.pendingReceivedCounts();
    const tabs = tabsOf(el);
    expect([tabs.sessionCount, tabs.messageCount], 'I2: counts').to.deep.equal([
      expected.session,
      expected.message,
    ]);
  }

  // I3: no duplicate; nothing lost from a list loaded since the server last changed.
  if (!detail) {
    const ids = cardIds(el);
    expect(new Set(ids).size, `I3: duplicate in ${ids.join(',')}`).to.equal(ids.length);
    const list = shownList(el);
    const method = kind === 'session' ? 'listSessionRequests' : 'listMessageRequests';
    // The first-page load whose answer the list holds: the last page-1 call that ended by `loadedAt`.
    const first = r.calls
      .filter((c) => c.method === method && c.page === 1 && c.ok && (c.endedAt ?? Infinity) <= list.loadedAt)
      .at(-1);
    const sinceFirst = r.calls.filter((c) => c.method === method && (c.endedAt ?? 0) > list.loadedAt);
    const fresh =
      first?.version === m.serverVersion &&
      sinceFirst.every((c) => c.version === m.serverVersion) &&
      !list.loading;
    if (fresh && ids.length > 0) {
      applied.i3++;
      const server = kind === 'session' ? serverSessionList(db) : serverMessageList(db);
      expect(ids, 'I3: the list is the server\u2019s list, nothing lost').to.deep.equal(
        server.slice(0, ids.length),
      );
    }
  }

  expectWorldErrorsOnly(r.errors, 'I4');
}

/**
 * Only the errors the world causes: the network, a request handled or gone elsewhere, and an accept whose
 * slot clashes with a session accepted before (MentorEd's 400 "You already have a session scheduled at
 * this time.", a validation error). Shared by the page's and the store's model runs.
 */
export function expectWorldErrorsOnly(
  errors: readonly { action: string; kind: string; message?: string }[],
  invariant: string,
): void {
  for (const error of errors) {
    const allowed = [
      'network',
      'conflict',
      'not-found',
      ...(error.action === 'accept' ? ['validation'] : []),
    ];
    expect(allowed, `${invariant}: unexpected ${error.action} error: ${error.message ?? ''}`).to.include(
      error.kind,
    );
  }
}
