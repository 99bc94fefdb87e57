export {
  LocalizeController,
  registerTranslation,
  registerLocaleLoader,
  formatTermNumber,
} from './localize.js';
export { BUILT_IN_LOCALES, type LocaleLoader } from './locales.js';
export type { Translation, TermKey } from './en.js';
