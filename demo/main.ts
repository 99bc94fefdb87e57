/**
 * The demo host: embeds <requests-page> as a mentoring site would.
 * Default backend: MentorEdAdapter talking to the MSW emulation of the MentorEd API in the browser.
 * `?backend=memory` (or the select) switches to the MemoryAdapter. With MENTORED_URL set for `npm start`,
 * the adapter talks to that real server through Vite's proxy instead (see vite.config.ts).
 */
import '../src/define.js';
import { EVENT_NAMES } from '../src/events.js';
import { MentorEdAdapter, MemoryAdapter, type RequestsAdapter } from '../src/adapters/index.js';
import { startMentorEdWorker } from '../src/mocks/browser.js';

declare const __MENTORED_PROXY__: boolean;

const params = new URLSearchParams(location.search);
const backend = params.get('backend') === 'memory' ? 'memory' : 'mentored';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const direction = params.get('dir') === 'rtl' ? 'rtl' : 'ltr';

document.documentElement.classList.toggle('dark', theme === 'dark');
document.documentElement.dir = direction;

const BASE_URL = `${location.origin}/mentoring/v1`;

async function createAdapter(): Promise<RequestsAdapter> {
  if (backend === 'memory')
    return new MemoryAdapter({ seed: 7, sessionRequests: 45, messageRequests: 12, latencyMs: 300 });
  if (!__MENTORED_PROXY__) {
    await startMentorEdWorker({
      baseUrl: BASE_URL,
      seed: 7,
      sessionRequests: 45,
      messageRequests: 12,
      latencyMs: 300,
    });
  }
  // Behind the proxy the token is added server-side; the emulation accepts any token.
  return new MentorEdAdapter({
    baseUrl: BASE_URL,
    token: 'demo-token',
    language: () => document.documentElement.lang,
  });
}

function bindSetting(id: string, key: string, value: string): void {
  const select = document.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.addEventListener('change', () => {
    params.set(key, select.value);
    location.search = params.toString();
  });
}
bindSetting('backend', 'backend', backend);
bindSetting('theme', 'theme', theme);
bindSetting('direction', 'dir', direction);

const log = document.getElementById('log')!;
const inbox = document.querySelector('requests-page')!;
for (const type of EVENT_NAMES) {
  inbox.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const summary = JSON.stringify(detail, (key, value) => (key === 'agenda' ? undefined : value));
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${summary.slice(0, 240)}`;
    log.prepend(item);
  });
}
document.getElementById('clear-log')!.addEventListener('click', () => log.replaceChildren());

inbox.adapter = await createAdapter();
