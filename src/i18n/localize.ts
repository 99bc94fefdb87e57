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

type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

const translations = new Map<string, Translation>([['en', en]]);
const loaders = new Map<string, () => Promise<{ default: Translation }>>();
const pending = new Set<string>();
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** Adds (or replaces) a translation, e.g. a host's own locale. Connected elements re-render. */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
  connected.forEach((controller) => controller.host.requestUpdate());
}

/** Registers a lazily loaded locale: `loader` runs the first time an element needs that language. */
export function registerLocaleLoader(code: string, loader: () => Promise<{ default: Translation }>): void {
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

/** The nearest `lang` attribute, walking up through shadow roots to the document. */
function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

function watchLangChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the page: a `lang` change anywhere in light DOM re-renders the connected elements.
  observer = new MutationObserver(() => connected.forEach((controller) => controller.host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
}

export class LocalizeController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** The BCP 47 tag in effect (lower case), e.g. `en`, `hi`, `ar-eg`. */
  lang(): string {
    const tag = nearestLang(this.host).trim().toLowerCase().replace(/_/g, '-');
    try {
      return tag ? new Intl.Locale(tag).toString().toLowerCase() : 'en';
    } catch {
      return 'en';
    }
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

  /** Text direction: the nearest `dir`, else the locale's. */
  dir(): 'ltr' | 'rtl' {
    const withDir = this.host.closest('[dir]');
    const dir = withDir?.getAttribute('dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.translation().$dir;
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = (this.translation()[key] ?? en[key]) as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  date(date: Date, options?: Intl.DateTimeFormatOptions): string {
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(this.lang(), options).format(date);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return Number.isFinite(value) ? new Intl.NumberFormat(this.lang(), options).format(value) : '';
  }
}
