/**
 * DOM audits of the reliability suite: what a hostile payload must never achieve once rendered.
 */
import { isSafeMeetingUrl } from '../../../src/adapters/meeting-link.js';
import { deepElements } from './mentored.js';

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
];
const FORBIDDEN_TAGS = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE', 'META', 'LINK']);

/** Security problems under `node`: scripts, handlers, and any URL attribute that is not https. */
export function securityProblems(node: Node): string[] {
  const problems: string[] = [];
  for (const el of deepElements(node)) {
    if (FORBIDDEN_TAGS.has(el.tagName)) problems.push(`<${el.localName}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${el.localName}[${name}] handler attribute`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const value = attr.value;
      let url: URL;
      try {
        url = new URL(value, location.href);
      } catch {
        problems.push(`${el.localName}[${name}] unparsable: ${value.slice(0, 80)}`);
        continue;
      }
      if (el.localName === 'img' && name === 'src') {
        // An avatar: https, or a path of the page's own origin.
        if (url.protocol !== 'https:' && url.origin !== location.origin)
          problems.push(`img[src] not https/same-origin: ${value.slice(0, 80)}`);
        continue;
      }
      if (url.protocol !== 'https:')
        problems.push(`${el.localName}[${name}] not https: ${value.slice(0, 80)}`);
      if (el.localName === 'a' && name === 'href' && !isSafeMeetingUrl(`${value}`))
        problems.push(`a[href] not a safe meeting URL: ${value.slice(0, 80)}`);
      if (el.localName === 'a' && name === 'href' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
        problems.push('a[href] without rel="noopener"');
    }
  }
  return problems;
}

/**
 * Layout problems under `box`: an element (across shadow roots) that sticks out of `box` horizontally,
 * or a box / card whose content is wider than itself (long words that do not wrap).
 */
export function layoutProblems(box: Element, boxes: Element[]): string[] {
  const problems: string[] = [];
  const outer = box.getBoundingClientRect();
  for (const el of deepElements(box)) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < outer.left - 1 || rect.right > outer.right + 1) {
      problems.push(
        `${describe(el)} sticks out: ${Math.round(rect.left)}..${Math.round(rect.right)} of ${Math.round(outer.left)}..${Math.round(outer.right)}`,
      );
    }
    // Text that overflows its own block (the block's box stays in place; its content does not).
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !boxes.includes(el) && !isClipped(el)) {
      problems.push(
        `${describe(el)} content overflows: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`,
      );
    }
  }
  for (const el of boxes) {
    if (el.scrollWidth > el.clientWidth + 1)
      problems.push(
        `${describe(el)} overflows: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`,
      );
  }
  return problems;
}

/** Deliberately clipped boxes (visually hidden text, avatars) are not overflow bugs. */
function isClipped(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.overflowX === 'hidden' || style.overflowX === 'clip' || style.position === 'absolute';
}

function describe(el: Element): string {
  const cls =
    typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const part = el.getAttribute('part');
  return `<${el.localName}${cls}${part ? ` part=${part}` : ''}>`;
}
