/**
 * The reasons come in a chunk of their own, loaded when a session request's reject confirmation first
 * opens: not with the detail, not for a message request. (The build's sizes: `node scripts/size.mjs` lists
 * it as a lazy chunk of define.js.) Its own file: a page that loaded the module once keeps it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { MessageRequestDetail } from '../../src/elements/message-request-detail/message-request-detail.js';
import { $, message, session } from '../detail-helpers.js';
import { given } from '../session-request-detail/support.js';
import { openReject } from './support.js';

/** Whether the browser has fetched the reasons' module (the test server serves each module on its own). */
const loaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('session-request-detail/reject-reasons.'));

describe('reject reasons: loaded lazily', () => {
  it('not with the details, nor for a message request; when a session request is first rejected', async () => {
    const el = await given(session('s1'));
    await waitUntil(() => $(el, '[part~="reject-button"]'));
    const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [message('m1')] });
    const other = await fixture<MessageRequestDetail>(
      html`<message-request-detail .adapter=${adapter} .request=${message('m1')}></message-request-detail>`,
    );
    $<HTMLButtonElement>(other, '[part~="reject-button"]')!.click();
    await waitUntil(() => $(other, 'confirm-dialog')!.shadowRoot!.querySelector('dialog')!.open);
    expect($(other, '[part~="dialog-reasons"]')).to.equal(null);
    expect(loaded()).to.equal(false);

    await openReject(el);
    expect(loaded()).to.equal(true);
  });
});
