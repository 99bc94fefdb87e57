/**
 * Issue 5, item 5: model-based random testing with fast-check (`fc.commands` + `fc.asyncModelRun`) of
 * <requests-page> with the MentorEdAdapter and the MSW emulation.
 *
 * Commands: the user's (select a tab, open a card, back, accept, reject with or without a reason, load
 * more, refresh) and the world's (another device accepts or rejects a request, a request expires — marked
 * by the server or only by its end time —, the network flaps for a few calls, the connection drops and
 * comes back). After every command the page settles, then the invariants are checked:
 *   I1 a request handled through this page is never shown with actions again (card or detail);
 *   I2 the tab counts equal the emulated server's pending received requests whenever the page has
 *      asked for them since the server last changed (and the answer arrived);
 *   I3 no request is duplicated in a list, and a list loaded since the server last changed is exactly the
 *      server's list up to its length (nothing lost, nothing reordered);
 *   I4 no uncaught error, no console error, and only the errors the world can cause (network, conflict,
 *      not-found) are reported.
 * A failure prints fast-check's seed, path and shrunk command sequence.
 *
 * Normal suite: 100 runs of up to 12 commands. Stress: 1,000 runs of up to 20 commands.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { STRESS, captureConsole, figure, size, watchUncaught } from './support/env.js';
import {
  adapter as mentoredAdapter,
  cardIds,
  cards,
  detailOf,
  idle,
  inDetail,
  root,
  serve,
  serverMessageList,
  serverSessionList,
  startWorker,
  stopWorker,
  tabsOf,
  type Lit,
} from './support/mentored.js';

type Kind = 'session' | 'message';

const NUM_RUNS = size(100, 1000);
const MAX_COMMANDS = size(20, 30);

interface Model {
  /** Bumped by every change the page did not make itself. */
  serverVersion: number;
  /** `kind:id` of the requests accepted or rejected through this page. */
  handledHere: Set<string>;
}

interface Call {
  method: string;
  page?: number;
  version: number;
  ok?: boolean;
  done: boolean;
  endedAt?: number;
}

interface Real {
  db: MentorEdDb;
  el: RequestsPage;
  calls: Call[];
  errors: { action: string; kind: string }[];
  model: Model;
  /** Added to every answer, or only to the lists' (see SlowAnswers). */
  answerDelay: number;
  answerDelayOnlyLists: boolean;
}

/** Records every adapter call with the server version it started at. */
function recording(target: RequestsAdapter, real: () => Real): RequestsAdapter {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const r = real();
        const query = args[0] as { page?: number } | undefined;
        const call: Call = {
          method: String(key),
          page: typeof query === 'object' ? query?.page : undefined,
          version: r.model.serverVersion,
          done: false,
        };
        r.calls.push(call);
        const delay = r.answerDelayOnlyLists && !String(key).startsWith('list') ? 0 : r.answerDelay;
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

const key = (kind: Kind, id: string) => `${kind}:${id}`;
const kindOf = (el: RequestsPage): Kind => (el.tab === 'message' ? 'message' : 'session');
type Internals = {
  lists: Record<Kind, { loadedAt: number; loading: unknown; items: { id: string }[] }>;
  pending: { error?: unknown };
};
const internals = (el: RequestsPage) => el as unknown as Internals;

async function settleAll(r: Real): Promise<void> {
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
const applied = { i1: 0, i2: 0, i3: 0 };

function checkInvariants(m: Model, r: Real): void {
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
    const list = internals(el).lists[kind];
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

  // I4: only the errors the world causes: the network, a request handled or gone elsewhere, and an accept
  // whose slot clashes with a session accepted before (MentorEd's 400 "You already have a session
  // scheduled at this time.", a validation error).
  for (const error of r.errors) {
    const allowed = [
      'network',
      'conflict',
      'not-found',
      ...(error.action === 'accept' ? ['validation'] : []),
    ];
    expect(allowed, `I4: unexpected ${error.action} error`).to.include(error.kind);
  }
}

// ---- Commands ------------------------------------------------------------------------------------

/** Commands executed (all runs, shrinking included). */
let executed = 0;

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }
  /**
   * Like a user, the next command does not wait for this one's calls: only for the screen to show the
   * result. The invariants are checked at each Pause (and at the end of the run), once all calls landed.
   */
  async run(m: Model, r: Real): Promise<void> {
    executed++;
    await this.act(m, r);
    await r.el.updateComplete;
    await detailOf(r.el)?.updateComplete;
  }
  abstract act(m: Model, r: Real): Promise<void> | void;
  abstract toString(): string;
}

class SelectTab extends Step {
  constructor(readonly tab: Kind) {
    super();
  }
  act(_m: Model, r: Real) {
    tabsOf(r.el).shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${this.tab}`)!.click();
  }
  toString() {
    return `SelectTab(${this.tab})`;
  }
}

class OpenCard extends Step {
  constructor(readonly index: number) {
    super();
  }
  act(_m: Model, r: Real) {
    if (detailOf(r.el)) return;
    const list = cards(r.el);
    if (list.length) list[this.index % list.length]!.querySelector<HTMLButtonElement>('button.open')!.click();
  }
  toString() {
    return `OpenCard(${this.index})`;
  }
}

class Back extends Step {
  act(_m: Model, r: Real) {
    root(r.el).querySelector<HTMLButtonElement>('.back')?.click();
  }
  toString() {
    return 'Back';
  }
}

/** Accept or reject in the open detail; a success is remembered as "handled here". */
class Decide extends Step {
  constructor(
    readonly accept: boolean,
    readonly reason: boolean,
  ) {
    super();
  }
  async act(m: Model, r: Real) {
    const detail = detailOf(r.el);
    const button = inDetail<HTMLButtonElement>(
      r.el,
      this.accept ? '[part~="accept-button"]' : '[part~="reject-button"]',
    );
    if (!detail || !button || button.disabled) return;
    const kind = kindOf(r.el);
    // On the detail itself: its outcome counts even when it lands after the user left the detail.
    const done = (e: Event) =>
      m.handledHere.add(key(kind, ((e as CustomEvent).detail.request as { id: string }).id));
    detail.addEventListener('request-accepted', done);
    detail.addEventListener('request-rejected', done);
    button.click();
    if (!this.accept) {
      const dialog = inDetail<Lit>(r.el, 'confirm-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'no dialog', { interval: 5 });
      const box = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea');
      if (box && this.reason) {
        box.value = 'Sorry, I am travelling that week.';
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await dialog.updateComplete;
      }
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    }
  }
  toString() {
    return this.accept ? 'Accept' : `Reject(${this.reason ? 'with reason' : 'no reason'})`;
  }
}

class LoadMore extends Step {
  act(_m: Model, r: Real) {
    if (!detailOf(r.el)) root(r.el).querySelector<HTMLButtonElement>('.load-more')?.click();
  }
  toString() {
    return 'LoadMore';
  }
}

class Refresh extends Step {
  act(_m: Model, r: Real) {
    if (!detailOf(r.el)) root(r.el).querySelector<HTMLButtonElement>('.refresh')?.click();
  }
  toString() {
    return 'Refresh';
  }
}

/** Another device accepts or rejects the n-th pending received request. */
class Elsewhere extends Step {
  constructor(
    readonly kind: Kind,
    readonly accept: boolean,
    readonly index: number,
  ) {
    super();
  }
  act(m: Model, r: Real) {
    const ids = this.kind === 'session' ? r.db.pendingReceivedSessionIds() : r.db.pendingReceivedMessageIds();
    if (!ids.length) return;
    const id = ids[this.index % ids.length]!;
    if (this.accept) r.db.acceptElsewhere(id, this.kind);
    else r.db.rejectElsewhere(id, this.kind);
    m.serverVersion++;
  }
  toString() {
    return `${this.accept ? 'AcceptElsewhere' : 'RejectElsewhere'}(${this.kind}, ${this.index})`;
  }
}

/** The n-th pending session request expires: marked EXPIRED by the server, or only by its end time. */
class Expire extends Step {
  constructor(
    readonly index: number,
    readonly mark: boolean,
  ) {
    super();
  }
  act(m: Model, r: Real) {
    const ids = r.db.pendingReceivedSessionIds();
    if (!ids.length) return;
    r.db.expire(ids[this.index % ids.length]!, { mark: this.mark });
    m.serverVersion++;
  }
  toString() {
    return `Expire(${this.index}, ${this.mark ? 'marked' : 'by end time'})`;
  }
}

/** The next few calls fail as a dropped connection. */
class Flap extends Step {
  constructor(readonly calls: number) {
    super();
  }
  act(_m: Model, r: Real) {
    r.db.failNext('any', 'network', this.calls);
  }
  toString() {
    return `Flap(${this.calls})`;
  }
}

/**
 * Several user steps in a row, each as soon as the screen shows its control (calls of the previous step
 * may still be in flight): open a card, accept it, go back.
 */
class Seq extends Step {
  constructor(readonly steps: Step[]) {
    super();
  }
  async act(m: Model, r: Real) {
    for (const [i, step] of this.steps.entries()) {
      if (i > 0) {
        await r.el.updateComplete;
        await detailOf(r.el)?.updateComplete;
      }
      await step.act(m, r);
    }
  }
  toString() {
    return this.steps.map(String).join(' > ');
  }
}

/** The user waits until everything has landed: then the invariants must hold. */
class Pause extends Step {
  act() {}
  override async run(m: Model, r: Real): Promise<void> {
    executed++;
    await settleAll(r);
    checkInvariants(m, r);
  }
  toString() {
    return 'Pause';
  }
}

/**
 * From now on answers take `ms` ms more (the call reaches the server at once; its answer is slow), for
 * every call or only for the lists (big pages on a slow link: a list read before an accept can then
 * answer after it).
 */
class SlowAnswers extends Step {
  constructor(
    readonly ms: number,
    readonly onlyLists: boolean,
  ) {
    super();
  }
  act(_m: Model, r: Real) {
    r.answerDelay = this.ms;
    r.answerDelayOnlyLists = this.onlyLists;
  }
  toString() {
    return `SlowAnswers(${this.ms}${this.onlyLists ? ', lists only' : ''})`;
  }
}

/** The connection drops (every call fails), the user tries something, and it comes back. */
class Outage extends Step {
  constructor(readonly during: Step) {
    super();
  }
  async act(m: Model, r: Real) {
    r.db.offline = true;
    try {
      await this.during.act(m, r);
      await settleAll(r);
    } finally {
      r.db.offline = false;
    }
    window.dispatchEvent(new Event('online'));
  }
  toString() {
    return `Outage(${this.during.toString()})`;
  }
}

const userStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Kind>('session', 'message').map((t) => new SelectTab(t)),
  fc.nat(20).map((i) => new OpenCard(i)),
  fc.constant(new Back()),
  fc.constant(new Decide(true, false)),
  fc.boolean().map((reason) => new Decide(false, reason)),
  fc.constant(new LoadMore()),
  // Refresh and Load more are where list answers race with actions: drawn more often.
  { arbitrary: fc.constant(new Refresh()), weight: 3 },
  { arbitrary: fc.constant(new LoadMore()), weight: 2 },
);

/** Open a card and decide at once: the common path, so that handled requests are frequent. */
const decideStep: fc.Arbitrary<Step> = fc
  .tuple(fc.nat(20), fc.boolean(), fc.boolean(), fc.boolean())
  .map(
    ([index, accept, reason, back]) =>
      new Seq([new OpenCard(index), new Decide(accept, reason), ...(back ? [new Back()] : [])]),
  );

const commands = [
  userStep,
  userStep,
  decideStep,
  decideStep,
  fc.constant(new Pause()),
  fc.constant(new Pause()),
  fc
    .tuple(fc.constantFrom<Kind>('session', 'message'), fc.boolean(), fc.nat(20))
    .map(([kind, accept, index]) => new Elsewhere(kind, accept, index)),
  fc.tuple(fc.nat(20), fc.boolean()).map(([index, mark]) => new Expire(index, mark)),
  fc.integer({ min: 1, max: 3 }).map((n) => new Flap(n)),
  userStep.map((step) => new Outage(step)),
  fc.tuple(fc.constantFrom(0, 40, 250), fc.boolean()).map(([ms, lists]) => new SlowAnswers(ms, lists)),
];

/** Each run starts on a network of its own: fast, slow, or with slow list answers. */
const network = fc.record({ ms: fc.constantFrom(0, 40, 250), onlyLists: fc.boolean() });

describe('reliability 5: model-based testing of <requests-page> (fast-check)', function () {
  this.timeout(size(110_000, 7_000_000));
  let uncaught: ReturnType<typeof watchUncaught>;

  before(async () => {
    await startWorker();
    uncaught = watchUncaught();
  });
  after(() => {
    uncaught.stop();
    stopWorker();
  });

  it(`${NUM_RUNS} random runs of up to ${MAX_COMMANDS} commands keep the invariants`, async () => {
    const started = performance.now();
    let runs = 0;
    let seedUsed = 0;
    executed = 0;
    const console_ = captureConsole(['warn']);
    try {
      const outcome = await fc.check(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000_000 }),
          network,
          fc.commands(commands, { maxCommands: MAX_COMMANDS, size: 'max' }),
          async (seed, net, cmds) => {
            runs++;
            const db = serve({ seed, sessionRequests: 16, messageRequests: 10 });
            const model: Model = { serverVersion: 0, handledHere: new Set() };
            const real = {
              db,
              calls: [],
              errors: [],
              model,
              answerDelay: net.ms,
              answerDelayOnlyLists: net.onlyLists,
            } as unknown as Real;
            const onError = (e: Event) => {
              const d = (e as CustomEvent).detail;
              real.errors.push({ action: d.action, kind: d.error?.kind });
            };
            const box = await fixture<HTMLDivElement>(
              html`<div style="block-size:320px;overflow:auto">
                <requests-page page-size="5"></requests-page>
              </div>`,
            );
            real.el = box.querySelector('requests-page')!;
            real.el.addEventListener('request-error', onError);
            real.el.adapter = recording(mentoredAdapter(), () => real);
            try {
              await waitUntil(
                () => cards(real.el).length > 0 || root(real.el).querySelector('.empty'),
                'no list',
                {
                  interval: 5,
                },
              );
              await settleAll(real);
              checkInvariants(model, real);
              await fc.asyncModelRun(() => ({ model, real }), cmds);
              await new Pause().run(model, real);
              const errors = console_.entries.filter((e) => e.level === 'error');
              expect(
                errors.map((e) => String(e.args[0])),
                'I4: console errors',
              ).to.deep.equal([]);
              expect(uncaught.errors, 'I4: uncaught errors').to.deep.equal([]);
            } finally {
              // Nothing of this run may land on the next run's server (a NoWait accept still in flight).
              await waitUntil(() => real.calls.every((c) => c.done), 'calls in flight', {
                timeout: 8000,
                interval: 5,
              }).catch(() => undefined);
              real.el.removeEventListener('request-error', onError);
              box.remove();
            }
          },
        ),
        { numRuns: NUM_RUNS, seed: STRESS ? undefined : 20_251_105 },
      );
      seedUsed = outcome.seed;
      if (outcome.failed) {
        // The seed, the path and the shrunk command sequence, then what broke.
        const cause =
          outcome.errorInstance instanceof Error
            ? (outcome.errorInstance.stack ?? outcome.errorInstance.message)
            : String(outcome.errorInstance);
        throw new Error(`${fc.defaultReportMessage(outcome)}\n\nFailure: ${cause}`);
      }
    } finally {
      console_.restore();
    }
    figure('5 model-based', 'runs', runs);
    figure('5 model-based', 'fast-check seed', seedUsed);
    figure('5 model-based', 'commands executed', executed);
    figure('5 model-based', 'time ms', Math.round(performance.now() - started));
    figure('5 model-based', 'I1 checks (handled request on screen)', applied.i1);
    figure('5 model-based', 'I2 checks (counts compared)', applied.i2);
    figure('5 model-based', 'I3 checks (fresh list compared)', applied.i3);
    figure('5 model-based', 'invariant violations', 0);
  });
});
