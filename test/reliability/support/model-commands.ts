/**
 * The commands of model-based.test.ts (issue 5, item 5): the user's and the world's, and the fast-check
 * arbitraries that draw them.
 */
import { waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { MentorEdDb } from '../../../src/mocks/index.js';
import { cards, detailOf, inDetail, root, tabsOf, type Lit } from './mentored.js';
import { checkInvariants, key, kindOf, settleAll, type Kind, type Model, type Real } from './model.js';

// ---- The world's changes (shared with the store's model run, store-model-commands.ts) ------------

/** Another device accepts or rejects the n-th pending received request of `kind`; the server version moves. */
export function handleElsewhere(
  m: { serverVersion: number },
  db: MentorEdDb,
  kind: Kind,
  accept: boolean,
  index: number,
): void {
  const ids = kind === 'session' ? db.pendingReceivedSessionIds() : db.pendingReceivedMessageIds();
  if (!ids.length) return;
  const id = ids[index % ids.length]!;
  if (accept) db.acceptElsewhere(id, kind);
  else db.rejectElsewhere(id, kind);
  m.serverVersion++;
}

/** The n-th pending received session request expires (marked EXPIRED, or only by its end time). */
export function expireOne(m: { serverVersion: number }, db: MentorEdDb, index: number, mark: boolean): void {
  const ids = db.pendingReceivedSessionIds();
  if (!ids.length) return;
  db.expire(ids[index % ids.length]!, { mark });
  m.serverVersion++;
}

// ---- Commands ------------------------------------------------------------------------------------

/** Commands executed (all runs, shrinking included). */
export const stats = { executed: 0 };

export abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }
  /**
   * Like a user, the next command does not wait for this one's calls: only for the screen to show the
   * result. The invariants are checked at each Pause (and at the end of the run), once all calls landed.
   */
  async run(m: Model, r: Real): Promise<void> {
    stats.executed++;
    await this.act(m, r);
    await r.el.updateComplete;
    await detailOf(r.el)?.updateComplete;
  }
  abstract act(m: Model, r: Real): Promise<void> | void;
  abstract toString(): string;
}

export class SelectTab extends Step {
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

export class OpenCard extends Step {
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

export class Back extends Step {
  act(_m: Model, r: Real) {
    root(r.el).querySelector<HTMLButtonElement>('.back')?.click();
  }
  toString() {
    return 'Back';
  }
}

/** Accept or reject in the open detail; a success is remembered as "handled here". */
export class Decide extends Step {
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

export class LoadMore extends Step {
  act(_m: Model, r: Real) {
    if (!detailOf(r.el)) root(r.el).querySelector<HTMLButtonElement>('.load-more')?.click();
  }
  toString() {
    return 'LoadMore';
  }
}

export class Refresh extends Step {
  act(_m: Model, r: Real) {
    if (!detailOf(r.el)) root(r.el).querySelector<HTMLButtonElement>('.refresh')?.click();
  }
  toString() {
    return 'Refresh';
  }
}

/** Another device accepts or rejects the n-th pending received request. */
export class Elsewhere extends Step {
  constructor(
    readonly kind: Kind,
    readonly accept: boolean,
    readonly index: number,
  ) {
    super();
  }
  act(m: Model, r: Real) {
    handleElsewhere(m, r.db, this.kind, this.accept, this.index);
  }
  toString() {
    return `${this.accept ? 'AcceptElsewhere' : 'RejectElsewhere'}(${this.kind}, ${this.index})`;
  }
}

/** The n-th pending session request expires: marked EXPIRED by the server, or only by its end time. */
export class Expire extends Step {
  constructor(
    readonly index: number,
    readonly mark: boolean,
  ) {
    super();
  }
  act(m: Model, r: Real) {
    expireOne(m, r.db, this.index, this.mark);
  }
  toString() {
    return `Expire(${this.index}, ${this.mark ? 'marked' : 'by end time'})`;
  }
}

/** The next few calls fail as a dropped connection. */
export class Flap extends Step {
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
export class Seq extends Step {
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
export class Pause extends Step {
  act() {}
  override async run(m: Model, r: Real): Promise<void> {
    stats.executed++;
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
export class SlowAnswers extends Step {
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
export class Outage extends Step {
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

export const userStep: fc.Arbitrary<Step> = fc.oneof(
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
export const decideStep: fc.Arbitrary<Step> = fc
  .tuple(fc.nat(20), fc.boolean(), fc.boolean(), fc.boolean())
  .map(
    ([index, accept, reason, back]) =>
      new Seq([new OpenCard(index), new Decide(accept, reason), ...(back ? [new Back()] : [])]),
  );

export const commands = [
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
export const network = fc.record({ ms: fc.constantFrom(0, 40, 250), onlyLists: fc.boolean() });
