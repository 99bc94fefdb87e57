/**
 * The demo host: embeds <requests-page> as a mentoring site would, with a <requests-badge> in its header.
 * Default backend: MentorEdAdapter talking to the MSW emulation of the MentorEd API in the browser.
 * `?backend=memory` (or the select) switches to the MemoryAdapter. With MENTORED_URL set for `npm start`,
 * the adapter talks to that real server through Vite's proxy instead (see vite.config.ts).
 */
import '../src/define.js';
import { EVENT_NAMES } from '../src/events.js';
import { MentorEdAdapter, MemoryAdapter, type RequestsAdapter } from '../src/adapters/index.js';

declare const __MENTORED_PROXY__: boolean;

const params = new URLSearchParams(location.search);
const backend = params.get('backend') === 'memory' ? 'memory' : 'mentored';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const direction = params.get('dir') === 'rtl' ? 'rtl' : 'ltr';

document.documentElement.classList.toggle('dark', theme === 'dark');
document.documentElement.dir = direction;

const BASE_URL = `${location.origin}/mentoring/v1`;

/**
 * The MSW emulation's worker, loaded only when used: behind the proxy (a real server, or the bench's
 * emulation server) the demo ships no MSW, as a host's build would not.
 */
async function startWorker(): Promise<void> {
  const { startMentorEdWorker } = await import('../src/mocks/browser.js');
  await startMentorEdWorker({
    baseUrl: BASE_URL,
    seed: 7,
    sessionRequests: 45,
    messageRequests: 12,
    latencyMs: 300,
  });
}

function createAdapter(): RequestsAdapter {
  if (backend === 'memory')
    return new MemoryAdapter({ seed: 7, sessionRequests: 45, messageRequests: 12, latencyMs: 300 });
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

const log = document.getElementById('log')!;
const inbox = document.querySelector('requests-page')!;
function logEvent(label: string, event: Event): void {
  const item = document.createElement('li');
  const detail = (event as CustomEvent).detail as Record<string, unknown>;
  const summary = JSON.stringify(detail, (key, value) => (key === 'agenda' ? undefined : value));
  item.textContent = `${new Date().toLocaleTimeString()} ${label} ${summary.slice(0, 240)}`;
  log.prepend(item);
  // Listeners added later (the routing below) may cancel it: say so once the dispatch is over.
  if (event.cancelable)
    queueMicrotask(() => {
      if (event.defaultPrevented) item.append(' (cancelled by the host)');
    });
}
for (const type of EVENT_NAMES) inbox.addEventListener(type, (event) => logEvent(type, event));
document.getElementById('clear-log')!.addEventListener('click', () => log.replaceChildren());

// ---- A routing host: the tab and the list filter live in the URL -----------------------------------
// `?tab=session|message&direction=received|sent|all&status=pending|accepted|rejected|expired|all`.
// The page takes them as attributes (unknown values fall back to the defaults). A filter the user picks
// is routed: `filter-change` is cancelled, the URL gets a new history entry, and the attributes are set
// from it, so Back and Forward step through the filters and a reload or a shared link shows the same list.
const ROUTE_KEYS = ['tab', 'direction', 'status'] as const;
const ROUTE_DEFAULTS = { tab: 'session', direction: 'received', status: 'pending' } as const;

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
  const { tab, direction, status } = event.detail;
  history.pushState(null, '', routeUrl({ tab, direction, status }));
  void showRoute();
});
// A tab switch (or a host script setting an attribute) shows the other tab's own filter: the URL follows
// what the page shows, without a history entry of its own. The attributes are reflected.
new MutationObserver(() => {
  const shown = {
    tab: inbox.getAttribute('tab') ?? ROUTE_DEFAULTS.tab,
    direction: inbox.getAttribute('direction') ?? ROUTE_DEFAULTS.direction,
    status: inbox.getAttribute('status') ?? ROUTE_DEFAULTS.status,
  };
  const url = routeUrl(shown);
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}).observe(inbox, { attributes: true, attributeFilter: [...ROUTE_KEYS] });
window.addEventListener('popstate', () => void showRoute());
// The route and the adapter are set in the task that defined the elements, before the page's first render
// (a microtask later): its first requests then leave before that render, not after it, which on a slow
// phone is hundreds of milliseconds sooner (README, "Performance"; docs/performance.md). The MSW demo
// waits for its worker first.
void showRoute();
// Awaited only when there is something to wait for: an `await` of nothing would still yield to the
// page's first render.
if (backend === 'mentored' && !__MENTORED_PROXY__) await startWorker();
const adapter = createAdapter();
inbox.adapter = adapter;
// The header's badge: the same adapter object, so it shares the inbox's store (one read, one poll) and an
// accept in the inbox lowers it at once. define.js registers it with the details' chunk.
const badge = document.querySelector('requests-badge')!;
badge.adapter = adapter;
for (const type of ['requests-changed', 'request-error'] as const)
  badge.addEventListener(type, (event) => logEvent(`badge ${type}`, event));
