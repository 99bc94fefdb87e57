export { LocalizeController, registerTranslation, registerLocaleLoader } from './localize.js';
export { formatTermNumber } from './intl.js';
export { BUILT_IN_LOCALES, type LocaleLoader } from './locales.js';
export type { Translation, TermKey } from './en.js';
