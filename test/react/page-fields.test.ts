/**
 * `<requests-page>`'s `rejectReasons` is a plain field (the first paint carries nothing of it), so it is not
 * on the class's prototype, which is all @lit/react reads to choose a property over an attribute. The
 * wrapper's class (`withFields`) names it, and answers as the real class for everything else.
 */
import { expect } from '@open-wc/testing';
import '../support/define-all.js';
import { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { withFields } from '../../src/react/lazy-class.js';

describe('React wrappers: <requests-page> fields', () => {
  it('rejectReasons is routed as a property, everything else as the real class does', () => {
    const real = RequestsPage.prototype as object;
    const wrapped = withFields(RequestsPage, ['rejectReasons']).prototype;
    // Without the stand-in, React would set it as an attribute (a string): the reason it exists.
    expect('rejectReasons' in real).to.equal(false);
    expect('rejectReasons' in wrapped).to.equal(true);
    for (const prop of [
      'adapter',
      'tab',
      'direction',
      'status',
      'timeZone',
      'id',
      'aria-label',
      'notAProperty',
    ])
      expect(prop in wrapped, prop).to.equal(prop in real);
  });
});
