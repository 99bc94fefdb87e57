// The Angular example as a host gets it, for `npm run test:examples`: its own package.json and lockfile
// (Angular 21 needs TypeScript 5.9, the repository uses 6.0), and this package from the tarball `npm pack`
// makes, not from the repository's files.
//
// Why the lockfile does not name the package: a tarball's integrity changes with every build, and a
// lockfile that pinned it would fail `npm ci` after any change to src/. So examples/angular's lockfile pins
// the Angular toolchain and lit, and the test installs the fresh tarball over it with
// `npm install --no-save <tgz>` (package.json and the lockfile stay as committed). The tarball's own
// dependencies are exact versions in our package.json; npm resolves them as for any host.
//
// The app lives in node_modules/.cache/mentoring-requests-examples/angular, inside this repository's
// node_modules, where Node's and esbuild's lookup could climb to this repository's packages: the checks
// below make sure every package the bundle reads is the app's own.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `--include=dev`: the toolchain is in devDependencies, whatever NODE_ENV or `omit` the caller has.
const NPM_FLAGS = ['--include=dev', '--prefer-offline', '--no-audit', '--no-fund'];

/**
 * Runs a command; resolves with its exit code, output and duration. NODE_ENV is not passed on: Vite's
 * build() sets it to `production` in this process, and npm would then leave out devDependencies.
 */
export function run(command, args, cwd) {
  const { NODE_ENV: _, ...env } = process.env;
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => ((output += chunk), (stdout += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output, stdout, ms: Date.now() - started }));
  });
}

async function must(what, command, args, cwd) {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.output.trim()}`);
  return result;
}

/**
 * Copies examples/angular to `out`/angular, `npm ci` there, packs this package and installs the tarball.
 * Resolves with the app's folder and the durations (ms).
 */
export async function installAngular(root, out) {
  const app = join(out, 'angular');
  mkdirSync(app, { recursive: true });
  // A fresh copy; node_modules stays for npm ci to replace (it removes it first anyway).
  for (const name of readdirSync(app))
    if (name !== 'node_modules') rmSync(join(app, name), { recursive: true, force: true });
  const source = join(root, 'examples/angular');
  cpSync(source, app, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist|\.angular)$/.test(path),
  });

  const [packed, ci] = await Promise.all([
    must('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], root),
    must('npm ci (examples/angular)', 'npm', ['ci', ...NPM_FLAGS], app),
  ]);
  const tarball = join(out, JSON.parse(packed.stdout)[0].filename);
  const install = await must(
    'npm install --no-save <tarball>',
    'npm',
    ['install', '--no-save', ...NPM_FLAGS, tarball],
    app,
  );

  // The package and what it needs are the app's own, and the package is this build's.
  const installed = join(app, 'node_modules/mentoring-requests');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of [...Object.keys(pkg.dependencies ?? {}), 'lit']) {
    if (!existsSync(join(app, 'node_modules', name, 'package.json')))
      throw new Error(`${name} is not installed in the Angular app (mentoring-requests needs it)`);
  }
  if (
    readFileSync(join(installed, 'dist/define.js'), 'utf8') !==
    readFileSync(join(root, 'dist/define.js'), 'utf8')
  )
    throw new Error('the Angular app did not get this build of mentoring-requests');
  return { app, tarball, ms: { ci: ci.ms, tarball: install.ms } };
}

// Three mistakes the template type checker must catch (what examples/README.md says is typed).
const TYPING_CHECK = `
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import 'mentoring-requests/define.js';
import type { RequestAcceptedEvent, RequestErrorEvent } from 'mentoring-requests';
import { AdapterInput } from './adapter-input';

@Component({
  selector: 'app-typing-check',
  imports: [AdapterInput],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<requests-badge [adapter]="42"></requests-badge>
    <requests-page (request-accepted)="onError($event)" (request-acepted)="onAccepted($event)"></requests-page>\`,
})
export class TypingCheck {
  onAccepted(event: RequestAcceptedEvent): void { void event; }
  onError(event: RequestErrorEvent): void { void event; }
}
`;
const EXPECTED_ERRORS = [
  // [adapter] is typed (adapter-input.ts).
  "Type 'number' is not assignable to type 'RequestsAdapter'",
  // $event is the event's class, from HTMLElementTagNameMap + HTMLElementEventMap.
  "Argument of type 'RequestAcceptedEvent' is not assignable to parameter of type 'RequestErrorEvent'",
  // A misspelt event name gives a plain Event, which a typed handler refuses.
  "Argument of type 'Event' is not assignable to parameter of type 'RequestAcceptedEvent'",
];

/** `ngc` on a component with the three mistakes: resolves with what did not go as expected. */
export async function checkAngularTyping(app) {
  writeFileSync(join(app, 'src/typing-check.ts'), TYPING_CHECK);
  writeFileSync(
    join(app, 'tsconfig.typing-check.json'),
    JSON.stringify({ extends: './tsconfig.json', files: ['src/typing-check.ts'] }),
  );
  const ngc = join(app, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js');
  const result = await run(process.execPath, [ngc, '-p', 'tsconfig.typing-check.json', '--noEmit'], app);
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = output.match(/error TS\d+/g) ?? [];
  const problems = EXPECTED_ERRORS.filter((text) => !output.includes(text)).map(
    (text) => `the Angular type checker did not report: ${text}`,
  );
  if (errors.length !== EXPECTED_ERRORS.length)
    problems.push(`ngc reported ${errors.length} errors, not ${EXPECTED_ERRORS.length}:\n${output.trim()}`);
  return { problems, ms: result.ms };
}

/** The production build (`architect inbox:build`, no Angular CLI). Resolves with the served folder. */
export async function buildAngular(app) {
  const architect = join(app, 'node_modules/@angular-devkit/architect/bin/cli.js');
  const build = await must(
    'architect inbox:build',
    process.execPath,
    [architect, 'inbox:build', '--stats-json'],
    app,
  );
  // Every file in the bundle comes from the app's folder (its src/ and node_modules/), none from ours.
  const stats = JSON.parse(readFileSync(join(app, 'dist/stats.json'), 'utf8'));
  const outside = Object.keys(stats.inputs).filter((path) => path.startsWith('..') || path.startsWith('/'));
  if (outside.length) throw new Error(`the Angular bundle read files outside the app: ${outside.join(', ')}`);
  return { browser: join(app, 'dist/browser'), ms: build.ms };
}
