// `npm run test:consumer` (after `npm run build`): installs the package as a user gets it and uses every
// export from there. This is where a wrong `exports` map, a file missing from `files`, an undeclared
// dependency or a broken `prepare` shows up. Pages are served from 127.0.0.1; the only network it may use
// is the npm registry, for the git route below, through npm's cache (`--prefer-offline`: what the
// repository's own `npm ci` fetched is not fetched again).
//
// 0. The install leaves a checkout clean: package-lock.json's root entry matches package.json (else
//    `npm install` rewrites the lockfile), and public/mockServiceWorker.js is the installed msw's (else
//    msw's postinstall rewrites it).
// 1. `npm pack` into a temporary folder; extract the tarball into <tmp>/app/node_modules/mentoring-requests.
//    Alongside, the git route (scripts/prepare-check.mjs) runs: `npm install git+file:<a git repository of
//    this checkout>` in another folder, where npm builds dist/ with the `prepare` script; it must install
//    the same files as the tarball, and import in Node. Each route prints its time.
// 2. Beside it, only what an install would bring: the package's `dependencies` and `peerDependencies`
//    (lit, @lit/*, msw, react), linked from this repository's node_modules. Nothing else is reachable.
// 3. Plain Node: import `mentoring-requests/adapters` and `mentoring-requests/mocks`, and run a list and an
//    accept through the MentorEdAdapter against the MSW emulation (msw/node).
// 4. Headless Chromium: an esbuild bundle importing every browser export (".", "./define.js", "./adapters",
//    "./mocks", "./mocks/browser", "./react") defines the tags, and `startMentorEdWorker` serves the
//    emulation to a MentorEdAdapter through the worker file `npx msw init` wrote (as the README tells a
//    host); the CDN file from the tarball defines them too and exports what "." exports; both copies on
//    one page don't throw and warn once.
// 5. The type entries resolve: a TypeScript file importing every export (and the JSX typings) type-checks
//    against the installed package.
// 6. publint on the installed package; errors fail the test.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { cleanInstallProblems, installFromGit } from './prepare-check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TAGS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
  'requests-badge',
];
// watchStore: the CDN file's elements load the live code with their parts (src/index.ts says why).
const LAZY_IN_CDN = [
  'SessionRequestDetail',
  'MessageRequestDetail',
  'ConfirmDialog',
  'RequestsBadge',
  'watchStore',
];
// Helpers for a host that does the details' work itself (cancels calendar-add, checks overlaps): in the npm
// build only; the CDN file's first paint has no room for them (src/cdn.ts says why).
const NPM_ONLY = [
  'buildIcs',
  'calendarEntry',
  'googleCalendarUrl',
  'outlookCalendarUrl',
  'slotsOverlap',
  'slotsTouch',
  'warmIntl',
];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const failures = [];
const fail = (message) => failures.push(message);
const step = (message) => console.log(`  ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const keep = process.argv.includes('--keep');

if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cdn/mentoring-requests.js'))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'mentoring-requests-consumer-'));
const app = join(tmp, 'app');
const installed = join(app, 'node_modules', pkg.name);

let gitRoute;
try {
  // --- 0. a fresh clone's `npm install` changes no tracked file ------------------------------------
  const unclean = cleanInstallProblems(ROOT);
  unclean.forEach(fail);
  if (!unclean.length) step('install leaves a checkout clean: lockfile root entry and msw worker up to date');

  // --- 1. pack and "install" ----------------------------------------------------------------------
  const tarballStarted = Date.now();
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
      },
    }),
  )[0];
  const tarball = join(tmp, packed.filename);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  const files = packed.files.map((f) => f.path);
  const unwanted = files.filter((f) =>
    /(^|\/)(test|tests|__tests__|stories|demo|examples|src)\/|\.map$|\.test\./.test(f),
  );
  if (unwanted.length) fail(`the tarball ships files a user doesn't need: ${unwanted.join(', ')}`);
  step(`npm pack: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB`);
  // The git route runs alongside the rest (most of its time is npm installing the devDependencies in
  // its clone, and the build): awaited at the end.
  gitRoute = installFromGit(ROOT, tmp, files).catch((error) => ({ ms: 0, problems: [error.stack] }));

  // Only the declared dependencies are reachable.
  const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const linked = [];
  for (const name of declared) {
    const source = join(ROOT, 'node_modules', name);
    if (!existsSync(source)) {
      if (!pkg.peerDependenciesMeta?.[name]?.optional)
        fail(`dependency ${name} is not installed in this repository`);
      continue;
    }
    const target = join(app, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, 'junction');
    linked.push(name);
  }
  const hasReact = linked.includes('react');
  step(`beside it: ${linked.join(', ')}`);
  step(`tarball route (npm pack, extract, dependencies beside it): ${seconds(Date.now() - tarballStarted)}`);

  // --- 3. plain Node ------------------------------------------------------------------------------
  const nodeScript = `
    import assert from 'node:assert/strict';
    import { setupServer } from 'msw/node';
    import { MentorEdAdapter, MemoryAdapter, RequestsError } from '${pkg.name}/adapters';
    import { createMentorEdDb, createMentorEdHandlers } from '${pkg.name}/mocks';
    const baseUrl = 'https://mentored.test/mentoring/v1';
    const db = createMentorEdDb({ seed: 5, sessionRequests: 4, messageRequests: 6 });
    const server = setupServer(...createMentorEdHandlers({ baseUrl, db }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const adapter = new MentorEdAdapter({ baseUrl, token: 'consumer-token', timeoutMs: 2000 });
      const page = await adapter.listMessageRequests({ page: 1, pageSize: 10 });
      assert.equal(page.total, 6);
      const [received] = (await adapter.listMessageRequests({ page: 1, pageSize: 10, direction: 'received' })).items;
      assert.ok(received, 'no received message request in the seeded data');
      const accepted = await adapter.acceptMessageRequest(received.id);
      assert.equal(accepted.item.id, received.id);
      await assert.rejects(adapter.acceptMessageRequest(received.id), (e) => e instanceof RequestsError);
      assert.equal(typeof new MemoryAdapter({ seed: 1 }).listSessionRequests, 'function');
      assert.equal(typeof document, 'undefined');
    } finally {
      server.close();
    }
    console.log('ok');
  `;
  const node = spawnSync(process.execPath, ['--input-type=module', '-e', nodeScript], {
    cwd: app,
    encoding: 'utf8',
  });
  if (node.status !== 0 || !node.stdout.includes('ok'))
    fail(`plain Node import of ./adapters and ./mocks:\n${node.stderr || node.stdout}`);
  else step('Node: ./adapters + ./mocks imported; MentorEdAdapter list + accept through msw/node');

  // --- 4. browser -----------------------------------------------------------------------------------
  const entry = [
    `import * as root from '${pkg.name}';`,
    `import * as define from '${pkg.name}/define.js';`,
    // The side-effect-free entry (scoped registries): importing it defines nothing more.
    `import * as defineElementsEntry from '${pkg.name}/define-elements.js';`,
    // Registers the badge a second time (define.js's chunk does too): a no-op, with no warning.
    `import * as badge from '${pkg.name}/badge.js';`,
    `import * as adapters from '${pkg.name}/adapters';`,
    `import * as mocks from '${pkg.name}/mocks';`,
    `import * as mocksBrowser from '${pkg.name}/mocks/browser';`,
    hasReact ? `import * as react from '${pkg.name}/react';` : 'const react = undefined;',
    'await define.ready;',
    `window.exportsOf = { root: Object.keys(root), define: Object.keys(define), defineElements: Object.keys(defineElementsEntry), badge: Object.keys(badge), adapters: Object.keys(adapters), mocks: Object.keys(mocks), mocksBrowser: Object.keys(mocksBrowser), react: react && Object.keys(react) };`,
  ].join('\n');
  writeFileSync(join(app, 'entry.js'), entry);
  await build({
    absWorkingDir: app,
    entryPoints: ['entry.js'],
    outfile: join(app, 'bundle.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(app, 'bundle.html'), '<!doctype html><script type="module" src="/bundle.js"></script>');
  // The emulation in a page as the README wires it into a host: the worker file from `msw init`, then
  // `startMentorEdWorker` from ./mocks/browser, and a MentorEdAdapter talking to it.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/msw/cli/index.js'), 'init', app, '--no-save'], {
    stdio: 'ignore',
  });
  writeFileSync(
    join(app, 'mocks-entry.js'),
    `import { startMentorEdWorker } from '${pkg.name}/mocks/browser';
     import { MentorEdAdapter } from '${pkg.name}/adapters';
     const baseUrl = location.origin + '/mentoring/v1';
     const { worker, db } = await startMentorEdWorker({ baseUrl, seed: 3, messageRequests: 4, enableChat: true });
     const adapter = new MentorEdAdapter({ baseUrl, token: 'consumer-token', timeoutMs: 5000 });
     const { total } = await adapter.listMessageRequests({ page: 1, pageSize: 10 });
     const { item } = await adapter.acceptMessageRequest(db.pendingReceivedMessageIds()[0]);
     worker.stop();
     window.mocksResult = { total, roomId: item.roomId };`,
  );
  await build({
    absWorkingDir: app,
    entryPoints: ['mocks-entry.js'],
    outfile: join(app, 'mocks-bundle.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  writeFileSync(
    join(app, 'mocks.html'),
    '<!doctype html><script type="module" src="/mocks-bundle.js"></script>',
  );
  writeFileSync(
    join(app, 'cdn.html'),
    `<!doctype html><script type="module">
      import * as cdn from '/node_modules/${pkg.name}/dist/cdn/mentoring-requests.js';
      import * as memory from '/node_modules/${pkg.name}/dist/cdn/memory-adapter.js';
      await cdn.ready;
      // The second file must share the main file's classes (one RequestsError), not carry copies.
      const error = await new memory.MemoryAdapter({ seed: 1 }).getSessionRequest('no-such-id').catch((e) => e);
      window.cdnExports = [...Object.keys(cdn), ...Object.keys(memory)];
      window.sharedErrorClass = error instanceof cdn.RequestsError;
    </script>`,
  );
  writeFileSync(
    join(app, 'both.html'),
    `<!doctype html><script type="module" src="/bundle.js"></script>
     <script type="module">
       const cdn = await import('/node_modules/${pkg.name}/dist/cdn/mentoring-requests.js');
       await cdn.ready;
       window.bothLoaded = true;
     </script>`,
  );

  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const realApp = normalize(app);
  const server = createServer((request, response) => {
    let file = normalize(join(realApp, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!file.startsWith(realApp + sep) || !existsSync(file) || statSync(file).isDirectory())
      return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });

  async function visit(path, ready) {
    const page = await browser.newPage();
    const log = { errors: [], warnings: [] };
    page.on('pageerror', (error) => log.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(message.text());
      if (message.type() === 'warning') log.warnings.push(message.text());
    });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin)
        ? route.continue()
        : (log.errors.push(`network: ${route.request().url()}`), route.abort()),
    );
    let value;
    try {
      await page.goto(origin + path);
      await page.waitForFunction(ready, null, { timeout: 10_000 });
      value = await page.evaluate(
        (tags) => ({
          undefinedTags: tags.filter((tag) => !customElements.get(tag)),
          exportsOf: window.exportsOf,
          cdnExports: window.cdnExports,
          mocksResult: window.mocksResult,
          sharedErrorClass: window.sharedErrorClass,
        }),
        TAGS,
      );
    } catch (error) {
      log.errors.push(error.message.split('\n')[0]);
    }
    await page.close();
    return { ...value, ...log };
  }

  try {
    const bundled = await visit('/bundle.html', () => window.exportsOf);
    if (bundled.errors.length) fail(`bundle page: ${bundled.errors.join('; ')}`);
    if (bundled.warnings.length) fail(`bundle page warned: ${bundled.warnings.join('; ')}`);
    if (bundled.undefinedTags?.length) fail(`bundle page: tags not defined: ${bundled.undefinedTags}`);
    const ex = bundled.exportsOf ?? {};
    if (!ex.defineElements?.includes('defineElements')) fail(`./define-elements.js: ${ex.defineElements}`);
    for (const [entryName, names] of Object.entries(ex)) {
      if (names && names.length === 0) fail(`"${entryName}" export has no exports in the browser`);
    }
    if (
      hasReact &&
      ![
        'RequestsPage',
        'RequestTabs',
        'SessionRequestDetail',
        'MessageRequestDetail',
        'ConfirmDialog',
        'RequestsBadge',
      ].every((n) => ex.react?.includes(n))
    ) {
      fail(`./react lacks a wrapper: ${ex.react}`);
    }
    if (!bundled.errors.length)
      step(
        `browser bundle of ".", "./define.js", "./define-elements.js", "./badge.js", "./adapters", "./mocks", "./mocks/browser"${hasReact ? ', "./react"' : ''}: 6 tags defined`,
      );

    const cdn = await visit('/cdn.html', () => window.cdnExports);
    if (cdn.sharedErrorClass !== true)
      fail('CDN memory-adapter.js does not share RequestsError with mentoring-requests.js');
    if (cdn.errors.length) fail(`CDN page: ${cdn.errors.join('; ')}`);
    if (cdn.undefinedTags?.length) fail(`CDN page: tags not defined: ${cdn.undefinedTags}`);
    const missing = (ex.root ?? []).filter(
      (name) => !LAZY_IN_CDN.includes(name) && !NPM_ONLY.includes(name) && !cdn.cdnExports?.includes(name),
    );
    if (missing.length) fail(`the CDN build does not export: ${missing.join(', ')} (src/cdn.ts)`);
    if (!cdn.errors.length)
      step(
        'CDN build from the tarball: 6 tags defined (details and badge lazily), exports (with memory-adapter.js) match "."',
      );

    if (!ex.mocksBrowser?.includes('startMentorEdWorker'))
      fail(`./mocks/browser lacks startMentorEdWorker: ${ex.mocksBrowser}`);
    const mocked = await visit('/mocks.html', () => window.mocksResult);
    if (mocked.errors.length) fail(`mocks page: ${mocked.errors.join('; ')}`);
    else if (mocked.mocksResult?.total !== 4 || typeof mocked.mocksResult?.roomId !== 'string')
      fail(`mocks page: the emulation answered ${JSON.stringify(mocked.mocksResult)}`);
    else
      step(
        './mocks/browser: startMentorEdWorker + the msw init worker serve a MentorEdAdapter (list, accept)',
      );

    const both = await visit('/both.html', () => window.bothLoaded);
    if (both.errors.length) fail(`bundle + CDN on one page: ${both.errors.join('; ')}`);
    const ours = both.warnings.filter((w) => w.includes('mentoring-requests'));
    if (ours.length !== 1)
      fail(`bundle + CDN on one page: expected one warning, got ${ours.length}: ${ours.join('; ')}`);
    if (!both.errors.length && ours.length === 1) step('two copies on one page: no error, one warning');
  } finally {
    await browser.close();
    server.close();
  }

  // --- 5. types ------------------------------------------------------------------------------------
  writeFileSync(
    join(app, 'types.tsx'),
    [
      `import { RequestsPage, MemoryAdapter, type RequestAcceptedEvent } from '${pkg.name}';`,
      `import { defineElements } from '${pkg.name}/define.js';`,
      `import { defineElements as defineInRegistry } from '${pkg.name}/define-elements.js';`,
      `void defineInRegistry(new CustomElementRegistry());`,
      `import { MentorEdAdapter } from '${pkg.name}/adapters';`,
      `import { createMentorEdHandlers } from '${pkg.name}/mocks';`,
      hasReact ? `import { RequestsPage as RequestsPageWrapper } from '${pkg.name}/react';` : '',
      hasReact ? `import type {} from '${pkg.name}/jsx';` : '',
      `const page: RequestsPage = document.createElement('requests-page');`,
      `page.adapter = new MemoryAdapter();`,
      `page.addEventListener('request-accepted', (e: RequestAcceptedEvent) => e.detail.request.id);`,
      `export const used = [defineElements, MentorEdAdapter, createMentorEdHandlers${hasReact ? ', RequestsPageWrapper' : ''}];`,
      hasReact
        ? `export const jsx = <requests-page adapter={page.adapter} onrequest-accepted={(e) => e.detail.kind} />;`
        : '',
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
      files: ['types.tsx'],
    }),
  );
  if (hasReact) {
    symlinkSync(join(ROOT, 'node_modules/@types'), join(app, 'node_modules/@types'), 'junction');
  }
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0)
    fail(`type-check of every export against the installed package:\n${tsc.stdout}${tsc.stderr}`);
  else step('types: every export and the JSX typings resolve (NodeNext)');

  // --- 6. publint ----------------------------------------------------------------------------------
  const publint = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/publint/src/cli.js'), 'run', installed, '--pack', 'false'],
    {
      encoding: 'utf8',
    },
  );
  const report = `${publint.stdout}${publint.stderr}`.trim();
  if (publint.status !== 0) fail(`publint:\n${report}`);
  else step(`publint: ${report.split('\n').slice(-1)[0] || 'no issues'}`);
  if (report && publint.status === 0) console.log(report.replace(/^/gm, '    '));

  // --- 7. the git route (started in 1.) -----------------------------------------------------------
  const git = await gitRoute;
  git.problems.forEach(fail);
  if (!git.problems.length)
    step(
      `git route (npm install git+file:, prepare built dist/ in npm's clone, the tarball's ${files.length} files, imports in Node): ${seconds(git.ms)}`,
    );
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  await gitRoute; // never rejects; its npm must be done before its folder goes
  if (keep) console.log(`  kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\ntest:consumer failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`test:consumer passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
