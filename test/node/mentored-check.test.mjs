/**
 * `npm run mentored:check` (scripts/mentored-check.mjs) against the MSW emulation served over HTTP
 * (scripts/serve-mentored-emulation.mjs). Needs `npm run build` first (dist/mocks).
 *
 * Tests whose name ends in "[emulation: …]" depend on the emulation's deployment variants
 * (createMentorEdDb `listRequestType`; createMentorEdHandlers `bearer`, `tokenHeader`, `requiredHeaders`)
 * and on its upstream paging (services/requestSessions.js `list` slices `offset + pageSize` with a query
 * string: page 2 returns every row after the offset).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { serveMentoredEmulation } from '../../scripts/serve-mentored-emulation.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/mentored-check.mjs', import.meta.url));
const TOKEN = 'check-token-5f1d2e9a7b3c';
/** What the check may send: reads only (and the read-only POST connections/getInfo). */
const READS = {
  'requestSessions/list': 'GET',
  'requestSessions/getDetails': 'GET',
  'connections/pending': 'GET',
  'connections/getInfo': 'POST',
};

/** Runs the check; `token: null` leaves MENTORED_TOKEN unset, `stdin` is written to its standard input. */
function runCheck(args, { token = TOKEN, stdin = '' } = {}) {
  const env = { ...process.env };
  delete env.MENTORED_TOKEN;
  if (token !== null) env.MENTORED_TOKEN = token;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Serves an emulation, runs `fn(served)`, closes it. */
async function withEmulation(options, fn) {
  const served = await serveMentoredEmulation({ port: 0, ...options });
  try {
    return await fn(served);
  } finally {
    await served.close();
  }
}

async function checkJson(served, extraArgs = [], runOptions) {
  const run = await runCheck(['--url', served.url, '--json', ...extraArgs], runOptions);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    assert.fail(`not one JSON object (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report };
}

function assertReadOnly(db) {
  assert.ok(db.calls.length > 0, 'the check reached the emulation');
  for (const call of db.calls) {
    assert.equal(READS[call.endpoint], call.method, `${call.method} ${call.endpoint} is not a read`);
  }
}

function assertNoToken(run, token = TOKEN) {
  assert.ok(!run.stdout.includes(token), 'token in stdout');
  assert.ok(!run.stderr.includes(token), 'token in stderr');
}

describe('mentored:check against the emulation', () => {
  test('reads everything by default: exit 0, request_type present, counts as db.pendingReceivedCounts()', () =>
    withEmulation({}, async ({ url, db }) => {
      const run = await checkJson({ url }, []);
      assert.equal(run.code, 0, run.stdout);
      const { report } = run;
      assert.equal(report.ok, true);
      assert.deepEqual(report.problems, []);
      assert.equal(report.reachable, true);
      assert.deepEqual(report.auth, { header: 'x-auth-token', bearer: true, accepted: true });
      assert.equal(report.sessionList.requestType, 'present');
      assert.ok(report.messages.count > 0);
      assert.ok(report.getInfo.user_id);
      assert.deepEqual(report.counts, db.pendingReceivedCounts());
      assertReadOnly(db);
      assertNoToken(run);
      // The header went out as upstream's authenticator wants it.
      assert.equal(db.calls[0].headers['x-auth-token'], `bearer ${TOKEN}`);
    }));

  test('sends only reads: no accept, reject or update reaches the server', () =>
    withEmulation({}, async ({ url, db }) => {
      const run = await runCheck(['--url', url]);
      assert.equal(run.code, 0, run.stdout);
      assertReadOnly(db);
      const endpoints = new Set(db.calls.map((c) => c.endpoint));
      assert.deepEqual([...endpoints].sort(), Object.keys(READS).sort());
      for (const call of db.calls) assert.doesNotMatch(call.endpoint, /accept|reject|update/);
    }));

  test('prints a short human report, without the token', () =>
    withEmulation({}, async ({ url, db }) => {
      const run = await runCheck(['--url', url]);
      assert.equal(run.code, 0, run.stdout);
      const { session, message } = db.pendingReceivedCounts();
      assert.match(run.stdout, /server reachable/);
      assert.match(run.stdout, /auth accepted: x-auth-token: bearer <token>/);
      assert.match(run.stdout, /request_type present/);
      assert.match(run.stdout, new RegExp(`${session} session requests, ${message} message requests`));
      assert.match(run.stdout, /Everything could be read \(exit 0\)/);
      assert.ok(run.stdout.split('\n').length < 20, 'short');
      assertNoToken(run);
    }));

  test('takes the token from standard input when MENTORED_TOKEN is unset', () =>
    withEmulation({}, async ({ url, db }) => {
      const token = 'stdin-token-0a9b8c7d6e';
      const run = await checkJson({ url }, [], { token: null, stdin: `${token}\nignored second line\n` });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(db.calls[0].headers['x-auth-token'], `bearer ${token}`);
      assertNoToken(run, token);
      assertNoToken(run, 'ignored second line');
    }));

  test('a wrong token: exit 1 with an unauthorized message, the token never printed', () =>
    withEmulation({ handlerOptions: { tokens: { 'the-right-token-123': '1' } } }, async ({ url, db }) => {
      const wrong = 'the-wrong-token-456';
      const json = await checkJson({ url }, [], { token: wrong });
      assert.equal(json.code, 1);
      assert.equal(json.report.ok, false);
      assert.equal(json.report.auth.accepted, false);
      assert.equal(json.report.problems[0].kind, 'unauthorized');
      assert.equal(json.report.problems[0].status, 401);
      assertNoToken(json, wrong);
      const human = await runCheck(['--url', url], { token: wrong });
      assert.equal(human.code, 1);
      assert.match(human.stdout, /FAIL .*401.*unauthorized/);
      assertNoToken(human, wrong);
      assertReadOnly(db);
    }));

  test('a server message that echoes the token is redacted', () =>
    withEmulation({}, async ({ url, db }) => {
      db.failNext('requestSessions/getDetails', { status: 500, message: `token ${TOKEN} broke it` });
      const run = await runCheck(['--url', url]);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /FAIL .*getDetails: 500 "token \*\*\* broke it"/);
      assertNoToken(run);
    }));

  test('what cannot be read fails the check: a 5xx, a wrong shape', () =>
    withEmulation({}, async ({ url, db }) => {
      db.failNext('connections/pending', 503);
      db.failNext('requestSessions/getDetails', 'wrong-shape');
      const { code, report } = await checkJson({ url });
      assert.equal(code, 1);
      const kinds = Object.fromEntries(report.problems.map((p) => [p.step, p.kind]));
      assert.equal(kinds['connections/pending'], 'server');
      assert.equal(kinds['requestSessions/getDetails'], 'wrong-shape');
      assert.equal(report.counts, undefined);
    }));

  test('an expired token and PERMISSION_DENIED are told apart', () =>
    withEmulation({}, async ({ url, db }) => {
      db.failNext('any', {
        status: 401,
        message: 'Session expired. Please login again.',
        responseCode: 'UNAUTHORIZED',
      });
      const expired = await checkJson({ url });
      assert.equal(expired.code, 1);
      assert.equal(expired.report.problems[0].kind, 'expired');
      db.clearFaults();
      const denied =
        'You do not have the required permissions to access this resource. Please contact your administrator for assistance.';
      db.failNext('connections/pending', { status: 401, message: denied, responseCode: 'UNAUTHORIZED' });
      const forbidden = await checkJson({ url });
      assert.equal(forbidden.code, 1);
      assert.deepEqual(
        forbidden.report.problems.map((p) => [p.step, p.kind]),
        [['connections/pending', 'forbidden']],
      );
      assert.ok(forbidden.report.sessionList, 'the other reads still ran');
    }));

  test('a server that does not answer: exit 1 (timeout), and an unreachable one', async () => {
    await withEmulation({}, async ({ url, db }) => {
      db.failNext('any', 'hang');
      const run = await checkJson({ url }, ['--timeout', '300']);
      assert.equal(run.code, 1);
      assert.equal(run.report.problems[0].kind, 'timeout');
    });
    const closed = await withEmulation({}, async ({ url }) => url);
    const run = await checkJson({ url: closed });
    assert.equal(run.code, 1);
    assert.equal(run.report.reachable, false);
    assert.equal(run.report.problems[0].kind, 'network');
  });

  test('a base URL that is not the API root: exit 1, says so', () =>
    withEmulation({}, async ({ url }) => {
      const run = await runCheck(['--url', url.replace(/\/v1$/, '')]);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /not found.*API root/i);
    }));

  test('usage errors exit 2: no --url, a bad --url, an unknown flag, no token at all', async () => {
    const noUrl = await runCheck([]);
    assert.equal(noUrl.code, 2);
    assert.match(noUrl.stderr, /--url is required/);
    assert.equal((await runCheck(['--url', 'ftp://example.test'])).code, 2);
    assert.equal((await runCheck(['--url', 'http://127.0.0.1:9/x', '--token', 'x'])).code, 2);
    assert.equal((await runCheck(['--url', 'http://127.0.0.1:9/x', '--timeout', 'soon'])).code, 2);
    assert.equal((await runCheck(['--url', 'http://127.0.0.1:9/x', '--header', 'x-auth-token:abc'])).code, 2);
    const noToken = await runCheck(['--url', 'http://127.0.0.1:9/x'], { token: null, stdin: '' });
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /no token/);
  });

  test('detects the paging quirk [emulation: upstream paging]', () =>
    withEmulation({ dbOptions: { sessionRequests: 30 } }, async ({ url, db }) => {
      const { code, report } = await checkJson({ url });
      assert.equal(code, 0, JSON.stringify(report.problems));
      assert.equal(report.paging.quirk, true);
      assert.ok(report.paging.page2Rows > report.paging.pageSize);
      // Counting dedupes by id, so the quirk does not inflate the counts.
      assert.deepEqual(report.counts, db.pendingReceivedCounts());
    }));

  test('detects list rows without request_type, counts from the ids [emulation: db listRequestType]', () =>
    withEmulation({ dbOptions: { listRequestType: false } }, async ({ url, db }) => {
      const run = await checkJson({ url });
      assert.equal(run.code, 0, JSON.stringify(run.report.problems));
      assert.equal(run.report.sessionList.requestType, 'absent');
      assert.equal(run.report.details.requestType, 'absent');
      assert.deepEqual(run.report.counts, db.pendingReceivedCounts());
      assert.ok(run.report.counts.session > 0);
      const human = await runCheck(['--url', url]);
      assert.match(human.stdout, /request_type absent/);
      assert.match(human.stdout, /before June 2025/);
    }));

  test('getDetails has no request_type, as upstream [emulation: upstream getDetails]', () =>
    withEmulation({}, async ({ url }) => {
      const { report } = await checkJson({ url });
      assert.equal(report.details.requestType, 'absent');
    }));

  test('--no-bearer against a bearer server: retries once, says which form works [emulation: handlers bearer]', () =>
    withEmulation({}, async ({ url, db }) => {
      const run = await checkJson({ url }, ['--no-bearer']);
      assert.equal(run.code, 0, JSON.stringify(run.report.problems));
      assert.deepEqual(run.report.auth, { header: 'x-auth-token', bearer: true, accepted: true });
      assert.ok(run.report.findings.some((f) => /drop --no-bearer/.test(f.text)));
      // Two first calls (the bare form, refused; then bearer), then only bearer.
      assert.equal(db.calls[0].headers['x-auth-token'], TOKEN);
      assert.ok(db.calls.slice(1).every((c) => c.headers['x-auth-token'] === `bearer ${TOKEN}`));
      assertNoToken(run);
    }));

  test('--no-bearer against a bare-token server: accepted [emulation: handlers bearer]', () =>
    // A known-token map: by default the emulation takes any non-empty token, even "bearer <token>".
    withEmulation({ handlerOptions: { bearer: false, tokens: { [TOKEN]: '1' } } }, async ({ url, db }) => {
      const run = await checkJson({ url }, ['--no-bearer']);
      assert.equal(run.code, 0, JSON.stringify(run.report.problems));
      assert.deepEqual(run.report.auth, { header: 'x-auth-token', bearer: false, accepted: true });
      assert.equal(db.calls[0].headers['x-auth-token'], TOKEN);
      // And the default form against it is refused, then the bare form found.
      const flipped = await checkJson({ url });
      assert.equal(flipped.report.auth.bearer, false);
      assert.ok(flipped.report.findings.some((f) => /pass --no-bearer/.test(f.text)));
    }));

  test('--header-name and --header reach the server [emulation: handlers tokenHeader, requiredHeaders]', () =>
    withEmulation(
      { handlerOptions: { tokenHeader: 'x-user-token', requiredHeaders: { 'organization-id': '7' } } },
      async ({ url, db }) => {
        const good = await checkJson({ url }, [
          '--header-name',
          'X-User-Token',
          '--header',
          'organization-id: 7',
        ]);
        assert.equal(good.code, 0, JSON.stringify(good.report.problems));
        assert.equal(db.calls[0].headers['x-user-token'], `bearer ${TOKEN}`);
        assert.equal(db.calls[0].headers['organization-id'], '7');
        assert.equal(db.calls[0].headers['x-auth-token'], undefined);
        const noOrg = await checkJson({ url }, ['--header-name', 'x-user-token']);
        assert.equal(noOrg.code, 1);
        const wrongHeader = await checkJson({ url }, ['--header', 'organization-id:7']);
        assert.equal(wrongHeader.code, 1);
        assert.equal(wrongHeader.report.auth.accepted, false);
        assertNoToken(wrongHeader);
      },
    ));
});
