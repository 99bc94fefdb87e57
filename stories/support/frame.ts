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

export const frameGlobalTypes = {
  scheme: {
    description: 'color-scheme of the page around the elements',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction of the page',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  lang: {
    description: 'lang of the page (the elements follow the nearest lang)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'hi', title: 'हिन्दी (Hindi)' },
        { value: 'ar', title: 'العربية (Arabic)' },
      ],
      dynamicTitle: true,
    },
  },
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
