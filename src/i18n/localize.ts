/**
 * Per-element localization (the controller and its registry: `localize-base.ts`). `LocalizeController`
 * is the inbox's: its English always includes the first-paint terms (`en-core.ts`), plus what an element
 * adds (`en-details.ts` for the detail views).
 */
import type { ReactiveControllerHost } from 'lit';
import enCore from './en-core.js';
import type { Translation } from './en.js';
import { BaseLocalizeController } from './localize-base.js';

export { registerTranslation, registerLocaleLoader } from './localize-base.js';

export class LocalizeController extends BaseLocalizeController {
  /**
   * `english`: the English of the terms this element shows beyond the first-paint ones (`en-core.ts`),
   * e.g. `en-details.ts`. Its own argument, not a registration, so that importing an element class has
   * no side effects and the first paint does not carry the detail views' strings.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, english?: Partial<Translation>) {
    super(host, { ...enCore, ...english });
  }
}
