#!/usr/bin/env node
/**
 * Read-only smoke check of a MentorEd mentoring server, for a host about to point MentorEdAdapter at it:
 *   MENTORED_TOKEN=... npm run mentored:check -- --url https://host/mentoring/v1
 * (or the token on standard input). Sends only GETs and the read-only POST connections/getInfo; never
 * accept, reject or update. Exit 0: everything could be read; 1: something failed; 2: usage error.
 * What it looks for: README.md ("Checking a MentorEd server") and docs/mentored-api.md.
 */
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run mentored:check -- --url <base> [options]
  --url <base>          API root, e.g. https://host/mentoring/v1 (required)
  --header-name <name>  token header (default x-auth-token; upstream AUTH_TOKEN_HEADER_NAME)
  --no-bearer           send the bare token (default "bearer <token>"; upstream IS_AUTH_TOKEN_BEARER)
  --header <k:v>        extra header, repeatable (e.g. organization-id:2)
  --json                print one JSON object
  --timeout <ms>        per call (default 10000)
The token comes from MENTORED_TOKEN, else from standard input (prompted without echo on a terminal).`;
const PAGE = 5; // page size of the paging probe: with the quirk, page 2 returns more rows than this
const COUNT_PAGE = 100; // page size of the counts, as the adapter reads them
const ALL = 'REQUESTED,ACCEPTED,REJECTED,EXPIRED';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const SESSION_FIELDS = 'id requestor_id requestee_id status start_date end_date user_details'.split(' ');
const CONNECTION_FIELDS = 'id user_id friend_id status created_by meta user_details'.split(' ');

function usage(message) {
  process.stderr.write(`mentored-check: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      url: { type: 'string' },
      'header-name': { type: 'string', default: 'x-auth-token' },
      'no-bearer': { type: 'boolean', default: false },
      header: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  usage(error.message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!args.url) usage('--url is required');
let base;
try {
  base = new URL(args.url);
  if (!/^https?:$/.test(base.protocol)) throw new Error();
} catch {
  usage(`--url must be an http(s) URL, got ${JSON.stringify(args.url)}`);
}
base = base.href.replace(/\/+$/, '');
const timeout = Number(args.timeout);
if (!Number.isInteger(timeout) || timeout < 1) usage('--timeout must be a whole number of milliseconds');
const tokenHeader = args['header-name'].trim().toLowerCase();
if (!HEADER_NAME.test(tokenHeader))
  usage(`--header-name ${JSON.stringify(tokenHeader)} is not a header name`);
const extra = {};
for (const pair of args.header) {
  const at = pair.indexOf(':');
  const name = pair.slice(0, at).trim().toLowerCase();
  if (at < 1 || !HEADER_NAME.test(name)) usage(`--header wants name:value, got ${JSON.stringify(pair)}`);
  if (name === tokenHeader) usage('the token is never a flag: set MENTORED_TOKEN or pipe it on stdin');
  extra[name] = pair.slice(at + 1).trim();
}

/** The token: MENTORED_TOKEN, else the first line of stdin (typed without echo on a terminal). */
async function readToken() {
  if (process.env.MENTORED_TOKEN?.trim()) return process.env.MENTORED_TOKEN.trim();
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) if ((text += chunk).includes('\n')) break;
    return text.split(/\r?\n/)[0].trim();
  }
  stderr.write('MentorEd token (not echoed): ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk) => {
      for (const ch of chunk) {
        const end = ch === '\r' || ch === '\n' || ch === '\u0004' || ch === '\u0003';
        if (!end) value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
        if (!end) continue;
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        stderr.write('\n');
        if (ch === '\u0003') process.exit(130);
        return resolve(value.trim());
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

const token = (await readToken()).replace(/^bearer\s+/i, '');
if (!token) usage('no token: set MENTORED_TOKEN or give it on standard input');
if (/[\0-\x1f\x7f]/.test(token)) usage('the token holds characters a header cannot carry');
/**
 * Server text and error messages pass through this; our own text never holds the token. Its spellings:
 * as sent, percent-encoded (as src/adapters/mentored/redact.ts looks for), and as JSON.stringify writes
 * it (a JSON body is shown re-serialized, never as its raw text: `\/` or `\uXXXX` escapes there would
 * hide the token from this search).
 */
const redact = (text) =>
  [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1)].reduce(
    (out, s) => out.split(s).join('***'),
    String(text),
  );

const findings = []; // { level: 'ok' | 'note' | 'fail', text }, in the order found
const problems = []; // { step, kind, status?, message }
const calls = [];
const report = { url: base, ok: false, exitCode: 1, reachable: false, findings, problems, calls };
const ok = (text) => findings.push({ level: 'ok', text });
const note = (text) => findings.push({ level: 'note', text });
const fail = (step, failure) => {
  problems.push({ step, ...failure });
  findings.push({ level: 'fail', text: failure.message });
};
const shape = (step, status, what) =>
  fail(step, { kind: 'wrong-shape', status, message: `${step}: ${what}` });
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (v === null || v === undefined ? undefined : String(v));

/** 401 texts of middlewares/authenticator.js (en.json): only the message tells them apart. */
const AUTH_401 = [
  [/required permissions|PERMISSION_DENIED/i, 'forbidden', `PERMISSION_DENIED: your role lacks this permission, or the server found no token in header ${tokenHeader} (--header-name)`],
  [/expired/i, 'expired', 'the token has expired: sign in again and take a fresh one'],
  [/role was updated|USER_ROLE_UPDATED|user not found|USER_NOT_FOUND/i, 'signed-out', 'sign in again'],
  [/(?:)/, 'unauthorized', 'unauthorized: the token was refused (wrong token, header name or bearer form)'],
]; // prettier-ignore

/** One call → { status, body, message, failure? }, or { failure } when no answer came. */
async function call(method, path, { query, body, bearer }) {
  const url = `${base}/${path}${query ? `?${new URLSearchParams(query)}` : ''}`;
  calls.push(`${method} ${url.slice(base.length + 1)}${body ? ` ${JSON.stringify(body)}` : ''}`);
  const headers = { accept: 'application/json', ...extra, [tokenHeader]: bearer ? `bearer ${token}` : token };
  if (body) headers['content-type'] = 'application/json';
  let response, text;
  try {
    const signal = AbortSignal.timeout(timeout);
    response = await fetch(url, { method, headers, body: body && JSON.stringify(body), signal });
    text = await response.text();
  } catch (error) {
    const timedOut = error?.name === 'TimeoutError';
    const why = timedOut
      ? `no answer within ${timeout} ms`
      : (error?.cause?.code ?? error?.cause?.message ?? error?.message);
    const message = redact(`${method} ${path}: cannot connect: ${why}`);
    return { failure: { kind: timedOut ? 'timeout' : 'network', message } };
  }
  const res = { status: response.status };
  try {
    res.body = JSON.parse(text);
  } catch {
    res.body = undefined;
  }
  const env = isObj(res.body) ? res.body : undefined;
  // A JSON body is shown re-serialized (its escapes undone), and redacted before it is cut short.
  const shown = res.body === undefined ? text : JSON.stringify(res.body);
  res.message =
    typeof env?.message === 'string' ? redact(env.message) : redact(shown).replace(/\s+/g, ' ').slice(0, 160);
  const say = (kind, what) => ({ kind, status: res.status, message: `${method} ${path}: ${what}` });
  const server = `${res.status} "${res.message}"`;
  if (res.status === 401) {
    const [, kind, what] = AUTH_401.find(([re]) => re.test(`${res.message} ${env?.responseCode ?? ''}`));
    res.failure = say(kind, `${server}: ${what}`);
  } else if (res.status === 404 && env?.responseCode === 'RESOURCE_ERROR')
    res.failure = say('not-found', `${server}: no such endpoint: is --url the API root (…/mentoring/v1)?`);
  else if (res.status >= 500) res.failure = say('server', `${server}: server error`);
  else if (res.status >= 400) res.failure = say('http', server);
  else if (!env)
    res.failure = say('wrong-shape', `${res.status} but not a JSON envelope: "${res.message.slice(0, 80)}"`);
  return res;
}

/** result: { data: [...], count }, or undefined (a problem is recorded). */
function listOf(step, res) {
  if (res.failure) return fail(step, res.failure);
  const r = res.body.result;
  const count = typeof r?.count === 'string' ? Number(r.count) : r?.count;
  if (isObj(r) && Array.isArray(r.data) && Number.isFinite(count)) return { data: r.data, count };
  shape(step, res.status, 'result is not { data: [...], count }');
}
function checkRows(step, rows, fields) {
  const bad = rows.filter(
    (row) => !isObj(row) || fields.some((f) => row[f] === undefined || row[f] === null),
  );
  if (bad.length) shape(step, 200, `${bad.length} of ${rows.length} rows lack one of ${fields.join(', ')}`);
}
/** Direction of a session row: request_type, else from the ids (user_details is the other person). */
function direction(row) {
  if (row.request_type === 'sent' || row.request_type === 'received') return row.request_type;
  const other = str(row.user_details?.user_id);
  return other === str(row.requestor_id) ? 'received' : other === str(row.requestee_id) ? 'sent' : undefined;
}
/** Counts the rows `keep` holds for over pages of COUNT_PAGE, each id once (the paging quirk repeats rows). */
async function countPages(get, keep) {
  const seen = new Set();
  let counted = 0;
  for (let page = 1; ; page++) {
    const list = await get(page);
    if (!list) return undefined;
    for (const row of list.data.filter((r) => isObj(r) && !seen.has(str(r.id)))) {
      seen.add(str(row.id));
      if (keep(row)) counted++;
    }
    // A short page is not the end: upstream drops rows of users without a profile but counts them.
    if (list.data.length === 0 || seen.size >= list.count || page * COUNT_PAGE >= list.count) return counted;
  }
}

async function run() {
  // 1. Reach the server and find the token form it takes, with the first list page.
  let bearer = !args['no-bearer'];
  const form = (b) => (b ? 'bearer <token>' : 'the bare token');
  const list = (pageNo, pageSize, status = ALL) =>
    call('GET', 'requestSessions/list', { query: { pageNo, pageSize, status }, bearer });
  let first = await list(1, PAGE);
  if (first.status === undefined) return fail('reach', first.failure);
  report.reachable = true;
  ok(`server reachable (requestSessions/list answered ${first.status})`);
  // authenticator.js `authenticateUser`: a bearer server refuses a header whose first word is not
  // "bearer" (any case), a bare one fails verifyToken on "bearer <token>": both 401 UNAUTHORIZED_REQUEST.
  if (first.failure?.kind === 'unauthorized') {
    bearer = !bearer;
    const other = await list(1, PAGE);
    if (other.failure) {
      bearer = !bearer;
      note(`${form(!bearer)} was refused too: ${other.failure.message}`);
    } else {
      const flag = bearer ? 'drop --no-bearer' : 'pass --no-bearer';
      note(
        `${form(!bearer)} was refused (${first.status}) but ${form(bearer)} works: ${flag} (adapter: bearer ${bearer})`,
      );
      first = other;
    }
  }
  const accepted = first.status < 400 ? true : first.status === 401 ? false : null; // null: cannot tell
  report.auth = { header: tokenHeader, bearer, accepted };
  if (accepted) ok(`auth accepted: ${tokenHeader}: ${form(bearer)}`);
  if (
    first.status === 400 ||
    first.status === 404 ||
    (first.status === 401 && first.failure.kind !== 'forbidden')
  )
    return fail(first.status === 401 ? 'auth' : 'requestSessions/list', first.failure); // every other call would fail the same way

  // 2. Session list: page 1, the paging probe (page 2), request_type, getDetails of the first row.
  const page1 = listOf('requestSessions/list', first);
  let rows = [];
  if (page1) {
    const page2 = listOf('requestSessions/list page 2', await list(2, PAGE));
    rows = [...page1.data, ...(page2?.data ?? [])];
    checkRows('requestSessions/list', rows, SESSION_FIELDS);
    const typed = rows.filter((r) => r?.request_type === 'sent' || r?.request_type === 'received').length;
    const requestType = !rows.length
      ? 'no rows'
      : ['absent', 'mixed', 'present'][!typed ? 0 : typed < rows.length ? 1 : 2];
    report.sessionList = { count: page1.count, rows: rows.length, requestType };
    const mixed = requestType === 'mixed' ? ` (${typed} rows)` : '';
    ok(`session list: count ${page1.count}, ${rows.length} rows read, request_type ${requestType}${mixed}`);
    if (requestType === 'absent')
      note('list rows without request_type (deployed before June 2025): direction comes from the ids');
    if (page2) {
      const quirk = page2.data.length > PAGE ? true : page1.count > 2 * PAGE ? false : null;
      report.paging = { pageSize: PAGE, page2Rows: page2.data.length, quirk };
      const what = quirk
        ? 'present'
        : quirk === false
          ? 'absent'
          : `undetermined (needs over ${2 * PAGE} requests)`;
      ok(`paging quirk ${what}: page 2 of size ${PAGE} returned ${page2.data.length} rows`);
    }
  }
  const id = str(rows.find((r) => isObj(r) && str(r.id))?.id);
  if (id) {
    const query = { request_session_id: id };
    const res = await call('GET', 'requestSessions/getDetails', { query, bearer });
    const result = res.body?.result;
    if (res.failure) fail('requestSessions/getDetails', res.failure);
    else if (result === undefined || result === null) {
      report.details = { id, result: null };
      note(`getDetails ${id}: 200 "${res.message}" with no result (a blocked user or a missing profile)`);
    } else if (!isObj(result) || str(result.id) !== id)
      shape('requestSessions/getDetails', res.status, 'not the row');
    else {
      report.details = { id, requestType: result.request_type === undefined ? 'absent' : 'present' };
      ok(`getDetails ${id}: read, request_type ${report.details.requestType}`);
    }
  }

  // 3. Message requests, and getInfo of the first pending row's friend_id.
  const pendingPage = (page) =>
    call('GET', 'connections/pending', { query: { page, limit: COUNT_PAGE }, bearer });
  const pending = listOf('connections/pending', await pendingPage(1));
  if (pending) {
    checkRows('connections/pending', pending.data, CONNECTION_FIELDS);
    report.messages = { count: pending.count, rows: pending.data.length };
    ok(`message requests: count ${pending.count}, ${pending.data.length} rows read`);
    const friend = str(pending.data.find((r) => isObj(r) && str(r.friend_id))?.friend_id);
    if (friend) {
      const res = await call('POST', 'connections/getInfo', { body: { user_id: friend }, bearer });
      const result = res.body?.result;
      if (res.failure) fail('connections/getInfo', res.failure);
      else if (!isObj(result) && !Array.isArray(result))
        shape('connections/getInfo', res.status, 'no result');
      else {
        report.getInfo = { user_id: friend, status: result.status ?? null, message: res.message };
        ok(`getInfo ${friend}: ${result.status ?? `"${res.message}"`}`);
      }
    }
  }

  // 4. Pending counts with the adapter's rules (received, REQUESTED, slot not ended; docs/mentored-api.md
  // §4.1 and §4.9), read in pages of 100 with each row once, whatever the server's paging does.
  if (!page1 || !pending) return;
  const now = Date.now();
  const session = await countPages(
    async (p) => listOf('counts: requestSessions/list', await list(p, COUNT_PAGE, 'REQUESTED')),
    (r) => r.status === 'REQUESTED' && direction(r) === 'received' && Number(r.end_date) * 1000 > now,
  );
  const message = await countPages(
    async (p) => (p === 1 ? pending : listOf('counts: connections/pending', await pendingPage(p))),
    (r) => r.status === 'REQUESTED' && str(r.created_by) !== str(r.user_id),
  );
  if (session === undefined || message === undefined) return;
  report.counts = { session, message };
  ok(`pending received: ${session} session requests, ${message} message requests`);
}

await run();
report.ok = problems.length === 0;
report.exitCode = report.ok ? 0 : 1;
const TAG = { ok: 'ok  ', note: 'note', fail: 'FAIL' };
const human = [
  `MentorEd check of ${base}`,
  ...findings.map((f) => `  ${TAG[f.level]}  ${f.text}`),
  report.ok ? 'Everything could be read (exit 0).' : `${problems.length} problem(s) (exit 1).`,
].join('\n');
const out = args.json ? JSON.stringify(report, null, 2) : human;
// Belt and braces: a real token is long, and a short test token would mangle our own words.
process.stdout.write(`${token.length >= 8 ? redact(out) : out}\n`);
process.exitCode = report.exitCode;
