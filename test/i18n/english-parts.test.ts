/**
 * English comes in two parts (en-core.ts at first paint, en-details.ts with the details' chunk). A
 * controller finds a term in the element's translation, then in the English it was given, then in the
 * first-paint English; a term none of them has shows its key and warns once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import en from '../../src/i18n/en.js';
import enCore from '../../src/i18n/en-core.js';
import enDetails from '../../src/i18n/en-details.js';
import enBadge from '../../src/i18n/en-badge.js';
import { LocalizeController } from '../../src/i18n/localize.js';

class TermHost extends LitElement {}
customElements.define('term-host', TermHost);

async function controller(english?: typeof enDetails): Promise<LocalizeController> {
  const host = await fixture<TermHost>(html`<term-host></term-host>`);
  return new LocalizeController(host, english);
}

async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('i18n: English in two parts', () => {
  it('every English term is in exactly one part, and the parts make up en.ts', () => {
    const core = Object.keys(enCore).filter((key) => !key.startsWith('$'));
    const details = Object.keys(enDetails);
    const badge = Object.keys(enBadge);
    const all = [...core, ...details, ...badge];
    expect(all.filter((key, i) => all.indexOf(key) !== i)).to.deep.equal([]);
    expect(all.sort()).to.deep.equal(
      Object.keys(en)
        .filter((key) => !key.startsWith('$'))
        .sort(),
    );
  });

  it('a controller given en-details finds both parts', async () => {
    const localize = await controller(enDetails);
    expect(localize.term('refresh')).to.equal('Refresh');
    expect(localize.term('statusAccepted')).to.equal('Accepted');
    expect(localize.term('wordCount', 3, 10)).to.equal('3 of 10 words');
  });

  it('without it, a detail term shows its key and warns once per key; first-paint terms need nothing', async () => {
    const localize = await controller();
    let texts: string[] = [];
    const warnings = await warningsDuring(() => {
      texts = [localize.term('refresh'), localize.term('openChat'), localize.term('openChat')];
    });
    expect(texts).to.deep.equal(['Refresh', 'openChat', 'openChat']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"openChat"');
  });
});
