import { expect } from '@open-wc/testing';
import { initials, safeAvatarUrl } from '../src/elements/shared/person.js';

describe('avatar helpers', () => {
  it('initials: first and last word, any script, never empty', () => {
    expect(initials('Asha Rao')).to.equal('AR');
    expect(initials('  meera  ')).to.equal('M');
    expect(initials('Ravi Kumar Sharma')).to.equal('RS');
    expect(initials('अनन्या वर्मा')).to.equal('अव');
    expect(initials('')).to.equal('?');
    expect(initials(undefined as unknown as string)).to.equal('?');
  });

  const cases: [string | undefined, boolean][] = [
    ['https://cdn.example/a.png', true],
    ['/avatars/a.png', true],
    [`${location.origin}/avatars/a.png`, true],
    ['http://cdn.example/a.png', false],
    ['javascript:alert(1)', false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['blob:https://cdn.example/x', false],
    ['//evil.example/a.png', false],
    ['', false],
    [undefined, false],
  ];
  for (const [url, allowed] of cases) {
    it(`safeAvatarUrl(${JSON.stringify(url)}) ${allowed ? 'allows' : 'refuses'} it`, () => {
      expect(safeAvatarUrl(url) !== undefined).to.equal(allowed);
    });
  }
});
