// Module hooks (node:module register) that let plain Node 20 load the browser test sources as they are:
// `.ts` files are transpiled on the fly with esbuild (the project's TypeScript settings that change
// emitted code: legacy decorators, no define semantics for class fields), a `.js` import of a `.ts` file
// resolves to it (the runtime of the browser tests and Vite do the same), and two browser-only modules
// are replaced by Node stand-ins: `@open-wc/testing` (chai's expect and the DOM-free helpers) and
// `msw/browser` (its setupWorker, served by msw/node's setupServer). Nothing else is redirected.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const STAND_INS = {
  '@open-wc/testing': new URL('./open-wc-testing.mjs', import.meta.url).href,
  'msw/browser': new URL('./msw-browser.mjs', import.meta.url).href,
};

/** This folder: the stand-ins themselves import the real modules. */
const here = new URL('.', import.meta.url).href;

const TSCONFIG = {
  compilerOptions: {
    experimentalDecorators: true,
    useDefineForClassFields: false,
    verbatimModuleSyntax: true,
    target: 'ES2022',
  },
};

/**
 * Options (register(..., { data })): `sourcemap` (default true: stack traces point into the .ts files)
 * and `cacheDir`, a directory for transpiled files keyed by content (the mutation run loads the same
 * instrumented sources once per mutant).
 */
let sourcemap = 'inline';
let cacheDir;
/** `distOf`: the repository root (a file: URL); then every module of its src/ is taken from its dist/. */
let distOf;
/**
 * `nodeTestIn`: a folder (file: URL); its modules' `node:test` is node-test-stand-in.mjs (the mutation
 * server runs test/node's dist tests on its own runner).
 */
let nodeTestIn;
export function initialize(data) {
  cacheDir = data?.cacheDir;
  if (data?.sourcemap === false) sourcemap = false;
  distOf = data?.distOf;
  nodeTestIn = data?.nodeTestIn;
}

/** `url` of a module under src/ → the same module in dist/ (the build, as npm consumers get it). */
function toDist(url) {
  const src = new URL('src/', distOf).href;
  if (!url.startsWith(src)) return url;
  const built = new URL(`dist/${url.slice(src.length).replace(/\.ts$/, '.js')}`, distOf);
  if (!existsSync(built)) throw new Error(`${fileURLToPath(built)} is missing: run \`npm run build\` first`);
  return built.href;
}

async function transpile(path) {
  const source = await readFile(path, 'utf8');
  const key =
    cacheDir &&
    `${cacheDir}/${createHash('sha1').update(`${path}\0${sourcemap}\0`).update(source).digest('hex')}.js`;
  if (key) {
    const cached = await readFile(key, 'utf8').catch(() => undefined);
    if (cached !== undefined) return cached;
  }
  // Loaded only when needed: with every file cached (the mutation runs), esbuild is not loaded at all.
  const { transform } = await import('esbuild');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: path,
    sourcemap,
    tsconfigRaw: TSCONFIG,
  });
  if (key) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${key}.${process.pid}`, code);
    await rename(`${key}.${process.pid}`, key); // whole files only: two runs may write at once
  }
  return code;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await resolveSource(specifier, context, nextResolve);
  return distOf ? { ...resolved, url: toDist(resolved.url) } : resolved;
}

async function resolveSource(specifier, context, nextResolve) {
  if (
    specifier === 'node:test' &&
    nodeTestIn &&
    context.parentURL?.startsWith(nodeTestIn) &&
    !context.parentURL.startsWith(here)
  )
    return { url: new URL('./node-test-stand-in.mjs', import.meta.url).href, shortCircuit: true };
  const standIn = STAND_INS[specifier];
  if (standIn && !context.parentURL?.startsWith(here)) return { url: standIn, shortCircuit: true };
  if (
    specifier.endsWith('.js') &&
    (specifier.startsWith('.') || specifier.startsWith('/')) &&
    context.parentURL
  ) {
    const asTs = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (asTs.protocol === 'file:' && !existsSync(new URL(specifier, context.parentURL)) && existsSync(asTs))
      return { url: asTs.href, shortCircuit: true, format: 'module' };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  return { format: 'module', source: await transpile(fileURLToPath(url)), shortCircuit: true };
}
