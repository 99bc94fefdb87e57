/**
 * Cached `Intl` formatting, and the number format that translation functions use. A module of its own,
 * apart from localize.ts, because the lazily loaded locales (hi.ts, ar.ts) need `formatTermNumber`: if
 * they imported localize.ts, a bundler would have to split localize.ts and English out of the entry
 * into a shared chunk, one more file (and gzip stream) at first paint.
 */

// Performance (docs/performance.md): a list renders several dates and terms per card, and building an
// Intl.DateTimeFormat (or an Intl.Locale, in localize.ts) costs far more than using one. Cached per page.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A warm-up of the engine's `Intl` data under way in a worker (warm-intl.ts), set by `warmIntl()`. */
export const intlWarmUp: { done?: Promise<boolean> } = {};

/** The locale of the element whose term is being rendered, while a translation function runs. */
let termLocale: string | undefined;

/**
 * `cache.get(key)`, else `create()` stored under `key`. A cache that grows past `limit` entries (a page
 * that keeps producing new tags, zones or options) starts over instead of growing without end.
 * Internal (localize.ts, format.ts); `src/i18n/index.ts` does not export it.
 */
export function cached<V>(cache: Map<string, V>, key: string, limit: number, create: () => V): V {
  let found = cache.get(key);
  if (found === undefined) {
    found = create();
    if (cache.size > limit) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** `value` formatted by the cached date or number format of `lang` with `options`. */
export function format(
  kind: 'date' | 'number',
  lang: string,
  options: object | undefined,
  value: Date | number,
): string {
  const formatter = cached(formats, `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`, 200, () =>
    kind === 'date' ? new Intl.DateTimeFormat(lang, options) : new Intl.NumberFormat(lang, options),
  );
  return (formatter as { format(value: Date | number): string }).format(value);
}

/** Runs a translation function with `locale` as the one `formatTermNumber` uses (localize.ts `term()`). */
export function inTermLocale<T>(locale: string | undefined, run: () => T): T {
  const previous = termLocale;
  termLocale = locale;
  try {
    return run();
  } finally {
    termLocale = previous;
  }
}

/**
 * Formats a number inside a translation function: in the locale of the element whose term is being
 * rendered (e.g. `ar-EG`, whose digits are Arabic-Indic, while plain `ar` uses Latin ones in current
 * browsers), so the numbers in a sentence match the element's dates and badges; outside a `term()` call,
 * in `fallback` (the translation's own code).
 */
export function formatTermNumber(value: number, fallback: string): string {
  if (!Number.isFinite(value)) return String(value);
  try {
    return format('number', termLocale ?? fallback, undefined, value);
  } catch {
    return String(value);
  }
}

/** Zones already checked (checking builds an Intl.DateTimeFormat: too slow to repeat per card). */
const checkedZones = new Map<string, boolean>();

/**
 * An invalid zone would make Intl throw: fall back to the runtime's zone instead. Here rather than in
 * elements/shared/format.ts: the lazily loaded features (reject reasons, conflicts) need it, and importing
 * format.ts from their chunks would split it out of the first paint's shared chunk (one more gzip stream).
 */
export function safeTimeZone(timeZone: string | undefined): string | undefined {
  const valid =
    !!timeZone &&
    cached(checkedZones, timeZone, 100, () => {
      try {
        new Intl.DateTimeFormat('en', { timeZone });
        return true;
      } catch {
        return false;
      }
    });
  return valid ? timeZone : undefined;
}
