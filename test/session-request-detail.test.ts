import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../src/define.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { adapterContext } from '../src/elements/shared/adapter-context.js';
import type { SessionRequestDetail } from '../src/elements/session-request-detail/session-request-detail.js';
import { RequestsError } from '../src/model/errors.js';
import type { SessionRequest } from '../src/model/request.js';
import {
  $,
  $$,
  HOUR,
  TZ,
  button,
  flags,
  goOffline,
  loaded,
  record,
  scriptDialog,
  session,
  text,
} from './detail-helpers.js';

const SLOT = 'Asha Rao is requesting a slot at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037';

function memory(extra: SessionRequest[] = [], latencyMs = 0): MemoryAdapter {
  return new MemoryAdapter({ sessionRequests: [session('s1'), ...extra], messageRequests: [], latencyMs });
}

async function byId(adapter: MemoryAdapter, id = 's1'): Promise<SessionRequestDetail> {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id=${id}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
  return el;
}

async function given(request: SessionRequest, adapter = memory()): Promise<SessionRequestDetail> {
  return fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      .request=${request}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
}

const calls = (a: MemoryAdapter, method: string) => a.calls.filter((c) => c.method === method);

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
      expect(adapter.calls).to.deep.equal([{ method: 'getSessionRequest', args: ['s1'] }]);
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
      expect(adapter.calls).to.deep.equal([]);
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
        'You requested a slot with Asha Rao at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037',
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
      expect(provided.calls).to.have.length(1);
      expect(own.calls).to.have.length(1);
    });
  });

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
      expect(adapter.calls).to.deep.equal([]);
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
      expect(adapter.calls).to.have.length(1);
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
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(['acceptSessionRequest', 'getSessionRequest']);
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

    it('offline: says so and makes no adapter call; back online clears it', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      const restore = goOffline();
      try {
        window.dispatchEvent(new Event('offline'));
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent).to.contain('You are offline.');
        button(el, 'Accept')!.click();
        await aTimeout(10);
        expect(adapter.calls).to.deep.equal([]);
        expect(el.request!.status).to.equal('requested');
      } finally {
        restore();
      }
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal('');
    });

    it('Enter and Space activate the actions, and focus moves to Add link after accepting', async () => {
      const el = await given(session('s1'));
      const { asked } = scriptDialog(el, { confirmed: false });
      button(el, 'Reject')!.focus();
      await sendKeys({ press: 'Space' });
      await aTimeout(0);
      expect(asked).to.have.length(1);
      button(el, 'Accept')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.shadowRoot!.activeElement?.textContent?.trim() === 'Add link',
        'focus not on Add link',
      );
    });
  });

  describe('reject', () => {
    it('asks with a reason box, then fires request-reject and request-rejected with the reason', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      const { asked } = scriptDialog(el, { confirmed: true, reason: '  I am travelling.  ' });
      const rec = record('request-reject', 'request-rejected');
      button(el, 'Reject')!.click();
      await waitUntil(() => el.request!.status === 'rejected');
      rec.stop();
      expect(asked).to.deep.equal([
        {
          heading: 'Reject session request',
          message: 'Are you sure you want to reject this session request?',
          withReason: true,
          reasonLabel: 'Let Asha Rao know why you are rejecting their slot (optional)',
          reasonMaxWords: 50,
          confirmLabel: 'Reject',
          cancelLabel: 'Cancel',
          tone: 'danger',
        },
      ]);
      const [before, after] = rec.events;
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail).to.include({ kind: 'session', reason: 'I am travelling.' });
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail).to.include({
        kind: 'session',
        reason: 'I am travelling.',
        message: 'You have rejected the session request.',
      });
      expect(calls(adapter, 'rejectSessionRequest')[0]!.args).to.deep.equal(['s1', 'I am travelling.']);
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent).to.equal('This session request was rejected.');
      expect(text(el)).to.contain('Reason: I am travelling.');
    });

    it('cancelling the dialog or preventing request-reject makes no adapter call', async () => {
      const adapter = memory();
      const el = await given(session('s1'), adapter);
      scriptDialog(el, { confirmed: false });
      const rec = record('request-reject');
      button(el, 'Reject')!.click();
      await aTimeout(10);
      expect(rec.events).to.have.length(0);
      scriptDialog(el, { confirmed: true });
      el.addEventListener('request-reject', (e) => e.preventDefault(), { once: true });
      button(el, 'Reject')!.click();
      await aTimeout(10);
      rec.stop();
      expect(rec.events).to.have.length(1);
      expect(rec.events[0]!.detail.reason).to.equal(undefined);
      expect(adapter.calls).to.deep.equal([]);
    });

    it('opens the built-in confirm dialog (accessible while open)', async function () {
      const el = await given(session('s1'));
      const dialog = $(el, 'confirm-dialog') as HTMLElement & { ask?: unknown };
      if (typeof dialog.ask !== 'function') this.skip();
      button(el, 'Reject')!.click();
      await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog did not open');
      await Promise.all(dialog.shadowRoot!.getAnimations().map((a) => a.finished));
      expect(dialog.shadowRoot!.textContent).to.contain(
        'Are you sure you want to reject this session request?',
      );
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog')!.open);
      expect(el.request!.status).to.equal('requested');
    });
  });

  describe('meeting link', () => {
    const accepted = () => session('s1', { status: 'accepted', sessionId: 'session-s1' });

    async function openForm(adapter = memory()): Promise<SessionRequestDetail> {
      adapter.add(accepted());
      const el = await given(accepted(), adapter);
      button(el, 'Add link')!.click();
      await waitUntil(() => $(el, 'form'));
      return el;
    }

    async function type(el: Element, name: string, value: string): Promise<void> {
      const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await (el as SessionRequestDetail).updateComplete;
    }

    async function choose(el: Element, platform: string): Promise<void> {
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = platform;
      select.dispatchEvent(new Event('change'));
      await (el as SessionRequestDetail).updateComplete;
    }

    const save = (el: Element) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;

    it('refuses an invalid Zoom link with errors next to the fields, then saves a valid one as a safe link', async () => {
      const adapter = memory();
      const el = await openForm(adapter);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'select'));
      await choose(el, 'zoom');
      expect($$(el, 'form input').map((i) => i.getAttribute('name'))).to.deep.equal([
        'url',
        'meetingId',
        'passcode',
      ]);
      expect(save(el).disabled).to.equal(true);
      await type(el, 'url', 'https://zoom.us.evil.example/j/123');
      await type(el, 'meetingId', '12');
      const url = $<HTMLInputElement>(el, 'input[name="url"]')!;
      expect(url.getAttribute('aria-invalid')).to.equal('true');
      const described = $(el, `#${url.getAttribute('aria-describedby')}`)!;
      expect(described.getAttribute('role')).to.equal('alert');
      expect(described.textContent).to.equal('Enter a Zoom link.');
      expect($(el, '#link-meetingId-error')!.textContent).to.equal('Enter the 9 to 11 digit meeting ID.');
      expect(save(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();

      await type(el, 'url', ' https://zoom.us/j/12345678901 ');
      await type(el, 'meetingId', '123 4567 8901');
      await type(el, 'passcode', 'abc123');
      expect(url.getAttribute('aria-invalid')).to.equal('false');
      expect(save(el).disabled).to.equal(false);
      const rec = record('session-link', 'session-linked');
      save(el).click();
      await waitUntil(() => $(el, 'a[part="link"]'));
      rec.stop();
      const link = {
        platform: 'zoom',
        url: 'https://zoom.us/j/12345678901',
        meetingId: '12345678901',
        passcode: 'abc123',
      };
      const [before, after] = rec.events;
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail.link).to.deep.equal(link);
      expect(before!.detail.request.id).to.equal('s1');
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail.link).to.deep.equal(link);
      expect(after!.detail.message).to.equal('Your session details have been updated.');
      expect(calls(adapter, 'setMeetingLink')).to.deep.equal([
        { method: 'setMeetingLink', args: ['s1', link] },
      ]);
      const a = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
      expect(a.getAttribute('href')).to.equal('https://zoom.us/j/12345678901');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.equal('Join on Zoom');
      expect($(el, '[role="status"]')!.textContent).to.equal('Meeting link saved.');
      expect(button(el, 'Edit link')).to.be.instanceOf(HTMLButtonElement);
    });

    it('Edit pre-fills the current link; Cancel closes the form', async () => {
      const link = {
        platform: 'zoom' as const,
        url: 'https://zoom.us/j/12345678901',
        meetingId: '12345678901',
        passcode: 'pw',
      };
      const el = await given(session('s1', { status: 'accepted', sessionId: 'x', meetingLink: link }));
      button(el, 'Edit link')!.click();
      await waitUntil(() => $(el, 'form'));
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('zoom');
      expect($<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal(link.url);
      expect($<HTMLInputElement>(el, 'input[name="meetingId"]')!.value).to.equal('12345678901');
      expect($<HTMLInputElement>(el, 'input[name="passcode"]')!.value).to.equal('pw');
      expect(save(el).disabled).to.equal(false);
      button(el, 'Cancel')!.click();
      await waitUntil(() => !$(el, 'form'));
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Edit link');
    });

    it('never turns javascript: or http: links into an href', async () => {
      for (const url of [
        'javascript:alert(1)',
        'http://meet.google.com/abc-defg-hij',
        'https://meet.google.com.evil.example/x',
      ]) {
        const el = await given(
          session('s1', {
            status: 'accepted',
            sessionId: 'x',
            meetingLink: { platform: 'google-meet', url },
          }),
        );
        expect($(el, 'a')).to.equal(null);
        expect(text(el)).to.contain(url).and.contain('not a recognised meeting link');
      }
      const el = await openForm();
      await type(el, 'url', 'javascript:alert(1)');
      expect($(el, '#link-url-error')!.textContent).to.equal('The link must start with https://.');
      expect(save(el).disabled).to.equal(true);
      $(el, 'form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await el.updateComplete;
      expect($(el, 'a')).to.equal(null);
    });

    it('preventing session-link skips the adapter; adapter field errors show next to the fields', async () => {
      const adapter = memory();
      const el = await openForm(adapter);
      await type(el, 'url', 'https://meet.google.com/abc-defg-hij');
      el.addEventListener('session-link', (e) => e.preventDefault(), { once: true });
      save(el).click();
      await aTimeout(10);
      expect(calls(adapter, 'setMeetingLink')).to.have.length(0);
      adapter.failNext(
        'setMeetingLink',
        new RequestsError('validation', 'Invalid', {
          fieldErrors: { link: 'The server refused this link.' },
        }),
      );
      const got = oneEvent(el, 'request-error');
      save(el).click();
      expect((await got).detail.action).to.equal('link');
      await el.updateComplete;
      expect($(el, '#link-url-error')!.textContent).to.equal('The server refused this link.');
      expect($(el, 'input[name="url"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el)).to.contain('Some details are not valid.');
    });

    it('Google Meet and WhatsApp need only the link', async () => {
      const el = await openForm();
      await choose(el, 'whatsapp');
      expect($$(el, 'form input')).to.have.length(1);
      await type(el, 'url', 'https://call.whatsapp.com/video/abc123');
      expect(save(el).disabled).to.equal(false);
    });
  });

  it('focus() moves focus to the heading, also before the request has loaded', async () => {
    const el = await byId(memory([], 30));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#heading'));
    expect($(el, '#heading')!.getAttribute('tabindex')).to.equal('-1');
    const later = document.createElement('session-request-detail');
    document.body.append(later);
    later.focus();
    await later.updateComplete;
    await aTimeout(0);
    expect(later.shadowRoot!.activeElement).to.equal($(later, '#heading'));
    later.remove();
  });

  it('the name and the avatar fire a cancelable profile-open with the person', async () => {
    const el = await given(session('s1'));
    const rec = record('profile-open');
    $(el, '[part~="name"]')!.click();
    $(el, '.avatar-wrap')!.click();
    rec.stop();
    expect(rec.events).to.have.length(2);
    expect(flags(rec.events[0]!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
    expect(rec.events[0]!.detail.person.name).to.equal('Asha Rao');
    expect($(el, '[part~="name"]')!.getAttribute('aria-label')).to.equal('View profile of Asha Rao');
  });
});
