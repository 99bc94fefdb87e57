// `npm run test:examples` (after `npm run build`): keeps examples/ from rotting.
// 1. plain-html: the script and module URLs it loads exist in dist/.
// 2. react: `tsc -p examples/react/tsconfig.json` (React 19 JSX typings of `mentoring-requests/jsx`, and the
//    @lit/react wrappers), in parallel with Vite builds of the React and Vue examples (Vue SFC compiled).
// 3. In headless Chromium (CHROME_PATH or the usual paths; nothing is downloaded): each page defines the five
//    tags, the inbox renders requests from the adapter the page set, and the page's `request-accepted` and
//    `chat-open` listeners run (events dispatched from inside <requests-page> as the elements do). For the
//    CDN page, opening a request also shows the lazily loaded detail element.
// The builds go to node_modules/.cache/mentoring-requests-examples/. No network: pages are served from
// 127.0.0.1 and any other request fails the test.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

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
const step = (message) => console.log(`  ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

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

// --- 2. type-check and builds -------------------------------------------------------------------------
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

async function buildExample(name) {
  const warnings = [];
  await build({
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
}

const tsc = run(process.execPath, [
  join(ROOT, 'node_modules/typescript/bin/tsc'),
  '-p',
  'examples/react/tsconfig.json',
]);
try {
  await buildExample('react');
  step('react: vite build');
  await buildExample('vue');
  step('vue: vite build');
} catch (error) {
  fail(`vite build: ${error.message}`);
}
const typecheck = await tsc;
if (typecheck.code !== 0) fail(`tsc -p examples/react/tsconfig.json:\n${typecheck.output}`);
step('react: tsc type-check');

// --- 3. headless -------------------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let file = normalize(join(ROOT, path));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const cache = OUT.slice(ROOT.length).split(sep).join('/');

const PAGES = [
  { name: 'plain-html (CDN build)', path: '/examples/plain-html/index.html', openDetail: true },
  { name: 'react (React 19, native)', path: `${cache}/react/index.html` },
  { name: 'react (@lit/react wrappers)', path: `${cache}/react/index.html?wrappers` },
  { name: 'vue', path: `${cache}/vue/index.html` },
];

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  for (const { name, path, openDetail } of PAGES) {
    if (failures.length) break;
    const page = await browser.newPage();
    const problems = [];
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
    try {
      await page.goto(origin + path);
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, {
        timeout: 10_000,
      });
      // The adapter the page set is used: cards render from its data.
      await page.locator('requests-page [part~="card"]').first().waitFor({ timeout: 10_000 });
      // The page's listeners: events from inside the inbox, composed, as the detail elements send them.
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
      if (openDetail) {
        // Opening a request shows a detail element from the lazily loaded chunk, upgraded and rendered.
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
      }
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
    }
    for (const problem of problems) fail(`${name}: ${problem}`);
    if (!problems.length)
      step(`${name}: tags defined, inbox rendered, request-accepted and chat-open handled`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\ntest:examples failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`test:examples passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
