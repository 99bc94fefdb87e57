/** <session-request-detail>: Accept, its events, and every way it can fail. */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RequestsError } from '../../src/model/errors.js';
import {
  $,
  button,
  flags,
  goOffline,
  loaded,
  record,
  scriptDialog,
  session,
  text,
} from '../detail-helpers.js';
import { byId, calls, callsButBooked, given, memory } from './support.js';

describe('<session-request-detail>', () => {
  describe('accept', () => {
    it('fires request-accept then request-accepted, books the slot and offers the link', async () => {
      const adapter = memory();
      const el = await byId(adapter);
      await loaded(el);
      const rec = record('request-accept', 'request-accepted');
      button(el, 'Accept')!.click();
      await waitUntil(() => text(el).includes('Slot booked with Asha Rao'));
      rec.stop();
      const [before, after] = rec.events;
      expect(before!.type).to.equal('request-accept');
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail.kind).to.equal('session');
      expect(before!.detail.request.status).to.equal('requested');
      expect(after!.type).to.equal('request-accepted');
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail.request.status).to.equal('accepted');
      expect(after!.detail.message).to.equal(
        'You have accepted this session. Asha Rao has been added to your connections.',
      );
      expect(el.request!.status).to.equal('accepted');
      expect($(el, '[role="status"]')!.textContent).to.equal('Slot booked with Asha Rao');
      expect(text(el)).to.contain('Meeting link').and.contain('No meeting link yet.');
      expect(button(el, 'Add link')).to.be.instanceOf(HTMLButtonElement);
      expect($(el, '[part="actions"]')).to.equal(null);
      expect(calls(adapter, 'acceptSessionRequest')).to.have.length(1);
    });

    it('preventDefault() skips the adapter', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      const rec = record('request-accepted');
      el.addEventListener('request-accept', (e) => e.preventDefault(), { once: true });
      button(el, 'Accept')!.click();
      await aTimeout(20);
      rec.stop();
      expect(callsButBooked(adapter)).to.deep.equal([]);
      expect(rec.events).to.have.length(0);
      expect(button(el, 'Accept')!.disabled).to.equal(false);
    });

    it('a double click and ten rapid clicks make one adapter call; busy disables the buttons', async () => {
      const adapter = memory([], 40);
      const el = await given(session('s1'), adapter);
      const accept = button(el, 'Accept')!;
      accept.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      for (let i = 0; i < 10; i++) accept.click();
      await el.updateComplete;
      expect($(el, '[part="actions"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(button(el, 'Accept')!.disabled).to.equal(true);
      expect(button(el, 'Reject')!.disabled).to.equal(true);
      button(el, 'Reject')!.click();
      await waitUntil(() => el.request!.status === 'accepted');
      expect(calls(adapter, 'acceptSessionRequest')).to.have.length(1);
      expect(callsButBooked(adapter)).to.have.length(1);
    });

    it('a failure keeps the request, shows the error, and a retry works', async () => {
      const adapter = memory();
      adapter.failNext('acceptSessionRequest', 'server');
      const el = await given(session('s1'), adapter);
      const got = oneEvent(el, 'request-error');
      button(el, 'Accept')!.click();
      const error = await got;
      expect(error.detail).to.include({ kind: 'session', action: 'accept' });
      expect(error.detail.error.kind).to.equal('server');
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal('Something went wrong on the server. Try again.');
      expect(el.request!.status).to.equal('requested');
      button(el, 'Accept')!.click();
      await waitUntil(() => el.request!.status === 'accepted');
      expect($(el, '[role="alert"]')!.textContent).to.equal('');
    });

    it("a slot clash (the server's 400) says why the request cannot be accepted and keeps it", async () => {
      const adapter = memory();
      const clash = new RequestsError('validation', 'Slot is already booked', {
        fieldErrors: { slot: 'slotClash' },
      });
      adapter.failNext('acceptSessionRequest', clash);
      const el = await given(session('s1'), adapter);
      const got = oneEvent(el, 'request-error');
      button(el, 'Accept')!.click();
      expect((await got).detail.error).to.equal(clash);
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal(
        'You already have a session scheduled at this time, so this request cannot be accepted.',
      );
      expect(el.request!.status).to.equal('requested');
      expect(button(el, 'Accept')!.disabled).to.equal(false);
    });

    it('says "already handled" on a conflict, refetches the request and removes the actions', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      adapter.handleElsewhere('session', 's1', 'accepted');
      button(el, 'Accept')!.click();
      await waitUntil(() => el.request!.status === 'accepted');
      expect($(el, '[role="alert"]')!.textContent).to.equal('This request was already handled.');
      expect($(el, '[part="actions"]')).to.equal(null);
      expect(callsButBooked(adapter).map((c) => c.method)).to.deep.equal([
        'acceptSessionRequest',
        'getSessionRequest',
      ]);
    });

    it('explains an expired sign-in and hands the unauthorized error to the host', async () => {
      const adapter = memory();
      adapter.failNext('acceptSessionRequest', 'unauthorized');
      const el = await given(session('s1'), adapter);
      const got = oneEvent(el, 'request-error');
      button(el, 'Accept')!.click();
      expect((await got).detail.error.kind).to.equal('unauthorized');
      await el.updateComplete;
      expect(text(el)).to.contain('Your sign-in has expired. Sign in again to continue.');
      expect(button(el, 'Accept')).to.be.instanceOf(HTMLButtonElement);
    });

    it('offline: says so once (not as an error) and makes no adapter call; back online clears it', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      const restore = goOffline();
      try {
        window.dispatchEvent(new Event('offline'));
        await el.updateComplete;
        expect($(el, '[part~="offline"]')!.textContent).to.contain('You are offline.');
        expect($(el, '[role="alert"]')!.textContent).to.equal('');
        button(el, 'Accept')!.click();
        await aTimeout(10);
        expect(callsButBooked(adapter)).to.deep.equal([]);
        expect(el.request!.status).to.equal('requested');
      } finally {
        restore();
      }
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect($(el, '[part~="offline"]')).to.equal(null);
    });

    it('Enter and Space activate the actions, and focus moves to Add link after accepting', async () => {
      const el = await given(session('s1'));
      const { asked } = scriptDialog(el, { confirmed: false });
      button(el, 'Reject')!.focus();
      await sendKeys({ press: 'Space' });
      // The reasons' chunk loads before the dialog asks (reject-reasons.ts).
      await waitUntil(() => asked.length > 0, 'not asked');
      expect(asked).to.have.length(1);
      button(el, 'Accept')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.shadowRoot!.activeElement?.textContent?.trim() === 'Add link',
        'focus not on Add link',
      );
    });
  });
});
