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
import { STRESS, captureConsole, figure, size } from './support/env.js';
import { adapter as mentoredAdapter, cards, root, serve, useMentoredSuite } from './support/mentored.js';
import { Pause, commands, network, stats } from './support/model-commands.js';
import { applied, checkInvariants, recording, settleAll, type Model, type Real } from './support/model.js';

const NUM_RUNS = size(100, 1000);
const MAX_COMMANDS = size(20, 30);

describe('reliability 5: model-based testing of <requests-page> (fast-check)', function () {
  this.timeout(size(110_000, 7_000_000));
  const uncaught = useMentoredSuite();

  it(`${NUM_RUNS} random runs of up to ${MAX_COMMANDS} commands keep the invariants`, async () => {
    const started = performance.now();
    let runs = 0;
    let seedUsed = 0;
    stats.executed = 0;
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
    figure('5 model-based', 'commands executed', stats.executed);
    figure('5 model-based', 'time ms', Math.round(performance.now() - started));
    figure('5 model-based', 'I1 checks (handled request on screen)', applied.i1);
    figure('5 model-based', 'I2 checks (counts compared)', applied.i2);
    figure('5 model-based', 'I3 checks (fresh list compared)', applied.i3);
    figure('5 model-based', 'invariant violations', 0);
  });
});
