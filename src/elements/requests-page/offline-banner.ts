import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';

/**
 * The page's offline banner: one message for the whole inbox (an opened detail disables its actions with
 * it as their reason). With the detail-time parts (page-parts.ts): the browser goes offline after the
 * first paint, by which time they have come, so the first paint does not carry it.
 */
export const offlineBanner = (localize: LocalizeController): TemplateResult =>
  html`<p class="banner offline" part="offline" role="status">${localize.term('offline')}</p>`;
