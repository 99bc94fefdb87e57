/** <session-request-detail>: Reject, asked in the confirm dialog with an optional reason. */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, button, flags, record, scriptDialog, session, text } from '../detail-helpers.js';
import { calls, callsButBooked, given, memory } from './support.js';

describe('<session-request-detail>', () => {
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
          // The MemoryAdapter's capabilities: MentorEd's two limits.
          reasonMaxWords: 50,
          reasonMaxChars: 255,
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
      await waitUntil(() => rec.events.length > 0, 'no request-reject');
      rec.stop();
      expect(rec.events).to.have.length(1);
      expect(rec.events[0]!.detail.reason).to.equal(undefined);
      expect(callsButBooked(adapter)).to.deep.equal([]);
    });

    it('opens the built-in confirm dialog (accessible while open)', async function () {
      const el = await given(session('s1'));
      const dialog = $(el, 'confirm-dialog') as HTMLElement & { ask?: unknown };
      expect(typeof dialog.ask, 'the confirm dialog is defined').to.equal('function');
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
});
