/**
 * Issue 5, item 9: the token. Through <requests-page> and the detail elements, with the MentorEdAdapter
 * and the MSW emulation, every action and every fault is exercised — including servers that echo the
 * token back in an error message, a field error and a success message — with a unique token (given as a
 * string and as a function, both with the default `Bearer` prefix, and bare against a deployment that takes
 * the bare token). Asserted:
 *   - it reaches the server only in the `x-auth-token` header (positive control);
 *   - never in a URL (the emulation's call log and the browser's resource timing entries);
 *   - never logged (every console method is recorded);
 *   - never in an event detail (every event of src/events.ts, searched deeply: errors, causes, stacks);
 *   - never on screen or in web storage.
 * Normal: each flow once. Stress: 20 rounds with fresh tokens.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  MentorEdAdapter,
  type MentorEdAdapterOptions,
} from '../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { EVENT_NAMES } from '../../src/events.js';
import { captureConsole, figure, size, watchUncaught } from './support/env.js';
import {
  BASE_URL,
  back,
  cards,
  confirmReject,
  deepText,
  inDetail,
  openCard,
  root,
  selectTab,
  serve,
  settle,
  startWorker,
  stopWorker,
  typeInto,
} from './support/mentored.js';

/** Every string reachable from `value` (own and inherited-from-Error properties, causes, stacks). */
function strings(value: unknown, seen = new Set<unknown>(), out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    out.push(String(value));
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    if (value instanceof Node) {
      out.push((value as Element).outerHTML ?? value.textContent ?? '');
      return out;
    }
    if (value instanceof Error) strings([value.name, value.message, value.stack, value.cause], seen, out);
    for (const key of Reflect.ownKeys(value)) {
      try {
        strings((value as Record<PropertyKey, unknown>)[key], seen, out);
      } catch {
        // a getter that throws holds nothing
      }
    }
  }
  return out;
}

interface Round {
  token: string;
  leaks: string[];
}

async function round(mode: 'string' | 'function' | 'bare'): Promise<Round> {
  const token = `tok-${mode}-${crypto.randomUUID()}`;
  const leaks: string[] = [];
  const check = (where: string, texts: string[]) => {
    for (const t of texts) if (t.includes(token)) leaks.push(`${where}: ${t.slice(0, 160)}`);
  };
  const db: MentorEdDb = serve(
    { seed: 12, sessionRequests: 14, messageRequests: 8 },
    { bearer: mode !== 'bare' },
  );
  const options: Partial<MentorEdAdapterOptions> =
    mode === 'function'
      ? { token: async () => token }
      : mode === 'bare'
        ? { token, bearer: false }
        : { token };
  const adapter = new MentorEdAdapter({
    baseUrl: BASE_URL,
    timeZone: 'UTC',
    language: 'en',
    timeoutMs: 2000,
    ...options,
  } as MentorEdAdapterOptions);
  const consoleLog = captureConsole(['warn']);
  const uncaught = watchUncaught();
  const details: unknown[] = [];
  const onEvent = (e: Event) => details.push((e as CustomEvent).detail);
  EVENT_NAMES.forEach((type) => document.addEventListener(type, onEvent, true));
  performance.clearResourceTimings();
  const el = document.createElement('requests-page') as RequestsPage;
  try {
    el.adapter = adapter;
    el.pageSize = 5;
    document.body.append(el);
    await waitUntil(() => cards(el).length > 0, 'list');
    await settle(el);
    const actionable = () =>
      cards(el)
        .filter((c) => c.querySelector('button.open.primary'))
        .map((c) => c.dataset.id!);

    // Accept, then a meeting link with a server that echoes the token in its field error, then saved.
    openCard(el, actionable()[0]!);
    await waitUntil(() => inDetail(el, '[part~="accept-button"]'));
    // The server echoes the token on success too.
    db.failNext('requestSessions/accept', {
      status: 400,
      message: `Token ${token} may not accept`,
      error: [],
    });
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await waitUntil(() => inDetail(el, '.error')?.textContent?.trim(), 'no error shown');
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await waitUntil(() => inDetail(el, '.link-section .button'), 'not accepted');
    inDetail<HTMLButtonElement>(el, '.link-section .button')!.click();
    await waitUntil(() => inDetail(el, '#link-url'));
    typeInto(inDetail<HTMLInputElement>(el, '#link-url')!, 'https://meet.google.com/abc-defg-hij');
    db.failNext('sessions/update', {
      status: 422,
      message: 'Validation failed',
      error: [{ location: 'header', param: 'meeting_info.link', msg: `Invalid for ${token}`, value: token }],
    });
    await el.updateComplete;
    inDetail<HTMLFormElement>(el, 'form.link-form')!.requestSubmit();
    await waitUntil(() => inDetail(el, '#link-url-error')?.textContent?.trim(), 'no field error');
    inDetail<HTMLFormElement>(el, 'form.link-form')!.requestSubmit();
    await waitUntil(() => inDetail(el, 'a.join'), 'link not saved');
    back(el);
    await settle(el);

    // Reject with a reason; a 401 whose message quotes the token; a network failure; a 500.
    openCard(el, actionable()[0]!);
    await waitUntil(() => inDetail(el, '[part~="reject-button"]'));
    db.failNext('requestSessions/reject', { status: 401, message: `The token ${token} has expired` });
    await confirmReject(el, 'Not this week');
    await waitUntil(() => inDetail(el, '.error')?.textContent?.trim(), 'no 401 shown');
    db.failNext('requestSessions/reject', 'network');
    await confirmReject(el, 'Not this week');
    await waitUntil(
      () => /reach the server/.test(inDetail(el, '.error')?.textContent ?? ''),
      'no network error',
    );
    await confirmReject(el, 'Not this week');
    await waitUntil(() => !inDetail(el, '[part~="reject-button"]'), 'not rejected');
    back(el);
    await settle(el);
    db.failNext('connections/pending', { status: 500, message: `Oops ${token}` });
    await selectTab(el, 'message');
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.error .retry')?.click();
    await waitUntil(() => cards(el).length > 0, 'messages');
    await settle(el);
    openCard(el, actionable()[0]!);
    await waitUntil(() => inDetail(el, '[part~="accept-button"]'));
    inDetail<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await waitUntil(() => inDetail(el, '.chat-button'), 'message not accepted');
    inDetail<HTMLButtonElement>(el, '.person .name')!.click();
    back(el);
    await settle(el);

    // Positive control: the token did reach the server, in the header only.
    const header = mode === 'bare' ? token : `Bearer ${token}`;
    expect(db.calls.length).to.be.greaterThan(10);
    const without = db.calls
      .filter((c) => c.headers['x-auth-token'] !== header)
      .map((c) => `${c.endpoint} ${JSON.stringify(c.headers).replace(token, '<token>')}`);
    expect(without, 'x-auth-token on every call').to.deep.equal([]);
    check(
      'URL',
      db.calls.map((c) => c.url),
    );
    check(
      'resource timing',
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    check(
      'body',
      db.calls.map((c) => JSON.stringify(c.body ?? null)),
    );
    check(
      'other header',
      db.calls.flatMap((c) =>
        Object.entries(c.headers)
          .filter(([k]) => k !== 'x-auth-token')
          .map(([k, v]) => `${k}: ${v}`),
      ),
    );
    check(
      'console',
      consoleLog.entries.flatMap((e) => strings(e.args)),
    );
    check('event detail', strings(details));
    check('screen', [deepText(el), el.shadowRoot!.innerHTML]);
    check('storage', [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
    ]);
    check('uncaught', strings(uncaught.errors));
    expect(details.length, 'events were recorded').to.be.greaterThan(10);
    return { token, leaks };
  } finally {
    // Gone before the next round's server starts: nothing of this round may reach it.
    if (el.isConnected) await settle(el).catch(() => undefined);
    el.remove();
    EVENT_NAMES.forEach((type) => document.removeEventListener(type, onEvent, true));
    uncaught.stop();
    consoleLog.restore();
  }
}

describe('reliability 9: the token', function () {
  this.timeout(size(60_000, 900_000));
  before(startWorker);
  after(stopWorker);

  it('is never in a URL, a log line, an event detail, the screen or storage', async () => {
    const rounds = size(1, 20);
    let checked = 0;
    const leaks: string[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const mode of ['string', 'function', 'bare'] as const) {
        const result = await round(mode);
        leaks.push(...result.leaks);
        checked++;
      }
    }
    figure('9 token', 'rounds (string, function, Bearer token)', checked);
    figure('9 token', 'leaks found (URL, console, event detail, screen, storage)', leaks.length);
    expect(leaks).to.deep.equal([]);
  });
});
