/**
 * `npm run mentored:check` (scripts/mentored-check.mjs) never prints the token a server echoes in a JSON
 * body it shows as is (no string `message`), whatever JSON escapes spell it (issue 16, point 17). A plain
 * HTTP server answers every call; no build needed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const SCRIPT = fileURLToPath(new URL('../../scripts/mentored-check.mjs', import.meta.url));
/** An opaque base64 token: `/` is one JSON may escape. */
const TOKEN = 'chk/Ab+cd/ef=9zQ';
const UNICODE = [...TOKEN].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** Serves `body` with status 500 to every call, runs the check, returns its output. */
async function checkAgainst(body) {
  const server = createServer((_req, res) => res.writeHead(500).end(body));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/mentoring/v1`;
  try {
    const env = { ...process.env, MENTORED_TOKEN: TOKEN };
    const child = spawn(process.execPath, [SCRIPT, '--url', url], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    return { code, out };
  } finally {
    server.close();
  }
}

test('a JSON body without a message, the token `\\/`- or `\\u`-escaped: shown parsed and redacted', async () => {
  for (const spelled of [TOKEN.replaceAll('/', '\\/'), UNICODE]) {
    const { code, out } = await checkAgainst(`{"error":"token ${spelled} broke it"}`);
    assert.equal(code, 1, out);
    assert.match(out, /500 "\{"error":"token \*\*\* broke it"\}"/);
    assert.ok(!out.includes(TOKEN), out);
  }
});

test('a token that the 160-character preview would cut in two is redacted whole first', async () => {
  const { out } = await checkAgainst(`{"error":"${'x'.repeat(140)}${TOKEN}"}`);
  assert.ok(!out.includes(TOKEN.slice(0, 8)), out);
});
