/**
 * Finds English left in a localized view (not a test file itself): every English word of en.ts, looked
 * for in all the text and text attributes under a node, deep through shadow roots.
 */
import { expect } from '@open-wc/testing';
import en from '../../src/i18n/en.js';

/** Words that may stay in Latin script in any locale: brand names and the parts of example URLs. */
const ALLOWED = new Set(
  [
    'Google',
    'Meet',
    'Zoom',
    'WhatsApp',
    // "Add to calendar": the service's name (Outlook.com) and the file's type (.ics).
    'Outlook',
    'ics',
    // "Propose another time": a UTC offset ("UTC+05:30") is written so in every language.
    'UTC',
    'https',
    // Keyboard shortcuts: the modifier keys as printed on keyboards in every locale.
    'ctrl',
    'alt',
    'com',
    'us',
    'j',
    'call',
    'video',
    'abc',
    'defg',
    'hij',
  ].map((w) => w.toLowerCase()),
);

/**
 * Every English word of en.ts: its static strings, and its functions' templates (called with 2 for every
 * argument, so only their own words are left).
 */
const ENGLISH_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (key.startsWith('$')) continue;
    const call = (arg: number) =>
      (value as (...a: number[]) => string)(...Array<number>(value.length).fill(arg));
    const texts = typeof value === 'function' ? [call(1), call(2)] : [String(value)];
    for (const text of texts)
      for (const word of text.match(/[A-Za-z]+/g) ?? []) words.add(word.toLowerCase());
  }
  ALLOWED.forEach((word) => words.delete(word));
  return words;
})();

const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** All text and text attributes under `node`, deep through shadow roots (and the light DOM they slot). */
function deepTexts(node: Node, out: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent?.trim();
    if (text) out.push(text);
    return out;
  }
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script') return out;
    // A key as printed on the keyboard (<kbd>J</kbd>, <kbd>Enter</kbd>: the shortcuts' help) is no English.
    if (node.localName === 'kbd') return out;
    // A sentence whose values are isolated in <bdi> (the details) is one text, as it reads.
    if (node.querySelector(':scope > bdi')) {
      out.push(node.textContent!.trim());
      return out;
    }
    for (const name of TEXT_ATTRIBUTES) {
      const value = node.getAttribute(name)?.trim();
      if (value) out.push(value);
    }
    if (node.shadowRoot) deepTexts(node.shadowRoot, out);
  }
  node.childNodes.forEach((child) => deepTexts(child, out));
  return out;
}

export const deepText = (node: Node): string => deepTexts(node).join(' | ');

/** The texts that still hold an English word of en.ts, with the words. */
export function englishLeft(node: Node): string[] {
  return deepTexts(node).flatMap((text) => {
    const found = (text.match(/[A-Za-z]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
    return found.length ? [`${found.join(' ')}  ←  "${text}"`] : [];
  });
}

export function expectNoEnglish(node: Node, view: string): void {
  expect(englishLeft(node), `English left in ${view}`).to.deep.equal([]);
}
