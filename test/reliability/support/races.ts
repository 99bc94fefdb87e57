/**
 * The helpers of the races (issue 5, item 4: races.test.ts and races-stale.test.ts): a page on the MSW
 * emulation with a spied (and optionally delayed) adapter, and what to read from it.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type {
  MentorEdAdapter,
  MentorEdAdapterOptions,
} from '../../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../../../src/mocks/index.js';
import { size, sleep } from './env.js';
import {
  adapter as mentoredAdapter,
  cardIds,
  cards,
  inDetail,
  openCard,
  serve,
  settle,
  spy,
  type SpiedCall,
} from './mentored.js';

export type Kind = 'session' | 'message';
export const KINDS: Kind[] = ['session', 'message'];
export const REPEAT = size(1, 10);
export const CLICKS = 10;
export const MEET = 'https://meet.google.com/abc-defg-hij';

/** An adapter whose chosen calls answer `delay(n)` ms after the server answered (the n-th call, from 0). */
export function delayed(
  target: MentorEdAdapter,
  delays: Partial<Record<keyof MentorEdAdapter, (n: number) => number>>,
): MentorEdAdapter {
  const counts = new Map<string, number>();
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      const delay = delays[key as keyof MentorEdAdapter];
      if (typeof value !== 'function' || !delay) return value;
      return async (...args: unknown[]) => {
        const n = counts.get(String(key)) ?? 0;
        counts.set(String(key), n + 1);
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        await sleep(delay(n));
        return result;
      };
    },
  });
}

export interface Page {
  db: MentorEdDb;
  el: RequestsPage;
  calls: SpiedCall[];
}

/** `options`: the adapter's own (e.g. its clock, `now`). */
export async function page(
  kind: Kind,
  wrap: (a: MentorEdAdapter) => MentorEdAdapter = (a) => a,
  db?: MentorEdDb,
  options: Partial<MentorEdAdapterOptions> = {},
): Promise<Page> {
  db ??= serve({ seed: 9, sessionRequests: 24, messageRequests: 20 });
  const { adapter, calls } = spy(wrap(mentoredAdapter(options)));
  const box = await fixture<HTMLDivElement>(
    html`<div style="block-size:300px;overflow:auto">
      <requests-page .adapter=${adapter} tab=${kind} page-size="5"></requests-page>
    </div>`,
  );
  const el = box.querySelector('requests-page')!;
  await waitUntil(() => cards(el).length > 0, 'the list did not load');
  await settle(el);
  return { db, el, calls };
}

export const pendingIds = (db: MentorEdDb, kind: Kind) =>
  kind === 'session' ? db.pendingReceivedSessionIds() : db.pendingReceivedMessageIds();
export const actionable = (el: RequestsPage) =>
  cards(el)
    .filter((c) => c.querySelector('button.open.primary'))
    .map((c) => c.dataset.id!);
/** Two pending requests that are not in the loaded list, so that a deep link loads them by id. */
export function notLoaded(p: Page, kind: Kind): [string, string] {
  const ids = pendingIds(p.db, kind).filter((id) => !cardIds(p.el).includes(id));
  if (ids.length < 2) throw new Error('not enough requests beyond the first page');
  return [ids[0]!, ids[1]!];
}
export const count = (calls: SpiedCall[], method: string) => calls.filter((c) => c.method === method).length;
export const serverCalls = (db: MentorEdDb, endpoint: string) =>
  db.calls.filter((c) => c.endpoint === endpoint).length;

export async function openFirstActionable(p: Page): Promise<string> {
  const id = actionable(p.el)[0]!;
  openCard(p.el, id);
  await waitUntil(() => inDetail(p.el, '[part~="accept-button"]'), 'no Accept');
  return id;
}
