/**
 * Issue 5, item 4: races (continued from races.test.ts), through <requests-page>, the MentorEdAdapter and
 * the MSW emulation: an accept while the list refreshes (the refresh read the server before the accept
 * landed and answers after it): the handled request must not come back with its actions; switching tabs,
 * going back, a new deep link or a second Refresh while a load is in flight: the stale answer never
 * overwrites the new view, and stale loads are aborted through their AbortSignal.
 * Normal: each scenario once per kind. Stress: every scenario repeated 10 times.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { LIST_SNAPSHOT_MS } from '../../src/adapters/mentored/paging.js';
import en from '../../src/i18n/en.js';
import { figure, size, sleep } from './support/env.js';
import {
  adapter as mentoredAdapter,
  back,
  cardIds,
  confirmReject,
  detailOf,
  inDetail,
  type Lit,
  openCard,
  recordErrors,
  root,
  selectTab,
  serverMessageList,
  serverSessionList,
  settle,
  tabsOf,
  targetedFaults,
  text,
  useMentoredSuite,
} from './support/mentored.js';
import {
  KINDS,
  REPEAT,
  actionable,
  count,
  delayed,
  notLoaded,
  openFirstActionable,
  page,
  pendingIds,
  type Kind,
} from './support/races.js';

describe('reliability 4: races', function () {
  this.timeout(size(30_000, 600_000));
  const figures = { stale: 0 };
  const uncaught = useMentoredSuite(() => figure('4 races', 'stale-answer scenarios', figures.stale));
  afterEach(() => expect(uncaught.errors, 'uncaught errors').to.deep.equal([]));

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
          // The MentorEd adapter reads a list whole and cuts every page from it (docs/mentored-api.md
          // 4.12): no call names page 2 any more, and within LIST_SNAPSHOT_MS of the first page's read
          // "Load more" is cut from that read's rows without a call (paging.ts `ListSnapshots`), so no
          // next page could reach the server after the reject. The adapter's clock is moved past that
          // window before "Load more", so that page 2 is read from the server as the race needs.
          const clock = { offset: 0 };
          const p = await page(kind, undefined, undefined, { now: () => Date.now() + clock.offset });
          const endpoint = kind === 'session' ? 'requestSessions/list' : 'connections/pending';
          // The list's whole-list read (session: the queue's statuses, unpaged; message: the one page
          // of 100) reaches the server 300 ms late: after the reject, so the server's pages have moved up.
          const slow = targetedFaults('get', endpoint, endpoint, (url) =>
            kind === 'session'
              ? url.searchParams.get('status') === 'REQUESTED'
              : url.searchParams.get('limit') === '100',
          );
          slow.latencyMs = 300;
          const id = await openFirstActionable(p);
          await confirmReject(p.el);
          back(p.el);
          await p.el.updateComplete;
          clock.offset = LIST_SNAPSHOT_MS;
          const mark = p.db.calls.length;
          root(p.el).querySelector<HTMLButtonElement>('.load-more')!.click();
          await sleep(500);
          await settle(p.el);
          await waitUntil(() => p.calls.every((c) => c.settled), 'calls still in flight', { timeout: 3000 });
          await settle(p.el);
          slow.latencyMs = 0;
          // The race happened: the next page was read from the server, after the reject.
          const reject = p.db.calls.findLastIndex((c) => c.endpoint.endsWith('/reject'));
          const reads = p.db.calls
            .map((c, i) => (c.endpoint === endpoint && i >= mark ? i : -1))
            .filter((i) => i >= 0);
          expect(reads.length, 'Load more read the server').to.be.greaterThan(0);
          expect(Math.min(...reads), 'the next page reached the server after the reject').to.be.greaterThan(
            reject,
          );
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
});
