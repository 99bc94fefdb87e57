// The scenario `npm run test:examples` runs on every framework example (React 19, the @lit/react wrappers,
// Vue, Angular): the same clicks, the same assertions, in headless Chromium (playwright-core). Each example
// shows its events in `<ol id="log">`, one `<li>` per event, as
//   request-accepted: <kind> request <id>
//   request-rejected: <kind> request <id>, reason: <reason>
//   request-error: <action> <kind> failed (<error kind>)
//   chat-open: room <roomId>
// has a header `<requests-badge>` on the inbox's adapter, and puts that adapter (a seeded MemoryAdapter) on
// `window.exampleAdapter`, so this driver can make one call fail (`failNext`) and read which ids the user's
// clicks acted on (`calls`). The ids in the log must be those: the page's listeners got the events' details.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export const REASON = 'The slot clashes with a class';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves the files under `root` on 127.0.0.1 (a folder gives its index.html). Resolves with its origin. */
export async function serveStatic(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Drives the example loaded in `page`: accepts a session request, rejects the next with a reason in the
 * confirmation dialog, makes the next accept fail (a `server` error), and accepts a message request.
 * Throws at the first step that does not happen; returns what the page logged.
 */
export async function driveInbox(page, { timeout = 10_000 } = {}) {
  const inbox = page.locator('requests-page');
  const badge = page.locator('requests-badge [part="badge"]');
  const waitFor = (what, predicate, arg) =>
    page.waitForFunction(predicate, arg, { timeout }).catch((error) => {
      throw new Error(`${what}: ${error.message.split('\n')[0]}`);
    });
  const count = async () => Number((await badge.textContent({ timeout })).trim());
  const badgeShows = (n, when) =>
    page
      .waitForFunction(
        (expected) =>
          document.querySelector('requests-badge')?.shadowRoot?.querySelector('[part="badge"]')
            ?.textContent === String(expected),
        n,
        { timeout },
      )
      .catch(async () => {
        throw new Error(`the badge shows ${await count().catch(() => 'nothing')}, not ${n}, ${when}`);
      });
  const logShows = (line, when) =>
    waitFor(
      `the page's event log has no "${line}" ${when}`,
      (text) => [...document.querySelectorAll('#log li')].some((li) => li.textContent.includes(text)),
      line,
    );
  // The argument of the adapter's last call of `method` (the clicks' request, the reason).
  const lastCall = (method) =>
    page.evaluate((m) => window.exampleAdapter.calls.filter((c) => c.method === m).at(-1)?.args, method);
  const open = async (kind) => {
    await inbox.locator('[part~="open-button"]').first().click({ timeout });
    return inbox.locator(`${kind}-request-detail`);
  };
  const back = () => inbox.locator('[part~="back-button"]').click({ timeout });

  await inbox.locator('[part~="card"]').first().waitFor({ timeout });
  if (!(await page.evaluate(() => typeof window.exampleAdapter?.failNext === 'function')))
    throw new Error('the page does not expose its MemoryAdapter as window.exampleAdapter');
  const before = await count();
  if (!(before >= 4)) throw new Error(`the badge shows ${before}: the scenario needs 4 pending requests`);

  // 1. Accept a session request.
  let detail = await open('session');
  await detail.locator('[part~="accept-button"]').click({ timeout });
  await waitFor('no acceptSessionRequest call', () =>
    window.exampleAdapter.calls.some((c) => c.method === 'acceptSessionRequest'),
  );
  const [accepted] = await lastCall('acceptSessionRequest');
  await logShows(`request-accepted: session request ${accepted}`, 'after Accept');
  await badgeShows(before - 1, 'after a session accept');

  // 2. Reject the next one, with a reason typed in the confirmation dialog.
  await back();
  detail = await open('session');
  await detail.locator('[part~="reject-button"]').click({ timeout });
  const dialog = detail.locator('confirm-dialog');
  await dialog.locator('[part~="textarea"]').fill(REASON, { timeout });
  await dialog.locator('[part~="confirm-button"]').click({ timeout });
  await waitFor('no rejectSessionRequest call', () =>
    window.exampleAdapter.calls.some((c) => c.method === 'rejectSessionRequest'),
  );
  const [rejected, reason] = await lastCall('rejectSessionRequest');
  if (reason !== REASON) throw new Error(`the adapter got the reason ${JSON.stringify(reason)}`);
  if (rejected === accepted) throw new Error('the reject acted on the request accepted before');
  await logShows(`request-rejected: session request ${rejected}, reason: ${REASON}`, 'after Reject');
  await badgeShows(before - 2, 'after a session reject');

  // 3. The next accept fails on the server: the page hears `request-error`, the count stays.
  await back();
  await page.evaluate(() => window.exampleAdapter.failNext('acceptSessionRequest', 'server'));
  detail = await open('session');
  await detail.locator('[part~="accept-button"]').click({ timeout });
  await logShows('request-error: accept session failed (server)', 'after a failing Accept');
  await detail.locator('[part~="error"]').filter({ hasText: /\S/ }).waitFor({ timeout });
  if ((await count()) !== before - 2) throw new Error('the badge changed after a failed accept');

  // 4. Accept a message request: `request-accepted`, then `chat-open` with the new chat room.
  await back();
  await page.getByRole('tab', { name: /^Message requests/ }).click({ timeout });
  detail = await open('message');
  await detail.locator('[part~="accept-button"]').click({ timeout });
  await waitFor('no acceptMessageRequest call', () =>
    window.exampleAdapter.calls.some((c) => c.method === 'acceptMessageRequest'),
  );
  const [message] = await lastCall('acceptMessageRequest');
  await logShows(`request-accepted: message request ${message}`, 'after a message Accept');
  await logShows('chat-open: room ', 'after a message Accept');
  await badgeShows(before - 3, 'after a message accept');

  const log = await page.locator('#log li').allTextContents();
  if (log.some((line) => line.includes('(none)')))
    throw new Error(`an event came without its detail: ${log.join(' | ')}`);
  return { before, after: before - 3, log };
}
