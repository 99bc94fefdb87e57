import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/define-all.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { MessageRequestDetail } from '../src/elements/message-request-detail/message-request-detail.js';
import type { MessageRequest } from '../src/model/request.js';
import {
  $,
  button,
  flags,
  goOffline,
  loaded,
  message,
  record,
  scriptDialog,
  text,
} from './detail-helpers.js';

function memory(extra: MessageRequest[] = [], latencyMs = 0): MemoryAdapter {
  return new MemoryAdapter({ sessionRequests: [], messageRequests: [message('m1'), ...extra], latencyMs });
}

async function byId(adapter: MemoryAdapter, id = 'm1'): Promise<MessageRequestDetail> {
  return fixture<MessageRequestDetail>(
    html`<message-request-detail .adapter=${adapter} request-id=${id}></message-request-detail>`,
  );
}

async function given(request: MessageRequest, adapter = memory()): Promise<MessageRequestDetail> {
  return fixture<MessageRequestDetail>(
    html`<message-request-detail .adapter=${adapter} .request=${request}></message-request-detail>`,
  );
}

const calls = (a: MemoryAdapter, method: string) => a.calls.filter((c) => c.method === method);

describe('<message-request-detail>', () => {
  describe('states', () => {
    it('shows a skeleton, then the person, the first message as a bubble with its time, and the info text', async () => {
      const adapter = memory([], 30);
      const el = await byId(adapter);
      expect($(el, '.skeleton')).to.not.equal(null);
      expect($(el, '#heading')!.textContent).to.equal('Message request');
      await loaded(el);
      expect(adapter.calls).to.deep.equal([{ method: 'getMessageRequest', args: ['m1'] }]);
      expect($(el, '[part~="name"]')!.textContent!.trim()).to.equal('Omar Khan');
      expect(text(el)).to.contain('Principal').and.contain('12 years of experience');
      const bubble = $(el, '[part="bubble"]')!;
      expect(bubble.querySelector('blockquote')!.textContent).to.equal(
        'Hi, I would like to connect with you.',
      );
      const time = bubble.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2037-11-20T08:00:00.000Z');
      expect(time.textContent).to.match(/^Sent .*2037/);
      expect(text(el)).to.contain('Omar Khan has sent you a message.');
      expect(text(el)).to.contain('If you accept, Omar Khan will also be added to your connections.');
      expect(button(el, 'Accept')).to.be.instanceOf(HTMLButtonElement);
      expect(button(el, 'Reject')).to.be.instanceOf(HTMLButtonElement);
      await expect(el).to.be.accessible();
    });

    it('shows a given request without fetching it', async () => {
      const adapter = memory();
      const el = await given(message('m1'), adapter);
      await aTimeout(10);
      expect(adapter.calls).to.deep.equal([]);
      expect(text(el)).to.contain('Omar Khan has sent you a message.');
    });

    it('a sent request waits for the other person and has no actions', async () => {
      const el = await given(message('m2', { direction: 'sent' }));
      expect(text(el)).to.contain('Waiting for Omar Khan to respond.');
      expect($(el, '[part="actions"]')).to.equal(null);
      expect($(el, '[part="bubble"]')!.classList.contains('sent')).to.equal(true);
    });

    it('shows a load error with Retry (accessible), and a missing request as not found', async () => {
      const adapter = memory();
      adapter.failNext('getMessageRequest', 'network');
      const got = oneEvent(document, 'request-error');
      const el = await byId(adapter);
      const error = await got;
      expect(error.detail).to.include({ kind: 'message', action: 'open' });
      await waitUntil(() => button(el, 'Retry'));
      expect(text(el)).to.contain('Could not reach the server.');
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await loaded(el);
      const missing = await byId(memory(), 'nobody');
      await waitUntil(() => text(missing).includes('could not be found'));
    });

    it('shows message text as text, never as markup', async () => {
      const el = await given(message('m3', { message: '<img src=x onerror=alert(1)><b>hi</b>' }));
      expect($(el, '[part="bubble"] img')).to.equal(null);
      expect($(el, 'blockquote')!.textContent).to.equal('<img src=x onerror=alert(1)><b>hi</b>');
    });

    it('removal before the first update does not throw', async () => {
      const el = document.createElement('message-request-detail');
      el.requestId = 'm1';
      el.adapter = memory();
      document.body.append(el);
      el.remove();
      await aTimeout(10);
      expect(el.isConnected).to.equal(false);
    });
  });

  describe('accept', () => {
    it('fires request-accept, request-accepted then chat-open; Open chat fires chat-open again', async () => {
      const adapter = memory();
      const el = await byId(adapter);
      await loaded(el);
      const rec = record('request-accept', 'request-accepted', 'chat-open');
      button(el, 'Accept')!.click();
      await waitUntil(() => rec.events.length === 3);
      expect(rec.events.map((e) => e.type)).to.deep.equal([
        'request-accept',
        'request-accepted',
        'chat-open',
      ]);
      const [before, after, chat] = rec.events;
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail.kind).to.equal('message');
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail.request.status).to.equal('accepted');
      expect(after!.detail.message).to.equal(
        'You have accepted this message request, and Omar Khan is added to your connections.',
      );
      expect(flags(chat!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(chat!.detail.roomId).to.equal('room-m1');
      expect(chat!.detail.request.id).to.equal('m1');
      await el.updateComplete;
      expect(text(el)).to.contain(
        'You have accepted this message request, and Omar Khan is added to your connections.',
      );
      expect($(el, '[role="status"]')!.textContent).to.contain('You have accepted this message request');
      expect($(el, '[part="actions"]')).to.equal(null);
      button(el, 'Open chat')!.click();
      rec.stop();
      expect(rec.events).to.have.length(4);
      expect(rec.events[3]!.type).to.equal('chat-open');
      expect(calls(adapter, 'acceptMessageRequest')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('preventDefault() skips the adapter; a double click makes one call', async () => {
      const adapter = memory([], 30);
      const el = await given(message('m1'), adapter);
      el.addEventListener('request-accept', (e) => e.preventDefault(), { once: true });
      button(el, 'Accept')!.click();
      await aTimeout(10);
      expect(adapter.calls).to.deep.equal([]);
      const accept = button(el, 'Accept')!;
      accept.click();
      accept.click();
      await el.updateComplete;
      expect($(el, '[part="actions"]')!.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => el.request!.status === 'accepted');
      expect(adapter.calls).to.have.length(1);
    });

    it('a failure keeps the request and can be retried; a conflict removes the actions', async () => {
      const adapter = memory();
      adapter.failNext('acceptMessageRequest', 'timeout');
      const el = await given(message('m1'), adapter);
      const got = oneEvent(el, 'request-error');
      button(el, 'Accept')!.click();
      expect((await got).detail).to.include({ kind: 'message', action: 'accept' });
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal('The server took too long to answer. Try again.');
      expect(el.request!.status).to.equal('requested');
      adapter.handleElsewhere('message', 'm1', 'rejected');
      button(el, 'Accept')!.click();
      await waitUntil(() => el.request!.status === 'rejected');
      expect($(el, '[role="alert"]')!.textContent).to.equal('This request was already handled.');
      expect($(el, '[part="actions"]')).to.equal(null);
      expect(calls(adapter, 'getMessageRequest')).to.have.length(1);
    });

    it('offline: a network error says so once (the offline notice, not an error)', async () => {
      const adapter = memory();
      const el = await given(message('m1'), adapter);
      adapter.failNext('acceptMessageRequest', 'network');
      const pending = oneEvent(el, 'request-error');
      button(el, 'Accept')!.click();
      const restore = goOffline();
      try {
        await pending;
        await el.updateComplete;
        expect($(el, '[part~="offline"]')!.textContent).to.contain('You are offline.');
        expect($(el, '[role="alert"]')!.textContent).to.equal('');
      } finally {
        restore();
      }
    });

    it('keyboard: Enter accepts and focus lands on Open chat', async () => {
      const el = await given(message('m1'));
      button(el, 'Accept')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Open chat');
    });
  });

  describe('reject', () => {
    it('asks without a reason, then fires request-reject and request-rejected', async () => {
      const adapter = memory();
      const el = await given(message('m1'), adapter);
      const { asked } = scriptDialog(el, { confirmed: true });
      const rec = record('request-reject', 'request-rejected');
      button(el, 'Reject')!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => el.request!.status === 'rejected');
      rec.stop();
      expect(asked[0]).to.include({
        heading: 'Reject message request',
        message: 'Are you sure you want to reject this message request?',
        withReason: false,
        tone: 'danger',
        confirmLabel: 'Reject',
      });
      const [before, after] = rec.events;
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail).to.not.have.property('reason');
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail.kind).to.equal('message');
      expect(calls(adapter, 'rejectMessageRequest')[0]!.args).to.deep.equal(['m1']);
      await el.updateComplete;
      expect(text(el)).to.contain('You rejected this message request.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#heading'));
    });

    it('the real dialog opens without a reason field and is accessible', async () => {
      const el = await given(message('m1'));
      button(el, 'Reject')!.click();
      const dialog = $(el, 'confirm-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open);
      await Promise.all(dialog.shadowRoot!.getAnimations().map((a) => a.finished));
      expect(dialog.shadowRoot!.querySelector('textarea')).to.equal(null);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog')!.open);
      expect(el.request!.status).to.equal('requested');
    });
  });

  it('focus() moves focus to the heading', async () => {
    const el = await given(message('m1'));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#heading'));
  });
});
