/**
 * What the inbox's store does for one request: read it, take it from a host, and the actions (accept,
 * reject, the meeting link). Functions over an `InboxStore`, in a module of their own: only the detail
 * views need them, and they come with the details' chunk, so `<requests-page>`'s first paint does not
 * carry them. A host that acts outside the elements calls them too:
 * `await acceptRequest(InboxStore.for(adapter), 'session', id)` updates every element on that adapter.
 *
 * Every action goes the same way: the adapter call, then the record, every list that holds it and the
 * counts change together, then one `change`.
 */
import { RequestsError, toRequestsError } from '../model/errors.js';
// The lists too: a detail's store may be asked for them (a page on the same adapter), and a bundler then
// keeps all of the store's code in one chunk with the page's (a split costs the first paint ~280 bytes).
import './store-lists.js';
import type {
  ActionResult,
  AnyRequest,
  CallOptions,
  MeetingLink,
  PendingCounts,
  RequestKind,
} from '../model/request.js';
import { isPendingReceived } from './filters.js';
import { storeCores, type InboxStore, type StoreActionName, type StoreCore } from './inbox-store.js';
import { isRequest } from './records.js';
import type { RequestList } from './request-list.js';

const key = (kind: RequestKind, id: string) => `${kind}:${id}`;
const wrongShape = () => new RequestsError('server', 'The server sent data in an unexpected shape.');
const coreOf = (store: InboxStore) => storeCores.get(store)!;

/**
 * Takes in a request the host gives (a detail's `.request`): it becomes the record (whole: nothing to read
 * in detail), and every list follows it.
 */
export function putRequest(store: InboxStore, request: AnyRequest): void {
  if (!isRequest(request) || store.get(request.kind, request.id) === request) return;
  const core = coreOf(store);
  core.detailed.add(request);
  core.setRecord(request);
  core.notify();
}

/**
 * The record of request `id`, read through the adapter when the store has none (or, for an accepted
 * session, has it only from a list, which lacks the meeting link). Aborting only drops the answer.
 */
export async function readRequest(
  store: InboxStore,
  kind: RequestKind,
  id: string,
  options?: CallOptions,
): Promise<AnyRequest> {
  const known = store.get(kind, id);
  const detailed = coreOf(store).detailed;
  if (known && !(known.kind === 'session' && known.status === 'accepted' && !detailed.has(known)))
    return known;
  return refetchRequest(store, kind, id, options);
}

/** Reads request `id` through the adapter and makes it the record (e.g. after it was handled elsewhere). */
export async function refetchRequest(
  store: InboxStore,
  kind: RequestKind,
  id: string,
  options?: CallOptions,
): Promise<AnyRequest> {
  const core = coreOf(store);
  const loaded =
    kind === 'session'
      ? await core.adapter.getSessionRequest(id, options)
      : await core.adapter.getMessageRequest(id, options);
  options?.signal?.throwIfAborted();
  // An answer about another request (a server that mixes up ids) is not this request.
  if (loaded?.id !== id || loaded.kind !== kind) throw wrongShape();
  core.detailed.add(loaded);
  core.setRecord(loaded);
  core.notify();
  return loaded;
}

/** The action running on request `id`, if any (every element showing it renders busy). */
export function runningAction(store: InboxStore, kind: RequestKind, id: string): StoreActionName | undefined {
  return coreOf(store).actions.get(key(kind, id))?.action;
}

export function acceptRequest(
  store: InboxStore,
  kind: RequestKind,
  id: string,
): Promise<ActionResult<AnyRequest>> {
  const { adapter } = coreOf(store);
  const call = () =>
    kind === 'session' ? adapter.acceptSessionRequest(id) : adapter.acceptMessageRequest(id);
  return act(store, { kind, id, action: 'accept', call });
}

export function rejectRequest(
  store: InboxStore,
  kind: RequestKind,
  id: string,
  reason?: string,
): Promise<ActionResult<AnyRequest>> {
  const { adapter } = coreOf(store);
  const call = () =>
    kind === 'session' ? adapter.rejectSessionRequest(id, reason) : adapter.rejectMessageRequest(id);
  return act(store, { kind, id, action: 'reject', call });
}

/** Saves the meeting link of accepted session request `id`. */
export function saveMeetingLink(
  store: InboxStore,
  id: string,
  link: MeetingLink,
): Promise<ActionResult<AnyRequest>> {
  const { adapter } = coreOf(store);
  return act(store, { kind: 'session', id, action: 'link', call: () => adapter.setMeetingLink(id, link) });
}

/** An action asked of the store: on which request, and the adapter call that does it. */
interface ActionAsked {
  kind: RequestKind;
  id: string;
  action: StoreActionName;
  call: () => Promise<ActionResult<AnyRequest>>;
}

/**
 * One action on one request at a time: the same accept or reject asked again while it runs is the same
 * call; any other waits for it, and an accept or a reject behind another one finds the request handled.
 */
function act(store: InboxStore, asked: ActionAsked): Promise<ActionResult<AnyRequest>> {
  const core = coreOf(store);
  const { kind, id, action } = asked;
  const running = core.actions.get(key(kind, id));
  if (running) {
    if (running.action === action && action !== 'link') return running.promise;
    return running.promise.then(
      () => {
        if (action !== 'link') throw new RequestsError('conflict', 'This request was already handled.');
        return act(store, asked);
      },
      () => act(store, asked),
    );
  }
  const promise = run(store, core, asked);
  core.actions.set(key(kind, id), { action, promise });
  core.notify();
  return promise;
}

async function run(
  store: InboxStore,
  core: StoreCore,
  { kind, id, action, call }: ActionAsked,
): Promise<ActionResult<AnyRequest>> {
  const before = core.records[kind].get(id);
  const countsBefore = core.counts.value;
  const viewsBefore = new Map([...core.lists(kind)].map((list) => [list, list.view]));
  try {
    const result = await call();
    const item = result?.item;
    if (!isRequest(item) || item.id !== id) throw wrongShape();
    core.detailed.add(item);
    // The lists that do not hold the request, and their totals, as the action lands.
    const totals = new Map([...core.lists(kind)].filter((l) => !l.has(id)).map((l) => [l, l.total]));
    // Unknown before (a host gave only the id): an accept or a reject succeeds only on a pending request.
    core.setRecord(item, before ?? (action === 'link' ? undefined : { ...item, status: 'requested' }));
    readDuring(viewsBefore, totals);
    afterAction(store, core, action, before, item, countsBefore);
    // Other tabs on the same identity show it at once, without a request of their own (live.ts).
    core.published?.(item);
    return result;
  } catch (thrown) {
    const error = toRequestsError(thrown);
    // Handled or gone elsewhere: the record, the lists and the counts are out of date.
    if (error.kind === 'conflict' || error.kind === 'not-found') outdated(store, core, kind, id);
    throw error;
  } finally {
    core.actions.delete(key(kind, id));
    core.notify();
  }
}

/**
 * The request left a list's filter from beyond its loaded pages (one fewer in its total, request-list.ts
 * `leftUnloaded`), but a page of that list landed while the action was on its way: that page's total may
 * already leave the request out. The total stays as that page read it, and the list reads again when shown
 * next. (`view` has a new identity after every change of the list's items: a page landed or a list made.)
 */
function readDuring(
  viewsBefore: Map<RequestList<AnyRequest>, readonly AnyRequest[]>,
  totals: Map<RequestList<AnyRequest>, number>,
): void {
  for (const [list, total] of totals)
    if (list.total !== total && viewsBefore.get(list) !== list.view) {
      list.total = total;
      list.invalidate();
    }
}

/**
 * The counts follow an action at once: an accept or a reject succeeds only on a pending request, so one
 * the viewer received is one fewer. They are read again only once older than `freshness`. A session
 * accept also connects the two people upstream, which consumes a pending message request between them:
 * the message lists and the counts are read again. Counts nobody asked for (a detail on its own) stay unread.
 */
function afterAction(
  store: InboxStore,
  core: StoreCore,
  action: StoreActionName,
  before: AnyRequest | undefined,
  after: AnyRequest,
  countsBefore: PendingCounts | undefined,
): void {
  const kind = after.kind;
  const sessionAccept = kind === 'session' && action === 'accept';
  if (sessionAccept) store.invalidate('message');
  const now = core.now();
  const wasPending = before ? isPendingReceived(before, now) : after.direction === 'received';
  if (action !== 'link' && wasPending) core.deriveCount(kind, after.id, countsBefore);
  if (!core.counts.value) return;
  if (sessionAccept || now - core.counts.loadedAt >= core.freshness) void store.loadCounts();
}

/** Request `id` was handled or removed elsewhere: read it again; its kind's lists and the counts too. */
function outdated(store: InboxStore, core: StoreCore, kind: RequestKind, id: string): void {
  store.invalidate(kind);
  if (core.counts.value || core.counts.error) void store.loadCounts();
  refetchRequest(store, kind, id).catch((thrown: unknown) => {
    const error = toRequestsError(thrown);
    if (error.kind !== 'aborted') core.fail(kind, 'open', error, id);
  });
}
