/**
 * Themes: parts and tokens.
 *
 * Parts: every element inside the elements that carries a `part` must be reachable from the host page
 * (forwarded with `exportparts` through every shadow root on the way), and a host stylesheet rule
 * `requests-page::part(name)` (or `session-request-detail::part(...)`, …) must really style it; the
 * pieces the design names (card, avatar, name, actions, button, badge, dialog, textarea) are among them.
 *
 * Tokens: every `--mr-*` custom property an element's rendering depends on (through the private `--_*`
 * variables, its own and those of the elements it renders) is documented with `@cssprop` on that
 * element's class, so custom-elements.json lists it, and every token is in the README's Theming section;
 * overriding a token from the host page changes the rendering, in light and in dark.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { animationsDone, deepQueryAll, type Variant } from './helpers.js';
import { ALL_STATES, type State } from './states.js';

const LIGHT: Variant = { lang: 'en', scheme: 'light', dir: 'ltr' };
const TAGS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
];

/** `exportparts="a, b: c"` as inner name → outer names. */
function exportMap(host: Element): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of (host.getAttribute('exportparts') ?? '').split(',')) {
    const [inner, outer] = entry.split(':').map((s) => s.trim());
    if (!inner) continue;
    map.set(inner, [...(map.get(inner) ?? []), outer || inner]);
  }
  return map;
}

/**
 * The names by which the page can reach `element`'s parts from outside `outermost`: its own part names,
 * mapped through the `exportparts` of every shadow host between it and `outermost`.
 */
function reachableNames(element: Element, outermost: Element): string[] {
  let names = (element.getAttribute('part') ?? '').split(/\s+/).filter(Boolean);
  let host = (element.getRootNode() as ShadowRoot).host;
  while (host && host !== outermost) {
    const map = exportMap(host);
    names = names.flatMap((name) => map.get(name) ?? []);
    host = (host.getRootNode() as ShadowRoot).host;
  }
  return host === outermost ? names : [];
}

/** Every element with a part under `outer` (in any depth of shadow roots). */
const partsUnder = (outer: Element) => deepQueryAll(outer, '[part]').filter((el) => el !== outer);

function describePart(el: Element): string {
  const chain: string[] = [];
  for (
    let host = (el.getRootNode() as ShadowRoot).host;
    host;
    host = (host.getRootNode() as ShadowRoot).host
  ) {
    chain.unshift(host.localName);
  }
  return `${chain.join(' > ')} [part="${el.getAttribute('part')}"]`;
}

/** The states that together show every piece of each element, outermost elements only. */
function statesFor(tag: string): State[] {
  return ALL_STATES.filter((s) => s.element === tag);
}

async function outerElement(state: State): Promise<Element> {
  const { el, wrapper } = await state.render(LIGHT);
  return deepQueryAll(wrapper, state.element)[0] ?? el;
}

describe('a11y: theming — parts', function () {
  this.timeout(20000);
  /** tag → the part names its manifest entry documents. */
  const documentedParts = new Map<string, Set<string>>();
  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
    };
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) {
          documentedParts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((p) => p.name)));
        }
      }
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const reached = new Set<string>();
      after(() => {
        // The pieces the design asks for, where the element has them.
        const wanted: Record<string, string[]> = {
          'requests-page': [
            'card',
            'avatar',
            'name',
            'badge',
            'button',
            'tab',
            'tab-badge',
            'detail-actions',
            'detail-button',
            'detail-avatar',
            'detail-name',
            'dialog',
            'dialog-textarea',
            'dialog-button',
          ],
          'request-tabs': ['tab', 'badge', 'tablist', 'panel'],
          'session-request-detail': [
            'avatar',
            'name',
            'actions',
            'button',
            'status',
            'dialog',
            'dialog-textarea',
            'dialog-button',
          ],
          'message-request-detail': [
            'avatar',
            'name',
            'actions',
            'button',
            'status',
            'bubble',
            'dialog',
            'dialog-button',
          ],
          'confirm-dialog': ['dialog', 'textarea', 'actions', 'button'],
        };
        const missing = wanted[tag]!.filter((name) => !reached.has(name));
        if (missing.length)
          throw new Error(`<${tag}> has no part(s) ${missing.join(', ')} reachable from the page`);
      });

      for (const state of statesFor(tag)) {
        it(`${state.name}: every part is reachable and styled by ${tag}::part()`, async () => {
          const outer = await outerElement(state);
          const lost: string[] = [];
          const pairs: [Element, string][] = [];
          for (const el of partsUnder(outer)) {
            const names = reachableNames(el, outer);
            if (names.length === 0) lost.push(describePart(el));
            for (const name of names) pairs.push([el, name]);
          }
          expect(lost, `parts not forwarded to the page:\n${lost.join('\n')}`).to.deep.equal([]);
          const undocumented = [...new Set(pairs.map(([, n]) => n))].filter(
            (n) => !documentedParts.get(tag)?.has(n),
          );
          expect(undocumented, `<${tag}> parts without @csspart in custom-elements.json`).to.deep.equal([]);
          // Style each name from a host stylesheet and check every element that carries it.
          const style = document.createElement('style');
          document.head.append(style);
          try {
            for (const name of new Set(pairs.map(([, n]) => n))) {
              style.textContent = `${tag}::part(${name}) { scroll-margin-block-start: 17px; }`;
              for (const [el, n] of pairs) {
                if (n !== name) continue;
                expect(
                  getComputedStyle(el).scrollMarginBlockStart,
                  `${tag}::part(${name}) on ${describePart(el)}`,
                ).to.equal('17px');
                reached.add(name);
              }
            }
          } finally {
            style.remove();
          }
        });
      }
    });
  }

  it('a host page restyles the inbox through parts alone', async () => {
    const state = ALL_STATES.find((s) => s.element === 'requests-page' && s.name.startsWith('session list'))!;
    const { el } = await state.render(LIGHT);
    const style = document.createElement('style');
    style.textContent = `
      requests-page::part(card) { border-radius: 0; border-color: rgb(200, 0, 100); }
      requests-page::part(avatar) { border-radius: 4px; }
      requests-page::part(name) { text-transform: uppercase; }
      requests-page::part(button) { border-radius: 999px; }
      requests-page::part(tab-selected) { border-block-end-color: rgb(200, 0, 100); }
    `;
    document.head.append(style);
    try {
      // The tabs' colours change with a 120 ms transition: read them once it has run.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const card = el.shadowRoot!.querySelector('[part~="card"]:not(.skeleton)')!;
      expect(getComputedStyle(card).borderTopColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(card).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(card.querySelector('[part~="avatar"]')!).borderTopLeftRadius).to.equal('4px');
      expect(getComputedStyle(card.querySelector('[part~="name"]')!).textTransform).to.equal('uppercase');
      expect(getComputedStyle(card.querySelector('button')!).borderTopLeftRadius).to.equal('999px');
      const tab = el
        .shadowRoot!.querySelector('request-tabs')!
        .shadowRoot!.querySelector('[part~="tab-selected"]')!;
      expect(getComputedStyle(tab).borderBottomColor).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });
});

// ---- Tokens ---------------------------------------------------------------------------------------

interface Manifest {
  modules: { declarations?: { tagName?: string; name: string; cssProperties?: { name: string }[] }[] }[];
}

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** All CSS text of the style sheets adopted by `host`'s shadow root. */
const cssOf = (host: Element) =>
  host
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
    .join('\n');

describe('a11y: theming — tokens', function () {
  this.timeout(20000);
  let manifest: Manifest;
  let readme: string;
  /** `--_x` → `--mr-y`, from the tokens sheet. */
  const privateToPublic = new Map<string, string>();
  const publicTokens = new Set<string>();

  before(async () => {
    manifest = JSON.parse(await text('/custom-elements.json')) as Manifest;
    readme = await text('/README.md');
    const probe = await fixture(html`<request-tabs></request-tabs>`);
    for (const match of cssOf(probe).matchAll(/(--_[\w-]+):\s*var\((--mr-[\w-]+)/g)) {
      privateToPublic.set(match[1]!, match[2]!);
      publicTokens.add(match[2]!);
    }
    expect(publicTokens.size).to.be.greaterThan(10);
  });

  /** What a token can change, read from every rendered element (and a modal dialog's backdrop). */
  const PROPERTIES = [
    'color',
    'background-color',
    'border-top-color',
    'border-right-color',
    'border-bottom-color',
    'border-left-color',
    'border-top-left-radius',
    'font-family',
    'font-size',
    'padding-top',
    'padding-left',
    'row-gap',
    'column-gap',
    'margin-bottom',
    'outline-color',
    'outline-width',
  ];
  function snapshot(root: Element): string {
    return [root, ...deepQueryAll(root, '*')]
      .map((el) => {
        const style = getComputedStyle(el);
        const own = PROPERTIES.map((p) => style.getPropertyValue(p)).join('|');
        return el.localName === 'dialog'
          ? `${own}|${getComputedStyle(el, '::backdrop').backgroundColor}`
          : own;
      })
      .join('\n');
  }
  const SENTINEL = (token: string) =>
    token.startsWith('--mr-color-') ? 'rgb(1, 2, 3)' : token === '--mr-font' ? 'monospace' : '13px';
  /** The ring shows only on focus; every element has focusable pieces, so the ring tokens apply to all. */
  const FOCUS_TOKENS = ['--mr-color-focus', '--mr-focus-ring-width'];

  /** The public tokens that change the rendering of `outer` when a host sets them on an ancestor. */
  function tokensUsed(outer: Element, wrapper: HTMLElement): Set<string> {
    const used = new Set<string>(FOCUS_TOKENS);
    const before = snapshot(outer);
    for (const token of [...publicTokens, '--mr-color-backdrop']) {
      if (FOCUS_TOKENS.includes(token)) continue;
      wrapper.style.setProperty(token, SENTINEL(token));
      if (snapshot(outer) !== before) used.add(token);
      wrapper.style.removeProperty(token);
    }
    return used;
  }

  function documented(tag: string): Set<string> {
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName === tag) return new Set((declaration.cssProperties ?? []).map((p) => p.name));
      }
    }
    throw new Error(`custom-elements.json has no <${tag}>`);
  }

  /** The elements each one renders inside itself: their tokens are its tokens too. */
  const NESTED: Record<string, string[]> = {
    'confirm-dialog': [],
    'request-tabs': [],
    'message-request-detail': ['confirm-dialog'],
    'session-request-detail': ['confirm-dialog'],
    'requests-page': ['request-tabs', 'session-request-detail', 'message-request-detail'],
  };
  const usedBy = new Map<string, Set<string>>();

  for (const tag of Object.keys(NESTED)) {
    it(`<${tag}>: every --mr-* token it uses (with the elements inside it) is a @cssprop in custom-elements.json`, async () => {
      const used = new Set<string>(NESTED[tag]!.flatMap((inner) => [...usedBy.get(inner)!]));
      // No transitions, so a token's effect shows at once.
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        for (const state of statesFor(tag)) {
          const { wrapper } = await state.render(LIGHT);
          const outer = deepQueryAll(wrapper, state.element)[0]!;
          tokensUsed(outer, wrapper).forEach((t) => used.add(t));
          // One state on the page at a time (a virtualized list renders only what is in the viewport).
          fixtureCleanup();
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      usedBy.set(tag, used);
      const docs = documented(tag);
      const missing = [...used].filter((t) => !docs.has(t)).sort();
      expect(missing, `<${tag}> does not document ${missing.join(', ')}`).to.deep.equal([]);
      const unused = [...docs].filter((t) => !used.has(t)).sort();
      expect(unused, `<${tag}> documents tokens that change nothing in it`).to.deep.equal([]);
    });
  }

  it('every public token is in the README Theming section, and only those', async () => {
    const theming = readme.slice(readme.indexOf('### Theming'));
    const section = theming.slice(0, theming.indexOf('\n## ') > 0 ? theming.indexOf('\n## ') : undefined);
    const all = [...publicTokens, '--mr-color-backdrop'];
    expect(
      all.filter((t) => !section.includes(`\`${t}\``)),
      'missing in README',
    ).to.deep.equal([]);
    // And no token in the README that the elements do not read.
    const listed = [...section.matchAll(/`(--mr-[\w-]+)`/g)].map((m) => m[1]!);
    expect(
      listed.filter((t) => !all.includes(t)),
      'in README but not a token',
    ).to.deep.equal([]);
  });

  it('a host overrides a token and the elements follow, in light and in dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="color-scheme: ${scheme}"><request-tabs session-count="2"></request-tabs></div>`,
      );
      const tabs = wrapper.firstElementChild!;
      await (tabs as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const selected = tabs.shadowRoot!.querySelector('[part~="tab-selected"]')!;
      const defaultColor = getComputedStyle(selected).color;
      wrapper.style.setProperty('--mr-color-primary', 'rgb(123, 0, 45)');
      // The tab's color transition (120 ms) runs first.
      await animationsDone();
      expect(getComputedStyle(selected).color, scheme).to.equal('rgb(123, 0, 45)');
      expect(defaultColor, scheme).to.not.equal('rgb(123, 0, 45)');
    }
  });

  it('light and dark defaults differ (light-dark()) and follow color-scheme on any ancestor', async () => {
    const colors: string[] = [];
    for (const scheme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="color-scheme: ${scheme}"><request-tabs></request-tabs></div>`,
      );
      colors.push(getComputedStyle(wrapper.firstElementChild!).color);
    }
    expect(colors[0]).to.not.equal(colors[1]);
  });
});
