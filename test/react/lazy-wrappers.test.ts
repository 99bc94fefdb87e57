/**
 * The @lit/react wrappers of the lazily defined elements use stand-ins for their classes (src/react/lazy-class.ts),
 * so that `mentoring-requests/react` keeps them out of a React app's first chunk (issue 16, point 4; the
 * build side is checked by scripts/examples-react-split.mjs). @lit/react reads only `prop in
 * elementClass.prototype` to choose between a property and an attribute: a stand-in must answer exactly as
 * the real class does, or a prop would silently become an attribute (or the reverse).
 */
import { expect } from '@open-wc/testing';
import { DETAIL_ELEMENTS } from '../../src/define-details.js';
import { LAZY_PROPERTIES, lazyClass } from '../../src/react/lazy-class.js';

type Tag = keyof typeof LAZY_PROPERTIES;

/** The public properties of a Lit class: its reactive properties that are not internal state. */
function publicProperties(tag: Tag): string[] {
  const element = DETAIL_ELEMENTS[tag] as unknown as {
    finalize(): void;
    elementProperties: Map<PropertyKey, { state?: boolean }>;
  };
  element.finalize();
  return [...element.elementProperties]
    .filter(([name, options]) => typeof name === 'string' && !options.state && !name.startsWith('_'))
    .map(([name]) => name as string)
    .sort();
}

describe('React wrappers: stand-ins of the lazily defined classes', () => {
  it('cover all four elements of the details chunk', () => {
    expect(Object.keys(LAZY_PROPERTIES).sort()).to.deep.equal(Object.keys(DETAIL_ELEMENTS).sort());
  });

  for (const tag of Object.keys(LAZY_PROPERTIES) as Tag[]) {
    it(`<${tag}>: lists exactly the public properties of the real class`, () => {
      expect([...LAZY_PROPERTIES[tag]].sort()).to.deep.equal(publicProperties(tag));
    });

    it(`<${tag}>: routes props as the real class would (property or attribute)`, () => {
      const real = DETAIL_ELEMENTS[tag].prototype as object;
      const standIn = lazyClass<{ prototype: object }>(tag).prototype;
      const props = [
        ...LAZY_PROPERTIES[tag],
        // HTMLElement's own properties stay properties; hyphenated and React-only names stay attributes.
        'id',
        'hidden',
        'title',
        'lang',
        'dir',
        'tabIndex',
        'aria-label',
        'data-testid',
        'onClick',
        'class',
        'notAProperty',
      ];
      for (const prop of props) expect(prop in standIn, prop).to.equal(prop in real);
    });
  }
});
