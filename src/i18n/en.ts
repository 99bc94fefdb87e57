/**
 * English, the source locale. Every user-visible string of the elements is in its parts, as whole sentences
 * with placeholders (never fragments glued together), so translators can reorder words.
 * Other locales implement `Translation` (same keys, same function signatures) and are loaded lazily.
 * Written in parts (en-core.ts, en-details.ts, en-badge.ts) so the first paint ships only the first, and the
 * badge on its own only the first and the last.
 */
import enCore from './en-core.js';
import enDetails from './en-details.js';
import enBadge from './en-badge.js';

const en = { ...enCore, ...enDetails, ...enBadge };

export type Translation = typeof en;
export type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
export default en;
