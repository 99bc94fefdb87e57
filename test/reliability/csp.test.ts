/**
 * Issue 5, item 8: strict CSP. A page whose document carries
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:
 * (a <meta http-equiv="Content-Security-Policy"> in an iframe of the test page, so the policy applies
 * to that document only) runs the elements through their states (list, detail, accept, link form, saved
 * link, reject dialog, load more, message tab, error and Retry) with the MentorEdAdapter and the MSW
 * emulation. Expected: no `securitypolicyviolation`. A deliberate violation at the end proves that the
 * listener sees violations there. The demo is checked under the same policy by scripts/csp-demo.mjs.
 */
import { expect } from '@open-wc/testing';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { figure, size } from './support/env.js';
import { serve, startWorker, stopWorker } from './support/mentored.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:";

interface Result {
  violations: { directive: string; blocked: string; sample: string }[];
  steps: string[];
  controlSeen: boolean;
  error?: string;
}

/** The emulated server of one run: https pictures for some people, a data: one, none for the others. */
function server(): MentorEdDb {
  const db = serve({
    seed: 5,
    sessionRequests: 12,
    messageRequests: 6,
    avatarUrl: (id: string) => (Number(id.replace(/\D/g, '')) % 2 ? `https://avatars.example/${id}.png` : ''),
  });
  const first = db.pendingReceivedSessionIds()[0]!;
  db.users.get(db.sessionRequest(first)!.requestor_id)!.image = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  return db;
}

function runPage(db: MentorEdDb): Promise<Result> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'inline-size:480px;block-size:640px;border:0';
    const timer = setTimeout(() => reject(new Error('the CSP page did not report')), 30_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      if (event.data?.type === 'csp-db') {
        const { op, args } = event.data as { op: 'failNext'; args: Parameters<MentorEdDb['failNext']> };
        if (op === 'failNext') db.failNext(...args);
        iframe.contentWindow!.postMessage({ type: 'csp-db-done' }, '*');
        return;
      }
      if (event.data?.type !== 'csp-result') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      iframe.remove();
      resolve(event.data as Result);
    };
    window.addEventListener('message', onMessage);
    iframe.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />
  </head>
  <body>
    <script type="module" src="/test/reliability/support/csp-page.ts"></script>
  </body>
</html>`;
    document.body.append(iframe);
  });
}

describe('reliability 8: strict CSP', function () {
  this.timeout(size(60_000, 600_000));
  const RUNS = size(1, 5);
  before(startWorker);
  after(stopWorker);

  it(`the elements in every state raise no CSP violation (${RUNS} run${RUNS > 1 ? 's' : ''})`, async () => {
    let steps = 0;
    let violations = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = await runPage(server());
      expect(result.error, `the page failed after: ${result.steps.join(' > ')}`).to.equal(undefined);
      expect(result.violations, 'CSP violations').to.deep.equal([]);
      expect(result.controlSeen, 'the deliberate violation was seen (the listener works)').to.equal(true);
      steps += result.steps.length;
      violations += result.violations.length;
    }
    figure('8 strict CSP', 'test page: runs × states visited', `${RUNS} × ${steps / RUNS}`);
    figure('8 strict CSP', 'test page: violations', violations);
    figure('8 strict CSP', 'test page: control violation detected', 'yes');
  });
});
