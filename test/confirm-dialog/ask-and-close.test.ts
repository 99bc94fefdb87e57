/** <confirm-dialog>: ask() and its answer, close(), and a second ask(). */
import { expect, fixture, html } from '@open-wc/testing';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { cancelButton, confirmButton, dialog, part, record, root, textarea, typeReason } from './support.js';

describe('<confirm-dialog>', () => {
  it('ask() sets the options, opens, and resolves with the reason trimmed', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    const answer = el.ask({
      heading: 'Reject session request',
      message: 'Are you sure you want to reject this session request?',
      confirmLabel: 'Reject',
      cancelLabel: 'Keep',
      tone: 'danger',
      withReason: true,
      reasonLabel: 'Let Asha Rao know why',
      reasonMaxWords: 50,
    });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Reject session request');
    expect(part(el, 'message')!.textContent).to.equal(
      'Are you sure you want to reject this session request?',
    );
    expect(confirmButton(el).textContent!.trim()).to.equal('Reject');
    expect(cancelButton(el).textContent!.trim()).to.equal('Keep');
    expect(el.tone).to.equal('danger');
    expect(root(el).querySelector('label')!.textContent).to.equal('Let Asha Rao know why');
    expect(part(el, 'counter')!.textContent).to.equal('0 of 50 words');

    await typeReason(el, '   I am travelling that week.  ');
    confirmButton(el).click();
    expect(await answer).to.deep.equal({ confirmed: true, reason: 'I am travelling that week.' });
    expect(events.map((e) => e.detail)).to.deep.equal([
      { confirmed: true, reason: 'I am travelling that week.' },
    ]);
  });

  it('ask() omits an empty (whitespace-only) reason, and Cancel returns no reason; each opening starts empty', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    let answer = el.ask({ withReason: true });
    await el.updateComplete;
    await typeReason(el, '    ');
    confirmButton(el).click();
    let result = await answer;
    expect(result).to.deep.equal({ confirmed: true });
    expect('reason' in result).to.equal(false);

    answer = el.ask();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    await typeReason(el, 'some reason');
    cancelButton(el).click();
    result = await answer;
    expect(result).to.deep.equal({ confirmed: false });

    // Without with-reason, no reason comes back.
    answer = el.ask({ withReason: false });
    await el.updateComplete;
    expect(part(el, 'textarea')).to.equal(null);
    confirmButton(el).click();
    expect(await answer).to.deep.equal({ confirmed: true });
  });

  it('close() closes as a cancel: event and ask() answer', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    const answer = el.ask({ heading: 'Sure?' });
    await el.updateComplete;
    el.close();
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }]);
    expect(dialog(el).open).to.equal(false);

    // close() when already closed does nothing.
    el.close();
    expect(events).to.have.length(1);
  });

  it('close() before the dialog rendered open, and open=false, answer a pending ask() with confirmed:false', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    let answer = el.ask();
    el.close();
    expect(await answer).to.deep.equal({ confirmed: false });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);

    answer = el.ask();
    await el.updateComplete;
    el.open = false;
    await el.updateComplete;
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(events, 'no user action, no event').to.have.length(0);
  });

  it('a second ask() answers the first with confirmed:false and keeps the dialog open', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const first = el.ask({ heading: 'First' });
    await el.updateComplete;
    const second = el.ask({ heading: 'Second' });
    expect(await first).to.deep.equal({ confirmed: false });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Second');
    confirmButton(el).click();
    expect(await second).to.deep.equal({ confirmed: true });
  });
});
