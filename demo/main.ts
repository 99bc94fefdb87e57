/**
 * The demo host: embeds <requests-page> as a mentoring site would, with a <requests-badge> in its header.
 * Default backend: MentorEdAdapter talking to the MSW emulation of the MentorEd API in the browser.
 * `?backend=memory` (or the select) switches to the MemoryAdapter. With MENTORED_URL set for `npm start`,
 * the adapter talks to that real server through Vite's proxy instead (see vite.config.ts).
 * The header's selects (kept in the URL): `?theme=dark`, `?dir=rtl`, `?lang=hi|ar` (Arabic also turns the
 * page right to left unless `dir` says otherwise) and `?scenario=empty|error|slow|offline`. The data is the
 * showcase's (src/mocks/showcase.ts): names in several languages, varied slots, agendas and messages.
 */
import '../src/define.js';
import { EVENT_NAMES } from '../src/events.js';
// The adapter's own module, not the `adapters` barrel: the barrel also brings the MemoryAdapter and its
// data generator, which a MentorEd host never runs (the demo loads them only for `?backend=memory`).
import { MentorEdAdapter } from '../src/adapters/mentored/mentored-adapter.js';
import type { RequestsAdapter } from '../src/adapters/types.js';
import type { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { MentorEdDb } from '../src/mocks/db.js';
import { warmIntl } from '../src/i18n/warm-intl.js';

declare const __MENTORED_PROXY__: boolean;

const params = new URLSearchParams(location.search);
const backend = params.get('backend') === 'memory' ? 'memory' : 'mentored';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const lang = (['hi', 'ar'] as const).find((code) => code === params.get('lang')) ?? 'en';
const direction = (params.get('dir') ?? (lang === 'ar' ? 'rtl' : 'ltr')) === 'rtl' ? 'rtl' : 'ltr';
const SCENARIOS = ['normal', 'empty', 'error', 'slow', 'offline'] as const;
const scenario = SCENARIOS.find((name) => name === params.get('scenario')) ?? 'normal';

// The engine's `Intl` data loaded in a worker while the first requests are on the network, not on the
// main thread (README, "A fast first load"). The worker is a file of this origin, so the demo's strict
// Content Security Policy (`script-src 'self'`, scripts/stress.mjs) allows it; Vite builds it.
void warmIntl({
  langs: [lang],
  worker: () => new Worker(new URL('../src/i18n/intl-worker.ts', import.meta.url), { type: 'module' }),
});

document.documentElement.classList.toggle('dark', theme === 'dark');
document.documentElement.dir = direction;
// The elements follow the nearest `lang` (Hindi and Arabic load lazily); the MentorEd adapter sends it too.
document.documentElement.lang = lang;

const BASE_URL = `${location.origin}/mentoring/v1`;

/** What the scenario asks of the data: none for "empty"; every call 3 s late for "slow". */
const DATA =
  scenario === 'empty'
    ? { seed: 7, sessionRequests: 0, messageRequests: 0, history: 0 }
    : { seed: 7, sessionRequests: 45, messageRequests: 12 };
const LATENCY_MS = scenario === 'slow' ? 3000 : 300;

/**
 * The MSW emulation's worker, loaded only when used: behind the proxy (a real server, or the bench's
 * emulation server) the demo ships no MSW, as a host's build would not. Returns the db (fault knobs).
 */
async function startWorker(): Promise<MentorEdDb> {
  const [{ startMentorEdWorker }, { createMentorEdDb }, showcase] = await Promise.all([
    import('../src/mocks/browser.js'),
    import('../src/mocks/db.js'),
    import('../src/mocks/showcase.js'),
  ]);
  // enableChat: both users have chat on, so an accepted message request gets a room id (Open chat).
  const db = createMentorEdDb({ ...DATA, latencyMs: LATENCY_MS, enableChat: true });
  showcase.showcaseDb(db, (id) => `${showcase.SHOWCASE_AVATAR_BASE}/${id}.svg`);
  const { worker } = await startMentorEdWorker({ baseUrl: BASE_URL, db });
  worker.use(...showcase.showcaseAvatarHandlers);
  return db;
}

async function createMemoryAdapter(): Promise<MemoryAdapter> {
  const [{ MemoryAdapter }, { generateRequests }, { showcaseRequests }] = await Promise.all([
    import('../src/adapters/memory/memory-adapter.js'),
    import('../src/adapters/memory/generate.js'),
    import('../src/mocks/showcase.js'),
  ]);
  const data = showcaseRequests(generateRequests(DATA));
  return new MemoryAdapter({
    seed: 7,
    sessionRequests: [...data.sessionRequests, ...data.history],
    messageRequests: data.messageRequests,
    latencyMs: LATENCY_MS,
  });
}

function createAdapter(): RequestsAdapter {
  // Behind the proxy the token is added server-side; the emulation accepts any token.
  return new MentorEdAdapter({
    baseUrl: BASE_URL,
    token: 'demo-token',
    language: () => document.documentElement.lang,
    // Tabs of one real server and user share one poller and each other's actions (docs/live.md). The
    // emulation is one server per tab (in the tab's own worker state), so its tabs must not share.
    identity: __MENTORED_PROXY__ ? `${location.origin}${BASE_URL}|demo-user` : undefined,
  });
}

/**
 * The failing scenarios, on the emulation's fault knobs (src/mocks/faults.ts) or the MemoryAdapter's:
 * "error" answers every call with a server error; "offline" drops the network once the first lists have
 * arrived (the browser says offline too, as when the connection drops), so the list stays and its
 * actions say why they are disabled.
 */
function applyScenario(faults: { db?: MentorEdDb; memory?: MemoryAdapter }): void {
  if (scenario === 'error') {
    faults.db?.failNext('any', 500, Infinity);
    faults.memory?.failNext('any', 'server', Infinity);
  }
  if (scenario === 'offline')
    setTimeout(() => {
      if (faults.db) faults.db.offline = true;
      if (faults.memory) faults.memory.offline = true;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      window.dispatchEvent(new Event('offline'));
    }, 2500);
}

function bindSetting(id: string, key: string, value: string): void {
  const select = document.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.addEventListener('change', () => {
    // The current URL (it also carries the inbox's tab and filter, see below).
    const next = new URLSearchParams(location.search);
    next.set(key, select.value);
    location.search = next.toString();
  });
}
bindSetting('backend', 'backend', backend);
bindSetting('theme', 'theme', theme);
bindSetting('direction', 'dir', direction);
bindSetting('lang', 'lang', lang);
bindSetting('scenario', 'scenario', scenario);

const log = document.getElementById('log')!;
const inbox = document.querySelector('requests-page')!;
/**
 * Logs an event in the page's event log: in a task of its own after the dispatch, not inside it. The
 * dispatch is the user's click (Accept, opening a card): a listener that serialises the request and writes
 * the DOM there delays what the click shows (6 to 13 ms on a slow phone, docs/performance.md). Later, the
 * dispatch is over, so the log can also say whether a host cancelled it.
 */
function logEvent(label: string, event: Event): void {
  const at = new Date();
  setTimeout(() => {
    const item = document.createElement('li');
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const summary = JSON.stringify(detail, (key, value) => (key === 'agenda' ? undefined : value));
    item.textContent = `${at.toLocaleTimeString()} ${label} ${summary.slice(0, 240)}`;
    if (event.cancelable && event.defaultPrevented) item.append(' (cancelled by the host)');
    log.prepend(item);
  });
}
for (const type of EVENT_NAMES) inbox.addEventListener(type, (event) => logEvent(type, event));
document.getElementById('clear-log')!.addEventListener('click', () => log.replaceChildren());

// ---- A routing host: the tab and the list filter live in the URL -----------------------------------
// `?tab=session|message&direction=received|sent|all&status=pending|accepted|rejected|expired|all&sort=soonest`.
// The page takes them as attributes (unknown values fall back to the defaults). A filter the user picks
// is routed: `filter-change` is cancelled, the URL gets a new history entry, and the attributes are set
// from it, so Back and Forward step through the filters and a reload or a shared link shows the same list.
const ROUTE_KEYS = ['tab', 'direction', 'status', 'sort'] as const;
const ROUTE_DEFAULTS = { tab: 'session', direction: 'received', status: 'pending', sort: 'newest' } as const;

/**
 * Sets the page's tab and filter from the URL (defaults where the URL says nothing). The tab first: a tab
 * shown again brings back its own filter, and the URL's must win over it (set together with the tab, a
 * value equal to the previous tab's would not count as a change).
 */
async function showRoute(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const route = (key: (typeof ROUTE_KEYS)[number]) => query.get(key) ?? ROUTE_DEFAULTS[key];
  if (inbox.getAttribute('tab') !== route('tab')) {
    inbox.setAttribute('tab', route('tab'));
    // Before the page's first render no tab has a filter of its own to bring back: no need to wait.
    if (inbox.hasUpdated) await inbox.updateComplete;
  }
  inbox.setAttribute('direction', route('direction'));
  inbox.setAttribute('status', route('status'));
  inbox.setAttribute('sort', route('sort'));
}

/** The URL with the page's tab and filter (the defaults left out, so the plain URL is the queue). */
function routeUrl(state: Record<(typeof ROUTE_KEYS)[number], string>): string {
  const query = new URLSearchParams(location.search);
  for (const key of ROUTE_KEYS) {
    if (state[key] === ROUTE_DEFAULTS[key]) query.delete(key);
    else query.set(key, state[key]);
  }
  const search = query.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

inbox.addEventListener('filter-change', (event) => {
  event.preventDefault();
  const { tab, direction, status, sort } = event.detail;
  history.pushState(null, '', routeUrl({ tab, direction, status, sort }));
  void showRoute();
});
// A tab switch (or a host script setting an attribute) shows the other tab's own filter: the URL follows
// what the page shows, without a history entry of its own. The attributes are reflected.
new MutationObserver(() => {
  const shown = {
    tab: inbox.getAttribute('tab') ?? ROUTE_DEFAULTS.tab,
    direction: inbox.getAttribute('direction') ?? ROUTE_DEFAULTS.direction,
    status: inbox.getAttribute('status') ?? ROUTE_DEFAULTS.status,
    sort: inbox.getAttribute('sort') ?? ROUTE_DEFAULTS.sort,
  };
  const url = routeUrl(shown);
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}).observe(inbox, { attributes: true, attributeFilter: [...ROUTE_KEYS] });
window.addEventListener('popstate', () => void showRoute());
// The route and the adapter are set in the task that defined the elements, before the page's first render:
// its first requests then leave with that render, not a render later, which on a slow phone is hundreds of
// milliseconds sooner (README, "A fast first load"; docs/performance.md). The MSW and MemoryAdapter demos
// wait for their worker or data first.
void showRoute();
void connect();

/**
 * Makes the adapter and gives it to the inbox and the header's badge. Not a top-level `await`: the first
 * load is one file (vite.config.ts), so the chunks loaded here import what they share with it from it, and
 * a module still evaluating (one paused at a top-level `await`) would never let them finish: a deadlock.
 * Awaits only what there is to wait for: with nothing to wait for, this runs to the end in this task.
 */
async function connect(): Promise<void> {
  const db = backend === 'mentored' && !__MENTORED_PROXY__ ? await startWorker() : undefined;
  const memory = backend === 'memory' ? await createMemoryAdapter() : undefined;
  const adapter = memory ?? createAdapter();
  applyScenario({ db, memory });
  inbox.adapter = adapter;
  // The header's badge: the same adapter object, so it shares the inbox's store (one read, one poll) and
  // an accept in the inbox lowers it at once. define.js registers it with the details' chunk. Added to the
  // header only now: a badge without an adapter warns (its adapter came after a wait for the worker).
  const badge = document.createElement('requests-badge');
  badge.hideZero = true;
  badge.adapter = adapter;
  document.querySelector('.inbox-link')!.append(badge);
  for (const type of ['requests-changed', 'request-error'] as const)
    badge.addEventListener(type, (event) => logEvent(`badge ${type}`, event));
}
