/**
 * The build minifies the css``/html`` templates in dist/ (scripts/minify-templates.mjs), which the
 * browser suite (run on src/) never sees. This file loads the element classes from dist/ next to the same
 * classes from src/ and checks that the browser reads the same styles and renders the same DOM.
 * `npm test` builds before it runs the browser tests; run `npm run build` first when running this alone.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import * as source from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { START, TZ, message, session } from './detail-helpers.js';

type ElementClass = typeof LitElement;
const NAMES = [
  'RequestsPage',
  'RequestTabs',
  'SessionRequestDetail',
  'MessageRequestDetail',
  'ConfirmDialog',
];

// A variable path keeps esbuild and tsc from resolving dist/ (absent before the first build).
const DIST = '/dist/index.js';
const built = (await import(/* @vite-ignore */ DIST)) as Record<string, ElementClass>;

/** The rules as Chromium serializes them after parsing: equal text means equal styles. */
function parsed(styles: CSSResultOrNative[]): string[] {
  return styles.map((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join(''),
    );
    // White space after a comma is not significant, but Chromium keeps it as written inside custom
    // property values (`var(--a, 1rem)`), which the minifier shortens.
    return (
      [...sheet.cssRules]
        .map((rule) => rule.cssText)
        .join('\n')
        .replace(/,\s+/g, ',')
        // Likewise the quotes of a string there ('Segoe UI' and "Segoe UI" are the same font name).
        .replaceAll("'", '"')
    );
  });
}

/** Shadow DOM without Lit's markers and with white space runs made one space. */
function normalized(root: ShadowRoot): string {
  return root.innerHTML
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('minified templates in dist/', () => {
  for (const name of NAMES) {
    it(`${name}: the same style rules as the source`, () => {
      const ours = (source as unknown as Record<string, ElementClass>)[name]!;
      const theirs = built[name]!;
      expect(theirs, `dist/index.js exports ${name}`).to.be.a('function');
      // Reading observedAttributes finalizes a class (elementStyles is filled then), as define() would.
      void ours.observedAttributes;
      void theirs.observedAttributes;
      const rules = parsed(ours.elementStyles);
      expect(rules.join('').length).to.be.greaterThan(500);
      expect(parsed(theirs.elementStyles)).to.deep.equal(rules);
    });
  }

  it('the dist stylesheets are smaller than the source ones', () => {
    const length = (c: ElementClass) =>
      c.elementStyles.reduce((n, s) => n + ('cssText' in s ? s.cssText.length : 0), 0);
    const src = (source as unknown as Record<string, ElementClass>).RequestsPage!;
    expect(length(built.RequestsPage!)).to.be.lessThan(length(src) * 0.8);
  });

  // Each element from dist/ and from src/ under its own tag, given the same data; then their shadow DOM.
  const setups: Record<string, (el: HTMLElement & Record<string, unknown>) => void> = {
    RequestsPage: (el) => {
      el.setAttribute('time-zone', TZ);
      el['adapter'] = new MemoryAdapter({ seed: 3, now: () => START.getTime() - 30 * 24 * 3_600_000 });
    },
    RequestTabs: (el) => {
      el.setAttribute('session-count', '3');
      el.setAttribute('message-count', '12');
    },
    SessionRequestDetail: (el) => {
      el.setAttribute('time-zone', TZ);
      el['request'] = session('s1', { agenda: 'Line one\nLine two' });
    },
    MessageRequestDetail: (el) => (el['request'] = message('m1')),
    ConfirmDialog: (el) => {
      el.setAttribute('heading', 'Reject?');
      el.setAttribute('with-reason', '');
      el.setAttribute('reason-max-words', '50');
      el.setAttribute('open', '');
    },
  };
  for (const name of NAMES) {
    it(`${name}: the same shadow DOM from dist/ and from src/`, async () => {
      const render = async (from: 'dist' | 'src', base: ElementClass) => {
        const tag = `${from}-${name.toLowerCase()}`;
        customElements.define(tag, class extends base {});
        const el = document.createElement(tag) as unknown as LitElement & Record<string, unknown>;
        setups[name]!(el);
        const wrapper = await fixture<HTMLDivElement>('<div lang="en"></div>');
        wrapper.append(el);
        await el.updateComplete;
        // Lists and details that load settle once the same text is there twice in a row.
        let last = '';
        await waitUntil(() => {
          const now = normalized(el.shadowRoot!);
          const same = now === last && !el.shadowRoot!.querySelector('.skeleton, .filters-pending');
          last = now;
          return same;
        }, `${tag} did not settle`);
        return el;
      };
      const ours = (source as unknown as Record<string, ElementClass>)[name]!;
      const [fromDist, fromSrc] = [await render('dist', built[name]!), await render('src', ours)];
      expect(fromSrc.shadowRoot!.textContent!.trim().length).to.be.greaterThan(5);
      expect(normalized(fromDist.shadowRoot!)).to.equal(normalized(fromSrc.shadowRoot!));
    });
  }
});
