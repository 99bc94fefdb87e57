/**
 * Shared setup of issue 16's first-hour tests: a page of given requests, or a session request's details, in
 * a language, a direction and at a width.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { MessageRequest, SessionRequest } from '../../src/model/request.js';
import { HOUR, TZ, message as detailMessage, session as detailSession } from '../detail-helpers.js';

/** A fixed future slot: 7:00 to 8:00 UTC, years ahead (never expired). */
export const START = new Date(Date.UTC(2037, 11, 16, 7));
const CREATED = new Date(Date.UTC(2037, 10, 20));

/** The details' request (test/detail-helpers.ts) with this suite's slot, title and person. */
export function session(id: string, overrides: Partial<SessionRequest> = {}): SessionRequest {
  return detailSession(id, {
    title: 'Lesson planning',
    start: START,
    end: new Date(START.getTime() + HOUR),
    createdAt: CREATED,
    person: { id: `p-${id}`, name: 'Lena Menon', designations: ['Principal'], experienceYears: 11 },
    ...overrides,
  });
}

export function message(id: string, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return detailMessage(id, {
    message: 'Hello, I would like to connect with you about lesson planning.',
    createdAt: CREATED,
    person: { id: `p-${id}`, name: 'Omar Müller', designations: [] },
    ...overrides,
  });
}

export interface PageOptions {
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The viewport's width (CSS px); the page fills it. */
  width?: number;
  tab?: 'session' | 'message';
  messages?: MessageRequest[];
  /** The list's filter (default: the queue, received and pending). */
  direction?: 'received' | 'sent' | 'all';
  status?: 'pending' | 'accepted' | 'rejected' | 'expired' | 'all';
}

/** A `<requests-page>` showing `sessions` (and `messages`) in a wrapper with `lang` / `dir`; waits for the cards. */
export async function pageWith(
  sessions: SessionRequest[],
  options: PageOptions = {},
): Promise<{ wrapper: HTMLElement; page: RequestsPage }> {
  await setViewport({ width: options.width ?? 800, height: 800 });
  const adapter = new MemoryAdapter({
    sessionRequests: sessions,
    messageRequests: options.messages ?? [],
    latencyMs: 0,
  });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'} style="margin: 0; padding: 0">
      <requests-page
        .adapter=${adapter}
        tab=${options.tab ?? 'session'}
        direction=${options.direction ?? 'received'}
        status=${options.status ?? 'pending'}
        time-zone="UTC"
      ></requests-page>
    </div>`,
  );
  const page = wrapper.querySelector('requests-page') as RequestsPage;
  const count = options.tab === 'message' ? (options.messages ?? []).length : sessions.length;
  await waitUntil(() => cards(page).length === count, 'the cards show');
  return { wrapper, page };
}

export interface DetailOptions {
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The wrapper's inline size (CSS px). */
  width?: number;
}

/** A `<session-request-detail>` given `request` (its adapter holds it), in a wrapper with `lang` / `dir` / width. */
export async function detailIn(
  request: SessionRequest,
  options: DetailOptions = {},
): Promise<SessionRequestDetail> {
  const adapter = new MemoryAdapter({ sessionRequests: [request], messageRequests: [] });
  const wrap = await fixture(
    html`<div
      lang=${options.lang ?? 'en'}
      dir=${options.dir ?? 'ltr'}
      style="inline-size: ${options.width ?? 600}px"
    >
      <session-request-detail
        .adapter=${adapter}
        .request=${request}
        time-zone=${TZ}
      ></session-request-detail>
    </div>`,
  );
  const el = wrap.querySelector('session-request-detail') as SessionRequestDetail;
  await el.updateComplete;
  return el;
}

export const cards = (page: RequestsPage): HTMLElement[] =>
  Array.from(page.shadowRoot!.querySelectorAll<HTMLElement>('.list .card:not(.skeleton)'));

/** The boxes of the first occurrence of `needle` in the text under `root` (one per line it spans). */
export function textRects(root: Element, needle: string): DOMRect[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
  }
  throw new Error(`"${needle}" is not in ${root.outerHTML.slice(0, 200)}`);
}

/** One box around `needle` (which must sit on one line). */
export function textBox(root: Element, needle: string): DOMRect {
  const rects = textRects(root, needle);
  if (rects.length === 0) throw new Error(`"${needle}" has no box`);
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

export const resetViewport = () => setViewport({ width: 800, height: 600 });
