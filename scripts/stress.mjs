// `npm run test:stress`: issue 5's reliability items at full size (not part of CI), then the demo under a
// strict Content-Security-Policy.
//
//   node scripts/stress.mjs               everything: the wtr stress run, then the demo CSP check
//   node scripts/stress.mjs wtr [args]    only the wtr stress run (extra args go to wtr, e.g. --files)
//   node scripts/stress.mjs csp-demo      only the demo CSP check (a few seconds: fine for CI too)
//
// The wtr run uses web-test-runner.stress.config.mjs (window.__STRESS__ = true, --expose-gc). Every
// figure the tests print ("[reliability] item | metric | value | size") is collected and printed again as
// a table at the end, ready for docs/reliability.md.
//
// The demo CSP check builds the demo with Vite into a temporary folder, serves it from a tiny static
// server whose every answer carries
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:
// and drives it in headless Chromium (playwright-core, the Chrome found by scripts/find-chrome.mjs) with
// both backends (the MentorEd emulation in MSW's service worker, and the MemoryAdapter): list, detail,
// accept, meeting link, reject dialog, message tab. It fails on any `securitypolicyviolation`, and checks
// that a deliberate violation is seen (so a silent listener cannot pass).
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:";
const figures = [];

async function runWtr(extra) {
  const args = ['wtr', '--config', 'web-test-runner.stress.config.mjs', ...extra];
  console.log(`> npx ${args.join(' ')}`);
  const child = spawn('npx', args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const clean = line.replace(/\u001b\[[0-9;]*m/g, '');
      const match = clean.match(/\[reliability\] (.+)$/);
      if (match) figures.push(match[1].trim());
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const headers = { 'content-security-policy': POLICY, 'cache-control': 'no-store' };
    if (!existsSync(file)) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function cspDemo() {
  const { build } = await import('vite');
  const { chromium } = await import('playwright-core');
  const out = mkdtempSync(join(tmpdir(), 'mr-demo-'));
  const server = { close: () => undefined };
  let browser;
  let failures = 0;
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true },
    });
    const http = await serve(out);
    server.close = () => http.close();
    const origin = `http://127.0.0.1:${http.address().port}`;
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    for (const backend of ['mentored', 'memory']) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      // Init scripts run through DevTools, so the policy does not apply to this listener itself.
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()),
          true,
        );
      });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/?backend=${backend}`);
      const steps = [];
      const step = async (name, action) => {
        await action();
        steps.push(name);
      };
      const cards = page.getByRole('button', { name: /^View details for/ });
      await step('list', () => cards.first().waitFor({ timeout: 15_000 }));
      await step('detail with Accept', async () => {
        const count = await cards.count();
        for (let i = 0; i < count; i++) {
          await cards.nth(i).click();
          const accept = page.getByRole('button', { name: 'Accept', exact: true });
          if (await accept.isVisible({ timeout: 2000 }).catch(() => false)) return;
          await page.getByRole('button', { name: 'Back to requests' }).click();
        }
        throw new Error('no request with Accept');
      });
      await step('reject dialog', async () => {
        await page.getByRole('button', { name: 'Reject', exact: true }).click();
        await page.getByRole('alertdialog').waitFor();
        await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      });
      await step('accepted', async () => {
        await page.getByRole('button', { name: 'Accept', exact: true }).click();
        await page.getByRole('button', { name: 'Add link' }).waitFor({ timeout: 10_000 });
      });
      await step('meeting link saved', async () => {
        await page.getByRole('button', { name: 'Add link' }).click();
        await page.getByLabel(/^Link\b/).fill('https://meet.google.com/abc-defg-hij');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByRole('link', { name: /^Join on/ }).waitFor({ timeout: 10_000 });
      });
      await step('message tab', async () => {
        await page.getByRole('button', { name: 'Back to requests' }).click();
        await page.getByRole('tab', { name: /^Message requests/ }).click();
        // A message card's control says "View message from <name>" (en-core.ts `viewMessage`).
        const messages = page.getByRole('button', { name: /^View message from/ });
        await messages.first().waitFor();
        await messages.first().click();
        await page.getByRole('button', { name: 'Back to requests' }).click();
      });
      await page.waitForTimeout(300);
      const violations = await page.evaluate(() => window.__violations.slice());
      const control = await page.evaluate(async () => {
        const before = window.__violations.length;
        const img = document.createElement('img');
        img.src = 'http://insecure.example/pixel.png';
        document.body.append(img);
        for (let i = 0; i < 100 && window.__violations.length === before; i++)
          await new Promise((r) => setTimeout(r, 20));
        return window.__violations.length > before;
      });
      const ok = violations.length === 0 && control && errors.length === 0;
      if (!ok) failures++;
      const line = `8 strict CSP | demo (${backend}) | ${violations.length} violations in ${steps.length} states; control seen: ${control ? 'yes' : 'NO'}; page errors: ${errors.length}`;
      console.log(`[reliability] ${line}`);
      figures.push(`${line} | csp-demo`);
      for (const v of violations) console.log(`  violation: ${v}`);
      for (const e of errors) console.log(`  page error: ${e}`);
      await context.close();
    }
  } finally {
    await browser?.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

const [command = 'all', ...rest] = process.argv.slice(2);
let code = 0;
if (command === 'all' || command === 'wtr') code = await runWtr(command === 'wtr' ? rest : []);
if (command === 'all' || command === 'csp-demo') code = (await cspDemo()) || code;
if (!['all', 'wtr', 'csp-demo'].includes(command)) {
  console.error(`unknown command "${command}": use wtr, csp-demo, or nothing for both`);
  code = 2;
}
if (figures.length) {
  console.log('\nFigures (item | metric | value | size):');
  for (const line of figures) console.log(`  ${line}`);
}
process.exit(code);
