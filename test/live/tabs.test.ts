/**
 * Tabs (issue 14): same-origin frames stand for tabs, each with its own copy of the library and a
 * <requests-page> (test/live/frame/tab.ts); every call reaches one server here and is logged per tab. The
 * assertions count requests and who made them, not wall time:
 * - 5 tabs of one identity: one tab polls for all (at most one poll per interval in total);
 * - an accept in one tab shows in another within 1 s, with 0 requests from that other tab;
 * - the leader's tab closing hands the poll over to another;
 * - another identity (another user on the same browser) shares nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { InboxStore } from '../../src/store/inbox-store.js';
import type { ActionResult, AnyRequest } from '../../src/model/request.js';
import { memory } from '../requests-page-fixtures.js';
import { figure } from '../reliability/support/env.js';

interface Tab {
  name: string;
  frame: HTMLIFrameElement;
  page: RequestsPage;
  store: InboxStore;
  accept(id: string): Promise<ActionResult<AnyRequest>>;
}

const POLL = 400;
const log: { tab: string; method: string; server: string }[] = [];
const servers: Record<string, ReturnType<typeof memory>> = {};

function serve(name: string): ReturnType<typeof memory> {
  const data = memory({ sessions: 6 });
  servers[name] = data;
  const call = (tab: string, method: string, args: unknown[]) => {
    log.push({ tab, method, server: name });
    return (data as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
  };
  const w = window as unknown as { liveServers?: Record<string, unknown> };
  w.liveServers = { ...w.liveServers, [name]: { call } };
  return data;
}

async function openTab(name: string, identity: string, server = 'main'): Promise<Tab> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({ name, identity, server, poll: String(POLL) });
  frame.src = `/test/live/frame/tab.html?${query}`;
  frame.title = name;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as unknown as { tab?: Tab })?.tab, `${name} did not start`, {
    timeout: 8000,
  });
  const tab = (frame.contentWindow as unknown as { tab: Omit<Tab, 'name' | 'frame'> }).tab;
  await waitUntil(
    () => tab.page.shadowRoot?.querySelector('.list .card:not(.skeleton)') && tab.store.counts.value,
    `${name} did not load`,
    { timeout: 8000 },
  );
  return { name, frame, ...tab };
}

const polls = (from = 0) => log.slice(from).filter((entry) => entry.method === 'countPending');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live across tabs (same-origin frames, BroadcastChannel and Web Locks)', function () {
  this.timeout(60_000);
  const tabs: Tab[] = [];

  before(async () => {
    serve('main');
    for (let i = 0; i < 5; i++) tabs.push(await openTab(`tab${i}`, 'https://mentored.test|mentor-1'));
  });

  after(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('5 tabs of one identity: one tab polls for all, at most once per interval', async () => {
    const from = log.length;
    const started = performance.now();
    await sleep(POLL * 8);
    const intervals = (performance.now() - started) / POLL;
    const seen = polls(from);
    figure('live: 5 tabs', `polls in ${intervals.toFixed(1)} intervals (all tabs)`, seen.length);
    figure('live: 5 tabs', 'other requests while nothing changed', log.length - from - seen.length);
    expect(seen.length, 'polls').to.be.at.most(Math.ceil(intervals) + 1);
    expect(seen.length, 'polls').to.be.at.least(3);
    expect(new Set(seen.map((entry) => entry.tab)).size, 'tabs that polled').to.equal(1);
  });

  it('an accept in one tab shows in another within 1 s, with no request from the other tab', async () => {
    const [a, b] = [tabs[1]!, tabs[2]!];
    const countBefore = b.store.counts.value!.session;
    await a.accept('s0');
    const from = log.length;
    await waitUntil(() => b.store.get('session', 's0')?.status === 'accepted', 'tab 2 did not get it', {
      timeout: 1000,
    });
    await waitUntil(
      () => !b.page.shadowRoot!.querySelector('.card[data-id="s0"]'),
      'the card is still in tab 2',
      { timeout: 1000 },
    );
    expect(b.store.counts.value!.session).to.equal(countBefore - 1);
    figure(
      'live: 5 tabs',
      'requests from tab 2 to show tab 1’s accept',
      log.slice(from).filter((e) => e.tab === b.name).length,
    );
    expect(
      log.slice(from).filter((entry) => entry.tab === b.name && entry.method !== 'countPending'),
    ).to.deep.equal([]);
    expect(
      log.slice(from).filter((entry) => entry.tab === b.name && entry.method === 'countPending').length,
    ).to.be.at.most(polls(from).length);
  });

  it('when the polling tab closes, another takes over within one interval', async () => {
    let from = log.length;
    await waitUntil(() => polls(from).length > 0, 'nobody polls', { timeout: POLL * 4 });
    const leader = polls(from)[0]!.tab;
    const closing = tabs.findIndex((tab) => tab.name === leader);
    tabs[closing]!.frame.remove();
    tabs.splice(closing, 1);
    from = log.length;
    await waitUntil(() => polls(from).length > 0, 'no tab took over', { timeout: POLL * 3 });
    expect(polls(from)[0]!.tab).to.not.equal(leader);
  });

  it('another identity shares nothing: its own poll, and no record from the others', async () => {
    const other = serve('other');
    const stranger = await openTab('stranger', 'https://mentored.test|mentor-2', 'other');
    await tabs[0]!.accept('s2');
    await sleep(300);
    expect(stranger.store.get('session', 's2')?.status).to.equal('requested');
    expect(other.snapshot().sessionRequests.find((r) => r.id === 's2')?.status).to.equal('requested');
    const from = log.length;
    await sleep(POLL * 3);
    const strangerPolls = polls(from).filter((entry) => entry.tab === 'stranger');
    const mainPolls = polls(from).filter((entry) => entry.server === 'main');
    expect(strangerPolls.length, 'the stranger polls itself').to.be.at.least(1);
    expect(new Set(mainPolls.map((entry) => entry.tab)).size).to.equal(1);
    stranger.frame.remove();
  });
});
