/**
 * English, the source locale. Every user-visible string of the elements is in its two parts, as whole sentences
 * with placeholders (never fragments glued together), so translators can reorder words.
 * Other locales implement `Translation` (same keys, same function signatures) and are loaded lazily.
 * Written in two parts (en-core.ts, en-details.ts) so the first paint ships only the first.
 */
import enCore from './en-core.js';
import enDetails from './en-details.js';

const en = { ...enCore, ...enDetails };

export type Translation = typeof en;
export type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
export default en;
