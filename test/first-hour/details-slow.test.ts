/**
 * Issue 16, point 9 (first half): an action that takes more than 400 ms says so on its button
 * ("Accepting…", "Rejecting…") and once to screen readers; a quicker one changes nothing (no flicker).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { MessageRequestDetail } from '../../src/elements/message-request-detail/message-request-detail.js';
import { whenSlow } from '../../src/elements/shared/detail-parts.js';
import { $, $$, message, scriptDialog, session } from '../detail-helpers.js';
import { given, memory } from '../session-request-detail/support.js';

/** An adapter whose `method` waits until `open()` is called. */
function gated(adapter: MemoryAdapter, method: 'acceptSessionRequest' | 'rejectMessageRequest') {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const original = adapter[method].bind(adapter) as (...args: unknown[]) => Promise<unknown>;
  (adapter as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    await gate;
    return original(...args);
  };
  return { open };
}

/** Every label the action buttons and the status region show, as they change. */
function watchLabels(el: Element): { labels: string[]; said: string[]; stop: () => void } {
  const labels: string[] = [];
  const said: string[] = [];
  const take = () => {
    for (const b of $$(el, '[part~="actions"] button')) labels.push(b.textContent!.trim());
    said.push($(el, '[role="status"]')!.textContent!.trim());
  };
  const observer = new MutationObserver(take);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { labels, said, stop: () => observer.disconnect() };
}

describe('first hour: a slow action says so after 400 ms (point 9)', () => {
  it('Accept taking longer than 400 ms reads "Accepting…", announced once; the result replaces it', async () => {
    const adapter = memory();
    const { open } = gated(adapter, 'acceptSessionRequest');
    const el = await given(session('s1'), adapter);
    const watch = watchLabels(el);
    const accept = $<HTMLButtonElement>(el, '[part~="accept-button"]')!;
    accept.click();
    await aTimeout(250);
    expect(accept.textContent!.trim(), 'not yet slow').to.equal('Accept');
    expect(accept.disabled).to.equal(true);
    await waitUntil(() => accept.textContent!.trim() === 'Accepting…', 'never said Accepting…', {
      timeout: 1000,
    });
    expect($(el, '[role="status"]')!.textContent).to.equal('Accepting…');
    open();
    await waitUntil(() => el.request!.status === 'accepted');
    await el.updateComplete;
    watch.stop();
    expect($(el, '[role="status"]')!.textContent).to.equal('Slot booked with Asha Rao');
    expect(watch.said.filter((s, i) => s === 'Accepting…' && watch.said[i - 1] !== s)).to.have.length(1);
  });

  it('Reject taking longer reads "Rejecting…"; a failure leaves no "Rejecting…" behind', async () => {
    const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [message('m1')] });
    const { open } = gated(adapter, 'rejectMessageRequest');
    adapter.failNext('rejectMessageRequest', 'server');
    const el = await fixture<MessageRequestDetail>(
      html`<message-request-detail .adapter=${adapter} .request=${message('m1')}></message-request-detail>`,
    );
    scriptDialog(el, { confirmed: true });
    const reject = $<HTMLButtonElement>(el, '[part~="reject-button"]')!;
    reject.click();
    await waitUntil(() => reject.textContent!.trim() === 'Rejecting…', 'never said Rejecting…', {
      timeout: 1000,
    });
    open();
    await waitUntil(() => $(el, '[role="alert"]')!.textContent !== '');
    await el.updateComplete;
    expect(reject.textContent!.trim()).to.equal('Reject');
    expect($(el, '[role="status"]')!.textContent).to.equal('');
  });

  it('an action quicker than 400 ms never changes a label (no flicker)', async () => {
    const el = await given(session('s1'), memory([], 150));
    const watch = watchLabels(el);
    $<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
    await waitUntil(() => el.request!.status === 'accepted');
    await aTimeout(450);
    watch.stop();
    expect(watch.labels.filter((l) => l.endsWith('…'))).to.deep.equal([]);
    expect(watch.said).not.to.include('Accepting…');
  });

  it('whenSlow (for any slow save): calls back only for work still running after 400 ms', async () => {
    const calls: string[] = [];
    whenSlow(aTimeout(100), () => calls.push('quick'));
    whenSlow(aTimeout(600), () => calls.push('slow'));
    whenSlow(Promise.reject(new Error('x')), () => calls.push('failed'));
    await aTimeout(700);
    expect(calls).to.deep.equal(['slow']);
  });
});
