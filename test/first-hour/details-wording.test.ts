/**
 * Issue 16, point 7: the details' wording follows the request's state and direction. A request that is no
 * longer pending is not "X is requesting a slot…", a sent one is "You asked X for…", and "already handled"
 * never sits beside a "Pending" tag. In English, Hindi and Arabic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { MessageRequestDetail } from '../../src/elements/message-request-detail/message-request-detail.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { MessageRequest } from '../../src/model/request.js';
import { $, button, loaded, message, session, text } from '../detail-helpers.js';
import { byId, memory } from '../session-request-detail/support.js';
import { detailIn } from './support.js';

const AT = 'a slot at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037';
/** Strips the bidi isolates a locale puts around the values (FSI, PDI). */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '').trim();

async function messageDetail(request: MessageRequest): Promise<MessageRequestDetail> {
  const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [request] });
  return fixture<MessageRequestDetail>(
    html`<message-request-detail .adapter=${adapter} .request=${request}></message-request-detail>`,
  );
}

/**
 * The mentee withdraws the loaded request `id`, then Accept is clicked: refused as "already handled", and
 * reading it again finds nothing (404). Waits for that second read.
 */
async function acceptWithdrawn(
  el: SessionRequestDetail | MessageRequestDetail,
  adapter: MemoryAdapter,
  kind: 'session' | 'message',
  id: string,
): Promise<void> {
  adapter.handleElsewhere(kind, id, 'withdrawn');
  button(el, 'Accept')!.click();
  await waitUntil(() => $(el, '[role="alert"]')!.textContent === 'This request was already handled.');
  const read = kind === 'session' ? 'getSessionRequest' : 'getMessageRequest';
  await waitUntil(() => adapter.calls.filter((c) => c.method === read).length === 2);
  await el.updateComplete;
}

const slot = (el: Element) => plain($(el, '.slot')!.textContent);
const tag = (el: Element) => $(el, '[part="status"]')?.textContent ?? null;

describe('first hour: the details say where a request stands (point 7)', () => {
  describe('session requests', () => {
    it('received and pending: "is requesting"', async () => {
      const el = await detailIn(session('s1'));
      expect(slot(el)).to.equal(`Asha Rao is requesting ${AT}`);
      expect(tag(el)).to.equal('Pending');
    });

    it('received and rejected, or expired: past tense', async () => {
      for (const status of ['rejected', 'expired'] as const) {
        const el = await detailIn(session('s1', { status }));
        expect(slot(el), status).to.equal(`Asha Rao requested ${AT}`);
      }
      // A pending request whose slot has ended is expired too.
      const ended = await detailIn(
        session('s2', { start: new Date(Date.now() - 7_200_000), end: new Date(Date.now() - 3_600_000) }),
      );
      expect(slot(ended)).to.match(/^Asha Rao requested a slot at /);
    });

    it('sent, in every state but accepted: "You asked X for a slot"', async () => {
      for (const status of ['requested', 'rejected', 'expired'] as const) {
        const el = await detailIn(session('s1', { direction: 'sent', status }));
        expect(slot(el), status).to.equal(`You asked Asha Rao for ${AT}`);
      }
    });

    it('accepted, either direction: a booked session', async () => {
      for (const direction of ['received', 'sent'] as const) {
        const el = await detailIn(session('s1', { direction, status: 'accepted', sessionId: 'x' }));
        expect(slot(el), direction).to.equal(
          'Session with Asha Rao at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037',
        );
      }
    });

    it('in Hindi and Arabic too: pending, past and sent differ', async () => {
      const want = {
        hi: ['के समय का अनुरोध किया है', 'के समय का अनुरोध किया था', 'आपने Asha Rao से'],
        ar: ['يطلب Asha Rao موعدًا', 'طلب Asha Rao موعدًا', 'طلبتَ من Asha Rao موعدًا'],
      };
      for (const [lang, [pending, past, sent]] of Object.entries(want)) {
        const requests = [
          session('s1'),
          session('s2', { status: 'rejected' }),
          session('s3', { direction: 'sent' }),
        ];
        const texts: string[] = [];
        for (const request of requests) {
          const el = await detailIn(request, { lang });
          await waitUntil(() => !slot(el).includes('slot at'), `${lang} did not load`);
          texts.push(slot(el));
        }
        expect(texts[0], lang).to.contain(pending);
        expect(texts[1], lang).to.contain(past);
        expect(texts[2], lang).to.contain(sent);
        expect(new Set(texts).size, lang).to.equal(3);
      }
    });

    it('404 "already handled": no Pending tag beside it, and the sentence is no longer "is requesting"', async () => {
      const adapter = memory();
      const el = await byId(adapter);
      await loaded(el);
      await acceptWithdrawn(el, adapter, 'session', 's1');
      expect(el.request!.status).to.equal('requested'); // the store could not read it again
      expect(tag(el)).to.equal(null);
      expect(text(el)).not.to.contain('Pending');
      expect(slot(el)).to.equal(`Asha Rao requested ${AT}`);
      expect($(el, '[part="actions"]')).to.equal(null);
    });
  });

  describe('message requests', () => {
    it('sent and answered: the other person accepted or declined (not "You have accepted")', async () => {
      const accepted = await messageDetail(message('m1', { direction: 'sent', status: 'accepted' }));
      expect(text(accepted)).to.contain(
        'Omar Khan accepted your message request and is added to your connections.',
      );
      expect(text(accepted)).not.to.contain('You have accepted');
      const rejected = await messageDetail(message('m2', { direction: 'sent', status: 'rejected' }));
      expect(text(rejected)).to.contain('Omar Khan did not accept your message request.');
      expect(text(rejected)).not.to.contain('You rejected');
    });

    it('received and answered: what the viewer did', async () => {
      const accepted = await messageDetail(message('m1', { status: 'accepted' }));
      expect(text(accepted)).to.contain('You have accepted this message request');
      const rejected = await messageDetail(message('m2', { status: 'rejected' }));
      expect(text(rejected)).to.contain('You rejected this message request.');
    });

    it('"already handled": neither a Pending tag nor "has sent you a message"', async () => {
      const adapter = new MemoryAdapter({ sessionRequests: [], messageRequests: [message('m1')] });
      const el = await fixture<MessageRequestDetail>(
        html`<message-request-detail .adapter=${adapter} request-id="m1"></message-request-detail>`,
      );
      await loaded(el);
      await acceptWithdrawn(el, adapter, 'message', 'm1');
      expect(tag(el)).to.equal(null);
      expect(text(el)).not.to.contain('has sent you a message');
    });
  });
});
