/**
 * Shared setup of the <session-request-detail> tests (not a test file itself): an adapter holding the
 * request, the element loading it by id or given it, and the adapter calls of one method.
 */
import { fixture, html } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { AdapterCapabilities } from '../../src/adapters/types.js';
import type { SessionRequest } from '../../src/model/request.js';
import { TZ, session } from '../detail-helpers.js';

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

export const calls = (a: MemoryAdapter, method: string) => a.calls.filter((c) => c.method === method);

/** Gives `adapter` the optional `capabilities` (as an adapter that declares them would). */
export function withCapabilities<A extends object>(adapter: A, capabilities: AdapterCapabilities): A {
  Object.defineProperty(adapter, 'capabilities', { value: capabilities, configurable: true });
  return adapter;
}
