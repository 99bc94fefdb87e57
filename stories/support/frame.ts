/**
 * The story frame: every story renders inside a wrapper that carries the page-level choices a host
 * makes — `color-scheme` (light / dark), `dir` and `lang` — from the toolbar (globals) or from a
 * story's `globals`. The elements follow them as they would on a real page: dark through
 * `light-dark()` tokens, right-to-left through logical properties, the language through the nearest
 * `lang` (Hindi and Arabic load lazily).
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator } from '@storybook/web-components-vite';

export type Scheme = 'light' | 'dark';

/** A toolbar menu for one global: `items` are `[value, title]` pairs. */
const toolbarGlobal = (description: string, title: string, icon: string, items: [string, string][]) => ({
  description,
  toolbar: {
    title,
    icon,
    items: items.map(([value, label]) => ({ value, title: label })),
    dynamicTitle: true,
  },
});

export const frameGlobalTypes = {
  scheme: toolbarGlobal('color-scheme of the page around the elements', 'Theme', 'mirror', [
    ['light', 'Light'],
    ['dark', 'Dark'],
  ]),
  dir: toolbarGlobal('Text direction of the page', 'Direction', 'transfer', [
    ['ltr', 'Left to right'],
    ['rtl', 'Right to left'],
  ]),
  lang: toolbarGlobal('lang of the page (the elements follow the nearest lang)', 'Language', 'globe', [
    ['en', 'English'],
    ['hi', 'हिन्दी (Hindi)'],
    ['ar', 'العربية (Arabic)'],
  ]),
};

export const frameInitialGlobals = { scheme: 'light', dir: 'ltr', lang: 'en' };

/** `parameters.frame`: layout of the wrapper for one story. */
export interface FrameParams {
  /** Max inline size of the content, e.g. `'320px'` for a reflow check. */
  width?: string;
  /** Padding around the content (default 1rem). */
  padding?: string;
}

export const withFrame: Decorator = (story, context) => {
  const scheme = context.globals.scheme === 'dark' ? 'dark' : 'light';
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const lang = typeof context.globals.lang === 'string' && context.globals.lang ? context.globals.lang : 'en';
  const frame = (context.parameters.frame ?? {}) as FrameParams;
  const style = styleMap({
    colorScheme: scheme,
    background: 'Canvas',
    color: 'CanvasText',
    minBlockSize: '100vh',
    boxSizing: 'border-box',
    padding: frame.padding ?? '1rem',
  });
  const inner = styleMap(frame.width ? { maxInlineSize: frame.width, marginInline: 'auto' } : {});
  return html`<div class="story-frame" data-scheme=${scheme} lang=${lang} dir=${dir} style=${style}>
    <div class="story-frame__content" style=${inner}>${story()}</div>
  </div>`;
};
