// Smoke test of the static Storybook (`npm run build-storybook` first): every story renders, without
// console errors or page errors, and axe (WCAG 2.0/2.1/2.2 A and AA, color contrast included) finds no
// violation. One headless Chromium, a few pages at a time, a tiny static server on 127.0.0.1.
//
//   npm run test:stories                    all stories
//   npm run test:stories -- inbox-          only story ids containing "inbox-"
//   npm run test:stories -- --screenshots   also writes docs/images/storybook-{docs,inbox}.png and schedule-conflict.png
//   STORY_CONCURRENCY=4 / STORY_TIMING=1     pages at a time (default 3) / per-story timings
//
// The Storybook itself (issue 16, point 14): no onboarding (index.html's FEATURES), one Lit (the warning
// "Multiple versions of Lit loaded" fails the story), and curated controls in every story (the argTypes the
// preview prepared, see stories/support/argtypes.ts): a bounded number of rows and controls, no part rows,
// CSS custom properties as colour or text controls, `tab` and `selected` under the attributes.
//
// Story tags (index.json) steer the checks: `loading` — the story shows a request that never answers,
// so the skeleton (`aria-busy`) is its settled state; `fault` — the story makes the mocked API fail on
// purpose, so the browser's "Failed to load resource" lines for /mentoring/ calls are expected.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), 'storybook-static');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONCURRENCY = Number(process.env.STORY_CONCURRENCY) || 3;
const STORY_TIMEOUT = 20_000;
/** Rows of the Controls panel (and the docs table) in one story, and how many of them have a control. */
const MAX_ROWS = 60;
const MAX_CONTROLS = 40;
const args = process.argv.slice(2);
const takeScreenshots = args.includes('--screenshots');
const filters = args.filter((a) => !a.startsWith('--'));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

// ---- A tiny static server -------------------------------------------------------------------------

function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() && path === '/favicon.ico') {
        res.writeHead(204).end(); // the browser asks for it on every page; Storybook ships an SVG icon
        return;
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const revalidate = type.startsWith('text/html') || file.endsWith('mockServiceWorker.js');
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        // Hashed assets are reused by every page of the run; the page and the worker are always fresh.
        'cache-control': revalidate ? 'no-cache' : 'public, max-age=600',
      });
      if (req.method === 'HEAD') res.end();
      else res.end(await readFile(file));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---- In the page ----------------------------------------------------------------------------------

/**
 * Runs in every page before Storybook: listens on Storybook's channel (set as a global when the preview
 * starts) for the end of the story's render-and-play, and for the ways it can fail.
 */
function hookStorybookChannel() {
  const state = { status: null, errors: [], argTypes: null };
  window.__smoke = state;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      const text = (e) =>
        String(e?.message ?? e?.description ?? e?.title ?? e)
          .split('\n')[0]
          .slice(0, 300);
      next.on('storyFinished', (e) => (state.status = e?.status ?? 'success'));
      next.on('storyPrepared', (e) => (state.argTypes = e?.argTypes ?? null));
      next.on('playFunctionThrewException', (e) => state.errors.push(`play function threw: ${text(e)}`));
      next.on('storyThrewException', (e) => state.errors.push(`story threw: ${text(e)}`));
      next.on('storyErrored', (e) => state.errors.push(`story errored: ${text(e)}`));
      next.on('storyMissing', (id) => state.errors.push(`story missing: ${id}`));
      next.on('unhandledErrorsWhilePlaying', (list) =>
        state.errors.push(...[].concat(list).map((e) => `unhandled error while playing: ${text(e)}`)),
      );
    },
  });
}

/** True when the story has content and nothing (outside a loading story) is still busy. */
function settled(allowBusy) {
  const root = document.getElementById('storybook-root');
  if (!root || root.childElementCount === 0) return false;
  if (allowBusy) return true;
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    const node = roots[i];
    // Only what can be seen counts: a hidden list behind an opened request may keep its placeholder.
    for (const el of node.querySelectorAll('[aria-busy="true"], [part~="skeleton"]')) {
      if (el.checkVisibility()) return false;
    }
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return true;
}

// ---- Controls -------------------------------------------------------------------------------------

/** The control type of a prepared argType (`'text'`, `{ type: 'text' }`), or null for none. */
function controlType(argType) {
  const control = argType.control;
  if (typeof control === 'string') return control;
  if (control && typeof control === 'object' && !control.disable) return control.type ?? null;
  return null;
}

/** What is wrong with the controls of a story (its prepared argTypes). */
function argTypeProblems(argTypes) {
  if (!argTypes) return ['no argTypes: the preview did not report the story as prepared'];
  const rows = Object.entries(argTypes).filter(([, argType]) => !argType?.table?.disable);
  const controls = rows.filter(([, argType]) => controlType(argType));
  const problems = [];
  if (rows.length > MAX_ROWS) problems.push(`${rows.length} control rows (at most ${MAX_ROWS})`);
  if (controls.length > MAX_CONTROLS) problems.push(`${controls.length} controls (at most ${MAX_CONTROLS})`);
  for (const [key, argType] of rows) {
    const category = argType.table?.category ?? '';
    const type = controlType(argType);
    if (/part/i.test(category)) problems.push(`part "${argType.name ?? key}" is a row of the controls`);
    if (/css custom propert/i.test(category) && type !== 'color' && type !== 'text')
      problems.push(`CSS property ${key} has a ${type ?? 'missing'} control (colour or text expected)`);
    if (/^(event|slot)s?$/i.test(category) && type) problems.push(`${category} ${key} has a control`);
    if ((key === 'tab' || key === 'selected') && category !== 'attributes')
      problems.push(`"${key}" is filed under ${category || 'no category'}, not attributes`);
  }
  return problems;
}

// ---- One story ------------------------------------------------------------------------------------

async function checkStory(context, origin, entry, axeSource) {
  const started = Date.now();
  const problems = [];
  const marks = [];
  const mark = (label) => marks.push(`${label} ${Date.now() - started}`);
  const page = await context.newPage();
  await page.addInitScript(hookStorybookChannel);
  const expectFaults = entry.tags.includes('fault');
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // One Lit in Storybook: the warning confuses designers even when it is harmless.
    if (message.type() === 'warning' && /Multiple versions of Lit/i.test(message.text()))
      problems.push(`console.warn: ${message.text().split('\n')[0]}`);
    if (message.type() !== 'error') return;
    const text = message.text();
    const where = message.location()?.url ?? '';
    if (expectFaults && /^Failed to load resource/.test(text) && where.startsWith(`${origin}/mentoring/`))
      return;
    const first = text.split('\n')[0].slice(0, 300);
    problems.push(`console.error: ${first}${where && !first.includes(where) ? ` (${where})` : ''}`);
  });
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, {
      waitUntil: 'domcontentloaded',
      timeout: STORY_TIMEOUT,
    });
    mark('loaded');
    // Rendered *and* played: Storybook reports the story finished (or how it failed).
    await page.waitForFunction(
      () => window.__smoke?.status !== null || window.__smoke?.errors.length > 0,
      null,
      {
        timeout: STORY_TIMEOUT,
        polling: 50,
      },
    );
    mark('finished');
    const state = await page.evaluate(() => window.__smoke);
    problems.push(...state.errors);
    problems.push(...argTypeProblems(state.argTypes));
    // One Lit: each copy of lit-html, lit-element and reactive-element registers its version, also in a
    // production build, where the "Multiple versions of Lit loaded" warning (dev builds only) is silent.
    const versions = await page.evaluate(() =>
      ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'].map((key) => [
        key,
        window[key] ?? [],
      ]),
    );
    for (const [key, list] of versions)
      if (list.length !== 1) problems.push(`${list.length} copies of Lit (${key}: ${list.join(', ')})`);
    const storyOk = state.status === 'success' && state.errors.length === 0;
    if (state.status !== 'success' && state.errors.length === 0)
      problems.push(`story ended with status ${state.status}`);
    if (storyOk) {
      const allowBusy = entry.tags.includes('loading');
      await page
        .waitForFunction(settled, allowBusy, { timeout: 10_000, polling: 50 })
        .catch(() => problems.push('still busy after 10 s (aria-busy or a skeleton)'));
      // Lazily loaded locales and late re-renders: give them a moment, then check again. (Timers, not
      // animation frames: pages in the background get few frames.)
      await page.waitForTimeout(100);
      if (!(await page.evaluate(settled, allowBusy))) problems.push('nothing rendered, or busy again');
      mark('settled');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' >>> ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
          count: v.nodes.length,
        }));
      }, AXE_TAGS);
      mark('axe');
      for (const v of violations) {
        problems.push(
          `axe ${v.id} (${v.impact}, ${v.count} node${v.count === 1 ? '' : 's'}): ${v.nodes.join(' | ')}`,
        );
      }
    }
  } catch (error) {
    problems.push(`error: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  if (process.env.STORY_TIMING) console.log(entry.id, marks.join(', '));
  return { id: entry.id, ms: Date.now() - started, problems };
}

// ---- Screenshots for the docs ---------------------------------------------------------------------

async function screenshots(browser, origin) {
  const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  try {
    // A docs page (autodocs from custom-elements.json), in the Storybook UI.
    await page.goto(`${origin}/?path=/docs/elements-confirm-dialog--docs`, { waitUntil: 'domcontentloaded' });
    const docs = page.frameLocator('#storybook-preview-iframe');
    await docs.locator('.docblock-argstable').first().waitFor({ timeout: 20_000 });
    await docs.locator('iframe').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    // The story, then the API table from custom-elements.json (attributes, properties, events, parts…).
    await page.setViewportSize({ width: 1400, height: 1250 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'storybook-docs.png') });

    // The inbox in dark theme, with the Actions panel (two tab switches logged).
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(
      `${origin}/?path=/story/inbox-requests-page--dark-theme&addonPanel=storybook/actions/panel`,
      {
        waitUntil: 'domcontentloaded',
      },
    );
    const story = page.frameLocator('#storybook-preview-iframe');
    await story
      .getByRole('button', { name: /^View details for/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await story.getByRole('tab').nth(1).click();
    // Message cards' controls read "View message" (named "View message from …").
    await story
      .getByRole('button', { name: /^View message from/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await story.getByRole('tab').nth(0).click();
    await story
      .getByRole('button', { name: /^View details for/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(out, 'storybook-inbox.png') });

    // The session detail's schedule-conflict warning (issue 15): a booked session and a pending request.
    const conflict = await browser.newPage({ viewport: { width: 420, height: 640 }, deviceScaleFactor: 2 });
    try {
      await conflict.goto(
        `${origin}/iframe.html?id=elements-session-detail-conflicts--booked-and-pending&viewMode=story`,
      );
      await conflict.locator('[part~="conflict-button"]').waitFor({ timeout: 20_000 });
      await conflict.waitForTimeout(500);
      await conflict.screenshot({ path: join(out, 'schedule-conflict.png'), fullPage: true });
    } finally {
      await conflict.close();
    }
    console.log('screenshots: docs/images/storybook-docs.png, storybook-inbox.png, schedule-conflict.png');
  } finally {
    await page.close();
  }
}

// ---- Main -----------------------------------------------------------------------------------------

const t0 = Date.now();
const index = JSON.parse(
  await readFile(join(ROOT, 'index.json'), 'utf8').catch(() => {
    console.error(`No ${join(ROOT, 'index.json')}: run \`npm run build-storybook\` first.`);
    process.exit(1);
  }),
);
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => filters.length === 0 || filters.some((f) => e.id.includes(f)))
  .map((e) => ({ id: e.id, title: e.title, name: e.name, tags: e.tags ?? [] }));
if (stories.length === 0) {
  console.error('No stories matched.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

// No onboarding: the manager page of the build carries the features it was built with.
const managerPage = await readFile(join(ROOT, 'index.html'), 'utf8');
const onboarding = ['sidebarOnboardingChecklist', 'menuOnboardingChecklist'].filter(
  (flag) => !new RegExp(`"${flag}":\\s*false`).test(managerPage),
);
if (onboarding.length) {
  console.error(
    `Storybook's onboarding is on (${onboarding.join(', ')}): see .storybook/main.ts \`features\`.`,
  );
  process.exitCode = 1;
}

const server = await serve(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const results = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 720 },
    reducedMotion: 'reduce',
  });
  // The first page registers MSW's service worker for the origin; the others find it active.
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await checkStory(context, origin, entry, axeSource);
        results.push(result);
        process.stdout.write(result.problems.length ? 'F' : '.');
      }
    }),
  );
  process.stdout.write('\n');
  await context.close();
  if (takeScreenshots) await screenshots(browser, origin);
} finally {
  await browser.close();
  server.close();
}

// ---- Report ---------------------------------------------------------------------------------------

const order = new Map(stories.map((s, i) => [s.id, i]));
results.sort((a, b) => order.get(a.id) - order.get(b.id));
const width = Math.max(...results.map((r) => r.id.length), 5);
console.log(`\n${'story'.padEnd(width)}  result   time`);
console.log(`${'-'.repeat(width)}  ------  ------`);
for (const r of results) {
  console.log(
    `${r.id.padEnd(width)}  ${r.problems.length ? 'FAIL  ' : 'ok    '}  ${String(r.ms).padStart(5)}ms`,
  );
  for (const problem of r.problems) console.log(`${' '.repeat(width)}    - ${problem}`);
}
const failed = results.filter((r) => r.problems.length > 0);
console.log(
  `\n${results.length - failed.length}/${results.length} stories ok` +
    (failed.length ? `, ${failed.length} failed` : '') +
    ` (axe: ${AXE_TAGS.join(', ')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
process.exit(failed.length || process.exitCode ? 1 : 0);
