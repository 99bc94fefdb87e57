/**
 * Issue 5, item 4: races, through <requests-page>, the MentorEdAdapter and the MSW emulation.
 * - 10 rapid clicks on Accept / Reject / Save (in one task, and spread over tasks) = 1 adapter call and
 *   1 server call;
 * - an accept while the list refreshes (the refresh read the server before the accept landed and answers
 *   after it): the handled request must not come back with its actions;
 * - switching tabs, going back, a new deep link or a second Refresh while a load is in flight: the stale
 *   answer never overwrites the new view, and stale loads are aborted through their AbortSignal;
 * - two elements showing the same request: the second gets the conflict message and learns the outcome;
 *   two simultaneous accepts create one session.
 * Normal: each scenario once per kind (rapid clicks: 10). Stress: every scenario repeated 10 times.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import type { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { figure, size, sleep, watchUncaught } from './support/env.js';
import {
  adapter as mentoredAdapter,
  back,
  cardIds,
  cards,
  confirmReject,
  detailOf,
  inDetail,
  openCard,
  recordErrors,
  root,
  selectTab,
  serve,
  serverMessageList,
  serverSessionList,
  settle,
  spy,
  startWorker,
  stopWorker,
  tabsOf,
  targetedFaults,
  text,
  typeInto,
  type Lit,
  type SpiedCall,
} from './support/mentored.js';

type Kind = 'session' | 'message';
const KINDS: Kind[] = ['session', 'message'];
const REPEAT = size(1, 10);
const CLICKS = 10;
const MEET = 'https://meet.google.com/abc-defg-hij';

/** An adapter whose chosen calls answer `delay(n)` ms after the server answered (the n-th call, from 0). */
function delayed(
  target: MentorEdAdapter,
  delays: Partial<Record<keyof MentorEdAdapter, (n: number) => number>>,
): MentorEdAdapter {
  const counts = new Map<string, number>();
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      const delay = delays[key as keyof MentorEdAdapter];
      if (typeof value !== 'function' || !delay) return value;
      return async (...args: unknown[]) => {
        const n = counts.get(String(key)) ?? 0;
        counts.set(String(key), n + 1);
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        await sleep(delay(n));
        return result;
      };
    },
  });
}

interface Page {
  db: MentorEdDb;
  el: RequestsPage;
  calls: SpiedCall[];
}

async function page(
  kind: Kind,
  wrap: (a: MentorEdAdapter) => MentorEdAdapter = (a) => a,
  db?: MentorEdDb,
): Promise<Page> {
  db ??= serve({ seed: 9, sessionRequests: 24, messageRequests: 20 });
  const { adapter, calls } = spy(wrap(mentoredAdapter()));
  const box = await fixture<HTMLDivElement>(
    html`<div style="block-size:300px;overflow:auto">
      <requests-page .adapter=${adapter} tab=${kind} page-size="5"></requests-page>
    </div>`,
  );
  const el = box.querySelector('requests-page')!;
  await waitUntil(() => cards(el).length > 0, 'the list did not load');
  await settle(el);
  return { db, el, calls };
}

const pendingIds = (db: MentorEdDb, kind: Kind) =>
  kind === 'session' ? db.pendingReceivedSessionIds() : db.pendingReceivedMessageIds();
const actionable = (el: RequestsPage) =>
  cards(el)
    .filter((c) => c.querySelector('button.open.primary'))
    .map((c) => c.dataset.id!);
/** Two pending requests that are not in the loaded list, so that a deep link loads them by id. */
function notLoaded(p: Page, kind: Kind): [string, string] {
  const ids = pendingIds(p.db, kind).filter((id) => !cardIds(p.el).includes(id));
  if (ids.length < 2) throw new Error('not enough requests beyond the first page');
  return [ids[0]!, ids[1]!];
}
const count = (calls: SpiedCall[], method: string) => calls.filter((c) => c.method === method).length;
const serverCalls = (db: MentorEdDb, endpoint: string) =>
  db.calls.filter((c) => c.endpoint === endpoint).length;

async function openFirstActionable(p: Page): Promise<string> {
  const id = actionable(p.el)[0]!;
  openCard(p.el, id);
  await waitUntil(() => inDetail(p.el, '[part~="accept-button"]'), 'no Accept');
  return id;
}

describe('reliability 4: races', function () {
  this.timeout(size(30_000, 600_000));
  let uncaught: ReturnType<typeof watchUncaught>;
  const figures = { rapid: 0, rapidCalls: 0, stale: 0 };

  before(async () => {
    await startWorker();
    uncaught = watchUncaught();
  });
  after(() => {
    uncaught.stop();
    stopWorker();
    figure('4 races', 'rapid-click bursts (10 clicks each)', figures.rapid);
    figure('4 races', 'adapter calls per burst (max)', figures.rapidCalls);
    figure('4 races', 'stale-answer scenarios', figures.stale);
  });
  afterEach(() => expect(uncaught.errors, 'uncaught errors').to.deep.equal([]));

  describe('10 rapid clicks = 1 adapter call', () => {
    for (const kind of KINDS) {
      for (const spread of [false, true]) {
        const how = spread ? 'spread over 10 tasks' : 'in one task';
        it(`Accept (${kind}), ${how}`, async () => {
          for (let r = 0; r < REPEAT; r++) {
            const p = await page(kind);
            await openFirstActionable(p);
            const endpoint = kind === 'session' ? 'requestSessions/accept' : 'connections/accept';
            p.db.latencyMs = 60;
            const button = inDetail<HTMLButtonElement>(p.el, '[part~="accept-button"]')!;
            for (let i = 0; i < CLICKS; i++) {
              button.click();
              if (spread) await aTimeout(0);
            }
            await waitUntil(
              () => text(inDetail(p.el, '[part~="status"]')) === en.statusAccepted,
              'not accepted',
            );
            const method = kind === 'session' ? 'acceptSessionRequest' : 'acceptMessageRequest';
            expect(count(p.calls, method), 'adapter calls').to.equal(1);
            expect(serverCalls(p.db, endpoint), 'server calls').to.equal(1);
            figures.rapid++;
            figures.rapidCalls = Math.max(figures.rapidCalls, count(p.calls, method));
          }
        });

        it(`Reject (${kind}), ${how}: 10 clicks on Reject, then 10 on Confirm`, async () => {
          for (let r = 0; r < REPEAT; r++) {
            const p = await page(kind);
            await openFirstActionable(p);
            p.db.latencyMs = 60;
            const reject = inDetail<HTMLButtonElement>(p.el, '[part~="reject-button"]')!;
            for (let i = 0; i < CLICKS; i++) {
              reject.click();
              if (spread) await aTimeout(0);
            }
            const dialog = inDetail<Lit>(p.el, 'confirm-dialog')!;
            await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'no dialog');
            const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!;
            for (let i = 0; i < CLICKS; i++) {
              confirm.click();
              if (spread) await aTimeout(0);
            }
            await waitUntil(
              () => text(inDetail(p.el, '[part~="status"]')) === en.statusRejected,
              'not rejected',
            );
            const method = kind === 'session' ? 'rejectSessionRequest' : 'rejectMessageRequest';
            const endpoint = kind === 'session' ? 'requestSessions/reject' : 'connections/reject';
            expect(count(p.calls, method), 'adapter calls').to.equal(1);
            expect(serverCalls(p.db, endpoint), 'server calls').to.equal(1);
            // The dialog opened once: it is closed and does not come back.
            await aTimeout(50);
            expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
            figures.rapid += 2;
            figures.rapidCalls = Math.max(figures.rapidCalls, count(p.calls, method));
          }
        });
      }
    }

    for (const spread of [false, true]) {
      it(`Save link, ${spread ? 'spread over 10 tasks' : 'in one task'}`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const p = await page('session');
          const id = await openFirstActionable(p);
          inDetail<HTMLButtonElement>(p.el, '[part~="accept-button"]')!.click();
          await waitUntil(() => inDetail(p.el, '.link-section .button'), 'no Add link');
          inDetail<HTMLButtonElement>(p.el, '.link-section .button')!.click();
          await waitUntil(() => inDetail(p.el, '#link-url'));
          typeInto(inDetail<HTMLInputElement>(p.el, '#link-url')!, MEET);
          await detailOf(p.el)!.updateComplete;
          p.db.latencyMs = 60;
          const save = inDetail<HTMLButtonElement>(p.el, '[part~="save-button"]')!;
          const form = inDetail<HTMLFormElement>(p.el, 'form.link-form')!;
          for (let i = 0; i < CLICKS; i++) {
            // Alternate a click and Enter (a form submit), the two ways to save.
            if (i % 2) save.click();
            else form.requestSubmit();
            if (spread) await aTimeout(0);
          }
          await waitUntil(() => inDetail(p.el, 'a.join'), 'the link was not saved');
          expect(count(p.calls, 'setMeetingLink'), 'adapter calls').to.equal(1);
          expect(serverCalls(p.db, 'sessions/update'), 'server calls').to.equal(1);
          expect(
            p.db.sessions.find((s) => s.id === p.db.sessionRequest(id)!.session_id)!.meeting_info.link,
          ).to.equal(MEET);
          figures.rapid++;
        }
      });
    }

    it('Load more: 10 clicks = 1 page fetched', async () => {
      for (let r = 0; r < REPEAT; r++) {
        const p = await page('session');
        p.db.latencyMs = 60;
        const before = count(p.calls, 'listSessionRequests');
        const more = root(p.el).querySelector<HTMLButtonElement>('.load-more')!;
        for (let i = 0; i < CLICKS; i++) more.click();
        await waitUntil(() => cards(p.el).length === 10, 'page 2');
        await settle(p.el);
        expect(count(p.calls, 'listSessionRequests') - before).to.equal(1);
        figures.rapid++;
      }
    });
  });

  describe('stale answers never overwrite the newer view', () => {
    for (const kind of KINDS) {
      it(`accept while the list refreshes (${kind}): the refresh answer predates the accept`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const list = kind === 'session' ? 'listSessionRequests' : 'listMessageRequests';
          // The first load is quick; the refresh reads the server at once and answers 400 ms later.
          const p = await page(kind, (a) => delayed(a, { [list]: (n: number) => (n === 0 ? 0 : 400) }));
          root(p.el).querySelector<HTMLButtonElement>('.refresh')!.click();
          await waitUntil(() => count(p.calls, list) === 2, 'no refresh');
          await aTimeout(30); // the refresh has read the server
          const id = await openFirstActionable(p);
          inDetail<HTMLButtonElement>(p.el, '[part~="accept-button"]')!.click();
          await waitUntil(
            () => text(inDetail(p.el, '[part~="status"]')) === en.statusAccepted,
            'not accepted',
          );
          back(p.el);
          await sleep(500); // the stale refresh answer has arrived
          await settle(p.el);
          expect(pendingIds(p.db, kind)).to.not.include(id);
          expect(actionable(p.el), 'the accepted request is offered again').to.not.include(id);
          // Opening it (if it is still listed) never shows actions.
          if (cardIds(p.el).includes(id)) {
            openCard(p.el, id);
            await settle(p.el);
            expect(inDetail(p.el, '[part~="accept-button"]'), 'actions after it was handled').to.equal(null);
            back(p.el);
          }
          const counts = p.db.pendingReceivedCounts();
          await waitUntil(
            () =>
              tabsOf(p.el).sessionCount === counts.session && tabsOf(p.el).messageCount === counts.message,
            'counts',
          );
          figures.stale++;
        }
      });

      it(`reject, back and open it again before the answer (${kind}): the reopened detail shows the outcome`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const method = kind === 'session' ? 'rejectSessionRequest' : 'rejectMessageRequest';
          const p = await page(kind, (a) => delayed(a, { [method]: () => 300 }));
          const id = await openFirstActionable(p);
          inDetail<HTMLButtonElement>(p.el, '[part~="reject-button"]')!.click();
          const dialog = inDetail<Lit>(p.el, 'confirm-dialog')!;
          await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'no dialog');
          dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
          await waitUntil(() => count(p.calls, method) === 1);
          back(p.el);
          await p.el.updateComplete;
          openCard(p.el, id); // still listed: the reject has not answered yet
          await waitUntil(() => inDetail(p.el, '.person .name'));
          await sleep(450);
          await settle(p.el);
          expect(
            inDetail(p.el, '[part~="accept-button"], [part~="reject-button"]'),
            'actions after it was handled',
          ).to.equal(null);
          expect(text(inDetail(p.el, '[part~="status"]'))).to.equal(en.statusRejected);
          back(p.el);
          await settle(p.el);
          expect(cardIds(p.el)).to.not.include(id);
          figures.stale++;
        }
      });

      it(`reject while "load more" is on its way (${kind}): no request is skipped`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const p = await page(kind);
          const endpoint = kind === 'session' ? 'requestSessions/list' : 'connections/pending';
          // Page 2 reaches the server 300 ms late: after the reject, so the server's pages have moved up.
          const slow = targetedFaults(
            'get',
            endpoint,
            endpoint,
            (url) =>
              /[?&](pageNo|page)=2(&|$)/.test(url.search) && /[?&](pageSize|limit)=5(&|$)/.test(url.search),
          );
          slow.latencyMs = 300;
          const id = await openFirstActionable(p);
          await confirmReject(p.el);
          back(p.el);
          await p.el.updateComplete;
          root(p.el).querySelector<HTMLButtonElement>('.load-more')!.click();
          await sleep(500);
          await settle(p.el);
          slow.latencyMs = 0;
          const server = kind === 'session' ? serverSessionList(p.db) : serverMessageList(p.db);
          expect(server).to.not.include(id);
          expect(cardIds(p.el), 'the list is the server\u2019s, nothing skipped').to.deep.equal(
            server.slice(0, cardIds(p.el).length),
          );
          expect(cardIds(p.el).length).to.be.at.least(8);
          figures.stale++;
        }
      });

      it(`switching tabs while the ${kind} list loads`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const other: Kind = kind === 'session' ? 'message' : 'session';
          const list = kind === 'session' ? 'listSessionRequests' : 'listMessageRequests';
          const p = await page(other, (a) => delayed(a, { [list]: () => 400 }));
          const errors = recordErrors();
          await selectTab(p.el, kind); // starts the slow load
          await waitUntil(() => count(p.calls, list) === 1);
          await selectTab(p.el, other); // back to the loaded tab before it answers
          const shown = cardIds(p.el);
          await sleep(500);
          await p.el.updateComplete;
          expect(p.el.tab).to.equal(other);
          expect(cardIds(p.el), 'the other tab\u2019s answer did not replace this view').to.deep.equal(shown);
          const expected = (other === 'session' ? serverSessionList(p.db) : serverMessageList(p.db)).slice(
            0,
            5,
          );
          expect(cardIds(p.el)).to.deep.equal(expected);
          // Its own tab shows its own list.
          await selectTab(p.el, kind);
          await settle(p.el);
          const own = (kind === 'session' ? serverSessionList(p.db) : serverMessageList(p.db)).slice(0, 5);
          expect(cardIds(p.el)).to.deep.equal(own);
          errors.stop();
          expect(errors.events).to.deep.equal([]);
          figures.stale++;
        }
      });

      it(`going back while the ${kind} detail loads: aborted, and the late answer shows nowhere`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const get = kind === 'session' ? 'getSessionRequest' : 'getMessageRequest';
          const p = await page(kind, (a) => delayed(a, { [get]: () => 300 }));
          const [a, b] = notLoaded(p, kind);
          const errors = recordErrors();
          // Deep link to a, then back while it loads.
          p.el.openId = a;
          await waitUntil(() => count(p.calls, get) === 1);
          back(p.el);
          await p.el.updateComplete;
          const call = p.calls.find((c) => c.method === get)!;
          expect(call.signal?.aborted, 'aborted through its signal').to.equal(true);
          // Deep link to b: a's late answer must not show in b's view.
          p.el.openId = b;
          await waitUntil(() => inDetail(p.el, '.person .name'), 'b did not load', { timeout: 3000 });
          await sleep(400);
          expect(
            detailOf(p.el)!.getAttribute('request-id') ??
              (detailOf(p.el) as unknown as { requestId: string }).requestId,
          ).to.equal(b);
          const shownName = text(inDetail(p.el, '.person .name'));
          const expected = await mentoredAdapter()[
            kind === 'session' ? 'getSessionRequest' : 'getMessageRequest'
          ](b!);
          expect(shownName).to.equal(expected.person.name);
          errors.stop();
          expect(errors.events, 'an abort is not an error').to.deep.equal([]);
          figures.stale++;
        }
      });

      it(`a new deep link while the ${kind} detail loads: the first is aborted`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const get = kind === 'session' ? 'getSessionRequest' : 'getMessageRequest';
          // The first request answers late, the second at once.
          const p = await page(kind, (a) => delayed(a, { [get]: (n: number) => (n === 0 ? 400 : 0) }));
          const [a, b] = notLoaded(p, kind);
          p.el.openId = a;
          await waitUntil(() => count(p.calls, get) === 1);
          p.el.openId = b;
          await waitUntil(() => count(p.calls, get) === 2);
          expect(p.calls.find((c) => c.method === get)!.signal?.aborted).to.equal(true);
          await sleep(500);
          await settle(p.el);
          const expected = await mentoredAdapter()[
            kind === 'session' ? 'getSessionRequest' : 'getMessageRequest'
          ](b!);
          expect(text(inDetail(p.el, '.person .name'))).to.equal(expected.person.name);
          figures.stale++;
        }
      });

      it(`two Refresh clicks (${kind}): the first is aborted, its late answer is ignored`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const list = kind === 'session' ? 'listSessionRequests' : 'listMessageRequests';
          // Call 1 (the first refresh) answers late; call 2 (the second refresh) at once.
          const p = await page(kind, (a) => delayed(a, { [list]: (n: number) => (n === 1 ? 400 : 0) }));
          root(p.el).querySelector<HTMLButtonElement>('.refresh')!.click();
          await waitUntil(() => count(p.calls, list) === 2);
          await aTimeout(30);
          // The server changes between the two reads: the newest request is accepted elsewhere.
          const first = pendingIds(p.db, kind)[0]!;
          p.db.acceptElsewhere(first, kind);
          root(p.el).querySelector<HTMLButtonElement>('.refresh')!.click();
          await waitUntil(() => count(p.calls, list) === 3);
          expect(p.calls.filter((c) => c.method === list)[1]!.signal?.aborted).to.equal(true);
          await sleep(500);
          await settle(p.el);
          expect(cardIds(p.el), 'the stale first answer came back').to.not.include(first);
          figures.stale++;
        }
      });
    }
  });

  describe('two elements showing the same request', () => {
    for (const kind of KINDS) {
      const tag = kind === 'session' ? 'session-request-detail' : 'message-request-detail';
      it(`${kind}: the second learns the first's outcome (conflict message, no actions, new status)`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const db = serve({ seed: 9, sessionRequests: 24, messageRequests: 20 });
          const id = pendingIds(db, kind)[0]!;
          const box = await fixture<HTMLDivElement>(html`<div></div>`);
          const [one, two] = [0, 1].map(() => {
            const el = document.createElement(tag) as Lit & { adapter: unknown; requestId: string };
            el.adapter = mentoredAdapter();
            el.requestId = id;
            box.append(el);
            return el;
          });
          await waitUntil(() =>
            [one, two].every((el) => el!.shadowRoot?.querySelector('[part~="accept-button"]')),
          );
          const errors = recordErrors();
          one!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
          await waitUntil(
            () => text(one!.shadowRoot!.querySelector('[part~="status"]')) === en.statusAccepted,
          );
          two!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
          await waitUntil(
            () => text(two!.shadowRoot!.querySelector('.error')) !== '',
            'no message on the second',
          );
          expect(text(two!.shadowRoot!.querySelector('.error'))).to.equal(en.errorConflict);
          expect(two!.shadowRoot!.querySelector('[part~="accept-button"]')).to.equal(null);
          // It learns where the request stands now.
          await waitUntil(
            () => text(two!.shadowRoot!.querySelector('[part~="status"]')) === en.statusAccepted,
            'no refetch',
          );
          errors.stop();
          expect(errors.events.map((e) => `${e.action}/${e.errorKind}`)).to.deep.equal(['accept/conflict']);
        }
      });

      it(`${kind}: both accept at the same moment: one succeeds, one conflict, one server change`, async () => {
        for (let r = 0; r < REPEAT; r++) {
          const db = serve({ seed: 9, sessionRequests: 24, messageRequests: 20 });
          const id = pendingIds(db, kind)[0]!;
          const sessionsBefore = db.sessions.length;
          const box = await fixture<HTMLDivElement>(html`<div></div>`);
          const els = [0, 1].map(() => {
            const el = document.createElement(tag) as Lit & { adapter: unknown; requestId: string };
            el.adapter = mentoredAdapter();
            el.requestId = id;
            box.append(el);
            return el;
          });
          await waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('[part~="accept-button"]')));
          const accepted: Event[] = [];
          box.addEventListener('request-accepted', (e) => accepted.push(e));
          for (const el of els)
            el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
          await waitUntil(
            () =>
              els.every((el) => !el.shadowRoot!.querySelector('[aria-busy="true"]')) && accepted.length === 1,
          );
          await waitUntil(
            () => els.some((el) => text(el.shadowRoot!.querySelector('.error')) === en.errorConflict),
            'no conflict',
          );
          expect(accepted).to.have.length(1);
          if (kind === 'session') expect(db.sessions.length - sessionsBefore, 'sessions created').to.equal(1);
        }
      });
    }
  });
});
