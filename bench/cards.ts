/** Cards: <requests-page>'s list (virtualization off) against a vanilla-DOM list with the same markup. */
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { effectiveStatus } from '../src/store/filters.js';
import { formatSlot } from '../src/elements/shared/format.js';
import { initials } from '../src/elements/shared/person.js';
import { urgencyNow, urgencyOf, urgencyText } from '../src/elements/shared/urgency.js';
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

/**
 * The same markup as request-card.ts (a session card), built with document.createElement: the isolates
 * (`<bdi>`, `dir="auto"`), the ids the open control is described by, and the urgency label the page's
 * lazy parts add (urgency-label.ts), computed the same way. `cardsScenario` checks the two are the same.
 */
function vanillaCard(
  request: SessionRequest,
  index: number,
  ctx: { localize: LocalizeController; now: number; showDirection: boolean; onOpen: (r: AnyRequest) => void },
) {
  const { localize } = ctx;
  const el = (tag: string, cls?: string, part?: string) => {
    const node = document.createElement(tag);
    if (cls !== undefined) node.className = cls;
    if (part) node.setAttribute('part', part);
    return node;
  };
  const status = effectiveStatus(request, ctx.now);
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
  const nameEl = el('bdi', 'name clamp', 'name');
  nameEl.textContent = name;
  top.append(nameEl, vanillaUrgency(request, index, localize));
  const badges = el('span', 'badges');
  badges.id = `c${index}b`;
  if (ctx.showDirection) {
    const badge = el('span', 'badge', 'badge badge-direction');
    badge.textContent = localize.term(request.direction === 'sent' ? 'sent' : 'received');
    badges.append(badge);
  }
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
  top.append(badges);
  main.append(top);
  const { designations, experienceYears: years } = request.person;
  const first = designations[0];
  if (first || years !== undefined) {
    const meta = el('p', 'meta', 'meta');
    if (first) {
      const d = el('bdi', 'designation clamp');
      d.append(first);
      if (designations.length > 1) {
        const more = el('bdi', 'more-designations');
        more.textContent = localize.term('moreDesignations', designations.length - 1);
        d.append(' ', more);
      }
      meta.append(d);
    }
    if (years !== undefined) {
      const x = el('bdi', 'experience');
      x.textContent = localize.term('experienceYears', years);
      meta.append(x);
    }
    main.append(meta);
  }
  const { date, timeRange } = formatSlot(localize, request.start, request.end);
  const [before, after] = localize.term('slotOnDate', date, '\uE000').split('\uE000');
  const slot = el('p', 'slot', 'slot');
  slot.id = `c${index}s`;
  slot.dir = 'auto';
  const range = el('bdi', 'range');
  range.textContent = timeRange;
  slot.append(before ?? '', range, after ?? '');
  main.append(slot);
  const button = el(
    'button',
    `button open ${actionable ? 'primary' : ''}`,
    'button open-button',
  ) as HTMLButtonElement;
  button.type = 'button';
  button.setAttribute('aria-label', localize.term('viewDetails', name));
  button.setAttribute('aria-describedby', `c${index}b c${index}u c${index}s`);
  button.textContent = localize.term('viewDetailsShort');
  button.addEventListener('click', () => ctx.onOpen(request));
  li.append(avatar, main, button);
  return li;
}

/** urgency-label.ts's label, in the DOM: "In 3 hours" on a pending session, else an empty span. */
function vanillaUrgency(request: SessionRequest, index: number, localize: LocalizeController): HTMLElement {
  const now = urgencyNow();
  const urgency = effectiveStatus(request, now) === 'requested' ? urgencyOf(request, now) : undefined;
  const span = document.createElement('span');
  span.id = `c${index}u`;
  span.className = 'urgency';
  if (!urgency) return span;
  const text = urgencyText(localize, urgency, true);
  span.className = `urgency ${urgency.soon ? 'soon' : ''}`;
  span.setAttribute('part', `urgency${urgency.soon ? ' urgency-soon' : ''}`);
  span.title = text;
  span.textContent = text;
  return span;
}

function vanillaList(
  items: SessionRequest[],
  localize: LocalizeController,
  showDirection: boolean,
): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'list';
  ul.setAttribute('part', 'list');
  ul.setAttribute('aria-label', localize.term('sessionRequests'));
  ul.setAttribute('aria-busy', 'false');
  const ctx = {
    localize,
    now: Date.now(),
    showDirection,
    onOpen: (request: AnyRequest) => void request,
  };
  items.forEach((item, index) => ul.append(vanillaCard(item, index, ctx)));
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
  // The same style sheets as the page's list: its own, and those its lazy parts add (page-parts.styles.ts:
  // the urgency label's, the history's…), once they have come. With the element's static styles only,
  // the baseline skipped rules the page's cards pay for (`.top:has(> .urgency) > .name`…).
  const own = ctor.elementStyles.length;
  const until = performance.now() + 5000;
  while (root(el).adoptedStyleSheets.length <= own && performance.now() < until) await frame();
  if (root(el).adoptedStyleSheets.length <= own) throw new Error("the page's parts did not arrive");
  shadow.adoptedStyleSheets = [...root(el).adoptedStyleSheets];

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
    const ul = vanillaList(items, localize, el.direction === 'all');
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
