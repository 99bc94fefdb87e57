/**
 * Themes, directions and languages of the accessibility tests (not a test file itself): the variants,
 * the theme / direction / language wrapper every matrix test renders into, and locale loading.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { BUILT_IN_LOADERS } from '../../src/i18n/locales.js';
import { registerTranslation } from '../../src/i18n/localize.js';

export type Scheme = 'light' | 'dark';
export type Dir = 'ltr' | 'rtl';

export interface Variant {
  scheme: Scheme;
  dir: Dir;
  lang: string;
}

export const variantName = (v: Variant): string => `${v.lang} ${v.scheme} ${v.dir}`;

/** Light and dark in English (left-to-right and right-to-left), Hindi (ltr) and Arabic (rtl). */
export const ALL_VARIANTS: Variant[] = [
  { lang: 'en', scheme: 'light', dir: 'ltr' },
  { lang: 'en', scheme: 'dark', dir: 'ltr' },
  { lang: 'en', scheme: 'light', dir: 'rtl' },
  { lang: 'en', scheme: 'dark', dir: 'rtl' },
  { lang: 'hi', scheme: 'light', dir: 'ltr' },
  { lang: 'hi', scheme: 'dark', dir: 'ltr' },
  { lang: 'ar', scheme: 'light', dir: 'rtl' },
  { lang: 'ar', scheme: 'dark', dir: 'rtl' },
];

/**
 * Adds a mocha `before` hook (call it inside a `describe`) that loads the locales of `variants`. All three
 * ship with the package, so a locale that does not load fails the suite's tests (it used to skip them, from
 * before Hindi and Arabic existed: a broken loader would have passed as skipped rows).
 */
export function loadLocalesBefore(variants: Variant[]): void {
  before(async () => {
    for (const lang of new Set(variants.map((v) => v.lang)))
      expect(await loadLocale(lang), `the ${lang} locale loads`).to.equal(true);
  });
}

/**
 * Renders `content` inside the wrapper a host would use: `color-scheme` on a wrapper that paints the
 * page canvas of that scheme (a dark page has a dark background), `dir` and `lang` on it.
 */
export async function themed<T extends Element = HTMLElement>(
  content: TemplateResult,
  v: Variant,
): Promise<{ wrapper: HTMLElement; el: T }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div
      class="theme"
      style="color-scheme: ${v.scheme}; background: Canvas; color: CanvasText; padding: 8px"
      dir=${v.dir}
      lang=${v.lang}
    >
      ${content}
    </div>`,
  );
  const el = wrapper.firstElementChild as T;
  // `fixture` waits for the wrapper only: the element's own first render too (a page's comes a task later).
  await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  return { wrapper, el };
}

/**
 * Loads and registers a shipped locale (through the library's own lazy loader), so that elements render
 * in it at once. False when that locale is not there or its loader failed.
 */
export async function loadLocale(code: string): Promise<boolean> {
  if (code === 'en') return true;
  const loader = BUILT_IN_LOADERS[code];
  if (!loader) return false;
  try {
    registerTranslation((await loader()).default);
    return true;
  } catch {
    return false;
  }
}
