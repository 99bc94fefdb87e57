/**
 * The locales that ship with the library, besides English (which is always there).
 *
 * Each entry is a loader: a dynamic `import()` that does nothing until it is called, so this module has
 * no side effects and costs nothing at first paint. `localize.ts` calls a loader the first time an element
 * on the page resolves to that language; bundlers (and the CDN build) put each locale in its own chunk.
 * A host can replace one (`registerLocaleLoader('hi', ...)`) or add others the same way.
 */
import type { Translation } from './en.js';

export type LocaleLoader = () => Promise<{ default: Translation }>;

export const BUILT_IN_LOADERS: Readonly<Record<string, LocaleLoader>> = {
  hi: () => import('./hi.js'),
  ar: () => import('./ar.js'),
};

/** The language codes of the built-in locales, English first. */
export const BUILT_IN_LOCALES: readonly string[] = ['en', ...Object.keys(BUILT_IN_LOADERS)];
