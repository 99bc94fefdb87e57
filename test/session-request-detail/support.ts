/**
 * Shared setup of the <session-request-detail> tests (not a test file itself): an adapter holding the
 * request, the element loading it by id or given it, and the adapter calls of one method.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { AdapterCapabilities } from '../../src/adapters/types.js';
import type { MeetingLink, SessionRequest } from '../../src/model/request.js';
import { $, TZ, button, session } from '../detail-helpers.js';

export const SLOT = 'Asha Rao is requesting a slot at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037';

export function memory(extra: SessionRequest[] = [], latencyMs = 0): MemoryAdapter {
  return new MemoryAdapter({ sessionRequests: [session('s1'), ...extra], messageRequests: [], latencyMs });
}

export async function byId(adapter: MemoryAdapter, id = 's1'): Promise<SessionRequestDetail> {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id=${id}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
  return el;
}

export async function given(request: SessionRequest, adapter = memory()): Promise<SessionRequestDetail> {
  return fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      .request=${request}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
}

const accepted = () => session('s1', { status: 'accepted', sessionId: 'session-s1' });

/** An accepted request (held by `adapter`) with its meeting link form opened by "Add link". */
export async function openForm(adapter = memory()): Promise<SessionRequestDetail> {
  adapter.add(accepted());
  const el = await given(accepted(), adapter);
  button(el, 'Add link')!.click();
  await waitUntil(() => $(el, 'form'));
  return el;
}

/** A saved Zoom link of meeting `meetingId` (passcode "pw"). */
export const zoomLink = (meetingId: string): MeetingLink => ({
  platform: 'zoom',
  url: `https://zoom.us/j/${meetingId}`,
  meetingId,
  passcode: 'pw',
});

/** An accepted request that has `link`, with its form opened by "Edit link". */
export async function editForm(link: MeetingLink): Promise<SessionRequestDetail> {
  const el = await given(session('s1', { status: 'accepted', sessionId: 'x', meetingLink: link }));
  button(el, 'Edit link')!.click();
  await waitUntil(() => $(el, 'form'));
  return el;
}

export const calls = (a: MemoryAdapter, method: string) => a.calls.filter((c) => c.method === method);

/**
 * The adapter calls but the schedule-conflict check's read of the booked sessions, which a pending
 * received request makes on its own (`listBookedSlots`: conflicts.test.ts counts it).
 */
export const callsButBooked = (a: MemoryAdapter) => a.calls.filter((c) => c.method !== 'listBookedSlots');

/** Gives `adapter` the optional `capabilities` (as an adapter that declares them would). */
export function withCapabilities<A extends object>(adapter: A, capabilities: AdapterCapabilities): A {
  Object.defineProperty(adapter, 'capabilities', { value: capabilities, configurable: true });
  return adapter;
}
