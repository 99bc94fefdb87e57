/**
 * Issue 5, item 3: the fault matrix. Every action a user (or the page) starts × every fault the network or
 * the MentorEd server can produce, generated programmatically, through <requests-page>, the real
 * MentorEdAdapter and the MSW emulation. For each combination:
 *   - the element shows a clear message specific to the failure (the localized text of its error kind),
 *   - the request keeps its previous state (on screen and on the emulated server),
 *   - a retry succeeds once the fault is gone,
 *   - one `request-error` fires per failed read, with the action and the error kind of
 *     docs/mentored-api.md's error table (kind `all` for the counts, which cover both kinds).
 * "Abort by navigation" is the exception by design: an aborted call is not an error, so nothing is shown
 * and no `request-error` fires; the page's reads are aborted through their AbortSignal, while an accept, a
 * reject or a link that was already sent is never abandoned (the server may have done it): its outcome
 * must reach the list and the counts even though the user navigated away. The counts are not the page's
 * to abort either (they are the store's, shared by every element on the adapter): their answer must reach
 * the page when it is back (support/fault-actions.ts `counts`).
 *
 * Faults are injected only into the call under test (a targeted MSW handler in front of the emulation),
 * so the other calls of the same endpoint still answer. One call is shared on purpose: the MentorEd
 * adapter reads the shown queue and the pending count of its kind with one URL, sent once while both are
 * in flight, so a Refresh whose list read fails fails its count read too (two `request-error`s, one
 * message shown; support/fault-matrix.ts `listFaults`).
 * Normal suite: the session kind (7 actions × 11 faults). Stress: the message kind too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { STRESS, figure } from './support/env.js';
import { ACTIONS } from './support/fault-actions.js';
import {
  ERROR_TEXT,
  FAULTS,
  LIST_ERROR_TEXT,
  PAGE_LEVEL,
  running,
  type Ctx,
} from './support/fault-matrix.js';
import { recordErrors, serve, useMentoredSuite } from './support/mentored.js';

describe('reliability 3: fault matrix (actions × faults)', function () {
  this.timeout(20_000);
  let combinations = 0;
  let passes = 0;
  let errors: ReturnType<typeof recordErrors>;
  const started = performance.now();

  const uncaught = useMentoredSuite(() => {
    figure('3 fault matrix', 'actions × faults', `${ACTIONS.length} × ${FAULTS.length}`);
    figure('3 fault matrix', 'combinations', combinations);
    figure('3 fault matrix', 'passes', passes);
    figure('3 fault matrix', 'time ms', Math.round(performance.now() - started));
  });
  beforeEach(() => {
    errors = recordErrors();
  });
  afterEach(async function () {
    // Nothing of this combination may still be in flight when the next one starts on a new server.
    if (running.ctx) {
      const calls = running.ctx.calls;
      await waitUntil(() => calls.every((c) => c.settled), 'calls still in flight', { timeout: 5000 }).catch(
        () => undefined,
      );
      running.ctx = undefined;
    }
    errors.stop();
    combinations++;
    if (this.currentTest?.state === 'passed') passes++;
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const action of ACTIONS) {
    for (const kind of action.kinds.filter((k) => STRESS || k === 'session')) {
      for (const fault of FAULTS) {
        it(`${action.name} (${kind}) × ${fault.name}`, async () => {
          const ctx = { kind, db: serve({ seed: 3, sessionRequests: 14, messageRequests: 12 }) } as Ctx;
          await action.setup(ctx);
          ctx.snapshot = action.snapshot(ctx);
          errors.events.length = 0;

          if (!fault.make) {
            await action.navigate(ctx);
            await action.afterNavigation(ctx);
            expect(errors.events, 'an abort is not an error').to.deep.equal([]);
            return;
          }

          const expectedKind = fault.kind!(action.mode);
          // The injector only sees the call under test.
          ctx.injector.failNext('any', fault.make(action));
          await action.trigger(ctx);

          // The request-errors of the failure, with the right action and kind.
          const actionName = {
            'load list': 'load',
            'load page 2': 'load',
            'open detail': 'open',
            accept: 'accept',
            reject: 'reject',
            'save link': 'link',
            counts: 'count',
          }[action.name];
          // Two reads that fail with one call (the list and the counts) report in no set order.
          const expected = action.events?.(kind, expectedKind) ?? [`${kind}/${actionName}/${expectedKind}`];
          expect(
            errors.events.map((e) => `${e.kind}/${e.action}/${e.errorKind}`).sort(),
            'request-error events',
          ).to.deep.equal([...expected].sort());

          // A clear message specific to the failure.
          const shown = action.errorText(ctx);
          const listText = PAGE_LEVEL.has(action.name) ? LIST_ERROR_TEXT[expectedKind] : undefined;
          expect(shown, 'the visible message').to.contain(listText ?? ERROR_TEXT[expectedKind]);

          await action.unchanged(ctx, fault);

          // The fault is gone (it was for one call): a retry succeeds.
          errors.events.length = 0;
          await action.retry(ctx, expectedKind);
          await action.succeeded(ctx);
          expect(errors.events, 'no error on the retry').to.deep.equal([]);
        });
      }
    }
  }
});
