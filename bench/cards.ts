/** Cards: <requests-page>'s list (virtualization off) against a vanilla-DOM list with the same markup. */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { effectiveStatus } from '../src/store/filters.js';
import { formatSlot } from '../src/elements/shared/format.js';
import { initials } from '../src/elements/shared/person.js';
import type { LocalizeController } from '../src/i18n/localize.js';
import type { AnyRequest, SessionRequest } from '../src/model/request.js';
import {
  sessions,
  frame,
  gc,
  internals,
  root,
  cards,
  fillList,
  mount,
  frameInterval,
  countNodes,
} from './support.js';

/** The same markup as request-card.ts, built with document.createElement. */
function vanillaCard(
  request: AnyRequest,
  localize: LocalizeController,
  now: number,
  onOpen: (r: AnyRequest) => void,
) {
  const el = (tag: string, cls?: string, part?: string) => {
    const node = document.createElement(tag);
    if (cls !== undefined) node.className = cls;
    if (part) node.setAttribute('part', part);
    return node;
  };
  const status = effectiveStatus(request, now);
  const expired = status === 'expired';
  const actionable = status === 'requested' && request.direction === 'received';
  const name = request.person.name;
  const li = el('li', `card ${expired ? 'expired' : ''}`, `card${expired ? ' card-expired' : ''}`);
  li.dataset.id = request.id;
  const avatar = el('span', 'avatar small', 'avatar');
  avatar.setAttribute('aria-hidden', 'true');
  const ini = el('span', 'initials');
  ini.textContent = initials(name);
  avatar.append(ini);
  const main = el('div', 'main');
  const top = el('div', 'top');
  const nameEl = el('span', 'name wrap', 'name');
  nameEl.textContent = name;
  const badges = el('span', 'badges');
  const badge = el('span', 'badge', 'badge badge-direction');
  badge.textContent = localize.term(request.direction === 'sent' ? 'sent' : 'received');
  badges.append(badge);
  if (status !== 'requested') {
    const tag = el('span', `badge ${status}`, expired ? 'badge badge-expired' : 'badge badge-status');
    const terms = {
      accepted: 'statusAccepted',
      rejected: 'statusRejected',
      expired: 'statusExpired',
    } as const;
    tag.textContent = localize.term(terms[status]);
    badges.append(tag);
  }
  top.append(nameEl, badges);
  main.append(top);
  const { designations, experienceYears: years } = request.person;
  const first = designations[0];
  if (first || years !== undefined) {
    const meta = el('p', 'meta', 'meta');
    if (first) {
      const d = el('span', 'designation wrap');
      d.append(first);
      if (designations.length > 1) {
        const more = el('span', 'more-designations');
        more.textContent = localize.term('moreDesignations', designations.length - 1);
        d.append(' ', more);
      }
      meta.append(d);
    }
    if (years !== undefined) {
      const x = el('span', 'experience');
      x.textContent = localize.term('experienceYears', years);
      meta.append(x);
    }
    main.append(meta);
  }
  if (request.kind === 'message') {
    const p = el('p', 'preview wrap', 'preview');
    p.textContent = request.message;
    main.append(p);
  } else {
    const { date, timeRange } = formatSlot(localize, request.start, request.end);
    const p = el('p', 'slot', 'slot');
    p.textContent = localize.term('slotOnDate', date, timeRange);
    main.append(p);
  }
  const button = el(
    'button',
    `button open ${actionable ? 'primary' : ''}`,
    'button open-button',
  ) as HTMLButtonElement;
  button.type = 'button';
  button.setAttribute('aria-label', localize.term('viewDetails', name));
  button.textContent = localize.term('viewDetailsShort');
  button.addEventListener('click', () => onOpen(request));
  li.append(avatar, main, button);
  return li;
}

function vanillaList(items: AnyRequest[], localize: LocalizeController): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'list';
  ul.setAttribute('part', 'list');
  ul.setAttribute('aria-label', localize.term('sessionRequests'));
  ul.setAttribute('aria-busy', 'false');
  const now = Date.now();
  const onOpen = (request: AnyRequest) => void request;
  for (const item of items) ul.append(vanillaCard(item, localize, now, onOpen));
  return ul;
}

/** The tree as text: elements with their attributes sorted, text trimmed, comments (Lit's markers) left out. */
function normalize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  return `<${el.localName}${attrs}>${Array.from(el.childNodes, normalize).join('')}</${el.localName}>`;
}

/**
 * N cards: the page's own list (the list state filled, one update) and the vanilla baseline, alternating
 * which goes first. Each time: script (until the DOM is built) and total (plus style and layout, forced
 * by reading the last card's box). Also the string formatting alone (term / formatSlot), done by both.
 */
export async function cardsScenario(n: number, samples: number) {
  const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
  const el = await mount(adapter, { 'virtualize-threshold': 'Infinity' });
  const { localize } = internals(el);
  const items = sessions(n);
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const ctor = customElements.get('requests-page') as unknown as {
    elementStyles: { styleSheet?: CSSStyleSheet }[];
  };
  shadow.adoptedStyleSheets = ctor.elementStyles.map((s) => s.styleSheet!).filter(Boolean);

  const fill = (next: AnyRequest[]) => fillList(el, next);
  const clearLit = async () => {
    await fill([]);
    await el.updateComplete;
  };
  const lit = async () => {
    await clearLit();
    gc();
    await frame();
    const t0 = performance.now();
    await fill(items);
    await el.updateComplete;
    const t1 = performance.now();
    const all = cards(el);
    all[all.length - 1]!.getBoundingClientRect();
    const t2 = performance.now();
    if (all.length !== n) throw new Error(`lit rendered ${all.length} cards`);
    return [t1 - t0, t2 - t0];
  };
  const vanilla = async () => {
    shadow.replaceChildren();
    gc();
    await frame();
    const t0 = performance.now();
    const ul = vanillaList(items, localize);
    shadow.append(ul);
    const t1 = performance.now();
    (ul.lastElementChild as HTMLElement).getBoundingClientRect();
    const t2 = performance.now();
    return [t1 - t0, t2 - t0];
  };
  const format = async () => {
    gc();
    await frame();
    const t0 = performance.now();
    for (const item of items) {
      const r = item as SessionRequest;
      localize.term(r.direction === 'sent' ? 'sent' : 'received');
      localize.term('viewDetails', r.person.name);
      localize.term('viewDetailsShort');
      if (r.person.experienceYears !== undefined) localize.term('experienceYears', r.person.experienceYears);
      const { date, timeRange } = formatSlot(localize, r.start, r.end);
      localize.term('slotOnDate', date, timeRange);
    }
    return performance.now() - t0;
  };

  // The baseline must build exactly what the element builds.
  await lit();
  await vanilla();
  const a = normalize(root(el).querySelector('.list')!);
  const b = normalize(shadow.querySelector('.list')!);
  const same = a === b;
  let firstDiff = '';
  if (!same) {
    const at = [...a].findIndex((ch, i) => ch !== b[i]);
    firstDiff = `lit: …${a.slice(Math.max(0, at - 80), at + 80)}… vanilla: …${b.slice(Math.max(0, at - 80), at + 80)}…`;
  }

  const out = {
    litScript: [] as number[],
    litTotal: [] as number[],
    vanScript: [] as number[],
    vanTotal: [] as number[],
    format: [] as number[],
  };
  for (let i = 0; i < samples + 2; i++) {
    const order = i % 2 === 0 ? [lit, vanilla] : [vanilla, lit];
    const results: number[][] = [];
    for (const run of order) results.push(await run());
    const [l, v] = order[0] === lit ? results : [results[1]!, results[0]!];
    const f = await format();
    if (i < 2) continue; // warm-up
    out.litScript.push(l![0]!);
    out.litTotal.push(l![1]!);
    out.vanScript.push(v![0]!);
    out.vanTotal.push(v![1]!);
    out.format.push(f);
  }
  el.remove();
  host.remove();
  return { ...out, same, firstDiff, litNodes: countNodes(root(el)), frame: await frameInterval() };
}
