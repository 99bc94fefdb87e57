/**
 * Issue 5, item 4: races, through <requests-page>, the MentorEdAdapter and the MSW emulation.
 * - 10 rapid clicks on Accept / Reject / Save (in one task, and spread over tasks) = 1 adapter call and
 *   1 server call;
 * - two elements showing the same request: the second gets the conflict message and learns the outcome;
 *   two simultaneous accepts create one session.
 * Normal: each scenario once per kind (rapid clicks: 10). Stress: every scenario repeated 10 times.
 * The stale answers (a load in flight while the view or the server changes) are in races-stale.test.ts.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import { figure, size } from './support/env.js';
import {
  adapter as mentoredAdapter,
  cards,
  detailOf,
  inDetail,
  type Lit,
  recordErrors,
  root,
  serve,
  settle,
  text,
  typeInto,
  useMentoredSuite,
} from './support/mentored.js';
import {
  CLICKS,
  KINDS,
  MEET,
  REPEAT,
  count,
  openFirstActionable,
  page,
  pendingIds,
  serverCalls,
} from './support/races.js';

describe('reliability 4: races', function () {
  this.timeout(size(30_000, 600_000));
  const figures = { rapid: 0, rapidCalls: 0 };
  const uncaught = useMentoredSuite(() => {
    figure('4 races', 'rapid-click bursts (10 clicks each)', figures.rapid);
    figure('4 races', 'adapter calls per burst (max)', figures.rapidCalls);
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
