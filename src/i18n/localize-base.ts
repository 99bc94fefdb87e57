/**
 * Per-element localization: the controller without the built-in English terms (`localize.ts` adds them).
 *
 * Why not `@lit/localize`: it keeps one configuration per page, which collides with a host page or
 * another library that uses it. Why not `@shoelace-style/localize` (the model for this file): it reads
 * only the element's own `lang` or `<html lang>`, so two inboxes inside `<section lang="hi">` and
 * `<section lang="ar">` can't differ, and its registry is shared by every library on the page that uses
 * it, where the first translation registered becomes everyone's fallback. This controller keeps the same
 * shape (term / date / number) with a private registry, resolves the nearest `lang` across shadow roots,
 * and loads other locales lazily.
 *
 * Why two modules: each element's English is its controller's own (`english`). The inbox's elements use
 * `LocalizeController` (localize.ts), whose English includes the first-paint terms (`en-core.ts`);
 * `<requests-badge>` uses this base with its three terms only, so `mentoring-requests/badge.js` does not
 * carry the inbox's strings. Both share one registry (translations, loaders, the `lang` observer).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TermKey, Translation } from './en.js';
import { cached, format, inTermLocale } from './intl.js';
import { BUILT_IN_LOADERS, type LocaleLoader } from './locales.js';

type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];
/** A translation as registered: a host's or a loaded locale has every term; the built-in English has none. */
type Terms = Partial<Translation> & Pick<Translation, '$code' | '$name' | '$dir'>;

/** English as registered: no terms (every controller has its own English), so it adds nothing to a bundle. */
const ENGLISH: Terms = { $code: 'en', $name: 'English', $dir: 'ltr' };
const translations = new Map<string, Terms>([['en', ENGLISH]]);
const unknownTerms = new Set<string>();
// The built-in locales (Hindi, Arabic) are lazy: their loaders are dynamic imports, run on first use.
const loaders = new Map<string, LocaleLoader>(Object.entries(BUILT_IN_LOADERS));
const pending = new Set<string>();
const connected = new Set<BaseLocalizeController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<ShadowRoot>();

const OBSERVED = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

/**
 * A term that no English reaches: an element showing a detail term without `en-details.ts` given to its
 * controller (or an en-core term on a base controller that was not given it). Its key is shown (not an empty space), and one warning per key says what to fix.
 */
function unknownTerm(key: string): string {
  if (!unknownTerms.has(key)) {
    unknownTerms.add(key);
    console.warn(`mentoring-requests: no English for the term "${key}": give it to the LocalizeController.`);
  }
  return key;
}

/** Re-renders every connected element (a translation arrived, or a `lang` / `dir` changed). */
function updateAll(): void {
  connected.forEach((controller) => controller.host.requestUpdate());
}

/** Adds (or replaces) a translation, e.g. a host's own locale. Connected elements re-render. */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
  updateAll();
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
    if (found) return found.getAttribute(attribute)!; // `[attribute]` matched: never null
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * One observer for the page: a `lang` or `dir` change on the document, or inside a shadow root that holds
 * (or is an ancestor of) a connected element, re-renders the connected elements.
 */
function watchLangChanges(host: Element): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(updateAll);
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

const canonicalTags = new Map<string, string>();

function canonicalTag(tag: string): string {
  return cached(canonicalTags, tag, 100, () => {
    try {
      return tag ? new Intl.Locale(tag).toString().toLowerCase() : 'en';
    } catch {
      return 'en';
    }
  });
}

/** The translation for the BCP 47 `tag`: exact tag, then its language, then English (loading it if needed). */
function translationOf(tag: string): Terms {
  const language = tag.split('-')[0]!;
  const found = translations.get(tag) ?? translations.get(language);
  if (found) return found;
  load(loaders.has(tag) ? tag : language);
  return ENGLISH;
}

/**
 * @internal The controller with the English it is given only: `LocalizeController` (localize.ts) for the
 * inbox's elements; `<requests-badge>` uses this one directly.
 */
export class BaseLocalizeController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;

  /** The English of the terms this element shows (a locale without a term falls back to it). */
  #english?: Partial<Translation>;

  /**
   * `english`: the English of the terms this element shows. Its own argument, not a registration, so that
   * importing an element class has no side effects and a bundle carries only the strings its elements use.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, english?: Partial<Translation>) {
    this.host = host;
    this.#english = english;
    host.addController(this);
  }

  /** English that arrived later (a lazily loaded part of the element): used for the terms it has. */
  addEnglish(english: Partial<Translation>): void {
    this.#english = { ...this.#english, ...english };
    this.host.requestUpdate();
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** True while `dir="rtl"` on the host was set by this controller (not by the page). */
  #ownsDir = false;

  /**
   * CSS (logical properties, `:dir()`) follows `dir`, not `lang`. When the locale is right-to-left and
   * nothing above the element sets `dir`, the element sets `dir="rtl"` on itself so `lang="ar"` alone
   * mirrors the UI; it takes the attribute back when that stops being true. A `dir` the page set wins.
   */
  hostUpdate(): void {
    const host = this.host;
    if (host.hasAttribute('dir') && !this.#ownsDir) return;
    const root = host.getRootNode();
    const parent = host.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    const above = parent ? nearestAttribute(parent, 'dir') : undefined;
    const wantRtl = above === undefined && this.translation().$dir === 'rtl';
    if (wantRtl !== this.#ownsDir) {
      this.#ownsDir = wantRtl;
      if (wantRtl) host.setAttribute('dir', 'rtl');
      else host.removeAttribute('dir');
    }
  }

  /** The BCP 47 tag in effect (lower case), e.g. `en`, `hi`, `ar-eg`. */
  lang(): string {
    return canonicalTag((nearestAttribute(this.host, 'lang') ?? '').trim().toLowerCase().replace(/_/g, '-'));
  }

  /**
   * The translation for `lang()`: exact tag, then its language, then English (loading it if needed).
   * The built-in English has no terms; `term()` finds them in the controller's own English.
   */
  translation(): Terms {
    return translationOf(this.lang());
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
    // `lang()` walks up the DOM: once per term (a list renders several per card).
    const tag = this.lang();
    const translation = translationOf(tag);
    const value = (translation[key] ?? this.#english?.[key] ?? unknownTerm(key)) as
      string | ((...a: unknown[]) => string);
    if (typeof value !== 'function') return value;
    return inTermLocale(translation === ENGLISH ? undefined : tag, () => value(...args));
  }

  date(date: Date, options?: Intl.DateTimeFormatOptions): string {
    return Number.isNaN(date.getTime()) ? '' : format('date', this.lang(), options, date);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return Number.isFinite(value) ? format('number', this.lang(), options, value) : '';
  }
}
