/**
 * The commands of store-model.test.ts: the store's public operations (lists, pages, refresh, a filter
 * switched mid-load, the actions of store-actions.ts, the counts, abort) and the world's (another device,
 * expiry, a flapping or dropped network, slow answers; the same changes as the page's run, through
 * model-commands.ts). A command starts its operation and returns at once: the next one may run while it
 * is in flight. `Wait` lets some answers land; `Pause` waits for all of them and checks the invariants.
 */
import fc from 'fast-check';
import { acceptRequest, rejectRequest, saveMeetingLink } from '../../../src/store/store-actions.js';
import type { ActionResult, AnyRequest, MeetingLink } from '../../../src/model/request.js';
import { size, sleep } from './env.js';
import type { Kind } from './model.js';
import { expireOne, handleElsewhere } from './model-commands.js';
import {
  SPECS,
  actionable,
  checkStoreInvariants,
  key,
  settleStore,
  specName,
  track,
  type StoreModel,
  type StoreReal,
} from './store-model.js';

/** Commands executed (all runs, shrinking included). */
export const storeStats = { executed: 0, actions: 0, handled: 0 };

export abstract class StoreStep implements fc.AsyncCommand<StoreModel, StoreReal> {
  check(): boolean {
    return true;
  }
  async run(m: StoreModel, r: StoreReal): Promise<void> {
    storeStats.executed++;
    await this.act(m, r);
  }
  abstract act(m: StoreModel, r: StoreReal): Promise<void> | void;
  abstract toString(): string;
}

const spec = (i: number) => SPECS[i % SPECS.length]!;

// ---- Lists ---------------------------------------------------------------------------------------

/** `store.ensure(spec)`: loads the list unless fresh (`maxAge` 0: unless loading). */
export class Ensure extends StoreStep {
  constructor(
    readonly list: number,
    readonly maxAge?: number,
  ) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    track(r, 'load', r.store.ensure(spec(this.list), this.maxAge));
  }
  toString() {
    return `Ensure(${specName(this.list)}${this.maxAge === undefined ? '' : `, maxAge ${this.maxAge}`})`;
  }
}

/** `store.list(spec).loadMore()`. */
export class LoadMore extends StoreStep {
  constructor(readonly list: number) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    track(r, 'load', r.store.list(spec(this.list)).loadMore());
  }
  toString() {
    return `LoadMore(${specName(this.list)})`;
  }
}

/** `store.refresh(spec)`: its first page and the counts again, every other list invalidated. */
export class Refresh extends StoreStep {
  constructor(readonly list: number) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    track(r, 'load', r.store.refresh(spec(this.list)));
  }
  toString() {
    return `Refresh(${specName(this.list)})`;
  }
}

/** A filter switch while the first list loads: ensure one, (abort it,) ensure the other at once. */
export class SwitchMidLoad extends StoreStep {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly abortFirst: boolean,
  ) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    track(r, 'load', r.store.ensure(spec(this.from), 0));
    if (this.abortFirst) r.store.list(spec(this.from)).abort();
    track(r, 'load', r.store.ensure(spec(this.to)));
  }
  toString() {
    return `Switch(${specName(this.from)} -> ${specName(this.to)}${this.abortFirst ? ', abort' : ''})`;
  }
}

/** `store.loadCounts()` or `store.ensureCounts()`. */
export class Counts extends StoreStep {
  constructor(readonly force: boolean) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    track(r, 'count', this.force ? r.store.loadCounts() : r.store.ensureCounts());
  }
  toString() {
    return this.force ? 'LoadCounts' : 'EnsureCounts';
  }
}

/** `store.abort()`: every running load stops; what is loaded stays. */
export class Abort extends StoreStep {
  act(_m: StoreModel, r: StoreReal) {
    r.store.abort();
  }
  toString() {
    return 'Abort';
  }
}

// ---- Actions -------------------------------------------------------------------------------------

export type ActionName = 'accept' | 'reject' | 'link';

/**
 * Which request an action is on: the n-th received one loaded in any list (as a user picks it; may be
 * handled already, or stale), or the n-th of the server's (pending received; accepted received for a link),
 * which the store may not know yet (a host acting on an id).
 */
export interface Target {
  listed: boolean;
  index: number;
}

const LINK: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

function resolve(r: StoreReal, kind: Kind, action: ActionName, target: Target): string | undefined {
  let ids: string[];
  if (target.listed) {
    const items = actionable(r, kind);
    ids = (action === 'link' ? items.filter((i) => i.status === 'accepted') : items).map((i) => i.id);
  } else if (action === 'link') {
    ids = r.db.sessionRequests
      .filter((s) => s.requestee_id === r.db.me && s.status === 'ACCEPTED')
      .map((s) => s.id);
  } else {
    ids = kind === 'session' ? r.db.pendingReceivedSessionIds() : r.db.pendingReceivedMessageIds();
  }
  return ids.length ? ids[target.index % ids.length] : undefined;
}

/** Starts one action through store-actions.ts and records its outcome. */
function start(
  m: StoreModel,
  r: StoreReal,
  kind: Kind,
  id: string,
  action: ActionName,
  reason?: string,
): void {
  storeStats.actions++;
  let promise: Promise<ActionResult<AnyRequest>>;
  if (action === 'accept') promise = acceptRequest(r.store, kind, id);
  else if (action === 'reject') promise = rejectRequest(r.store, kind, id, reason);
  else promise = saveMeetingLink(r.store, id, LINK);
  const startedAt = Date.now();
  track(
    r,
    action,
    promise,
    (result) => {
      if (action === 'link') return;
      r.landed.push({ action, item: result.item, startedAt, landedAt: Date.now() });
      storeStats.handled++;
      m.handledHere.add(key(kind, id));
      // The result is the request handled: never pending.
      if (result.item.status === 'requested') r.errors.push({ action, kind: 'pending-after-action' });
    },
    (errorKind) => {
      // Refused by the server (handled or gone elsewhere, a clash): nothing changed there. Anything else
      // (a dropped connection) may have happened after the server acted: the store cannot know.
      if (action !== 'link' && !['conflict', 'not-found', 'validation'].includes(errorKind))
        m.serverVersion++;
    },
  );
}

/** acceptRequest / rejectRequest / saveMeetingLink(store, ...). Links are on session requests only. */
export class Act extends StoreStep {
  constructor(
    readonly action: ActionName,
    readonly kind: Kind,
    readonly target: Target,
    readonly reason?: string,
  ) {
    super();
  }
  act(m: StoreModel, r: StoreReal) {
    const kind = this.action === 'link' ? 'session' : this.kind;
    const id = resolve(r, kind, this.action, this.target);
    if (id !== undefined) start(m, r, kind, id, this.action, this.reason);
  }
  toString() {
    const kind = this.action === 'link' ? 'session' : this.kind;
    const where = `${this.target.listed ? 'listed' : 'server'} #${this.target.index}`;
    return `${this.action}(${kind}, ${where}${this.reason ? `, "${this.reason}"` : ''})`;
  }
}

/** Two actions on one request at once (a double click, two elements on one store, a link during an accept). */
export class Both extends StoreStep {
  constructor(
    readonly first: ActionName,
    readonly second: ActionName,
    readonly kind: Kind,
    readonly target: Target,
  ) {
    super();
  }
  act(m: StoreModel, r: StoreReal) {
    const kind = this.first === 'link' || this.second === 'link' ? 'session' : this.kind;
    const id = resolve(r, kind, this.first === 'link' ? 'link' : 'accept', this.target);
    if (id === undefined) return;
    start(m, r, kind, id, this.first);
    start(m, r, kind, id, this.second);
  }
  toString() {
    const where = `${this.target.listed ? 'listed' : 'server'} #${this.target.index}`;
    return `Both(${this.first} + ${this.second}, ${this.kind}, ${where})`;
  }
}

// ---- Time ----------------------------------------------------------------------------------------

/** Lets answers land for `ms` ms (the operations in flight go on). */
export class Wait extends StoreStep {
  constructor(readonly ms: number) {
    super();
  }
  async act() {
    await sleep(this.ms);
  }
  toString() {
    return `Wait(${this.ms})`;
  }
}

/** Everything lands; then the invariants must hold. */
export class Pause extends StoreStep {
  act() {}
  override async run(m: StoreModel, r: StoreReal): Promise<void> {
    storeStats.executed++;
    await settleStore(r);
    checkStoreInvariants(m, r);
  }
  toString() {
    return 'Pause';
  }
}

// ---- The world -----------------------------------------------------------------------------------

/** Another device accepts or rejects the n-th pending received request. */
export class Elsewhere extends StoreStep {
  constructor(
    readonly kind: Kind,
    readonly accept: boolean,
    readonly index: number,
  ) {
    super();
  }
  act(m: StoreModel, r: StoreReal) {
    handleElsewhere(m, r.db, this.kind, this.accept, this.index);
  }
  toString() {
    return `${this.accept ? 'AcceptElsewhere' : 'RejectElsewhere'}(${this.kind}, ${this.index})`;
  }
}

/** The n-th pending session request expires: marked EXPIRED by the server, or only by its end time. */
export class Expire extends StoreStep {
  constructor(
    readonly index: number,
    readonly mark: boolean,
  ) {
    super();
  }
  act(m: StoreModel, r: StoreReal) {
    expireOne(m, r.db, this.index, this.mark);
  }
  toString() {
    return `Expire(${this.index}, ${this.mark ? 'marked' : 'by end time'})`;
  }
}

/** The next few calls fail as a dropped connection. */
export class Flap extends StoreStep {
  constructor(readonly calls: number) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    r.db.failNext('any', 'network', this.calls);
  }
  toString() {
    return `Flap(${this.calls})`;
  }
}

/** The connection drops (every call fails) while `during` runs and lands, then comes back. */
export class Outage extends StoreStep {
  constructor(readonly during: StoreStep) {
    super();
  }
  async act(m: StoreModel, r: StoreReal) {
    r.db.offline = true;
    try {
      await this.during.act(m, r);
      await settleStore(r);
    } finally {
      r.db.offline = false;
    }
  }
  toString() {
    return `Outage(${this.during.toString()})`;
  }
}

/** From now on answers take `ms` ms more, for every call or only for the lists (see model-commands.ts). */
export class SlowAnswers extends StoreStep {
  constructor(
    readonly ms: number,
    readonly onlyLists: boolean,
  ) {
    super();
  }
  act(_m: StoreModel, r: StoreReal) {
    r.answerDelay = this.ms;
    r.answerDelayOnlyLists = this.onlyLists;
  }
  toString() {
    return `SlowAnswers(${this.ms}${this.onlyLists ? ', lists only' : ''})`;
  }
}

// ---- Arbitraries ---------------------------------------------------------------------------------

const listIndex = fc.nat(SPECS.length - 1);
const kind = fc.constantFrom<Kind>('session', 'message');
const target: fc.Arbitrary<Target> = fc.record({
  listed: fc.boolean(),
  index: fc.nat(20),
});
const actionName = fc.constantFrom<ActionName>('accept', 'reject', 'link');

export const listStep: fc.Arbitrary<StoreStep> = fc.oneof(
  {
    arbitrary: fc.tuple(listIndex, fc.constantFrom(undefined, 0)).map(([l, a]) => new Ensure(l, a)),
    weight: 3,
  },
  { arbitrary: listIndex.map((l) => new LoadMore(l)), weight: 3 },
  { arbitrary: listIndex.map((l) => new Refresh(l)), weight: 2 },
  fc.tuple(listIndex, listIndex, fc.boolean()).map(([a, b, abort]) => new SwitchMidLoad(a, b, abort)),
  fc.boolean().map((force) => new Counts(force)),
  fc.constant(new Abort()),
);

export const actionStep: fc.Arbitrary<StoreStep> = fc.oneof(
  { arbitrary: fc.tuple(kind, target).map(([k, t]) => new Act('accept', k, t)), weight: 3 },
  {
    arbitrary: fc
      .tuple(kind, target, fc.constantFrom(undefined, 'Sorry, I am travelling that week.'))
      .map(([k, t, reason]) => new Act('reject', k, t, reason)),
    weight: 3,
  },
  target.map((t) => new Act('link', 'session', t)),
  fc.tuple(actionName, actionName, kind, target).map(([a, b, k, t]) => new Both(a, b, k, t)),
);

export const worldStep: fc.Arbitrary<StoreStep> = fc.oneof(
  fc.tuple(kind, fc.boolean(), fc.nat(20)).map(([k, accept, index]) => new Elsewhere(k, accept, index)),
  fc.tuple(fc.nat(20), fc.boolean()).map(([index, mark]) => new Expire(index, mark)),
  fc.integer({ min: 1, max: 3 }).map((n) => new Flap(n)),
  fc.constantFrom(0, 2, 10).chain((ms) => fc.boolean().map((lists) => new SlowAnswers(ms, lists))),
  listStep.map((step) => new Outage(step)),
);

export const storeCommands = [
  listStep,
  listStep,
  actionStep,
  actionStep,
  worldStep,
  fc.constantFrom(0, 2, 8).map((ms) => new Wait(ms)),
  fc.constant(new Pause()),
];

/**
 * Each run starts with its own network (answer delay), freshness window and transport: in the page in the
 * normal suite; under STRESS, one run in four through the service worker (see store-model.ts `emulated`).
 */
export const storeRunSetup = fc.record({
  transport: size(
    fc.constant<'direct' | 'worker'>('direct'),
    fc.constantFrom<'direct' | 'worker'>('direct', 'direct', 'direct', 'worker'),
  ),
  ms: fc.constantFrom(0, 2, 10),
  onlyLists: fc.boolean(),
  freshness: fc.constantFrom(0, 60_000),
});
