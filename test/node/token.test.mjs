// Issue 5, item 9 on the server side: the built MentorEdAdapter in plain Node (a host may call it from
// its backend), answered by the MSW emulation through msw/node. Every method, with faults and with a
// server that echoes the token: the token travels only in the x-auth-token header, and never shows up in
// a URL, a result, an error (message, fields, cause, stack, util.inspect) or a console line.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { MentorEdAdapter } from '../../dist/adapters/index.js';
import { createMentorEdDb, createMentorEdHandlers } from '../../dist/mocks/index.js';

const BASE_URL = 'https://mentored.test/mentoring/v1';
const ALL = { page: 1, pageSize: 100 };
const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const logged = [];
const originals = {};
before(() => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    originals[level] = console[level];
    console[level] = (...args) => logged.push(args.map((a) => inspect(a, { depth: 6 })).join(' '));
  }
});
after(() => Object.assign(console, originals));
afterEach(() => (logged.length = 0));

async function settle(promise) {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

describe('the token in Node (dist)', () => {
  // 'string' and 'function' with the default Bearer prefix (upstream's IS_AUTH_TOKEN_BEARER default),
  // 'bare' against a deployment that takes the bare token.
  for (const mode of ['string', 'function', 'bare']) {
    it(`${mode}: header only, never in URLs, results, errors or logs`, async () => {
      const token = `node-${mode}-${randomUUID()}`;
      const db = createMentorEdDb({ seed: 8, sessionRequests: 12, messageRequests: 6 });
      server.resetHandlers(...createMentorEdHandlers({ baseUrl: BASE_URL, db, bearer: mode !== 'bare' }));
      const adapter = new MentorEdAdapter({
        baseUrl: BASE_URL,
        timeoutMs: 1000,
        token: mode === 'function' ? async () => token : token,
        bearer: mode !== 'bare',
      });
      const [s1, s2, s3] = db.pendingReceivedSessionIds();
      const [m1, m2] = db.pendingReceivedMessageIds();
      const outcomes = [];
      const run = async (promise) => outcomes.push(await settle(promise));

      await run(adapter.listSessionRequests(ALL));
      await run(adapter.listMessageRequests(ALL));
      await run(adapter.countPending());
      await run(adapter.getSessionRequest(s1));
      db.failNext('requestSessions/accept', { status: 401, message: `The token ${token} has expired` });
      await run(adapter.acceptSessionRequest(s1));
      db.failNext('requestSessions/accept', 'network');
      await run(adapter.acceptSessionRequest(s1));
      await run(adapter.acceptSessionRequest(s1));
      db.failNext('sessions/update', {
        status: 422,
        message: 'Validation failed',
        error: [{ location: 'header', param: 'meeting_info.link', msg: `bad for ${token}`, value: token }],
      });
      await run(
        adapter.setMeetingLink(s1, { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' }),
      );
      await run(
        adapter.setMeetingLink(s1, { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' }),
      );
      db.failNext('requestSessions/reject', { status: 500, message: `Oops ${token}` });
      await run(adapter.rejectSessionRequest(s2, 'Travelling'));
      await run(adapter.rejectSessionRequest(s2, 'Travelling'));
      await run(adapter.rejectSessionRequest(s2, 'Again'));
      await run(adapter.getMessageRequest(m1));
      await run(adapter.acceptMessageRequest(m1));
      db.failNext('connections/reject', { status: 403, message: `Forbidden for ${token}` });
      await run(adapter.rejectMessageRequest(m2));
      await run(adapter.rejectMessageRequest(m2));
      await run(adapter.getSessionRequest(s3));

      const header = mode === 'bare' ? token : `Bearer ${token}`;
      assert.ok(db.calls.length > 15);
      assert.ok(
        db.calls.every((c) => c.headers['x-auth-token'] === header),
        'x-auth-token on every call',
      );
      const places = {
        url: db.calls.map((c) => c.url),
        body: db.calls.map((c) => JSON.stringify(c.body ?? null)),
        results: outcomes.map((o) => inspect(o.value, { depth: 8 })),
        errors: outcomes.filter((o) => o.error).map((o) => inspect(o.error, { depth: 8, showHidden: true })),
        errorText: outcomes
          .filter((o) => o.error)
          .map((o) => `${o.error.message} ${JSON.stringify(o.error.fieldErrors ?? {})} ${o.error.stack}`),
        logs: logged,
      };
      for (const [where, texts] of Object.entries(places)) {
        const leaks = texts.filter((t) => t.includes(token));
        assert.deepEqual(leaks, [], `token in ${where}`);
      }
      assert.ok(
        outcomes.some((o) => o.error?.kind === 'unauthorized'),
        'the 401 was seen',
      );
      assert.ok(
        outcomes.some((o) => o.error?.fieldErrors?.['meeting_info.link']),
        'the 422 was seen',
      );
    });
  }
});
