/**
 * The build minifies the css``/html`` templates in dist/ (scripts/minify-templates.mjs), which the
 * browser suite (run on src/) never sees. This file loads the element classes from dist/ next to the same
 * classes from src/ and checks that the browser reads the same styles and renders the same DOM.
 * `npm test` builds before it runs the browser tests; run `npm run build` first when running this alone.
 */
import { expect, fixture } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import * as source from '../src/index.js';

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
    .replace(/> </g, '><')
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

  it('renders the same DOM: <request-tabs> and <confirm-dialog> from dist/ and from src/', async () => {
    customElements.define('dist-request-tabs', class extends built.RequestTabs! {});
    customElements.define('dist-confirm-dialog', class extends built.ConfirmDialog! {});
    customElements.define('src-request-tabs', class extends source.RequestTabs {});
    customElements.define('src-confirm-dialog', class extends source.ConfirmDialog {});
    for (const tag of ['request-tabs', 'confirm-dialog']) {
      const attrs =
        tag === 'request-tabs'
          ? 'session-count="3" message-count="12"'
          : 'open with-reason heading="Reject?"';
      const render = (prefix: string) =>
        fixture<LitElement>(`<${prefix}-${tag} ${attrs}></${prefix}-${tag}>`);
      const [fromDist, fromSrc] = [await render('dist'), await render('src')];
      expect(normalized(fromDist.shadowRoot!)).to.equal(normalized(fromSrc.shadowRoot!));
      expect(fromDist.shadowRoot!.textContent!.trim().length).to.be.greaterThan(5);
    }
  });
});
