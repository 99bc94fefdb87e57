/** <session-request-detail>: loading, load errors, and each state of a request. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { adapterContext } from '../../src/elements/shared/adapter-context.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, HOUR, TZ, button, flags, loaded, record, session, text } from '../detail-helpers.js';
import { SLOT, byId, calls, callsButBooked, given, memory } from './support.js';

describe('<session-request-detail>', () => {
  describe('states', () => {
    it('shows a skeleton with the heading while loading, then the request loaded by id', async () => {
      const adapter = memory([], 40);
      const el = await byId(adapter);
      expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(el)).to.contain('Loading the request…');
      expect($(el, 'h2#heading')!.textContent).to.equal('Session request');
      await loaded(el);
      expect($(el, '.skeleton')).to.equal(null);
      expect(callsButBooked(adapter)).to.deep.equal([{ method: 'getSessionRequest', args: ['s1'] }]);
      expect($(el, '[part~="name"]')!.textContent!.trim()).to.equal('Asha Rao');
      expect(text(el)).to.contain('Teacher, Head master').and.contain('5 years of experience');
      expect($(el, 'h3.title')!.textContent).to.equal('Lesson planning with low resources');
      expect($(el, '.slot')!.textContent).to.equal(SLOT);
      expect($(el, '[part="status"]')!.textContent).to.equal('Pending');
      expect(button(el, 'Accept')).to.be.instanceOf(HTMLButtonElement);
      expect(button(el, 'Reject')).to.be.instanceOf(HTMLButtonElement);
      expect($(el, '[part="avatar"] .initials')!.textContent).to.equal('AR');
      await expect(el).to.be.accessible();
    });

    it('shows a given request without fetching it', async () => {
      const adapter = memory();
      const el = await fixture<SessionRequestDetail>(
        html`<session-request-detail
          .adapter=${adapter}
          request-id="s1"
          .request=${session('s1')}
          time-zone=${TZ}
        ></session-request-detail>`,
      );
      expect($(el, '.slot')!.textContent).to.equal(SLOT);
      await aTimeout(10);
      expect(callsButBooked(adapter)).to.deep.equal([]);
    });

    it('shows a load error with Retry, fires request-error, and Retry loads', async () => {
      const adapter = memory();
      adapter.failNext('getSessionRequest', 'server');
      const rec = record('request-error');
      const el = await byId(adapter);
      await waitUntil(() => button(el, 'Retry'));
      rec.stop();
      expect(text(el))
        .to.contain('This request could not be loaded.')
        .and.contain('Something went wrong on the server.');
      expect(rec.events).to.have.length(1);
      expect(flags(rec.events[0]!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(rec.events[0]!.detail.kind).to.equal('session');
      expect(rec.events[0]!.detail.action).to.equal('open');
      expect(rec.events[0]!.detail.error.kind).to.equal('server');
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await loaded(el);
      expect(calls(adapter, 'getSessionRequest')).to.have.length(2);
    });

    it('says when the request does not exist', async () => {
      const el = await byId(memory(), 'nope');
      await waitUntil(() => text(el).includes('could not be found'));
      expect(button(el, 'Retry')).to.equal(undefined);
      expect(button(el, 'Accept')).to.equal(undefined);
    });

    it('a sent request has no actions and waits for the other person', async () => {
      const el = await given(session('s2', { direction: 'sent' }));
      expect(text(el)).to.contain('Waiting for Asha Rao');
      expect($(el, '.slot')!.textContent).to.equal(
        'You asked Asha Rao for a slot at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037',
      );
      expect($(el, '[part="actions"]')).to.equal(null);
    });

    it('an expired request, or one whose slot has ended, is tagged Expired without actions', async () => {
      for (const request of [
        session('s3', { status: 'expired' }),
        session('s4', { start: new Date(Date.now() - 2 * HOUR), end: new Date(Date.now() - HOUR) }),
      ]) {
        const el = await given(request);
        expect($(el, '[part="status"]')!.textContent).to.equal('Expired');
        expect(text(el)).to.contain('This request has expired.');
        expect($(el, '[part="actions"]')).to.equal(null);
      }
    });

    it('turns into Expired while it is open, and announces it', async () => {
      const el = await given(
        session('s5', { start: new Date(Date.now() - HOUR), end: new Date(Date.now() + 150) }),
      );
      expect(button(el, 'Accept')).to.be.instanceOf(HTMLButtonElement);
      await waitUntil(() => $(el, '[part="status"]')!.textContent === 'Expired', 'never expired', {
        timeout: 2000,
      });
      expect($(el, '[part="actions"]')).to.equal(null);
      expect($(el, '[role="status"]')!.textContent).to.equal('This request has expired.');
    });

    it('shows an accepted request with its reason-free booking text and a rejected one with its reason', async () => {
      const accepted = await given(session('s6', { status: 'accepted', sessionId: 'x' }));
      expect(text(accepted)).to.contain('Slot booked with Asha Rao').and.contain('No meeting link yet.');
      // A booked slot is no longer described as a request.
      expect($(accepted, '.slot')!.textContent).to.equal(
        'Session with Asha Rao at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037',
      );
      const rejected = await given(session('s7', { status: 'rejected', rejectReason: 'I am travelling.' }));
      expect(text(rejected))
        .to.contain('This session request was rejected.')
        .and.contain('Reason: I am travelling.');
      expect($(rejected, '[part="actions"]')).to.equal(null);
    });

    it('folds a long agenda behind Show more / Show less', async () => {
      const agenda = 'word '.repeat(80).trim();
      const el = await given(session('s8', { agenda }));
      const toggle = button(el, 'Show more')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('agenda');
      expect($(el, '#agenda')!.textContent!.length).to.be.below(160);
      expect($(el, '#agenda')!.textContent!.endsWith('…')).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect($(el, '#agenda')!.textContent).to.equal(agenda);
      expect(button(el, 'Show less')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('time-zone sets the zone of the slot; bad dates do not throw', async () => {
      const el = await given(session('s1'));
      el.timeZone = 'UTC';
      await el.updateComplete;
      expect($(el, '.slot')!.textContent).to.equal(
        'Asha Rao is requesting a slot at 10:30 AM - 11:30 AM on Friday, Dec 4, 2037',
      );
      const bad = await given(
        session('s2', { start: 'soon' as unknown as Date, end: null as unknown as Date }),
      );
      expect($(bad, '.slot')).to.equal(null);
      expect($(bad, '[part~="name"]')!.textContent!.trim()).to.equal('Asha Rao');
    });

    it('removal before the first update does not throw, and a load aborted by removal resumes on reconnect', async () => {
      const adapter = memory([], 30);
      const el = document.createElement('session-request-detail');
      el.adapter = adapter;
      el.requestId = 's1';
      document.body.append(el);
      el.remove();
      await aTimeout(0);
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      await aTimeout(50);
      expect($(el, '.person .name')).to.equal(null);
      document.body.append(el);
      await loaded(el);
      el.remove();
    });

    it('loads the new id when request-id changes (the old load is aborted)', async () => {
      const adapter = memory(
        [session('s9', { person: { id: 'x', name: 'Ravi Iyer', designations: [] } })],
        30,
      );
      const el = await byId(adapter);
      el.requestId = 's9';
      await waitUntil(() => $(el, '.person .name')?.textContent?.trim() === 'Ravi Iyer');
      await aTimeout(40);
      expect($(el, '.person .name')!.textContent!.trim()).to.equal('Ravi Iyer');
    });

    it('takes the adapter from context; its own adapter wins', async () => {
      const provided = memory();
      const own = memory();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: adapterContext, initialValue: provided });
      const a = document.createElement('session-request-detail');
      a.requestId = 's1';
      const b = document.createElement('session-request-detail');
      b.requestId = 's1';
      b.adapter = own;
      host.append(a, b);
      await loaded(a);
      await loaded(b);
      expect(callsButBooked(provided)).to.have.length(1);
      expect(callsButBooked(own)).to.have.length(1);
    });
  });
});
