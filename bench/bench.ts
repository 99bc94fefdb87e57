/**
 * Benchmark page for `npm run bench` (scripts/bench.mjs bundles it with esbuild in production mode and
 * drives it in headless Chromium). Every scenario returns raw samples (ms); the runner takes medians
 * and ratios. Each figure has its baseline measured in the same page and run:
 *
 * - cards: <requests-page>'s list (virtualization off) vs a hand-written vanilla-DOM list that builds
 *   the same markup with document.createElement (checked equal), in a shadow root with the same styles;
 * - interactions (open a detail, switch tabs, Accept → busy): the frame interval measured in this page;
 * - long lists (100,000 requests): the same page with 100 requests.
 */
import { ready } from '../src/define.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { RequestListState } from '../src/elements/requests-page/list-state.js';
import { isExpired } from '../src/elements/requests-page/request-card.js';
import { formatSlot } from '../src/elements/shared/format.js';
import { initials } from '../src/elements/shared/person.js';
import type { LocalizeController } from '../src/i18n/localize.js';
import type { AnyRequest, MessageRequest, SessionRequest } from '../src/model/request.js';

// The figures are for a loaded page: the details' chunk (define.ts) has arrived before any sample.
await ready;

const HOUR = 3_600_000;
const NOW = Date.now();
const DESIGNATIONS = [['Teacher'], ['Teacher', 'Principal', 'Counsellor'], ['Head of science', 'Mentor'], []];

/** A pending session request like the server sends (no avatar picture: no network in a benchmark). */
function session(i: number): SessionRequest {
  const start = new Date(NOW + (24 + (i % 500)) * HOUR);
  return {
    kind: 'session',
    id: `s${i}`,
    direction: i % 3 === 1 ? 'sent' : 'received',
    status: 'requested',
    title: `Session ${i}`,
    agenda: 'Agenda',
    start,
    end: new Date(start.getTime() + HOUR),
    createdAt: new Date(NOW - (i + 1) * 60_000),
    person: {
      id: `p${i}`,
      name: `Person ${i} Example`,
      designations: DESIGNATIONS[i % DESIGNATIONS.length]!,
      experienceYears: i % 5 === 0 ? undefined : (i % 30) + 1,
    },
  };
}

function message(i: number): MessageRequest {
  return {
    kind: 'message',
    id: `m${i}`,
    direction: i % 3 === 1 ? 'sent' : 'received',
    status: 'requested',
    message: `Hello ${i}, I would like to connect with you about mentoring.`,
    createdAt: new Date(NOW - (i + 1) * 60_000),
    person: { id: `m${i}`, name: `Writer ${i}`, designations: ['Teacher'] },
  };
}

const sessions = (n: number) => Array.from({ length: n }, (_, i) => session(i));

// ---- Helpers ----------------------------------------------------------------------------------------

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function until(check: () => unknown, what: string, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(2);
  }
}

/** Microtasks only: lets Lit and the virtualizer finish their synchronous-ish work without a frame. */
async function microtasks(check: () => unknown, max = 200): Promise<void> {
  for (let i = 0; i < max && !check(); i++) await Promise.resolve();
}

type Internals = {
  lists: { session: RequestListState<AnyRequest>; message: RequestListState<AnyRequest> };
  localize: LocalizeController;
};
const internals = (el: RequestsPage) => el as unknown as Internals;
const root = (el: RequestsPage) => el.shadowRoot!;
const cards = (el: RequestsPage) => root(el).querySelectorAll<HTMLElement>('.list .card:not(.skeleton)');

/** Puts `next` into the page's session list as if the server had sent it all, and asks for a render. */
function fillList(el: RequestsPage, next: AnyRequest[]): void {
  const list = internals(el).lists.session;
  list.items = next;
  list.total = next.length;
  list.loaded = true;
  list.loadedAt = Date.now();
  el.requestUpdate();
}

async function mount(adapter: MemoryAdapter, attrs: Record<string, string> = {}): Promise<RequestsPage> {
  const el = document.createElement('requests-page');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.adapter = adapter;
  document.body.append(el);
  await until(() => cards(el).length > 0 || root(el).querySelector('.empty'), 'the list');
  await el.updateComplete;
  return el;
}

/** Median interval between animation frames while idle (the frame budget of this machine). */
async function frameInterval(samples = 31): Promise<number[]> {
  const out: number[] = [];
  let last = await frame();
  for (let i = 0; i < samples; i++) {
    const now = await frame();
    out.push(now - last);
    last = now;
  }
  return out;
}

// ---- Cards: lit list vs vanilla DOM -----------------------------------------------------------------

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
  const expired = isExpired(request, now);
  const actionable = !expired && request.direction === 'received' && request.status === 'requested';
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
  if (expired) {
    const tag = el('span', 'badge expired', 'badge badge-expired');
    tag.textContent = localize.term('expired');
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
async function cardsScenario(n: number, samples: number) {
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
    fill([]);
    await el.updateComplete;
  };
  const lit = async () => {
    await clearLit();
    gc();
    await frame();
    const t0 = performance.now();
    fill(items);
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

function countNodes(node: Node): number {
  let count = 1;
  for (let child = node.firstChild; child; child = child.nextSibling) count += countNodes(child);
  if (node instanceof Element && node.shadowRoot) count += countNodes(node.shadowRoot);
  return count;
}

// ---- Interactions ---------------------------------------------------------------------------------

/** Opening a request from the list: click → the detail rendered and its heading focused. */
async function detailScenario(samples: number) {
  const adapter = new MemoryAdapter({ sessionRequests: sessions(40), messageRequests: [] });
  const el = await mount(adapter);
  const script: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const button = cards(el)[i % 10]!.querySelector('button')!;
    gc();
    await frame();
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    const detail = root(el).querySelector('session-request-detail') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await detail.updateComplete;
    await microtasks(() => detail.shadowRoot!.activeElement);
    const t1 = performance.now();
    detail.shadowRoot!.querySelector('#heading')!.getBoundingClientRect();
    const t2 = performance.now();
    if (!detail.shadowRoot!.activeElement) throw new Error('the heading was not focused');
    if (i >= 2) {
      script.push(t1 - t0);
      total.push(t2 - t0);
    }
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    await frame();
  }
  el.remove();
  return { script, total, frame: await frameInterval() };
}

/** Switching tabs when both lists are loaded and fresh: click → the other list rendered. */
async function tabsScenario(samples: number, perTab: number) {
  const adapter = new MemoryAdapter({
    sessionRequests: sessions(perTab),
    messageRequests: Array.from({ length: perTab }, (_, i) => message(i)),
  });
  const el = await mount(adapter, { 'page-size': String(Math.min(perTab, 100)) });
  const tabs = root(el).querySelector('request-tabs')!;
  const select = async (tab: 'session' | 'message') => {
    tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
    await until(() => el.tab === tab && cards(el).length > 0 && !root(el).querySelector('.skeleton'), tab);
  };
  await select('message');
  await select('session');
  const calls = adapter.calls.length;
  const script: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const tab = el.tab === 'session' ? 'message' : 'session';
    const button = tabs.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!;
    gc();
    await frame();
    const t0 = performance.now();
    button.click();
    await microtasks(() => el.tab === tab);
    await el.updateComplete;
    await microtasks(() => cards(el).length > 0 && cards(el)[0]!.dataset.id![0] === tab[0]);
    const t1 = performance.now();
    // A virtualized list (longer than the threshold) shows its cards after its first measure (a frame).
    while (!(cards(el).length > 0 && cards(el)[0]!.dataset.id![0] === tab[0])) await frame();
    const all = cards(el);
    all[all.length - 1]!.getBoundingClientRect();
    const t2 = performance.now();
    if (all[0]!.dataset.id![0] !== tab[0]) throw new Error('the tab did not switch');
    if (i >= 2) {
      script.push(t1 - t0);
      total.push(t2 - t0);
    }
  }
  const refetched = adapter.calls.length - calls;
  const virtualized = Boolean(root(el).querySelector('.list.virtual'));
  el.remove();
  return { script, total, refetched, virtualized, frame: await frameInterval() };
}

/** Accept: click → the buttons disabled (busy); in which frame it is painted. */
async function acceptScenario(samples: number) {
  // Accept never answers within the benchmark: the view stays busy.
  class PendingAccept extends MemoryAdapter {
    override acceptSessionRequest(): Promise<never> {
      return new Promise(() => undefined);
    }
  }
  const adapter = new PendingAccept({ sessionRequests: sessions(60), messageRequests: [] });
  const el = await mount(adapter, { 'page-size': '60' });
  const script: number[] = [];
  const frames: number[] = [];
  const toFrame: number[] = [];
  let n = 0;
  for (let i = 0; i < samples + 2; i++) {
    // A received request (Accept is only offered there).
    while (cards(el)[n]!.querySelector('.open:not(.primary)')) n++;
    cards(el)[n++]!.querySelector('button')!.click();
    await el.updateComplete;
    const detail = root(el).querySelector('session-request-detail') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await until(() => detail.shadowRoot!.querySelector('[part~="accept-button"]'), 'accept button');
    const accept = detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!;
    gc();
    await frame();
    await sleep(0); // click in a task, mid-frame, like a user
    const t0 = performance.now();
    accept.click();
    await detail.updateComplete;
    const t1 = performance.now();
    let count = 0;
    let painted = 0;
    while (count < 10) {
      const at = await frame();
      count++;
      if (accept.disabled && accept.getAttribute('disabled') !== null) {
        painted = at - t0;
        break;
      }
    }
    if (i >= 2) {
      script.push(t1 - t0);
      frames.push(count);
      toFrame.push(painted);
    }
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    await frame();
  }
  el.remove();
  return { script, frames, toFrame, frame: await frameInterval() };
}

// ---- Threshold: plain vs virtualized first render ---------------------------------------------------

async function thresholdScenario(sizes: number[], samples: number) {
  const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [] });
  const el = await mount(adapter, { 'virtualize-threshold': '0' });
  // Load the virtualizer first (it is loaded once per page).
  const fill = (next: AnyRequest[]) => fillList(el, next);
  fill(sessions(10));
  await until(() => root(el).querySelector('.list.virtual .card'), 'virtualizer');
  const out: Record<number, { plain: number[]; virtual: number[] }> = {};
  for (const n of sizes) {
    const items = sessions(n);
    out[n] = { plain: [], virtual: [] };
    for (let i = 0; i < samples + 2; i++) {
      for (const mode of i % 2 ? ['virtual', 'plain'] : ['plain', 'virtual']) {
        el.virtualizeThreshold = mode === 'plain' ? Infinity : 0;
        fill([]);
        await el.updateComplete;
        gc();
        await frame();
        const t0 = performance.now();
        fill(items);
        await el.updateComplete;
        await microtasks(() => cards(el).length > 0);
        // The virtualizer may need a frame (its ResizeObserver) before the first cards are in.
        while (cards(el).length === 0) await frame();
        const all = cards(el);
        all[all.length - 1]!.getBoundingClientRect();
        const t = performance.now() - t0;
        if (mode === 'virtual' && !root(el).querySelector('.list.virtual'))
          throw new Error('not virtualized');
        if (i >= 2) out[n]![mode as 'plain' | 'virtual'].push(t);
      }
    }
  }
  el.remove();
  return out;
}

// ---- Long lists: 100,000 pending requests -----------------------------------------------------------

async function heap(): Promise<number> {
  gc();
  await sleep(50);
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

/** First render with 100,000 requests vs 100 (page size 100: both show 100 cards first). */
async function longFirstScenario(samples: number) {
  const big = new MemoryAdapter({ sessionRequests: sessions(100_000), messageRequests: [] });
  const small = new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] });
  await big.listSessionRequests({ page: 1, pageSize: 100 }); // the adapter's one-time sort
  const out = { big: [] as number[], small: [] as number[] };
  for (let i = 0; i < samples + 2; i++) {
    for (const which of i % 2 ? (['big', 'small'] as const) : (['small', 'big'] as const)) {
      gc();
      await frame();
      const t0 = performance.now();
      const el = document.createElement('requests-page');
      el.setAttribute('page-size', '100');
      el.adapter = which === 'big' ? big : small;
      document.body.append(el);
      await microtasks(() => cards(el).length > 0, 10);
      while (cards(el).length === 0) await sleep(0);
      await el.updateComplete;
      const all = cards(el);
      all[all.length - 1]!.getBoundingClientRect();
      const t = performance.now() - t0;
      el.remove();
      await sleep(20);
      if (i >= 2) out[which].push(t);
    }
  }
  return out;
}

/**
 * Scrolls a 100,000-request inbox to the end (infinite scroll through 1,000 pages), watching long
 * tasks; then the DOM size and the heap, against the same page with 100 requests.
 */
async function longScrollScenario(total: number) {
  // The 100-request view as shipped (default threshold: virtualized, once settled), and in full.
  const settledView = async (attrs: Record<string, string>) => {
    const view = await mount(
      new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] }),
      attrs,
    );
    for (let i = 0; i < 10; i++) await frame();
    const nodes = countNodes(root(view));
    view.remove();
    return nodes;
  };
  const hundredNodes = await settledView({ 'page-size': '100' });
  const hundredPlainNodes = await settledView({ 'page-size': '100', 'virtualize-threshold': 'Infinity' });
  const baseHeap = await heap();
  const small2 = await mount(new MemoryAdapter({ sessionRequests: sessions(100), messageRequests: [] }), {
    'page-size': '100',
  });
  await frame();
  const hundredHeap = (await heap()) - baseHeap;
  small2.remove();

  const adapter = new MemoryAdapter({ sessionRequests: sessions(total), messageRequests: [] });
  const beforeHeap = await heap();
  const el = await mount(adapter, { 'page-size': '100' });
  const list = internals(el).lists.session;
  const longTasks: number[] = [];
  /** Where each long task happened: the number of requests loaded at its start. */
  const longTaskAt: number[] = [];
  const timeline: [number, number][] = [];
  const loadedAt = (t: number) => timeline.findLast(([at]) => at <= t)?.[1] ?? 0;
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      longTasks.push(entry.duration);
      longTaskAt.push(loadedAt(entry.startTime));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  let pages = 0;
  while (list.items.length < total) {
    const before = list.items.length;
    timeline.push([performance.now(), before]);
    // Keep scrolling down, like a user, until the next page arrives.
    const end = performance.now() + 5000;
    while (list.items.length === before && performance.now() < end) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    }
    if (list.items.length === before) {
      const sentinel = root(el).querySelector('.sentinel')?.getBoundingClientRect();
      const ul = root(el).querySelector<HTMLElement>('.list');
      throw new Error(
        `stuck at ${before}: ${JSON.stringify({ loading: list.loading, hasMore: list.hasMore, error: list.error?.kind, sentinel, y: scrollY, h: document.documentElement.scrollHeight, ul: ul?.className, style: ul?.style.cssText, view: root(el).querySelector<HTMLElement>('.list-view')?.style.cssText })}`,
      );
    }
    pages++;
  }
  const loadTime = performance.now() - t0;
  timeline.push([performance.now(), -1]); // -1: the scroll through the loaded list
  // Then scroll the whole loaded list from the top to the end, a screen per frame.
  window.scrollTo(0, 0);
  await frame();
  await frame();
  const scrollStart = performance.now();
  const scrollTasksBefore = longTasks.length;
  let y = 0;
  let steps = 0;
  while (y < document.documentElement.scrollHeight - innerHeight) {
    y += innerHeight * 5;
    window.scrollTo(0, y);
    await frame();
    steps++;
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
  await frame();
  const scrollTime = performance.now() - scrollStart;
  await sleep(100);
  observer.disconnect();
  // The virtualizer replaces estimated card heights with measured ones as cards render, so the end moves
  // for a few frames: follow it until the height holds still for 10 frames (at most 3 s), as a user would.
  for (
    let still = 0, height = -1, until = performance.now() + 3000;
    still < 10 && performance.now() < until;
  ) {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    const now = document.documentElement.scrollHeight;
    still = now === height ? still + 1 : 0;
    height = now;
  }
  const nodes = countNodes(root(el));
  const rendered = cards(el).length;
  const lastRendered = cards(el)[cards(el).length - 1]?.dataset.id;
  const bigHeap = (await heap()) - beforeHeap;
  // The same list shown again from scratch: switch tabs and back (the list is cached).
  const tabs = root(el).querySelector('request-tabs')!;
  tabs.shadowRoot!.querySelector<HTMLButtonElement>('#tab-message')!.click();
  await until(() => el.tab === 'message' && root(el).querySelector('.empty'), 'message tab');
  await frame();
  const t1 = performance.now();
  tabs.shadowRoot!.querySelector<HTMLButtonElement>('#tab-session')!.click();
  await microtasks(() => el.tab === 'session');
  await el.updateComplete;
  await microtasks(() => cards(el).length > 0);
  cards(el)[cards(el).length - 1]?.getBoundingClientRect();
  const rerender = performance.now() - t1;
  el.remove();
  return {
    pages,
    loadTime,
    scrollTime,
    steps,
    longTasks,
    longTaskAt,
    scrollLongTasks: longTasks.slice(scrollTasksBefore),
    nodes,
    hundredNodes,
    hundredPlainNodes,
    rendered,
    lastRendered,
    bigHeap,
    hundredHeap,
    rerender,
  };
}

const api = {
  cards: cardsScenario,
  detail: detailScenario,
  tabs: tabsScenario,
  accept: acceptScenario,
  threshold: thresholdScenario,
  longFirst: longFirstScenario,
  longScroll: longScrollScenario,
  frameInterval,
  devMode: () => Boolean((globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.size),
};
(window as unknown as { bench: typeof api }).bench = api;
document.title = 'ready';
