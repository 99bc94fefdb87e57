// The `prepare` script: builds dist/ when this package is installed from its git repository
// (`npm install git+https://…` or `git+file:…`) or from a directory, since the repository holds no dist/.
//
// npm runs `prepare` in more places than that, and two of them must not build:
// - this repository's own `npm install` / `npm ci` (CI's .ci/run runs `npm ci`, then `npm test`, which
//   builds first: a build here would be the same work twice, ~20 s). npm sets INIT_CWD to the directory
//   it was started in (@npmcli/config set-envs.js); when that is this package's own folder, the install
//   is this checkout's own, and nothing is built. A developer builds with `npm run build` or `npm test`.
// - a git install runs `prepare` twice: npm (pacote's git fetcher) first runs `npm install --force` in
//   its temporary clone, which is again a checkout's own install (skipped as above), then runs `prepare`
//   itself before packing, with INIT_CWD the host's folder: that one builds.
// Otherwise it builds unless dist/ is fresh: newer than every input of the build (src/, package.json,
// the TypeScript, Vite and manifest configs, the build scripts), as after `npm run build` in a checkout
// that a host installs as a directory. `node scripts/prepare.mjs --force` builds regardless.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = [
  'src',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.cdn.config.ts',
  'custom-elements-manifest.config.mjs',
  'scripts/clean-dist.mjs',
  'scripts/minify-templates.mjs',
  'scripts/generate-editor-data.mjs',
];
const OUTPUTS = ['dist/index.js', 'dist/define.js', 'dist/cdn/mentoring-requests.js', 'dist/web-types.json'];

const say = (message) => console.error(`mentoring-requests prepare: ${message}`);
const real = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Whether every output of the build exists and is newer than every input. */
export function distIsFresh(root = ROOT) {
  const outputs = OUTPUTS.map((file) => join(root, file));
  if (!outputs.every((file) => existsSync(file))) return false;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return INPUTS.every((input) => newest(join(root, input)) <= built);
}

/** Why `prepare` should not build here, or '' when it should. */
export function reasonToSkip(env = process.env, root = ROOT) {
  // Only its install: `npm pack` or `npm publish` in the checkout must pack a fresh dist/.
  const install = env.npm_command === 'install' || env.npm_command === 'ci';
  if (install && env.INIT_CWD && real(env.INIT_CWD) === real(root))
    return "this checkout's own install (npm run build or npm test builds dist/)";
  if (distIsFresh(root)) return 'dist/ is newer than its sources';
  return '';
}

function build() {
  // npm_execpath is the npm that runs this script: use the same one (a JS file run with this Node).
  const npm = process.env.npm_execpath;
  const [command, args] =
    npm && /\.[cm]?js$/.test(npm) ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32' && command === 'npm',
  });
  if (result.status !== 0) {
    say(`the build failed (${result.error?.message ?? `exit code ${result.status}`})`);
    process.exit(result.status || 1);
  }
  say(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && real(process.argv[1]) === real(fileURLToPath(import.meta.url))) {
  const skip = process.argv.includes('--force') ? '' : reasonToSkip();
  if (skip) say(`skipped: ${skip}`);
  else build();
}
