export { LocalizeController, registerTranslation, registerLocaleLoader } from './localize.js';
export type { Translation, TermKey } from './en.js';
