/**
 * `define.js` registers the six tags idempotently. This file must not import `define.js` statically:
 * the test takes `confirm-dialog` with a foreign class first (as a second copy of the package, or another
 * library, would), then imports it.
 */
import { expect } from '@open-wc/testing';
import {
  ConfirmDialog,
  MessageRequestDetail,
  RequestTabs,
  RequestsBadge,
  RequestsPage,
  SessionRequestDetail,
} from '../src/index.js';

const OURS = {
  'requests-page': RequestsPage,
  'request-tabs': RequestTabs,
  'session-request-detail': SessionRequestDetail,
  'message-request-detail': MessageRequestDetail,
  'requests-badge': RequestsBadge,
};

/** Replaces `console.warn` while `run` runs; returns the warnings. */
async function warningsDuring(run: () => Promise<unknown> | unknown): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Counts `customElements.define` calls while `run` runs. */
async function definesDuring(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const defined: string[] = [];
  const original = customElements.define;
  customElements.define = function (this: CustomElementRegistry, name, constructor, options) {
    defined.push(name);
    return original.call(this, name, constructor, options);
  };
  try {
    await run();
  } finally {
    customElements.define = original;
  }
  return defined;
}

class ForeignDialog extends HTMLElement {}

describe('define.js', () => {
  it('the "." entry has no side effects: importing the classes defines no tag', () => {
    for (const tag of [...Object.keys(OURS), 'confirm-dialog'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('leaves a tag taken by another class alone, defines the rest, and warns once', async () => {
    customElements.define('confirm-dialog', ForeignDialog);

    let threw: unknown;
    const warnings = await warningsDuring(async () => {
      try {
        const { ready } = await import('../src/define.js');
        // The list's two tags are defined by the import itself, before the detail chunk has arrived.
        expect(customElements.get('requests-page'), 'at import').to.equal(RequestsPage);
        expect(customElements.get('request-tabs'), 'at import').to.equal(RequestTabs);
        await ready;
      } catch (error) {
        threw = error;
      }
    });

    expect(threw).to.equal(undefined);
    expect(customElements.get('confirm-dialog')).to.equal(ForeignDialog);
    for (const [tag, constructor] of Object.entries(OURS))
      expect(customElements.get(tag), tag).to.equal(constructor);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<confirm-dialog>');
    expect(String(warnings[0][0])).to.contain('second copy of mentoring-requests');
  });

  it('a second import is a no-op: nothing defined, nothing thrown, no second warning', async () => {
    let warnings: unknown[][] = [];
    const defined = await definesDuring(async () => {
      warnings = await warningsDuring(async () => (await import('../src/define.js')).ready);
    });
    expect(defined).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('calling defineElements() again reports the clash but neither throws nor warns again', async () => {
    const { defineElements } = await import('../src/define.js');
    let clashes: string[] = [];
    let warnings: unknown[][] = [];
    const defined = await definesDuring(async () => {
      warnings = await warningsDuring(async () => (clashes = await defineElements()));
    });
    expect(clashes).to.deep.equal(['confirm-dialog']);
    expect(defined).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('registers all six into another registry too, with no warning when nothing clashes', async () => {
    const { defineElements, ELEMENTS } = await import('../src/define.js');
    const { DETAIL_ELEMENTS } = await import('../src/define-details.js');
    const tags = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (name: string) => tags.get(name),
      define: (name: string, constructor: CustomElementConstructor) => void tags.set(name, constructor),
    } as unknown as CustomElementRegistry;
    const warnings = await warningsDuring(async () => {
      expect(await defineElements(registry)).to.deep.equal([]);
      expect(await defineElements(registry)).to.deep.equal([]);
    });
    // Another registry gets subclasses whose shadow roots use it (scoped registries: test/hosts/), once.
    const bases: Record<string, CustomElementConstructor> = { ...ELEMENTS, ...DETAIL_ELEMENTS };
    expect([...tags.keys()].sort()).to.deep.equal(Object.keys(bases).sort());
    for (const [tag, constructor] of tags) {
      expect(Object.getPrototypeOf(constructor), `<${tag}>`).to.equal(bases[tag]);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('the foreign element keeps working (nothing of ours was attached to it)', () => {
    const element = document.createElement('confirm-dialog');
    expect(element).to.be.instanceOf(ForeignDialog);
    expect(element).not.to.be.instanceOf(ConfirmDialog);
  });
});
