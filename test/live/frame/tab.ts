/**
 * One "tab" of test/live/tabs.test.ts: a same-origin frame with its own copy of the library (its own module
 * realm, so its own InboxStore), a <requests-page> on an adapter that forwards every call to the one
 * server the test page holds (`parent.liveServers[server]`) and logs it under this tab's name. Each tab's store
 * meets the others only as real tabs do: over BroadcastChannel and Web Locks.
 */
import '../../support/define-all.js';
import type { RequestsAdapter } from '../../../src/adapters/types.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';
import { InboxStore } from '../../../src/store/inbox-store.js';
import { acceptRequest } from '../../../src/store/store-actions.js';
import { ADAPTER_CALLS } from '../adapter-calls.js';

interface LiveServer {
  call(tab: string, method: string, args: unknown[]): Promise<unknown>;
}

const params = new URL(location.href).searchParams;
const name = params.get('name') ?? 'tab';
const servers = (parent as unknown as { liveServers: Record<string, LiveServer> }).liveServers;
const server = servers[params.get('server') ?? 'main']!;

// Answers are cloned into this frame's realm (a Date of the parent's is no Date here). Signals stay here:
// the parent's adapter gets none.
const adapter = Object.fromEntries(
  ADAPTER_CALLS.map((method) => [
    method,
    async (...args: unknown[]) => {
      const plain = args.filter((arg) => !(arg && typeof arg === 'object' && 'signal' in arg));
      return structuredClone(await server.call(name, method, plain));
    },
  ]),
) as unknown as RequestsAdapter;
Object.assign(adapter, { identity: params.get('identity') ?? undefined });

const page = document.createElement('requests-page') as RequestsPage;
page.pollInterval = Number(params.get('poll') ?? 60_000);
page.adapter = adapter;
document.body.append(page);

Object.assign(window, {
  tab: {
    page,
    store: InboxStore.for(adapter),
    accept: (id: string) => acceptRequest(InboxStore.for(adapter), 'session', id),
  },
});
