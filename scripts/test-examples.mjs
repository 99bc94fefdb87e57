// `npm run test:examples` (after `npm run build`): keeps examples/ from rotting.
// 1. plain-html: the script and module URLs it loads exist in dist/.
// 2. react: `tsc -p examples/react/tsconfig.json` (React 19 JSX typings of `mentoring-requests/jsx`, and the
//    @lit/react wrappers), in parallel with Vite builds of the React and Vue examples (Vue SFC compiled).
//    The React build keeps the lazily loaded details chunk, wrappers and all (examples-react-split.mjs).
// 3. angular: a host's install (examples-angular.mjs): `npm ci` of the example's own lockfile (Angular 21,
//    TypeScript 5.9), this package from `npm pack`'s tarball, the template type checker's verdict on three
//    mistakes, the production build (@angular/build's application builder).
// 4. In headless Chromium (CHROME_PATH or the usual paths; nothing is downloaded): the CDN page defines the
//    five tags, renders the inbox from the adapter it set, and its listeners run (events dispatched from
//    inside <requests-page>); opening a request shows the lazily loaded detail element. The React (native
//    and wrappers), Vue and Angular apps go through one real scenario (examples-drive.mjs): accept, reject
//    with a reason, a failing accept, a message accept; their event logs and header badges must follow.
// The builds go to node_modules/.cache/mentoring-requests-examples/. No network for the pages: they are
// served from 127.0.0.1 and any other request fails the test. (`npm ci` for Angular uses the registry, or
// npm's cache when it has the packages.)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { driveInbox, serveStatic } from './examples-drive.mjs';
import { buildAngular, checkAngularTyping, installAngular, run } from './examples-angular.mjs';
import { describeSplit, splitReport } from './examples-react-split.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules/.cache/mentoring-requests-examples');
const TAGS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
];
const started = Date.now();
const failures = [];
const fail = (message) => failures.push(message);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const step = (message) => console.log(`  ${message} (${seconds(Date.now() - started)})`);

if (!existsSync(join(ROOT, 'dist/cdn/mentoring-requests.js')) || !existsSync(join(ROOT, 'dist/jsx.d.ts'))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

// --- 1. plain-html references -----------------------------------------------------------------------
{
  const page = join(ROOT, 'examples/plain-html/index.html');
  const html = readFileSync(page, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]),
  ];
  if (urls.length === 0) fail('examples/plain-html/index.html loads no script');
  for (const url of urls) {
    if (!existsSync(resolve(dirname(page), url)))
      fail(`examples/plain-html/index.html: ${url} does not exist`);
  }
  step(`plain-html: ${urls.length} script URLs exist`);
}

// --- 2. and 3. type-checks and builds -----------------------------------------------------------------
async function buildExample(name) {
  const warnings = [];
  const output = await build({
    root: join(ROOT, 'examples', name),
    configFile: join(ROOT, 'examples', name, 'vite.config.ts'),
    base: './',
    logLevel: 'silent',
    customLogger: {
      info() {},
      warn: (message) => warnings.push(message),
      warnOnce: (message) => warnings.push(message),
      error: (message) => warnings.push(message),
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
    build: { outDir: join(OUT, name), emptyOutDir: true, reportCompressedSize: false },
  });
  for (const warning of warnings) fail(`vite build examples/${name}: ${warning}`);
  return output;
}

// The Angular install waits on npm and the disk more than on the CPU: it runs beside the Vite builds.
const angularInstall = installAngular(ROOT, OUT).then(
  (result) => (
    step(`angular: npm ci ${seconds(result.ms.ci)}, tarball installed ${seconds(result.ms.tarball)}`),
    result
  ),
  (error) => (fail(`angular: ${error.message}`), undefined),
);
const tsc = run(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'examples/react/tsconfig.json'],
  ROOT,
);
try {
  // The app imports the @lit/react wrappers too: define.js's lazily loaded details chunk must survive them.
  const split = splitReport(await buildExample('react'));
  for (const id of split.misplaced)
    fail(`examples/react: ${id} is in the first load, not in the details chunk`);
  step(`react: vite build, ${describeSplit(split)}`);
  await buildExample('vue');
  step('vue: vite build');
} catch (error) {
  fail(`vite build: ${error.message}`);
}
const typecheck = await tsc;
if (typecheck.code !== 0) fail(`tsc -p examples/react/tsconfig.json:\n${typecheck.output}`);
step('react: tsc type-check');

const angular = await angularInstall;
const timings = {};
let angularBrowser;
if (angular) {
  Object.assign(timings, angular.ms);
  try {
    const typing = await checkAngularTyping(angular.app);
    for (const problem of typing.problems) fail(`angular: ${problem}`);
    timings.typing = typing.ms;
    if (!typing.problems.length) step(`angular: ngc refuses the three typing mistakes ${seconds(typing.ms)}`);
    const built = await buildAngular(angular.app);
    timings.build = built.ms;
    angularBrowser = built.browser;
    step(`angular: architect inbox:build ${seconds(built.ms)}`);
  } catch (error) {
    fail(`angular: ${error.message}`);
  }
}

// --- 4. headless -------------------------------------------------------------------------------------
const repo = await serveStatic(ROOT);
const app = angularBrowser && (await serveStatic(angularBrowser));
const cache = OUT.slice(ROOT.length).split(sep).join('/');

const PAGES = [
  { name: 'plain-html (CDN build)', url: `${repo.origin}/examples/plain-html/index.html`, synthetic: true },
  { name: 'react (React 19, native)', url: `${repo.origin}${cache}/react/index.html` },
  { name: 'react (@lit/react wrappers)', url: `${repo.origin}${cache}/react/index.html?wrappers` },
  { name: 'vue', url: `${repo.origin}${cache}/vue/index.html` },
  ...(app ? [{ name: 'angular (Angular 21, zoneless)', url: `${app.origin}/`, angular: true }] : []),
];

// The CDN page: its listeners run for events dispatched from inside the inbox, as the elements send them;
// opening a request shows a detail element from the lazily loaded chunk, upgraded and rendered.
async function checkSynthetic(page, problems) {
  await page.evaluate(() => {
    const inbox = document.querySelector('requests-page');
    const inside = inbox.shadowRoot.firstElementChild ?? inbox;
    const request = { id: 'example-1' };
    const send = (type, detail) =>
      inside.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    send('request-accepted', { kind: 'message', request });
    send('chat-open', { request, roomId: 'room-1' });
  });
  await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 2, null, {
    timeout: 5_000,
  });
  const log = await page.locator('#log li').allTextContents();
  if (!log.some((line) => line.includes('request-accepted') && line.includes('example-1')))
    problems.push(`no request-accepted in the log: ${log}`);
  if (!log.some((line) => line.includes('chat-open') && line.includes('room-1')))
    problems.push(`no chat-open in the log: ${log}`);
  await page.locator('requests-page [part~="open-button"]').first().click();
  await page.waitForFunction(
    () => {
      const detail = document
        .querySelector('requests-page')
        .shadowRoot.querySelector('session-request-detail, message-request-detail');
      return detail?.shadowRoot?.querySelector('[part~="heading"]');
    },
    null,
    { timeout: 5_000 },
  );
  return 'request-accepted and chat-open handled, a detail opened';
}

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  for (const { name, url, synthetic, angular: isAngular } of PAGES) {
    const page = await browser.newPage();
    const origin = new URL(url).origin;
    const problems = [];
    let result = '';
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin)
        ? route.continue()
        : (problems.push(`network: ${route.request().url()}`), route.abort()),
    );
    const driveStarted = Date.now();
    try {
      await page.goto(url);
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, {
        timeout: 10_000,
      });
      // The adapter the page set is used: cards render from its data.
      await page.locator('requests-page [part~="card"]').first().waitFor({ timeout: 10_000 });
      if (synthetic) result = await checkSynthetic(page, problems);
      else {
        const { before, after, log } = await driveInbox(page);
        result = `accept, reject with a reason, a failing accept, a message accept: ${log.length} events logged, badge ${before} → ${after}`;
      }
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
    }
    if (isAngular) timings.drive = Date.now() - driveStarted;
    for (const problem of problems) fail(`${name}: ${problem}`);
    if (!problems.length) step(`${name}: ${result}`);
    await page.close();
  }
} finally {
  await browser.close();
  repo.close();
  app?.close();
}

if (timings.ci !== undefined) {
  const parts = Object.entries({
    'npm ci': timings.ci,
    'tarball install': timings.tarball,
    'type-check': timings.typing,
    build: timings.build,
    drive: timings.drive,
  }).filter(([, ms]) => ms !== undefined);
  console.log(`  angular timings: ${parts.map(([what, ms]) => `${what} ${seconds(ms)}`).join(', ')}`);
}
if (failures.length) {
  console.error(`\ntest:examples failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`test:examples passed in ${seconds(Date.now() - started)}`);
