// Checks for the install routes, used by scripts/consumer-test.mjs:
// - `cleanInstallProblems`: what would make `npm install` on a fresh clone change tracked files;
// - `installFromGit`: the git route a host takes while the package is on no registry,
//   `npm install git+file:…`, where npm builds dist/ with the `prepare` script (scripts/prepare.mjs).
import { spawn, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package.json fields npm copies into package-lock.json's root entry (`packages[""]`). */
const ROOT_FIELDS = [
  'name',
  'version',
  'license',
  'bin',
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'engines',
];

/**
 * Why `npm install` in a fresh clone would rewrite a tracked file ([] when it would not):
 * - package-lock.json's root entry differs from package.json (a stale peer block made `npm install`
 *   rewrite it before; `npm ci` refuses such a lockfile only for dependencies, not for peers);
 * - public/mockServiceWorker.js is not the installed msw's worker (msw's postinstall runs `msw init`
 *   for package.json's `msw.workerDirectory` and would rewrite it).
 */
export function cleanInstallProblems(root) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const entry = lock.packages?.[''] ?? {};
  const stale = ROOT_FIELDS.filter((field) => JSON.stringify(pkg[field]) !== JSON.stringify(entry[field]));
  if (lock.name !== pkg.name || lock.version !== pkg.version) stale.push('name/version');
  if (stale.length)
    problems.push(
      `package-lock.json's root entry is stale (${stale.join(', ')}): \`npm install\` would rewrite it; run it and commit the lockfile`,
    );
  for (const directory of pkg.msw?.workerDirectory ?? []) {
    const ours = join(root, directory, 'mockServiceWorker.js');
    const theirs = join(root, 'node_modules/msw/lib/mockServiceWorker.js');
    if (existsSync(theirs) && (!existsSync(ours) || !readFileSync(ours).equals(readFileSync(theirs))))
      problems.push(`${relative(root, ours)} is not msw's: run \`npx msw init ${directory}\` and commit it`);
  }
  return problems;
}

/** A git repository of the checkout's files as they are now (tracked and new, not ignored), committed. */
function snapshot(root, into) {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  for (const file of listed.split('\0')) {
    const from = join(root, file);
    if (!file || !existsSync(from) || statSync(from).isDirectory()) continue; // deleted, or a submodule
    mkdirSync(dirname(join(into, file)), { recursive: true });
    copyFileSync(from, join(into, file));
  }
  const git = (...args) => execFileSync('git', args, { cwd: into, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git(
    '-c',
    'user.name=consumer-test',
    '-c',
    'user.email=consumer-test@localhost',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-qm',
    'the checkout, for the git install route',
  );
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
    })
    .sort();
}

/**
 * `npm install git+file:<repository>` into a new host folder under `tmp`, with the `allowScripts` entry
 * the README gives a host (so npm must not list this package's `prepare` as unreviewed). Resolves with
 * `{ ms, problems }`: the install's wall time, and what is wrong with the installed package (it must
 * hold exactly `packedFiles`, the tarball's list, and import in plain Node).
 */
export async function installFromGit(root, tmp, packedFiles) {
  const started = Date.now();
  const source = join(tmp, 'git-source');
  const host = join(tmp, 'git-host');
  snapshot(root, source);
  const url = `git+${pathToFileURL(source).href}`;
  mkdirSync(host, { recursive: true });
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify({ name: 'git-host', private: true, type: 'module', allowScripts: { [url]: true } }),
  );
  // --strict-allow-scripts: as a later npm will by default, an install script nobody reviewed fails the
  // install, here and in npm's clone (our package.json's `allowScripts` covers our devDependencies').
  const args = [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--foreground-scripts',
    '--strict-allow-scripts',
    url,
  ];
  const output = await new Promise((done) => {
    let text = '';
    const child = spawn('npm', args, { cwd: host });
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', (error) => done({ status: -1, text: `${text}\n${error.message}` }));
    child.on('close', (status) => done({ status, text }));
  });
  const ms = Date.now() - started;
  const tail = () => output.text.trim().split('\n').slice(-25).join('\n');
  if (output.status !== 0) return { ms, problems: [`npm install ${url} failed after ${ms} ms:\n${tail()}`] };

  const problems = [];
  if (!/mentoring-requests prepare: built dist\//.test(output.text))
    problems.push(`the prepare script did not build dist/ during the git install:\n${tail()}`);
  if (/not yet covered by allowScripts[\s\S]*mentoring-requests@/.test(output.text))
    problems.push(`npm lists the prepare script as unreviewed despite allowScripts["${url}"]`);
  const installed = join(host, 'node_modules/mentoring-requests');
  // The CDN build's chunk names carry a content hash, which another build (another folder, another
  // node_modules) need not reproduce: the same files, by name without the hash.
  const unhashed = (file) => file.replace(/^(dist\/cdn\/chunks\/.+)-[\w-]{8}\.js$/, '$1-[hash].js');
  const got = (existsSync(installed) ? filesUnder(installed) : []).map(unhashed).sort();
  const want = packedFiles.map(unhashed).sort();
  const missing = want.filter((file) => !got.includes(file));
  const extra = got.filter((file) => !want.includes(file));
  if (missing.length || extra.length)
    problems.push(
      `the git install differs from the tarball: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`,
    );
  const node = await new Promise((done) => {
    const script =
      "const a = await import('mentoring-requests/adapters'); if (typeof a.MentorEdAdapter !== 'function') throw new Error('no MentorEdAdapter');";
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: host });
    let text = '';
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('close', (status) => done({ status, text }));
  });
  if (node.status !== 0) problems.push(`Node import of the git-installed ./adapters:\n${node.text}`);
  return { ms, problems };
}
