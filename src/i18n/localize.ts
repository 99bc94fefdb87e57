/**
 * Per-element localization.
 *
 * Why not `@lit/localize`: it keeps one configuration per page, which collides with a host page or
 * another library that uses it. Why not `@shoelace-style/localize` (the model for this file): it reads
 * only the element's own `lang` or `<html lang>`, so two inboxes inside `<section lang="hi">` and
 * `<section lang="ar">` can't differ, and its registry is shared by every library on the page that uses
 * it, where the first translation registered becomes everyone's fallback. This controller keeps the same
 * shape (term / date / number) with a private registry, resolves the nearest `lang` across shadow roots,
 * and loads other locales lazily.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en, { type TermKey, type Translation } from './en.js';
import { BUILT_IN_LOADERS, type LocaleLoader } from './locales.js';

type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

const translations = new Map<string, Translation>([['en', en]]);
// The built-in locales (Hindi, Arabic) are lazy: their loaders are dynamic imports, run on first use.
const loaders = new Map<string, LocaleLoader>(Object.entries(BUILT_IN_LOADERS));
const pending = new Set<string>();
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<ShadowRoot>();
/** The locale of the element whose term is being rendered, while a translation function runs. */
let termLocale: string | undefined;

const OBSERVED = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

/**
 * Formats a number inside a translation function: in the locale of the element whose term is being
 * rendered (e.g. `ar-EG`, whose digits are Arabic-Indic, while plain `ar` uses Latin ones in current
 * browsers), so the numbers in a sentence match the element's dates and badges; outside a `term()` call,
 * in `fallback` (the translation's own code).
 */
export function formatTermNumber(value: number, fallback: string): string {
  if (!Number.isFinite(value)) return String(value);
  try {
    const locale = termLocale ?? fallback;
    return format('number', locale, undefined, () => new Intl.NumberFormat(locale)).format(value);
  } catch {
    return String(value);
  }
}

/** Adds (or replaces) a translation, e.g. a host's own locale. Connected elements re-render. */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
  connected.forEach((controller) => controller.host.requestUpdate());
}

/** Registers a lazily loaded locale: `loader` runs the first time an element needs that language. */
export function registerLocaleLoader(code: string, loader: LocaleLoader): void {
  loaders.set(code.toLowerCase(), loader);
}

function load(code: string): void {
  const loader = loaders.get(code);
  if (!loader || pending.has(code)) return;
  pending.add(code);
  loader().then(
    (module) => registerTranslation(module.default),
    (error: unknown) => console.warn(`mentoring-requests: locale "${code}" failed to load`, error),
  );
}

/** The value of the nearest `attribute` (e.g. `lang`), walking up through shadow roots to the document. */
function nearestAttribute(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    if (found) return found.getAttribute(attribute) ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The nearest `lang` attribute, walking up through shadow roots to the document. */
function nearestLang(element: Element): string {
  return nearestAttribute(element, 'lang') ?? '';
}

/**
 * One observer for the page: a `lang` or `dir` change on the document, or inside a shadow root that holds
 * (or is an ancestor of) a connected element, re-renders the connected elements.
 */
function watchLangChanges(host: Element): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(() => connected.forEach((controller) => controller.host.requestUpdate()));
    observer.observe(document.documentElement, OBSERVED);
  }
  // Light DOM is covered by the document; each shadow root on the way up needs its own registration.
  let root = host.getRootNode();
  while (root instanceof ShadowRoot) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, OBSERVED);
    }
    root = root.host.getRootNode();
  }
}

// Performance (docs/performance.md): a list renders several dates and terms per card, and building an
// Intl.DateTimeFormat or an Intl.Locale costs far more than using one. Both are cached per page.
const canonicalTags = new Map<string, string>();
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function canonicalTag(tag: string): string {
  let found = canonicalTags.get(tag);
  if (found === undefined) {
    try {
      found = tag ? new Intl.Locale(tag).toString().toLowerCase() : 'en';
    } catch {
      found = 'en';
    }
    if (canonicalTags.size > 100) canonicalTags.clear();
    canonicalTags.set(tag, found);
  }
  return found;
}

function format<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  lang: string,
  options: object | undefined,
  create: () => T,
): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let found = formats.get(key) as T | undefined;
  if (!found) {
    found = create();
    if (formats.size > 200) formats.clear();
    formats.set(key, found);
  }
  return found;
}

export class LocalizeController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** True while `dir="rtl"` on the host was set by this controller (not by the page). */
  private ownsDir = false;

  /**
   * CSS (logical properties, `:dir()`) follows `dir`, not `lang`. When the locale is right-to-left and
   * nothing above the element sets `dir`, the element sets `dir="rtl"` on itself so `lang="ar"` alone
   * mirrors the UI; it takes the attribute back when that stops being true. A `dir` the page set wins.
   */
  hostUpdate(): void {
    const host = this.host;
    if (host.hasAttribute('dir') && !this.ownsDir) return;
    const root = host.getRootNode();
    const parent = host.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    const above = parent ? nearestAttribute(parent, 'dir') : undefined;
    const wantRtl = above === undefined && this.translation().$dir === 'rtl';
    if (wantRtl && !this.ownsDir) {
      this.ownsDir = true;
      host.setAttribute('dir', 'rtl');
    } else if (!wantRtl && this.ownsDir) {
      this.ownsDir = false;
      host.removeAttribute('dir');
    }
  }

  /** The BCP 47 tag in effect (lower case), e.g. `en`, `hi`, `ar-eg`. */
  lang(): string {
    return canonicalTag(nearestLang(this.host).trim().toLowerCase().replace(/_/g, '-'));
  }

  /** The translation for `lang()`: exact tag, then its language, then English (loading it if needed). */
  translation(): Translation {
    const tag = this.lang();
    const language = tag.split('-')[0]!;
    const found = translations.get(tag) ?? translations.get(language);
    if (found) return found;
    load(loaders.has(tag) ? tag : language);
    return en;
  }

  /**
   * Text direction: the nearest `dir` (`ltr` or `rtl`; walking up through shadow roots like `lang()`),
   * else the locale's (see `hostUpdate`, which makes CSS agree when only `lang` is set).
   */
  dir(): 'ltr' | 'rtl' {
    const dir = nearestAttribute(this.host, 'dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.translation().$dir;
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const translation = this.translation();
    const value = (translation[key] ?? en[key]) as string | ((...a: unknown[]) => string);
    if (typeof value !== 'function') return value;
    const previous = termLocale;
    termLocale = translation === en ? undefined : this.lang();
    try {
      return value(...args);
    } finally {
      termLocale = previous;
    }
  }

  date(date: Date, options?: Intl.DateTimeFormatOptions): string {
    if (Number.isNaN(date.getTime())) return '';
    const lang = this.lang();
    return format('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(date);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    if (!Number.isFinite(value)) return '';
    const lang = this.lang();
    return format('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
  }
}
